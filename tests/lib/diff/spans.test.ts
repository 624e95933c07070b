import { describe, expect, it } from 'vitest';
import { diffText, tokenize } from '../../../lib/diff/spans';
import type { TextSpan } from '../../../lib/types';

const before = (s: TextSpan[]) => s.filter((x) => x.op !== 'insert').map((x) => x.text).join('');
const after = (s: TextSpan[]) => s.filter((x) => x.op !== 'delete').map((x) => x.text).join('');
const edits = (s: TextSpan[]) => s.filter((x) => x.op !== 'equal');

describe('tokenize', () => {
  it('keeps Latin words whole and cuts CJK into characters', () => {
    expect(tokenize('Le président Macron')).toEqual(['Le', ' ', 'président', ' ', 'Macron']);
    expect(tokenize('拜登（Joe Biden）说')).toEqual(['拜', '登', '（', 'Joe', ' ', 'Biden', '）', '说']);
  });
});

describe('diffText', () => {
  it('marks a one-character CJK edit as that character only', () => {
    const d = diffText('会议持续了四个小时。', '会议持续了五个小时。');
    expect(edits(d.spans)).toEqual([
      { op: 'delete', text: '四' },
      { op: 'insert', text: '五' },
    ]);
    expect(d.rewritten).toBe(false);
  });

  it('marks a figure change exactly (2500万吨 → 2500吨)', () => {
    const d = diffText('中国粮食频出事，2500万吨毒镉稻米藏广东。', '中国粮食频出事，2500吨毒镉稻米藏广东。');
    expect(edits(d.spans)).toEqual([{ op: 'delete', text: '万' }]);
  });

  it('replaces whole Latin words, not letters', () => {
    const a = 'Le président Biden a rencontré mardi le chancelier allemand à Berlin.';
    const b = 'Le président Harris a rencontré mercredi le chancelier allemand à Berlin.';
    const d = diffText(a, b);
    expect(edits(d.spans).map((s) => `${s.op}:${s.text}`)).toEqual(['delete:Biden', 'insert:Harris', 'delete:mardi', 'insert:mercredi']);
    expect(before(d.spans)).toBe(a);
    expect(after(d.spans)).toBe(b);
  });

  it('shows a headline rewritten top to bottom as old → new', () => {
    const a = '川普首度揭自己曾命危 称抗体疗法救了他';
    const b = '川普称抗体疗法是COVID-19解药';
    const d = diffText(a, b);
    expect(d.rewritten).toBe(true);
    expect(d.spans).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });

  it('keeps a light headline edit as spans', () => {
    const d = diffText('俄反对派领袖纳瓦尼证实 梅克尔曾赴医院探望他', '俄反对派领袖纳瓦尔尼证实 默克尔曾赴医院探望他');
    expect(d.rewritten).toBe(false);
    expect(edits(d.spans).map((s) => s.text)).toEqual(['尔', '梅', '默']);
  });

  it('rebuilds both sides of mixed-script text with surrogate pairs', () => {
    const a = '𠮷野家（Yoshinoya）在東京開店 2 家。';
    const b = '𠮷野家（Yoshinoya Co.）在東京開店 3 家。';
    const d = diffText(a, b);
    expect(before(d.spans)).toBe(a);
    expect(after(d.spans)).toBe(b);
  });

  it('reports long unrelated texts as one replacement within the time bound', () => {
    const a = '美国国务院发言人今天表示，中国外交部已知会美方。'.repeat(200);
    const b = 'Le président de la République a annoncé mardi soir une série de mesures. '.repeat(80);
    const d = diffText(a, b);
    expect(d.rewritten).toBe(true);
    expect(d.spans).toHaveLength(2);
  });
});
