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
/** Day words that end a leftward scan (今天 | 获颁…电视网). */
const DAY_WORDS = new Set(['今天', '昨天', '明天', '当天', '日前', '近日', '今日', '昨日', '目前', '当前', '此前', '尽管']);
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
        // 中国人民对外友好协会: 对外, 对华 are words inside the name, not a preposition before it.
        const inWord = (ch === '和' && (text[s - 2] === '共' || text[s] === '平')) || ((ch === '与' || ch === '及') && JOINED_SUFFIXES.includes(suffix) && countryRunBefore(text, s - 1, placeEnds, countries)) || ['对外', '对华'].includes(text.slice(s - 1, s + 1));
        if (!isHan(ch) || (ORG_STOP.has(ch as string) && !inWord) || ch === '任' || (s < i && (descriptorBefore(text, s) || verbBefore(text, s) || DAY_WORDS.has(text.slice(s - 2, s))))) break;
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
      // 放弃部署, 签署: 署 closes a verb, not an agency.
      if (suffix === '署' && /[部签布]/.test(text[i - 1] ?? '')) continue;
      // 极右派政党, 反对党, 执政党: a kind of party, not a party's name.
      if (suffix === '党' && /[政对野]$/.test(text.slice(s, i))) continue;
      // 开城工业区两韩联络办公室: an office's name does not reach back across a district.
      if (suffix === '办公室' && /[区]/.test(text.slice(s, i))) continue;
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
      // 其他科技公司: a pronoun's remnant (他, 她, 它) opens no name.
      // 黄大仙区一家公共图书馆: a measure phrase (一家, 一所) inside makes it a description, not a name.
      if (/一[家间所个座]/.test(text.slice(s, i))) continue;
      // 39家跨国公司: a count's measure word opens no name.
      if (/[家间所个座名]/.test(text[s] ?? '') && /[0-9０-９一二两三四五六七八九十百千万几数多]/.test(text[s - 1] ?? '')) continue;
      if (core < minCore || generic || /^[他她它们]/.test(text.slice(s, i)) || (!place && /^(国际|世界)/.test(text.slice(s, i)))) continue;
      // A country before a party is not part of its name (英国 + 保守党, 法国 + 共和前进党).
      // Nor a country before an airline or a company (台湾 + 星宇航空), unless it opens the name (乌克兰国际航空公司).
      const ownName = (suffix === '党' || ((suffix === '航空' || suffix === '公司') && !/^(?:国际|国家|航空|核电|核能|石油|电力|天然气|铁路|电信|邮政|广播|能源|煤炭|钢铁|化工|航天|船舶|电网|烟草|矿业|汽车)/.test(text.slice(s, i)))) && core >= 2;
      // 东京 | 羽田机场: an airport with its own name is named without its city (the city stays a place).
      const ownAirport = suffix === '机场' && core >= 2 && place !== undefined && !countries.has(place.canonical) && !/^(?:国际|新|旧)/.test(text.slice(s, i));
      const start = place && !(ownName && countries.has(place.canonical)) && !ownAirport ? place.start : s;
      const surface = text.slice(start, i + suffix.length);
      // An airport is a place a reader would look up on a map (巴黎戴高乐机场), like the facilities.
      out.push(span(start, i + suffix.length, suffix === '机场' ? 'LOC' : 'ORG', surface, weak ? 'org-suffix-weak' : 'org-suffix', 2));
    }
  };
  for (const s of ORG_SUFFIXES_STRONG) scan(s, false);
  for (const s of ORG_SUFFIXES_WEAK) scan(s, true);
}


/** Words whose first character is a function character but that belong inside a name (对外安全总局, 自然基金会). */
const INNER_WORDS = new Set(['对外', '对华', '自然', '自由', '自治', '透明', '所有', '发展', '出口', '表演', '重大', '提供']);
/** Words before which an acronym's name starts (今天 | 国际刑事法院, 反对党 | 工人党). */
const ACRONYM_STOPS = new Set(['今天', '昨天', '明天', '敦促', '执行', '接任', '出任', '担任', '反对党', '执政党', '在野党']);

/** How an organisation's Chinese name ends when its acronym follows in brackets. */
const ACRONYM_ORG_END = /(频道|电视网|电视台|卫视|通讯社|社|署|局|会|组织|中心|公司|银行|集团|部|院|委员会|联盟|党|军|基金|机构|办公室|法院|大学|学院|研究所)$/;

/**
 * 美国消费者新闻与商业频道（CNBC）, 国际原子能总署（IAEA）: a name ending like an organisation right
 * before an upper-case acronym in brackets is one, from its country or a word boundary; the
 * acronym is its echo. 与/及 stay inside when the name reaches back to a country.
 */
export function acronymOrgs(text: string, places: Span[], countries: Set<string>, out: Span[]): void {
  const placeEnds = new Map(places.filter((p) => p.type === 'LOC').map((p) => [p.end, p]));
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const m = /^（([A-Z]{2,6})）/.exec(text.slice(i, i + 9));
    if (!m || !ACRONYM_ORG_END.test(text.slice(Math.max(0, i - 4), i))) continue;
    let s = i;
    while (s > 0 && i - s < 14) {
      const place = placeEnds.get(s);
      if (place && s < i) {
        s = place.start;
        break;
      }
      const ch = text[s - 1];
      const joined = ((ch === '与' || ch === '及') && countryRunBefore(text, s - 1, placeEnds, countries)) || ['对外', '对华'].includes(text.slice(s - 1, s + 1));
      if (!isHan(ch) || (ORG_STOP.has(ch as string) && !joined) || '他她它们起'.includes(ch as string)) break;
      if (s < i && (verbBefore(text, s) || descriptorBefore(text, s) || DAY_WORDS.has(text.slice(s - 2, s)) || ACRONYM_STOPS.has(text.slice(s - 2, s)) || ACRONYM_STOPS.has(text.slice(s - 3, s)))) break;
      s--;
    }
    if (i - s < 4) continue;
    const name = text.slice(s, i);
    const sp = span(s, i, 'ORG', name, 'acronym-org', 2);
    out.push(sp, { ...span(i + 1, i + 1 + (m[1] as string).length, 'ORG', name, 'acronym-org', 2, sp.key), echo: true });
  }
}
