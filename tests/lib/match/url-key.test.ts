import { describe, expect, it } from 'vitest';
import { urlKey } from '../../../lib/match/url-key';

const SEED =
  'https://www.rfi.fr/cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E8%A6%81%E9%97%BB%E5%88%86%E6%9E%90/20230302-20%E5%9B%BD%E5%A4%96%E9%95%BF%E4%BC%9A';
const KEY = 'rfi.fr/cn/专栏检索/要闻分析/20230302-20国外长会';

describe('urlKey', () => {
  it.each([
    ['percent-encoded https', SEED],
    ['raw UTF-8', 'https://www.rfi.fr/cn/专栏检索/要闻分析/20230302-20国外长会'],
    ['http and the archive double slash', 'http://www.rfi.fr//cn/专栏检索/要闻分析/20230302-20国外长会'],
    ['bare host', 'https://rfi.fr/cn/专栏检索/要闻分析/20230302-20国外长会'],
    ['mobile host', 'https://m.rfi.fr/cn/专栏检索/要闻分析/20230302-20国外长会'],
    ['trailing slash', `${SEED}/`],
    ['query and fragment', `${SEED}?utm_source=x#top`],
    ['doubled inner slash', 'https://www.rfi.fr/cn//专栏检索/要闻分析//20230302-20国外长会'],
    ['lower-case hex', SEED.toLowerCase().replace('https://www.rfi.fr/cn/', 'https://www.rfi.fr/cn/')],
    ['old edition host', 'http://cn.rfi.fr/专栏检索/要闻分析/20230302-20国外长会'],
  ])('%s gives the same key', (_, url) => {
    expect(urlKey(url)).toBe(KEY);
  });

  it('folds decomposed Unicode to NFC', () => {
    const nfd = 'https://www.rfi.fr/fr/france/20230302-cafe\u0301';
    expect(urlKey(nfd)).toBe('rfi.fr/fr/france/20230302-café');
  });

  it('keeps different articles apart', () => {
    expect(urlKey('https://www.rfi.fr/cn/政治/20230302-20国外长会')).not.toBe(KEY);
    expect(urlKey('https://www.rfi.fr/tw/專欄檢索/要聞分析/20230302-20國外長會')).not.toBe(KEY);
  });

  it('maps the traditional-Chinese legacy host to /tw/', () => {
    expect(urlKey('http://trad.cn.rfi.fr/政治/20200101-x')).toBe('rfi.fr/tw/政治/20200101-x');
  });

  it('refuses other sites and non-URLs', () => {
    expect(urlKey('https://www.france24.com/fr/20230302-x')).toBeNull();
    expect(urlKey('https://notrfi.fr/cn/x')).toBeNull();
    expect(urlKey('not a url')).toBeNull();
  });

  it('survives a malformed percent escape', () => {
    expect(urlKey('https://www.rfi.fr/cn/100%-x')).toBe('rfi.fr/cn/100%-x');
  });
});
