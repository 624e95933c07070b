import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../../lib/watch/schedule';
import { addWatch, EMPTY_WATCH, findWatch, markSeen, removeWatch, wakeAt, type WatchState } from '../../../lib/watch/state';
import { tick } from '../../../lib/watch/tick';
import { clock, deps, memorySink, MINI, MINI_EDITED, MINI_URL, miniAt, served } from './support';

const PUBLISHED = Date.parse('2024-04-15T06:30:00Z');
const REF = { url: MINI_URL, title: '巴黎试点夜间公交 测试新线路', edition: 'cn', published: '2024-04-15T06:30:00+00:00' };

/** A reader's watch started 10 minutes after publication, with their visit already captured. */
async function watched(answers = served([[MINI_URL, { status: 200, body: MINI }]])) {
  const c = clock(PUBLISHED + 10 * MINUTE);
  const sink = memorySink();
  const d = deps(answers, sink);
  await sink.record((await d.extract(MINI, MINI_URL))!.value, { source: 'visit', capturedAt: c.now(), readUrl: MINI_URL } as never);
  const state = addWatch(EMPTY_WATCH, REF, 'reader', c.now());
  return { c, sink, d, state, answers };
}

describe('watching an article', () => {
  it('is due an hour after the watch starts in the first day; nothing is requested before', async () => {
    const { c, d, state } = await watched();
    expect(findWatch(state, MINI_URL)?.dueAt).toBe(c.now() + HOUR);
    expect((await tick(state, d, c.now)).did).toBe('nothing');
    expect(d.requests).toEqual([]);
    expect(wakeAt(state, null, c.now())).toBe(c.now() + HOUR);
  });

  it('stores an edited text as a capture, marks it unseen, and finds it unchanged on the next read', async () => {
    const { c, d, sink, state, answers } = await watched();
    answers.set([...answers.keys()][0]!, { status: 200, body: MINI_EDITED });
    c.add(HOUR);
    const first = await tick(state, d, c.now);
    expect(first.outcome?.kind).toBe('edited');
    expect(first.edited?.unseen).toBe(true);
    expect(first.edited?.edits).toBe(1);
    expect([...sink.captures.values()][0]!.map((x) => x.source)).toEqual(['visit', 'watch']);
    // Still in the first day: the next read an hour later.
    expect(findWatch(first.state, MINI_URL)?.dueAt).toBe(c.now() + HOUR);
    c.add(HOUR);
    const second = await tick(first.state, d, c.now);
    expect(second.outcome?.kind).toBe('unchanged');
    expect([...sink.captures.values()][0]).toHaveLength(2);
    expect(markSeen(second.state, MINI_URL).entries[Object.keys(second.state.entries)[0]!]!.unseen).toBe(false);
    expect(d.requests).toEqual([MINI_URL, MINI_URL]);
  });

  it('never asks more than once a minute overall', async () => {
    const other = 'https://www.rfi.fr/cn/法国/20240415-other';
    const { c, d, state } = await watched(served([[MINI_URL, { status: 200, body: MINI }], [other, { status: 200, body: miniAt(other, '另一篇') }]]));
    let s: WatchState = addWatch(state, { ...REF, url: other }, 'edition', c.now());
    c.add(HOUR);
    s = (await tick(s, d, c.now)).state;
    const waiting = await tick(s, d, c.now);
    expect(waiting.did).toBe('waiting');
    expect(d.requests).toEqual([other]);
    expect(wakeAt(s, null, c.now())).toBe(c.now() + MINUTE);
  });

  it('records 404/410 as gone and a redirect to another article as redirected: nothing stored, the watch ends', async () => {
    for (const [answer, kind] of [
      [{ status: 404, body: 'not found' }, 'gone'],
      [{ status: 410, body: '' }, 'gone'],
      [{ status: 200, body: miniAt('https://www.rfi.fr/cn/法国/20240416-another', '另一篇'), finalUrl: 'https://www.rfi.fr/cn/法国/20240416-another' }, 'redirected'],
    ] as const) {
      const { c, d, sink, state } = await watched(served([[MINI_URL, answer]]));
      c.add(HOUR);
      const r = await tick(state, d, c.now);
      expect(r.outcome?.kind).toBe(kind);
      expect(findWatch(r.state, MINI_URL)?.dueAt).toBeNull();
      expect([...sink.captures.values()].flat()).toHaveLength(1);
    }
  });

  it('reads through a redirect to the same article under its column path', async () => {
    const column = 'https://www.rfi.fr/cn/专栏检索/要闻分析/20240415-巴黎试点夜间公交';
    const { c, d, state } = await watched(served([[MINI_URL, { status: 200, body: MINI, finalUrl: column }]]));
    c.add(HOUR);
    expect((await tick(state, d, c.now)).outcome?.kind).toBe('unchanged');
  });

  it('records an outage (5xx, network) without a capture, backs off, and reads the article again after it', async () => {
    const { c, d, sink, state, answers } = await watched(served([[MINI_URL, { status: 503, body: 'down' }]]));
    c.add(HOUR);
    const r = await tick(state, d, c.now);
    expect(r.outcome).toMatchObject({ kind: 'outage', status: 503 });
    expect(r.state.limiter.failures).toBe(1);
    expect(findWatch(r.state, MINI_URL)?.dueAt).toBeLessThanOrEqual(c.now());
    c.add(MINUTE);
    expect((await tick(r.state, d, c.now)).did).toBe('waiting');
    c.add(MINUTE);
    answers.clear();
    const again = await tick(r.state, d, c.now);
    expect(again.outcome?.kind).toBe('outage');
    expect(again.state.limiter.failures).toBe(2);
    expect(again.state.limiter.blockedUntil! - c.now()).toBe(4 * MINUTE);
    expect([...sink.captures.values()].flat()).toHaveLength(1);
  });

  it('never stores a page that is not an article', async () => {
    const home = '<!DOCTYPE html><html lang="zh-Hans"><head><title>RFI</title></head><body><h1>法广</h1></body></html>';
    const { c, d, sink, state } = await watched(served([[MINI_URL, { status: 200, body: home }]]));
    c.add(HOUR);
    const r = await tick(state, d, c.now);
    expect(r.outcome?.kind).toBe('unreadable');
    expect(findWatch(r.state, MINI_URL)?.dueAt).toBe(c.now() + HOUR);
    expect([...sink.captures.values()].flat()).toHaveLength(1);
  });

  it('goes on from a stored state exactly as it would have: a restart mid-watch loses nothing', async () => {
    const edited = served([[MINI_URL, { status: 200, body: MINI_EDITED }]]);
    const one = await watched(edited);
    const two = await watched(edited);
    one.c.add(HOUR);
    two.c.add(HOUR);
    const restored = JSON.parse(JSON.stringify(two.state)) as WatchState;
    const a = await tick(one.state, one.d, one.c.now);
    const b = await tick(restored, two.d, two.c.now);
    expect(b.outcome?.kind).toBe('edited');
    expect(b.state.entries).toEqual(JSON.parse(JSON.stringify(a.state.entries)) as unknown);
  });

  it('removes a watch', async () => {
    const { state } = await watched();
    expect(removeWatch(state, decodeURI(MINI_URL)).entries).toEqual({});
  });
});
