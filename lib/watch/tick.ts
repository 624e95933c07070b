// One step of the background's watch loop: at most one request (a due feed first, then the
// article due longest), its outcome folded into the state. Pure apart from the functions passed
// in; the background runs it on each alarm and stores the state it returns.
import { applyFeedRead, dueFeed, feedUrl, newItems } from '../feed/follow';
import { parseFeed } from '../feed/rss';
import { afterRequest, mayRequest } from './schedule';
import { classifyAnswer, readArticle, type FetchResult, type ReadDeps } from './read';
import { applyOutcome, dueEntry, isFailure, type Outcome, type WatchEntry, type WatchState } from './state';

export interface TickDeps extends ReadDeps {
  /** Is this URL an rfi.fr article (lib/page/detect isArticleUrl)? Feed items that are not are skipped. */
  isArticleUrl(url: string): boolean;
}

export interface TickResult {
  state: WatchState;
  /** What the step did. */
  did: 'feed' | 'article' | 'nothing' | 'waiting';
  /** The URL requested, if any. */
  requested: string | null;
  outcome: Outcome | null;
  /** The watch that just found an edit (for the badge and the notification), or null. */
  edited: WatchEntry | null;
}

export async function tick(state: WatchState, deps: TickDeps, now: () => number): Promise<TickResult> {
  const t = now();
  const nothing = { requested: null, outcome: null, edited: null };
  if (!dueFeed(state, t) && !dueEntry(state, t)) return { state, did: 'nothing', ...nothing };
  if (!mayRequest(state.limiter, t)) return { state, did: 'waiting', ...nothing };

  const feed = dueFeed(state, t);
  if (feed) {
    const url = feedUrl(feed.edition);
    const result = await deps.fetchPage(url).catch((e: unknown): FetchResult => ({ kind: 'error', message: String(e) }));
    const at = now();
    // A feed is not an article: any redirect is fine, so classify against the final URL itself.
    const settled = classifyAnswer(result.kind === 'answer' ? result.finalUrl : url, result, at);
    let outcome: Outcome;
    let next: WatchState;
    if (settled || result.kind !== 'answer') {
      outcome = settled ?? { kind: 'outage', at, status: null, detail: null };
      next = applyFeedRead(state, feed.edition, outcome, [], []);
    } else {
      const parsed = parseFeed(result.body, url);
      outcome = parsed.items.length > 0 || parsed.warnings.length === 0
        ? { kind: 'unchanged', at, status: result.status, detail: null }
        : { kind: 'unreadable', at, status: result.status, detail: parsed.warnings[0]!.message };
      next = applyFeedRead(state, feed.edition, outcome, parsed.items, newItems(feed, parsed.items, deps.isArticleUrl));
    }
    next = { ...next, limiter: afterRequest(state.limiter, at, isFailure(outcome)) };
    return { state: next, did: 'feed', requested: url, outcome, edited: null };
  }

  const due = dueEntry(state, t)!;
  const source = due.entry.origin === 'edition' ? 'feed' : 'watch';
  const outcome = await readArticle(due.entry.url, deps, source, now);
  let next = applyOutcome(state, due.key, outcome);
  next = { ...next, limiter: afterRequest(state.limiter, outcome.at, isFailure(outcome)) };
  const edited = outcome.kind === 'edited' ? next.entries[due.key]! : null;
  return { state: next, did: 'article', requested: due.entry.url, outcome, edited };
}
