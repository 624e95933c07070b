import { describe, expect, it } from 'vitest';
import { dispatch, isEnvelope, type Handlers } from '../../lib/protocol';
import type { Report } from '../../lib/types';

const report = { entities: [] } as unknown as Report;

describe('message protocol', () => {
  it('recognises only our envelopes', () => {
    expect(isEnvelope({ rfiLens: 1, name: 'inspect', request: {} })).toBe(true);
    expect(isEnvelope({ type: 'inspect' })).toBe(false);
    expect(isEnvelope(null)).toBe(false);
    expect(isEnvelope('inspect')).toBe(false);
  });

  it('wraps a handler result as { ok: true, value }', async () => {
    const handlers: Handlers = { inspect: () => report };
    const reply = await dispatch(handlers, { rfiLens: 1, name: 'inspect', request: { pageUrl: 'u', live: { value: {} as never, warnings: [] } } });
    expect(reply).toEqual({ ok: true, value: report });
  });

  it('turns a thrown error into a serialisable { ok: false, error }', async () => {
    const handlers: Handlers = {
      inspect: () => {
        throw new Error('corpus index missing');
      },
    };
    const reply = await dispatch(handlers, { rfiLens: 1, name: 'inspect', request: { pageUrl: 'u', live: { value: {} as never, warnings: [] } } });
    expect(reply).toEqual({ ok: false, error: 'corpus index missing' });
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('answers an unknown message name with an error, not a throw', async () => {
    const reply = await dispatch({ inspect: () => report }, { rfiLens: 1, name: 'nope' as 'inspect', request: {} as never });
    expect(reply.ok).toBe(false);
  });
});
