// Chinese cue patterns: parenthesised Latin names (title + name is in patterns-zh-titles.ts),
// <name>政府, N国集团, country abbreviations, country + body, organisation suffixes.
import { isHan, span, foldKey, type Span } from './span';
import type { ZhLexicon } from './lexicon-zh';
import { ADMINISTRATION_SUFFIXES_ZH, FUNCTION_CHARS_ZH, GLUED_VERBS_ZH, wordsEndingAt, PAIR_LEFT_OK_ZH, TRANSLIT_CHARS_ZH } from './names-zh';
import { withTraditional } from './hant';
import {
  ABBREVIATION_CONTEXT_ZH, ABBREVIATION_PAIR_STOPWORDS, COUNTRY_ABBREVIATIONS_ZH, PAIR_CONTEXT_ZH, PAIR_SECOND_BLOCKERS,
  STRONG_ABBREVIATIONS_ZH,
} from './gazetteer-zh-places';
import { COUNTRY_BODIES_ZH, descriptorBefore, ORG_SUFFIXES_AFTER_CITY, ORG_SUFFIXES_AFTER_PLACE, ORG_SUFFIXES_STRONG, ORG_SUFFIXES_WEAK } from './gazetteer-zh-orgs';

const TRANSLIT = new Set(withTraditional(TRANSLIT_CHARS_ZH));
const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
/** Function characters that also open words inside organisation names (长老会, 海警局, 开发银行). */
export const ORG_STOP = new Set([...FUNCTION].filter((c) => !'会會警发發出重强強正表接回答提宣'.includes(c)));
/** Common words that a surname + 1 character would otherwise read as a name. */
export const NOT_NAMES = new Set(['方面', '高度', '高层', '金融', '石油', '马上', '万一', '任何', '任务', '周边', '程度', '于是', '何时', '余地', '史上', '严重', '严格', '江湖', '黄金', '白天', '毛泽', '龙头', '高级', '林业', '钱财', '田间', '段时', '向来', '孙子', '高峰', '陆续', '许多', '曾经', '宋代', '唐代', '任期', '任内', '任职', '任命', '任上', '期间', '应对', '周年', '任何', '连任',
  '施压', '施政', '施行', '关注', '关系', '关于', '关闭', '包括', '文件', '文章', '文化', '时间', '时候', '时期', '申请', '管理',
  '康复', '齐心', '连续', '连同', '容易', '纪念', '华人', '华侨', '华裔', '华府', '区域', '区内', '游行', '洪水', '盛赞', '宁愿', '易于']);
