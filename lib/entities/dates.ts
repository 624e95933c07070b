// Dates in Chinese, French and English. Absolute dates are DATE; relative ones (上周二, hier,
// last week) are REL spans: found so that they block other rules, but never output as entities.
import { span, type Span } from './span';

type Lang = 'zh' | 'fr' | 'en';

const ZH_NUM = '[0-9０-９]';
const ZH_DATE: RegExp[] = [
  // 6月 28日: a stray space inside a date (typed around a line break) does not split it.
  new RegExp(`${ZH_NUM}{4}年${ZH_NUM}{1,2}月 ?${ZH_NUM}{1,2}[日号]`, 'g'),
  new RegExp(`${ZH_NUM}{4}年${ZH_NUM}{1,2}月`, 'g'),
  new RegExp(`(?<![0-9]年?)${ZH_NUM}{1,2}月 ?${ZH_NUM}{1,2}[日号](?:[-–至到]${ZH_NUM}{1,2}[日号])?(?![内])`, 'g'),
  new RegExp(`(?<![0-9])${ZH_NUM}{4}年(?:代)?`, 'g'),
  new RegExp(`(?<![0-9]年?)${ZH_NUM}{1,2}月(?:份|底|初|中旬|上旬|下旬)?(?! ?[0-9日号])`, 'g'),
  // 7日内 is a span of days, not a date.
  new RegExp(`(?<![0-9月.第]|月 )${ZH_NUM}{1,2}[日号](?:[-–至到]${ZH_NUM}{1,2}[日号])?(?![内])`, 'g'),
  /(?<![0-9])[0-3][0-9]\/[01][0-9]\/[0-9]{4}(?:\s*-\s*[0-2][0-9]:[0-5][0-9])?/g,
];
const ZH_REL: RegExp[] = [
  /(?:上上|下下|上个|下个|这个|本|上|下|这|今|每)?(?:周|星期|礼拜)[一二三四五六日天]/g,
  /(?:上上|下下|上个|下个|这个|本|上|下|这)(?:周|星期|礼拜|月|年|季度)(?:末)?/g,
  /(?:今|昨|明|前|后)(?:天|晨|晚|早)|(?:今|去|明|前)年|当天|次日|翌日|日前|近日|周末|年初|年底|月初|月底/g,
  // 1997年之前, 4日以来: a year or a day of the month, not a count (those stay dates).
  /(?:[一两二三四五六七八九十几数]+(?:天|日|周|星期|个月|年)|(?<![0-9])[0-9]{1,3}(?:天|周|星期|个月|年))(?:前|后|以来|之前|之后)/g,
  /过去(?:[一两二三四五六七八九十几数]+|[0-9]+)(?:天|周|个月|年)/g,
];

