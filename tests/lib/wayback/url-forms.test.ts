import { describe, expect, it } from 'vitest';
import { urlKey } from '../../../lib/match/url-key';
import { articleSegments, articleUrlForms, cdxTargets } from '../../../lib/wayback/url-forms';

const ENCODED = 'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE';
const RAW = 'https://www.rfi.fr/cn/政治/20251130-台湾';

describe('articleUrlForms', () => {
  it('gives the 16 forms RFI used: http/https × www or not × encoded/raw × single/doubled slash', () => {
    const forms = articleUrlForms(RAW);
    expect(forms).toHaveLength(16);
    expect(new Set(forms).size).toBe(16);
    expect(forms).toEqual(
      expect.arrayContaining([
        ENCODED,
        RAW,
        'http://rfi.fr/cn/政治/20251130-台湾',
        'http://www.rfi.fr//cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE',
        'http://www.rfi.fr//cn/政治/20251130-台湾',
        'https://rfi.fr//cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE',
      ]),
    );
    // Every form is the same article for the matcher.
    expect(new Set(forms.map(urlKey))).toEqual(new Set([urlKey(RAW)]));
  });

  it('gives the same forms from the encoded, raw, doubled-slash or old-host URL', () => {
    const sorted = (url: string) => [...articleUrlForms(url)].sort();
    expect(sorted(ENCODED)).toEqual(sorted(RAW));
    expect(sorted('http://www.rfi.fr//cn/政治/20251130-台湾/')).toEqual(sorted(RAW));
    expect(sorted('http://cn.rfi.fr/政治/20251130-台湾')).toEqual(sorted(RAW));
    expect(sorted('https://amp.rfi.fr/cn/政治/20251130-台湾')).toEqual(sorted(RAW));
  });

  it('never carries the query or the fragment (they can say things about the reader)', () => {
    for (const form of articleUrlForms(`${RAW}?utm_source=newsletter&uid=42#comments`)) {
      expect(form).not.toMatch(/[?#]|utm|uid/);
    }
  });

  it('keeps ASCII paths to 8 forms (encoded = raw) and keeps the case of the path', () => {
    const forms = articleUrlForms('https://www.rfi.fr/fr/france/20251130-Un-Titre');
    expect(forms).toHaveLength(8);
    expect(forms).toContain('http://rfi.fr//fr/france/20251130-Un-Titre');
  });

  it('gives nothing for other sites and for bad input', () => {
    expect(articleUrlForms('https://example.com/cn/政治/20251130-x')).toEqual([]);
    expect(articleUrlForms('https://www.rfi.fr/')).toEqual([]);
    expect(articleUrlForms('not a url')).toEqual([]);
    expect(articleSegments('https://notrfi.fr/cn/x')).toBeNull();
  });
});

describe('cdxTargets', () => {
  it('asks once per path form: the CDX urlkey folds scheme and www', () => {
    const targets = cdxTargets(articleUrlForms(RAW));
    expect(targets).toEqual([
      'www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE',
      'www.rfi.fr/cn/政治/20251130-台湾',
      'www.rfi.fr//cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE',
      'www.rfi.fr//cn/政治/20251130-台湾',
    ]);
  });

  it('adds the canonical URL’s path forms when it differs (section vs column path), without repeats', () => {
    const column = 'https://www.rfi.fr/cn/专栏检索/要闻分析/20251130-台湾';
    const targets = cdxTargets([...articleUrlForms(RAW), ...articleUrlForms(column), ...articleUrlForms(RAW)]);
    expect(targets).toHaveLength(8);
  });
});
