import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../lib/store';
import { HOUR } from '../../../lib/watch/schedule';
import { addWatch, EMPTY_WATCH } from '../../../lib/watch/state';
import { storeSink } from '../../../lib/watch/store-sink';
import { tick } from '../../../lib/watch/tick';
import { clock, deps, MINI, MINI_EDITED, MINI_URL, served } from './support';

describe('the watch loop over the real store', () => {
  it('stores the first read and an edit with provenance; an unchanged read stores nothing', async () => {
    const store = await openStore({ factory: indexedDB, name: `watch-sink-${Math.random()}` });
    const answers = served([[MINI_URL, { status: 200, body: MINI }]]);
    const d = deps(answers, storeSink(async () => store));
    const c = clock(Date.parse('2024-04-15T07:00:00Z'));
    let s = addWatch(EMPTY_WATCH, { url: MINI_URL, title: 't', edition: 'cn', published: '2024-04-15T06:30:00Z' }, 'edition', c.now());
    const kinds: string[] = [];
    for (const body of [MINI, MINI, MINI_EDITED]) {
      answers.set([...answers.keys()][0]!, { status: 200, body });
      const r = await tick(s, d, c.now);
      kinds.push(r.outcome!.kind);
      s = r.state;
      c.add(HOUR);
    }
    expect(kinds).toEqual(['captured', 'unchanged', 'edited']);
    const captures = await store.capturesForUrl(MINI_URL);
    expect(captures.map((x) => [x.source, x.readUrl, x.hash.length])).toEqual([
      ['feed', MINI_URL, 64],
      ['feed', MINI_URL, 64],
    ]);
    expect(captures[0]!.hash).not.toBe(captures[1]!.hash);
    store.close();
  });
});
