import { describe, expect, it } from 'vitest';
import { isBlank, normalizeSpace, parisDisplayTimeToIso, splitTitle, toIsoUtc } from '../../lib/text';
import { parseRfiPath } from '../../lib/rfi-url';

describe('text helpers', () => {
  it('collapses every white space RFI uses', () => {
    expect(normalizeSpace('  a\u00a0\u00a0b\u3000c d\n\te  ')).toBe('a b c d e');
    // Zero-width spaces are word-break hints, not spaces: dropped, never shown as a space.
    expect(normalizeSpace('ភ្នំពេញ\u200bបើក\u200b \u200bផ្លូវ\ufeff')).toBe('ភ្នំពេញបើក ផ្លូវ');
    expect(normalizeSpace('中\u200b国')).toBe('中国');
    expect(isBlank('\u200b\u00a0\ufeff')).toBe(true);
    // Joiners belong to the letters they join.
    expect(normalizeSpace('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(isBlank('\u00a0')).toBe(true);
    expect(isBlank('\u00a0x')).toBe(false);
  });

  it('splits column and wire suffixes off titles', () => {
    expect(splitTitle('20国外长会：美中不搭话 美俄场边会 俄中合力阻宣言 - 要闻分析')).toEqual({ title: '20国外长会：美中不搭话 美俄场边会 俄中合力阻宣言', column: '要闻分析' });
    expect(splitTitle('巴基斯坦证券交易所遇袭  4人丧命 – 法国国际广播电台 - RFI')).toEqual({ title: '巴基斯坦证券交易所遇袭 4人丧命', column: null });
    expect(splitTitle('Covid-19: la France - un bilan')).toEqual({ title: 'Covid-19: la France - un bilan', column: null });
    expect(splitTitle('[视频]北京火速通过港版国安法')).toEqual({ title: '[视频]北京火速通过港版国安法', column: null });
  });

  it('reads Paris display times across summer and winter time', () => {
    expect(parisDisplayTimeToIso('02/03/2023 - 21:57')).toBe('2023-03-02T20:57:00.000Z');
    expect(parisDisplayTimeToIso('29/06/2020 - 13:05')).toBe('2020-06-29T11:05:00.000Z');
    expect(parisDisplayTimeToIso('发表时间：30/11/2025 - 10:13')).toBe('2025-11-30T09:13:00.000Z');
    expect(parisDisplayTimeToIso('31/02/2023')).toBeNull();
    expect(parisDisplayTimeToIso('45/13/2023 - 10:00')).toBeNull();
  });

  it('normalises ISO times with offsets', () => {
    expect(toIsoUtc('2025-11-30T09:13:47+00:00')).toBe('2025-11-30T09:13:47.000Z');
    expect(toIsoUtc('2025-11-30T10:13:47+01:00')).toBe('2025-11-30T09:13:47.000Z');
    expect(toIsoUtc('soon')).toBeNull();
    expect(toIsoUtc(null)).toBeNull();
  });

  it('reads edition, section, column, date and slug from RFI URLs', () => {
    expect(parseRfiPath('https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-t-dome')).toMatchObject({ edition: 'cn', section: '政治', column: null, date: '20251130', slug: 't-dome' });
    expect(parseRfiPath('https://www.rfi.fr/cn/专栏检索/要闻分析/20230302-x')).toMatchObject({ section: null, column: '要闻分析', date: '20230302' });
    expect(parseRfiPath('http://www.rfi.fr//cn/美国对伊朗组织祭新制裁')).toMatchObject({ edition: 'cn', date: null, slug: '美国对伊朗组织祭新制裁' });
    expect(parseRfiPath('https://example.org/cn/x')).toBeNull();
  });
});
