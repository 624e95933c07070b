// The per-character helpers every rule leans on: length-preserving fold, word characters.
import { describe, expect, it } from 'vitest';
import { foldForMatch, isLatinLetter, isWordChar } from '../../../lib/entities/span';

describe('foldForMatch', () => {
  it('folds full-width ASCII and the ideographic space, keeps the full-width brackets, same length', () => {
    const text = 'ＡＢＣ１２３，　（北约）ｘ！𠀀';
    const folded = foldForMatch(text);
    expect(folded).toBe('ABC123, （北约）x!𠀀');
    expect(folded.length).toBe(text.length);
  });

  it('turns every name dot into · and a full stop between Han characters too', () => {
    expect(foldForMatch('保罗‧惠兰、安妮塔．拉谢维莉许、Mr. Li・Na')).toBe('保罗·惠兰、安妮塔·拉谢维莉许、Mr. Li·Na');
  });
});

describe('isWordChar / isLatinLetter', () => {
  it('reads letters of every script but Han, marks and digits as word characters', () => {
    for (const ch of ['a', 'Z', 'é', 'Ж', 'ا', '\u0301', '7', '٣']) expect(isWordChar(ch)).toBe(true);
    for (const ch of ['中', '-', ' ', '’', '.', '（', undefined, '']) expect(isWordChar(ch)).toBe(false);
  });

  it('reads letters and marks, not digits, as Latin letters', () => {
    for (const ch of ['a', 'Z', 'é', '\u0301']) expect(isLatinLetter(ch)).toBe(true);
    for (const ch of ['7', '中', '-', undefined]) expect(isLatinLetter(ch)).toBe(false);
  });
});
