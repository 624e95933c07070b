// The per-hour Paris day of identity features equals Intl's Paris calendar day, for every quarter
// hour of six years (210,000 Intl calls: a second or more, so apart from the inner loop,
// vitest.corpus.config.ts). The fold's fast paths are fold.test.ts.
import { describe, expect, it } from 'vitest';
import { parisDay } from '../../../lib/identity/features';
import { parisParts } from '../../../lib/text';

describe('parisDay', () => {
  it("equals Intl's Paris calendar day for every quarter hour of 2019-2024", () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2025, 0, 1); t += 900_000) {
      const p = parisParts(t);
      const expected = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / 86_400_000;
      if (parisDay(t) !== expected) wrong.push(new Date(t).toISOString());
    }
    expect(wrong).toEqual([]);
  });
});