const LATIN_PAREN = /^（\s*([A-Za-z][A-Za-z0-9.'’\- ]{0,60}?)\s*）/;
const ORG_WORDS = /\b(Football|League|Party|Union|Bank|Council|Committee|Agency|News|Times|Post|Group|Ministry|University|Organi[sz]ation|Bundesliga|Ligue|Association|Federation|Institute|Company|Corporation|Inc|Ltd|Hospital|Opera|Theat(?:re|er)|Museum|Orchestra|Airlines|Airways|Guards?|Foundation|Court|Commission|Authority|Office|Bureau|Department|Service)\b/;
const AWARD_WORDS = /\b(Cup|Award|Prize|Ballon|Feminin|Trophy|Games|Olympics)\b/;

const trans = (ch: string | undefined): boolean => !!ch && TRANSLIT.has(ch);
/** True when a glued verb ends right before `at` (解除|印第安纳…法院). */
export const verbBefore = wordsEndingAt(GLUED_VERBS_ZH);
/** Common verbs whose first character is also a transliteration character. */
export const VERB_STARTS = new Set(['提出', '提到', '提醒', '提供', '表示', '指出', '称赞', '说明', '会见', '会晤', '呼吁', '强调', '访问', '发表', '发出', '尔后', '则称', '亚于', '举行', '连任', '连选']);

/** Latin text in （…） right after position `at`, if it looks like a name or acronym. */
export function latinParen(text: string, at: number): { start: number; end: number; latin: string; outerEnd: number } | null {
  const m = LATIN_PAREN.exec(text.slice(at, at + 70));
  if (!m || !m[1]) return null;
  const inner = text.indexOf(m[1], at);
  return { start: inner, end: inner + m[1].length, latin: m[1], outerEnd: at + m[0].length };
}

export const looksLikePersonLatin = (latin: string, lex: ZhLexicon): boolean => {
  const toks = latin.split(/\s+/).filter(Boolean);
  if (toks.length < 2 || toks.length > 5 || ORG_WORDS.test(latin) || AWARD_WORDS.test(latin)) return false;
  if (!toks.every((t) => /^[A-Z]/.test(t))) return false;
  return !toks.some((t) => lex.dict.get(t)?.type === 'LOC');
};

export function personWithEcho(text: string, start: number, end: number, rule: string, out: Span[]): void {
  const name = text.slice(start, end);
  const s = span(start, end, 'PER', name, rule, 3);
  out.push(s);
  const p = latinParen(text, end);
  if (p) out.push({ ...span(p.start, p.end, 'PER', name, rule, 3, s.key), echo: true });
}

export function startsWithEntry(text: string, at: number, lex: ZhLexicon): boolean {
  for (let len = 2; len <= 6; len++) if (lex.dict.get(text.slice(at, at + len))) return true;
  return false;
}

/** 特朗普政府 → 特朗普. */
export function administrationNames(text: string, lex: ZhLexicon, out: Span[]): void {
  for (const suffix of ADMINISTRATION_SUFFIXES_ZH) {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) {
      let s = i;
      while (s > 0 && i - s < 5 && trans(text[s - 1])) s--;
      const name = text.slice(s, i);
      if (name.length < 2 || lex.dict.get(name) || startsWithEntry(text, s, lex)) continue;
      out.push(span(s, i, 'PER', name, 'administration', 3));
    }
  }
}

/** 20国集团, 20国外长会 (surface 20国), resolved through the list (G20 → 20国集团). */
export function groupOfNations(text: string, lex: ZhLexicon, out: Span[]): void {
  const re = /([0-9]+|[一二三四五六七八九十]+)国(集团|峰会|外长|财长|经济部长|领导人|会议)/g;
  for (const m of text.matchAll(re)) {
    const e = lex.dict.get(`${m[1]}国集团`);
    if (!e) continue;
    const start = m.index ?? 0;
    const end = start + (m[1] as string).length + 1 + (m[2] === '集团' ? 2 : 0);
    out.push(span(start, end, 'ORG', e.canonical, 'n-nations', 3));
  }
}

/** 美中, 俄乌 (pairs) and 美方, 俄外交部 (single before a context word). */
export function countryAbbreviations(text: string, lex: ZhLexicon, out: Span[]): void {
  const name = (ch: string | undefined): string | undefined => {
    const code = ch ? COUNTRY_ABBREVIATIONS_ZH[ch] : undefined;
    return code ? lex.countryByCode.get(code) : undefined;
  };
  const strong = (ch: string | undefined): boolean => !!ch && STRONG_ABBREVIATIONS_ZH.includes(ch);
  for (let i = 0; i < text.length; i++) {
    const a = text[i];
    const na = name(a);
    if (!na) continue;
    const prev = text[i - 1];
    const leftOk = !isHan(prev) || PAIR_LEFT_OK_ZH.includes(prev as string);
    // Pair: two strong abbreviations, word-start on the left, no word on the right.
    const b = text[i + 1];
    const nb = name(b);
    // 目前中印两国: a pair before 两国/关系 … needs no clean left edge.
    const confirmed = nb !== undefined && PAIR_CONTEXT_ZH.some((w) => text.startsWith(w, i + 2));
    if ((leftOk || confirmed) && nb && strong(a) && strong(b) && a !== b) {
      const after = text[i + 2];
      const blocked = PAIR_SECOND_BLOCKERS[b as string]?.includes(after ?? '') ?? false;
      const stop = ABBREVIATION_PAIR_STOPWORDS.some((w) => text.startsWith(w, i));
      if (!blocked && !stop && !lex.dict.get(text.slice(i + 1, i + 3)) && !/[0-9月]/.test(prev ?? '')) {
        out.push(span(i, i + 1, 'LOC', na, 'abbrev-pair', 2));
        out.push(span(i + 1, i + 2, 'LOC', nb, 'abbrev-pair', 2));
        i++;
        continue;
      }
    }
    if (!leftOk || !strong(a)) continue;
    const ctx = ABBREVIATION_CONTEXT_ZH.find((w) => text.startsWith(w, i + 1));
    if (ctx && !(ctx === '方' && /[面法向针式便]/.test(text[i + 2] ?? ''))) {
      out.push(span(i, i + 1, 'LOC', na, 'abbrev-context', 2));
    }
  }
}

/** 俄罗斯外交部, 美国国务院, 俄外交部 (not 外交部长): one ORG over country + body. */
export function countryBodies(text: string, lex: ZhLexicon, places: Span[], out: Span[]): void {
  for (const p of places) {
    if (p.type !== 'LOC' || !lex.countries.has(p.canonical)) continue;
    const body = COUNTRY_BODIES_ZH.find((b) => text.startsWith(b, p.end));
    if (!body) continue;
    const end = p.end + body.length;
    if (text[end] === '长' || text[end] === '官') continue;
    const canonical = p.canonical + body;
    out.push(span(p.start, end, 'ORG', canonical, 'country-body', 3, `ORG:${foldKey(canonical)}`));
  }
}

/** 「法国足球」（France Football）, 德国足球甲级联赛（Bundesliga）: Han name before an organisation's Latin name. */
export function parenLatinOrgs(text: string, places: Span[], out: Span[]): void {
  const placeEnds = new Map(places.filter((p) => p.type === 'LOC').map((p) => [p.end, p]));
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const p = latinParen(text, i);
    if (!p || !ORG_WORDS.test(p.latin) || AWARD_WORDS.test(p.latin)) continue;
    let start: number;
    let end = i;
    if (text[i - 1] === '」') {
      end = i - 1;
      start = text.lastIndexOf('「', end);
      if (start < 0 || end - start > 12) continue;
      start++;
    } else {
      start = i;
      while (start > 0 && i - start < 14) {
        const place = placeEnds.get(start);
        if (place) {
          start = place.start;
          break;
        }
        const ch = text[start - 1];
        // 共和党全国委员会: 和 inside 共和 does not end the name.
        const inWord = ch === '和' && text[start - 2] === '共';
        if (!isHan(ch) || (ORG_STOP.has(ch as string) && !inWord) || (start < i && verbBefore(text, start))) break;
        start--;
      }
    }
    if (end - start < 2) continue;
    const name = text.slice(start, end);
    const s = span(start, end, 'ORG', name, 'paren-latin-org', 3);
    out.push(s, { ...span(p.start, p.end, 'ORG', name, 'paren-latin-org', 3, s.key), echo: true });
  }
}
