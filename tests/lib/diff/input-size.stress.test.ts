// Input-sized data never goes on the call stack: long CJK runs and huge paragraph gaps once made
// `push(...items)` throw "Maximum call stack size exceeded" (V8) / "too much recursion" (Firefox).
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../lib/diff/align';
import { diffText, tokenize } from '../../../lib/diff/spans';

/** `n` Han characters in one run (no space, no punctuation). */
function longRun(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + ((i * 7919) % 20000));
  return s;
}

describe('input-sized data', () => {
  it('tokenizes and diffs a 300,000-character Chinese run', () => {
    const run = longRun(300_000);
    expect(tokenize(run)).toHaveLength(300_000);
    const edited = `${run.slice(0, 150_000)}五${run.slice(150_001)}`;
    const d = diffText(run, edited);
    expect(d.spans.filter((s) => s.op !== 'equal').map((s) => s.text).join('')).toHaveLength(2);
    expect(d.spans.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(edited);
  });

  it('aligns one archived paragraph against 200,000 live ones', () => {
    const live = Array.from({ length: 200_000 }, (_, i) => `第${i}段`);
    const out = alignParagraphs(live, ['完全不同的一段文字']);
    expect(out.filter((p) => p.status === 'added')).toHaveLength(200_000);
    expect(out.filter((p) => p.status === 'removed')).toHaveLength(1);
  });
});
