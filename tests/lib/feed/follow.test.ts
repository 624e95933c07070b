import { describe, expect, it } from 'vitest';
import { applyCap, FEED_EVERY, feedUrl, follow, nextFeedAt, unfollow } from '../../../lib/feed/follow';
import { HOUR, MINUTE } from '../../../lib/watch/schedule';
import { addWatch, EMPTY_WATCH, findWatch, wakeAt } from '../../../lib/watch/state';
import { tick } from '../../../lib/watch/tick';
import { clock, deps, memorySink, MINI, miniAt, served } from '../watch/support';

const SINCE = Date.parse('2025-11-30T08:00:00Z');
const A = 'https://www.rfi.fr/cn/中国/20251130-新文章甲';
const B = 'https://www.rfi.fr/cn/国际/20251130-新文章乙';
const OLD = 'https://www.rfi.fr/cn/中国/20251129-旧文章';

function rss(items: { url: string; title: string; at: string }[]): string {
  const body = items.map((i) => `<item><title>${i.title}</title><link>${encodeURI(i.url)}</link><pubDate>${new Date(i.at).toUTCString()}</pubDate></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>RFI</title>${body}</channel></rss>`;
}

describe('following an edition', () => {
  it('reads the feed as soon as followed, then at most every 10 minutes', () => {
    const s = follow(EMPTY_WATCH, 'cn', SINCE);
    expect(feedUrl('cn')).toBe('https://www.rfi.fr/cn/rss');
    expect(nextFeedAt(s)).toBe(SINCE);
    expect(wakeAt(s, nextFeedAt(s), SINCE)).toBe(SINCE);
    expect(() => follow(EMPTY_WATCH, 'xx', SINCE)).toThrow(/unknown edition/);
    expect(unfollow(s, 'cn').follows).toEqual({});
  });

  it('captures each article published after opting in, then re-reads it on the watch schedule and reports its edit', async () => {
    const c = clock(SINCE + 30 * MINUTE);
    const feed = rss([
      { url: A, title: '新文章甲', at: '2025-11-30T08:20:00Z' },
      { url: B, title: '新文章乙', at: '2025-11-30T08:25:00Z' },
      { url: OLD, title: '旧文章', at: '2025-11-29T20:00:00Z' },
      { url: 'https://www.rfi.fr/cn/', title: 'home', at: '2025-11-30T08:26:00Z' },
    ]);
    const answers = served([
      ['https://www.rfi.fr/cn/rss', { status: 200, body: feed }],
      [A, { status: 200, body: miniAt(A, '新文章甲') }],
      [B, { status: 200, body: miniAt(B, '新文章乙') }],
    ]);
    const sink = memorySink();
    const d = deps(answers, sink);
    let s = follow(EMPTY_WATCH, 'cn', SINCE);
    const read = await tick(s, d, c.now);
    expect(read.did).toBe('feed');
    s = read.state;
    expect(Object.values(s.entries).map((e) => [e.title, e.origin, e.dueAt])).toEqual([
      ['新文章甲', 'edition', c.now()],
      ['新文章乙', 'edition', c.now()],
    ]);
    for (const title of ['新文章甲', '新文章乙']) {
      c.add(MINUTE);
      const r = await tick(s, d, c.now);
      expect(r.outcome?.kind).toBe('captured');
      expect(r.requested).toContain(encodeURI(title).slice(0, 9));
      s = r.state;
    }
    expect([...sink.captures.values()].map((l) => l.map((x) => x.source))).toEqual([['feed'], ['feed']]);
    // The next feed read lists the same items: nothing new.
    c.set(SINCE + 30 * MINUTE + FEED_EVERY);
    s = (await tick(s, d, c.now)).state;
    expect(Object.keys(s.entries)).toHaveLength(2);
    // An hour later (first day: hourly) B has been edited.
    answers.set([...answers.keys()][2]!, { status: 200, body: miniAt(B, '新文章乙').replace('凌晨一点', '凌晨三点') });
    c.add(HOUR);
    const kinds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await tick(s, d, c.now);
      kinds.push(`${r.did}:${r.outcome?.kind}`);
      s = r.state;
      c.add(MINUTE);
    }
    expect(kinds.sort()).toEqual(['article:edited', 'article:unchanged', 'feed:unchanged']);
    expect(findWatch(s, B)).toMatchObject({ edits: 1, unseen: true });
    expect(findWatch(s, A)).toMatchObject({ edits: 0, unseen: false });
  });

  it('keeps at most the cap of edition articles on the schedule, retiring the oldest', () => {
    let s = EMPTY_WATCH;
    for (let i = 0; i < 5; i++) s = addWatch(s, { url: `https://www.rfi.fr/cn/中国/2025113${i}-a${i}`, title: `a${i}`, edition: 'cn', published: null }, 'edition', SINCE + i);
    s = addWatch(s, { url: 'https://www.rfi.fr/cn/中国/20251101-mine', title: 'mine', edition: 'cn', published: null }, 'reader', SINCE - 1);
    const capped = applyCap(s, 3);
    const active = Object.values(capped.entries).filter((e) => e.dueAt !== null).map((e) => e.title);
    expect(active.sort()).toEqual(['a2', 'a3', 'a4', 'mine']);
  });

  it('reads nothing from a feed that is not one, and backs off when the feed is down', async () => {
    const c = clock(SINCE);
    const d = deps(served([['https://www.rfi.fr/cn/rss', { status: 200, body: MINI }]]));
    const r = await tick(follow(EMPTY_WATCH, 'cn', SINCE), d, c.now);
    expect(r.outcome?.kind).toBe('unreadable');
    expect(r.state.entries).toEqual({});
    const down = await tick(follow(EMPTY_WATCH, 'cn', SINCE), deps(served([['https://www.rfi.fr/cn/rss', { status: 502, body: '' }]])), c.now);
    expect(down.outcome?.kind).toBe('outage');
    expect(down.state.limiter.failures).toBe(1);
  });
});
