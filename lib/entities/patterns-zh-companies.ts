// Companies and bodies inside longer phrases: a nationality and a descriptor before the name
// (中资瑞典车厂富豪汽车公司（Volvo）, 中国吉利汽车（Geely）), a company word before its one-word
// Latin name (福特汽车（Ford）), and bodies a place names directly (北京卫健委, 新疆生产建设兵团).
import type { ZhLexicon } from './lexicon-zh';
import { latinParen, looksLikePersonLatin, verbBefore } from './patterns-zh';
import { descriptorBefore } from './gazetteer-zh-orgs';
import { isHan, span, type Span } from './span';

/** Last words of a company's Chinese name (福特汽车, 吉利汽车, 华为技术). */
const COMPANY_WORDS = ['汽车', '电子', '科技', '技术', '制药', '药业', '电信', '通讯', '能源', '石油', '钢铁', '化工', '食品', '航空', '集团', '公司', '银行', '控股', '电器', '电气', '重工', '传媒', '影业'];

/** Characters that end a company name when scanning left (particles, prepositions, verbs of giving). */
const STOP = new Set([...'的和与及在据由了是被向对从把为于以等或而但并也都就又还即称说让使给跟同自当到至其该此这那各每所之曾已均亦则再过着卖买将']);

/** 福特汽车（Ford）, 中国吉利汽车（Geely） → ORG without the nationality; the Latin form is an echo. */
export function companyLatinNames(text: string, lex: ZhLexicon, places: Span[], out: Span[]): void {
  const placeEnds = new Set(places.filter((p) => p.type === 'LOC').map((p) => p.end));
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const word = COMPANY_WORDS.find((w) => text.startsWith(w, i - w.length));
    if (!word) continue;
    const p = latinParen(text, i);
    if (!p || !/^[A-Z]/.test(p.latin) || looksLikePersonLatin(p.latin, lex)) continue;
    let start = i - word.length;
    while (start > 0 && i - start < 8 && isHan(text[start - 1]) && !STOP.has(text[start - 1] as string)) {
      if (placeEnds.has(start) || descriptorBefore(text, start) || verbBefore(text, start)) break;
      start--;
    }
    // The company word alone is not a name (汽车（Ford）); nor is a listed place or body.
    if (i - start - word.length < 1 || lex.dict.get(text.slice(start, i))) continue;
    const name = text.slice(start, i);
    const s = span(start, i, 'ORG', name, 'company-latin', 3);
    out.push(s, { ...span(p.start, p.end, 'ORG', name, 'company-latin', 3, s.key), echo: true });
  }
}

const MISSIONS = ['总领事馆', '领事馆', '总领馆', '大使馆', '使馆', '代表处', '办事处', '代表团', '联络处', '国家安全公署'];

/**
 * 中国驻布里斯班总领馆, 中国驻澳洲大使馆, 中驻美使馆: a country, 驻, where, and a mission word is one
 * organisation (not 澳洲大使馆 with the sender lost); the host place stays a place inside it.
 */
export function diplomaticMissions(text: string, places: Span[], out: Span[]): void {
  const placeEnds = new Map(places.filter((p) => p.type === 'LOC').map((p) => [p.end, p]));
  for (let i = text.indexOf('驻'); i >= 0; i = text.indexOf('驻', i + 1)) {
    const sender = placeEnds.get(i);
    if (!sender) continue;
    for (let k = i + 2; k <= i + 7 && k < text.length && isHan(text[k - 1]) && text[k - 1] !== '的'; k++) {
      const mission = MISSIONS.find((m) => text.startsWith(m, k));
      if (!mission) continue;
      const end = k + mission.length;
      out.push(span(sender.start, end, 'ORG', text.slice(sender.start, end), 'mission', 3));
      break;
    }
  }
}
