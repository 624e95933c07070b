// Organisation suffixes (湖南省水文局, 复旦大学, 迦纳贸易与工业部): a leftward scan from the suffix to a
// place name, a function character, a glued verb or a descriptor.
import { isHan, span, type Span } from './span';
import { FUNCTION_CHARS_ZH } from './names-zh';
import { withTraditional } from './hant';
import { ORG_STOP, verbBefore } from './patterns-zh';
import { descriptorBefore, ORG_SUFFIXES_AFTER_CITY, ORG_SUFFIXES_AFTER_PLACE, ORG_SUFFIXES_STRONG, ORG_SUFFIXES_WEAK } from './gazetteer-zh-orgs';

const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
/** Characters after a one-character suffix that make it the start of another word (部门, 局势). */
const OPENS_WORD: Record<string, string> = { 部: '门分署队落位长', 局: '面势限部长', 署: '名长' };
/** Ministries whose name may join two fields with 与/及 (贸易与工业部). */
const JOINED_SUFFIXES = ['部', '委员会', '局'];

/** True when a run of name characters (no function character) reaches back to a country's end within 6 characters. */
function countryRunBefore(text: string, at: number, placeEnds: Map<number, Span>, countries: Set<string>): boolean {
  for (let k = at; k >= 0 && at - k <= 6; k--) {
    const p = placeEnds.get(k);
    if (p && countries.has(p.canonical)) return true;
    if (!isHan(text[k - 1]) || FUNCTION.has(text[k - 1] as string)) return false;
  }
  return false;
}

/** 湖南省水文局, 复旦大学: suffix with a leftward scan to a place name or a function character. */
export function orgSuffixes(text: string, places: Span[], out: Span[], countries: Set<string> = new Set()): void {
  const placeEnds = new Map(places.filter((p) => p.type === 'LOC').map((p) => [p.end, p]));
  const scan = (suffix: string, weak: boolean): void => {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) {
      let s = i;
      let place: Span | undefined;
      while (s > 0 && i - s < 8) {
        place = placeEnds.get(s);
        if (place) break;
        const ch = text[s - 1];
        // 曾任新华锦集团: 任 (took office at) ends the name; 国家海警局: 国家 anchors a state body;
        // 车厂富豪汽车公司: a descriptor word ends it too.
        // 共和前进党, 和平党: 和 inside a word does not end the name.
        const inWord = (ch === '和' && (text[s - 2] === '共' || text[s] === '平')) || ((ch === '与' || ch === '及') && JOINED_SUFFIXES.includes(suffix) && countryRunBefore(text, s - 1, placeEnds, countries));
        if (!isHan(ch) || (ORG_STOP.has(ch as string) && !inWord) || ch === '任' || (s < i && (descriptorBefore(text, s) || verbBefore(text, s)))) break;
        const anchor = ['国家', '中央'].find((w) => text.startsWith(w, s - 2));
        if (anchor && weak && (!isHan(text[s - 3]) || FUNCTION.has(text[s - 3] as string) || text[s - 3] === '任')) {
          place = span(s - 2, s, 'LOC', anchor, 'state', 0);
          break;
        }
        s--;
      }
      const core = i - s;
      // 俄罗斯东北部: a compass part of a place, not a department; 部门, 局势: the suffix opens a word.
      if (suffix === '部' && /^[东南西北中]+$/.test(text.slice(s, i))) continue;
      if (OPENS_WORD[suffix]?.includes(text[i + suffix.length] ?? '')) continue;
      // 公司航空长, 航空业: 航空 inside a longer word (公司 names the company itself).
      if (suffix === '航空' && /^(?:长|业|公司)/.test(text.slice(i + 2, i + 4))) continue;
      // 美国食品药物管理局(FDA): an acronym in brackets vouches for a longer name.
      const acronym = /^（[A-Z]{2,6}）/.test(text.slice(i + suffix.length, i + suffix.length + 8));
      const direct = place && (ORG_SUFFIXES_AFTER_PLACE.includes(suffix) || (ORG_SUFFIXES_AFTER_CITY.includes(suffix) && !countries.has(place.canonical)));
      const minCore = direct ? 0 : weak || ['公司', '航空', '法院', '协会', '联合会', '研究中心'].includes(suffix) ? (place ? 2 : 3) : 2;
      if (weak && !place) continue;
      // One-character suffixes (局, 部, 署 …) close short names only: 水文局, not 马德里竞技扳平战局.
      const joined = /[与及]/.test(text.slice(s, i));
      if (suffix.length === 1 && core > (acronym && place ? 7 : joined ? 6 : 4)) continue;
      // 飞安公告中求航空公司: a long run before 公司 with no place is a phrase, not a name.
      if (suffix === '公司' && !place && core >= 7 && !/集团|有限|股份|控股/.test(text.slice(s, i))) continue;
      // Generic openings (该, 国际 …) disqualify a name only when no place anchors it (乌克兰国际航空公司).
      const generic = /^(该|这|那|多|各|一|两|几|数|大型|国有|私营|外资|跨国|科技|能源|媒体|网络|知名|著名|相关|有关|全球|国内|地方|主要|其他|其它)/.test(text.slice(s, i));
      if (core < minCore || generic || (!place && /^(国际|世界)/.test(text.slice(s, i)))) continue;
      // A country before a party is not part of its name (英国 + 保守党, 法国 + 共和前进党).
      // Nor a country before an airline or a company (台湾 + 星宇航空), unless it opens the name (乌克兰国际航空公司).
      const ownName = (suffix === '党' || ((suffix === '航空' || suffix === '公司') && !/^(?:国际|国家|航空)/.test(text.slice(s, i)))) && core >= 2;
      const start = place && !(ownName && countries.has(place.canonical)) ? place.start : s;
      const surface = text.slice(start, i + suffix.length);
      out.push(span(start, i + suffix.length, 'ORG', surface, weak ? 'org-suffix-weak' : 'org-suffix', 2));
    }
  };
  for (const s of ORG_SUFFIXES_STRONG) scan(s, false);
  for (const s of ORG_SUFFIXES_WEAK) scan(s, true);
}

