// The fast paths of identity features give exactly what the definitions give: the character-loop
// fold equals NFKC + lower case + letter/digit filter. The per-hour Paris day against Intl's, for
// every quarter hour of six years, is paris-day.stress.test.ts (apart from the inner loop).
import { describe, expect, it } from 'vitest';
import { bigramKey, containment, containmentBound, dice, foldForIdentity, foldSlow, jaccard, ShingleSet, shingles } from '../../../lib/identity/text-similarity';

describe('foldForIdentity', () => {
  it('agrees with the definition on every character of the fast path, and on mixed text', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (foldForIdentity(ch) !== foldSlow(ch)) differ.push(c.toString(16));
      if (foldForIdentity(`A${ch}著b`) !== foldSlow(`A${ch}著b`)) differ.push(`mixed ${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it('folds full-width, case and 著 as before', () => {
    expect(foldForIdentity('美国 ABC，著名！')).toBe('美国abc着名');
    expect(foldForIdentity('ＡＢＣ１２３')).toBe('abc123');
  });
});

describe('shingles', () => {
  it('are the distinct hashes, ascending, and measure overlap', () => {
    const a = shingles('abcdefgh');
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect(new Set(a).size).toBe(5);
    expect(jaccard(a, shingles('abcdefgh'))).toBe(1);
    expect(containment(shingles('abcdef'), a)).toBe(1);
    expect(jaccard(shingles('abcdef'), a)).toBeCloseTo(3 / 5);
    expect(shingles('abab').length).toBe(1);
  });

  it('containmentBound is never below containment, and low for unrelated texts', () => {
    let seed = 1;
    const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    const text = (len: number, alphabet: string) => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
    const below: string[] = [];
    for (let t = 0; t < 400; t++) {
      const alphabet = t % 2 ? 'ab' : '中国法新闻社报道称';
      const a = text(3 + rnd(60), alphabet);
      const b = rnd(3) === 0 ? a.slice(rnd(10)) + text(rnd(20), alphabet) : text(3 + rnd(60), alphabet);
      const sa = shingles(a);
      const sb = shingles(b);
      if (containmentBound(new ShingleSet(sa), b, sb.length) < containment(sa, sb)) below.push(`${a}|${b}`);
    }
    expect(below).toEqual([]);
    const set = new ShingleSet(shingles('法国国际广播电台报道'));
    expect([...shingles('法国国际广播电台报道')].every((v) => set.has(v))).toBe(true);
    expect(set.has(0) || set.has(12345)).toBe(false);
    const x = '法国国际广播电台报道巴黎市政府今天宣布新的交通计划将于明年实施';
    const y = '美国总统在华盛顿发表讲话谈到经济形势和就业市场的最新变化情况';
    expect(containmentBound(new ShingleSet(shingles(x)), y, shingles(y).length)).toBeLessThan(0.1);
  });
});

/** Dice over bigram multisets as first written (Map of bigram strings), to check the numeric one. */
function diceByMap(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  if (a === '' || b === '') return 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    const cs = Array.from(s);
    if (cs.length === 1) m.set(cs[0]!, 1);
    for (let i = 0; i + 1 < cs.length; i++) m.set(cs[i]! + cs[i + 1]!, (m.get(cs[i]! + cs[i + 1]!) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) {
    total += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return (2 * shared) / total;
}

describe('dice', () => {
  it('equals the bigram-multiset definition on short strings of a small alphabet, astral characters included, and bigramKey follows it', () => {
    const alphabet = ['a', 'b', '中', '𠀀'];
    const words: string[] = [''];
    for (let len = 1; len <= 4; len++) for (const w of words.filter((x) => Array.from(x).length === len - 1)) for (const c of alphabet) words.push(w + c);
    const wrong: string[] = [];
    for (const a of words) {
      for (const b of words) {
        if (dice(a, b) !== diceByMap(a, b)) wrong.push(`${a}|${b}`);
        // The bigram key never tells two strings apart when dice is 1 (rotations such as abca / bcab included).
        if (dice(a, b) === 1 && bigramKey(a) !== bigramKey(b)) wrong.push(`key ${a}|${b}`);
      }
    }
    expect(dice('abca', 'bcab')).toBe(1);
    expect(words.length).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
  });
});
