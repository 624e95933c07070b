// Which rule set to use: the article's BCP 47 language when known, else a look at the script.

export type RuleLanguage = 'zh' | 'fr' | 'en';

const FR_MARKERS = /\b(le|la|les|des|du|une|est|dans|pour|qui|avec|sur|pas|aux|été|selon)\b/gi;
const EN_MARKERS = /\b(the|and|of|is|was|that|with|for|from|has|have|said|were|this)\b/gi;

/** zh-Hans / zh-Hant / zh-* → zh; fr-* → fr; en-* → en; anything else → detected from the text. */
export function ruleLanguage(language: string | null, sample: string): RuleLanguage {
  const tag = (language ?? '').toLowerCase();
  if (tag.startsWith('zh') || tag === 'cmn' || tag === 'yue') return 'zh';
  if (tag.startsWith('fr')) return 'fr';
  if (tag.startsWith('en')) return 'en';
  return detectLanguage(sample);
}

/** Han share above 20 % → zh; else French or English markers, whichever is more frequent. */
export function detectLanguage(text: string): RuleLanguage {
  const sample = text.slice(0, 4000);
  const han = (sample.match(/[\u3400-\u9fff]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters > 0 && han / letters > 0.2) return 'zh';
  const fr = (sample.match(FR_MARKERS) ?? []).length + 3 * (sample.match(/[éèêàçù]/g) ?? []).length / 10;
  const en = (sample.match(EN_MARKERS) ?? []).length;
  return fr > en ? 'fr' : 'en';
}
