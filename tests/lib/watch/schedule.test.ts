import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE,
  BACKOFF_MAX,
  DAY,
  HOUR,
  LIMITER_START,
  MINUTE,
  afterRequest,
  mayRequest,
  nextReadAt,
  nextSlot,
  readsInSchedule,
  scheduleAnchor,
} from '../../../lib/watch/schedule';

const T0 = Date.parse('2025-11-30T09:13:47Z');

describe('re-read schedule (NewsDiffs-like)', () => {
  it('reads hourly in the first day, 6-hourly until a week, daily until a month, then stops', () => {
    expect(nextReadAt(T0, T0)).toBe(T0 + HOUR);
    expect(nextReadAt(T0, T0 + 23 * HOUR)).toBe(T0 + 24 * HOUR);
    expect(nextReadAt(T0, T0 + DAY)).toBe(T0 + DAY + 6 * HOUR);
    expect(nextReadAt(T0, T0 + 7 * DAY - 1)).toBe(T0 + 7 * DAY - 1 + 6 * HOUR);
    expect(nextReadAt(T0, T0 + 7 * DAY)).toBe(T0 + 8 * DAY);
    expect(nextReadAt(T0, T0 + 30 * DAY - 1)).toBe(T0 + 31 * DAY - 1);
    expect(nextReadAt(T0, T0 + 30 * DAY)).toBeNull();
  });

  it('makes 24 + 24 + 23 reads plus the first over a whole schedule', () => {
    expect(readsInSchedule()).toBe(72);
  });

  it('measures from publication; from the watch start when there is none, it is in the future or over a month old', () => {
    const start = T0 + 2 * DAY;
    expect(scheduleAnchor('2025-11-30T09:13:47+00:00', start)).toBe(T0);
    expect(scheduleAnchor(null, start)).toBe(start);
    expect(scheduleAnchor('not a date', start)).toBe(start);
    expect(scheduleAnchor('2025-12-05T00:00:00Z', start)).toBe(start);
    expect(scheduleAnchor('2025-10-01T00:00:00Z', start)).toBe(start);
  });
});

describe('global request limiter', () => {
  it('lets the first request go at once, then one a minute', () => {
    expect(mayRequest(LIMITER_START, T0)).toBe(true);
    const s = afterRequest(LIMITER_START, T0, false);
    expect(mayRequest(s, T0 + 59_999)).toBe(false);
    expect(nextSlot(s, T0 + 10_000)).toBe(T0 + MINUTE);
    expect(mayRequest(s, T0 + MINUTE)).toBe(true);
  });

  it('backs off exponentially on errors in a row, capped, and resets on success', () => {
    let s = LIMITER_START;
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      s = afterRequest(s, T0, true);
      waits.push(s.blockedUntil! - T0);
    }
    expect(waits.slice(0, 4)).toEqual([BACKOFF_BASE, 2 * BACKOFF_BASE, 4 * BACKOFF_BASE, 8 * BACKOFF_BASE]);
    expect(Math.max(...waits)).toBe(BACKOFF_MAX);
    expect(mayRequest(s, T0 + BACKOFF_MAX - 1)).toBe(false);
    s = afterRequest(s, T0 + BACKOFF_MAX, false);
    expect(s).toEqual({ lastRequestAt: T0 + BACKOFF_MAX, failures: 0, blockedUntil: null });
  });
});
