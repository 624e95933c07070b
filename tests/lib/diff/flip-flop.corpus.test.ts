// Flip-flop guard over every revision case of the shared corpus, its FIRST version served as the
// live page (its own vitest config, vitest.corpus.config.ts; hand-made cases: flip-flop.test.ts).
import { expect, it } from 'vitest';
import { indexArticles } from '../../../lib/archive/compile';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { textKey } from '../../../lib/diff/flip-flop';
import { urlKey } from '../../../lib/match/url-key';
import { buildReport } from '../../../lib/report';
import { describeShared, HAS_SHARED, readShared, revisionCases } from '../../support/shared';
import { asLivePage } from './live-page';

describeShared('flip-flop guard on the revision cases (first version served as the live page)', () => {
  const template = HAS_SHARED ? readShared('pages', 'cn-article-2025.html') : '';
  const parse = (n: string, file: string) => {
    const r = parseArchiveFile(readShared('corpus/revisions', n, file), file);
    if (!r.ok) throw new Error(`${file}: ${r.reason}`);
    return r.value;
  };

  it('reports "same as" the first version exactly when the newest one differs from it in text', () => {
    let flipFlops = 0;
    const wrong: string[] = [];
    for (const c of revisionCases()) {
      const versions = c.versions.map((v) => parse(c.n, v));
      const newest = versions[versions.length - 1]!;
      const idx = indexArticles(versions, { builtAt: '', urlKey }).index;
      // The first version's text served at the newest version's URL: an edit undone.
      const live = asLivePage(template, { ...versions[0]!, url: newest.url });
      const r = buildReport({ value: live, warnings: [] }, newest.url, idx);
      const textChanged = r.changes!.kinds.some((k) => k === 'headline' || k === 'lead' || k === 'paragraphs');
      const said = r.changes!.sameAsEarlier?.source ?? null;
      if (said !== null) flipFlops++;
      // Expected: named when the comparison with the newest shows a text change (the first version
      // is then the one it equals); never when it shows none.
      const expected = textChanged ? versions[0]!.source : null;
      if (said !== expected && !(said !== null && textKey(parse(c.n, said)) === textKey(versions[0]!))) wrong.push(`${c.n}: ${said} (expected ${expected})`);
    }
    console.log(`flip-flop guard: ${flipFlops} of ${revisionCases().length} revision cases report "same as the version of <first capture>"`);
    expect(wrong).toEqual([]);
    expect(flipFlops).toBeGreaterThan(40);
  }, 240_000);
});