const FR_MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const FR_DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const FR_DATE: RegExp[] = [
  new RegExp(`(?:(?:${FR_DAYS})\\s+)?(?:1er|[0-3]?[0-9])\\s+(?:${FR_MONTHS})(?:\\s+[12][0-9]{3})?`, 'giu'),
  new RegExp(`(?<![0-9]\\s)\\b(?:${FR_MONTHS})\\s+[12][0-9]{3}`, 'giu'),
  /(?<=\b(?:en|depuis|de|jusqu'en|année|d'ici|pour|avant|après|dès|fin|début|mi-|entre|courant)\s?)[12][0-9]{3}\b(?![,.][0-9])/giu,
  // entre 1987 et 2006: the second year of a range.
  /(?<=\b(?:1[89]|20)[0-9]{2}\s+(?:et|à)\s)(?:1[89]|20)[0-9]{2}\b(?![,.][0-9])/gu,
  // A month alone after a preposition (en mars, fin septembre, début mai).
  new RegExp(`(?<=\\b(?:en|fin|début|mi-|depuis|jusqu'en|courant)\\s?)(?:${FR_MONTHS})\\b(?!\\s+[0-9])`, 'giu'),
];
const FR_REL: RegExp[] = [
  new RegExp(`\\b(?:${FR_DAYS})(?:\\s+(?:dernier|prochain|soir|matin))?\\b`, 'giu'),
  /\b(?:hier|aujourd'hui|demain|avant-hier)\b|\b(?:la semaine|le mois|l'année|l'an)\s+(?:dernière|dernier|prochaine|prochain)\b|\bcette (?:semaine|année)\b|\bce mois-ci\b|\bil y a (?:[0-9]+|un|une|deux|trois|quelques) (?:jours?|semaines?|mois|ans?)\b/giu,
];

const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const EN_DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const EN_DATE: RegExp[] = [
  new RegExp(`(?:(?:${EN_DAYS}),?\\s+)?(?:${EN_MONTHS})\\s+[0-3]?[0-9](?:st|nd|rd|th)?(?:,?\\s+[12][0-9]{3})?\\b`, 'gu'),
  new RegExp(`(?:(?:${EN_DAYS}),?\\s+)?[0-3]?[0-9](?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${EN_MONTHS})(?:,?\\s+[12][0-9]{3})?\\b`, 'gu'),
  new RegExp(`\\b(?:${EN_MONTHS})\\s+[12][0-9]{3}\\b`, 'gu'),
  /(?<=\b(?:in|since|until|by|of|year|for|before|after|from|to|through|between|early|late|mid-?)\s?)(?:1[89]|20)[0-9]{2}\b(?![,.][0-9])/gu,
  // between 1987 and 2006; the 2027 election (a year before a lower-case noun).
  /(?<=\b(?:1[89]|20)[0-9]{2}\s+(?:and|to)\s)(?:1[89]|20)[0-9]{2}\b(?![,.][0-9])/gu,
  /(?<=\b[Tt]he\s)(?:19|20)[0-9]{2}(?=\s+\p{Ll}+)(?!\s+(?:people|persons|troops|soldiers|dollars|euros|tonnes|tons|cases|deaths|votes|km|kilometres|miles|metres|workers|members|residents|children|families|homes|jobs)\b)/gu,
  // A month alone after a preposition (in March, for September, since May).
  new RegExp(`(?<=\\b(?:in|for|since|until|by|from|early|late|mid-|through)\\s?)(?:January|February|March|April|June|July|August|September|October|November|December)\\b(?!\\s+[0-9])`, 'gu'),
];
const EN_REL: RegExp[] = [
  new RegExp(`\\b(?:(?:last|next|this)\\s+)?(?:${EN_DAYS})\\b`, 'gu'),
  /\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:last|next|this)\s+(?:week|month|year|weekend)\b|\b(?:[0-9]+|a|one|two|three|four|five|six|several|few)\s+(?:days?|weeks?|months?|years?)\s+ago\b/giu,
];

const TABLE: Record<Lang, { date: RegExp[]; rel: RegExp[] }> = {
  zh: { date: ZH_DATE, rel: ZH_REL },
  fr: { date: FR_DATE, rel: FR_REL },
  en: { date: EN_DATE, rel: EN_REL },
};

function pushDate(start: number, surface: string, out: Span[]): void {
  const key = `DATE:${surface.normalize('NFKC').replace(/\s+/g, '').replace(/份$/, '').replace(/号/g, '日').toLowerCase()}`;
  out.push(span(start, start + surface.length, 'DATE', surface, 'date', 3, key));
}

/** Date and relative-date spans of one text. Canonical = the surface (normalised later). */
export function dateSpans(text: string, lang: Lang, out: Span[]): void {
  const { date, rel } = TABLE[lang];
  for (const re of date) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const surface = m[0].trim();
      // 15日至17日, 7月21日-22日: two dates a reader lists apart, each with its own key.
      const range = lang === 'zh' ? /^(.+?[日号])[-–至到](.+)$/.exec(surface) : null;
      if (range) {
        const [, first = '', second = ''] = range;
        pushDate(start, first, out);
        pushDate(start + surface.length - second.length, second, out);
      } else pushDate(start, surface, out);
    }
  }
  for (const re of rel) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      out.push(span(start, start + m[0].length, 'REL', m[0], 'date-relative', 3));
    }
  }
}
