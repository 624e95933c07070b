import { describe, expect, it } from 'vitest';
import { diffChars, diffRatio, sliceLike, type TextOp } from '../../../lib/diff/chars';

const before = (ops: TextOp[]) => ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
const after = (ops: TextOp[]) => ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');

describe('diffChars', () => {
  it('shows a one-character CJK edit as one replaced character', () => {
    const ops = diffChars('会议持续了四个小时。', '会议持续了五个小时。');
    expect(ops).toEqual([
      { op: 'equal', text: '会议持续了' },
      { op: 'delete', text: '四' },
      { op: 'insert', text: '五' },
      { op: 'equal', text: '个小时。' },
    ]);
  });

  it('rebuilds both texts exactly', () => {
    const a = '据联合新闻网今天报道说，中国粮食频出事，2500万吨毒镉稻米藏广东。';
    const b = '据联合新闻网今天报道说，中国粮食频出事，2500吨毒镉稻米藏广东。';
    const ops = diffChars(a, b);
    expect(before(ops)).toBe(a);
    expect(after(ops)).toBe(b);
    expect(ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'delete', text: '万' }]);
    expect(diffRatio(ops)).toBeGreaterThan(0.95);
  });

  it('reports long unrelated texts as one replacement', () => {
    const a = '美国国务院发言人今天表示，中国外交部已知会美方。'.repeat(100);
    const b = 'Le président de la République a annoncé mardi soir une série de mesures. '.repeat(40);
    expect(diffChars(a, b)).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });
});

describe('sliceLike', () => {
  it('cuts a paragraph where its split pieces meet', () => {
    const whole = '第一句话说明背景。第二句话给出数字：至少6人死亡。';
    expect(sliceLike(whole, ['第一句话说明背景。', '第二句话给出数字：至少6人死亡。'])).toEqual([
      '第一句话说明背景。',
      '第二句话给出数字：至少6人死亡。',
    ]);
  });

  it('keeps edited text with the piece it belongs to', () => {
    const whole = 'Premier point, le contexte. Second point, au moins 6 morts.';
    expect(sliceLike(whole, ['Premier point, le contexte.', 'Second point, au moins 7 morts.'])).toEqual([
      'Premier point, le contexte.',
      'Second point, au moins 6 morts.',
    ]);
  });
});
