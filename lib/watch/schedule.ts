// When a watched article is read again, and how often the background may ask rfi.fr anything.
// Pure: times are epoch milliseconds passed in; nothing here reads a clock.
//
// The re-read intervals follow NewsDiffs: articles are edited most in their first hours, then
// rarely. Age is measured from the article's *publication* (RFI's datePublished), because that is
// when edits cluster and what NewsDiffs approximates with the time it first saw a story in a
// feed. When the page gives no publication time, or the article is already older than the whole
// schedule when the reader starts watching it, age is measured from the start of the watch (the
// first capture), so a watch always gets its full schedule.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Age limit → interval while the article is younger than that limit. */
export const SCHEDULE: readonly { until: number; every: number }[] = [
  { until: DAY, every: HOUR },
  { until: 7 * DAY, every: 6 * HOUR },
  { until: 30 * DAY, every: DAY },
];

/** After this age the article is not read again. */
export const SCHEDULE_END = 30 * DAY;

/**
 * The time the schedule is measured from: the publication time when it is known and not older
 * than the schedule at `watchStart`, otherwise `watchStart`.
 */
export function scheduleAnchor(published: string | null, watchStart: number): number {
  const at = published ? Date.parse(published) : Number.NaN;
  if (!Number.isFinite(at) || at > watchStart || watchStart - at >= SCHEDULE_END) return watchStart;
  return at;
}

/**
 * The next time to re-read an article whose schedule starts at `anchor`, after a read at `now`:
 * `now` plus the interval of the article's current age, or null once the schedule is over.
 */
export function nextReadAt(anchor: number, now: number): number | null {
  const age = Math.max(0, now - anchor);
  const step = SCHEDULE.find((s) => age < s.until);
  if (!step) return null;
  return now + step.every;
}

/** How many reads a schedule makes from its anchor to its end (for the figures in the README). */
export function readsInSchedule(): number {
  let reads = 0;
  for (let t: number | null = 0; t !== null; t = nextReadAt(0, t)) reads += 1;
  return reads;
}

// ---- The global limiter: one request a minute overall, exponential backoff on errors ----------

export const MIN_GAP = MINUTE;
/** First backoff after an error; doubled on each further error in a row, up to BACKOFF_MAX. */
export const BACKOFF_BASE = 2 * MINUTE;
export const BACKOFF_MAX = 6 * HOUR;

/** Persisted with the watch state, so a restarted worker keeps the pace. */
export interface LimiterState {
  /** When the last request went out (null: never). */
  lastRequestAt: number | null;
  /** Errors in a row (outage, 5xx, network); reset by any answer that is not an error. */
  failures: number;
  /** No request before this time (backoff), or null. */
  blockedUntil: number | null;
}

export const LIMITER_START: LimiterState = { lastRequestAt: null, failures: 0, blockedUntil: null };

/** The earliest time the next request may go. */
export function nextSlot(state: LimiterState, now: number): number {
  const afterGap = state.lastRequestAt === null ? now : state.lastRequestAt + MIN_GAP;
  return Math.max(now, afterGap, state.blockedUntil ?? now);
}

/** Whether a request may go at `now`. */
export function mayRequest(state: LimiterState, now: number): boolean {
  return nextSlot(state, now) <= now;
}

/** The state after a request made at `now` whose outcome was (`failed`) or was not an error. */
export function afterRequest(state: LimiterState, now: number, failed: boolean): LimiterState {
  if (!failed) return { lastRequestAt: now, failures: 0, blockedUntil: null };
  const failures = state.failures + 1;
  const wait = Math.min(BACKOFF_MAX, BACKOFF_BASE * 2 ** (failures - 1));
  return { lastRequestAt: now, failures, blockedUntil: now + wait };
}
