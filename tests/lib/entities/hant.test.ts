// Simplified → Traditional for the hand lists: character by character, every other character kept.
import { describe, expect, it } from 'vitest';
import { toTraditional, withTraditional } from '../../../lib/entities/hant';

describe('toTraditional', () => {
  it('converts the listed characters wherever they stand and keeps every other one', () => {
    expect(toTraditional('乌克兰')).toBe('烏克蘭');
    expect(toTraditional('联合国安理会')).toBe('聯合國安理會');
    expect(toTraditional('北约NATO总部')).toBe('北約NATO總部');
    expect(toTraditional('巴黎')).toBe('巴黎');
    expect(toTraditional('')).toBe('');
  });

  it('leaves characters outside the BMP and lone surrogates alone', () => {
    expect(toTraditional('𠀀华𠀁\ud800约')).toBe('𠀀華𠀁\ud800約');
  });

  it('maps one character to one character, so offsets in a converted name are offsets in the original', () => {
    let all = '';
    for (let c = 0x4e00; c <= 0x9fff; c++) all += String.fromCharCode(c);
    const t = toTraditional(all);
    expect(t.length).toBe(all.length);
    expect(toTraditional(t)).toBe(t);
  });

  it('withTraditional appends the converted set, the same answer every time', () => {
    expect(withTraditional('华约的')).toBe('华约的華約的');
    expect(withTraditional('华约的')).toBe('华约的華約的');
  });
});
