// Hostile text sizes (issue 12 §1): every entity pass runs to completion on 100,000 characters of
// adversarial text. No timing here (speed is printed by tests/bench/entities-adversarial.ts); a
// super-linear pass shows as this suite hanging, and the results are checked for sense.
import { describe, expect, it } from 'vitest';
import { analyseTexts } from '../../../lib/entities/extract';
import { dottedChains } from '../../../lib/entities/patterns-zh-dotted';
import { adversarialTexts } from '../../bench/entities-adversarial-inputs';

const LENGTH = 100_000;

describe('entity passes on 100,000 characters of adversarial text', () => {
  const texts = adversarialTexts(LENGTH);
  for (const [name, text] of Object.entries(texts)) {
    it(`completes: ${name}`, { timeout: 120_000 }, () => {
      expect(text.length).toBe(LENGTH);
      const a = analyseTexts([text], name.startsWith('en: ') ? 'en' : 'zh');
      for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
      if (name === 'title + name, repeated') expect(a.entities.find((e) => e.text === '普京')?.type).toBe('PER');
      if (name === 'country names back to back') expect(a.entities.find((e) => e.text === '美国')?.count).toBe(LENGTH / 2);
    });
  }
});

describe('dottedChains', () => {
  const REGEX = /[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)+/g;
  it('finds exactly what the backtracking regex found', () => {
    const alphabet = ['阿', '拉', '·', '·', ' ', 'A', '，', '的'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join('');
      const expected = [...text.matchAll(REGEX)].map((m) => ({ index: m.index ?? 0, value: m[0] }));
      expect(dottedChains(text), JSON.stringify(text)).toEqual(expected);
    }
  });
});
