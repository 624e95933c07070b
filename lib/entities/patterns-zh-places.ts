// Places a list cannot hold: Chinese counties and prefectures named after their province (湖北省
// 黄冈市浠水县), islands, bays and archipelagos (海南岛, 孟加拉湾, 西沙群岛), a compass part of an
// ocean (西太平洋), and a reservoir named after its county (浠水县白洋河水库).
import { isHan, span, type Span } from './span';
import type { ZhLexicon } from './lexicon-zh';
import { FUNCTION_CHARS_ZH } from './names-zh';
import { withTraditional } from './hant';
import { verbBefore } from './patterns-zh';

const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
/** Characters after which a place name may start (在黄冈市, 和吉祥航空 …). */
const LEFT_OK = new Set([...FUNCTION, ...'、，,。；：:“”「」《》（）() 位'.split('')]);
/** Administrative units that end a county-level name. */
const ADMIN = /^[市县縣镇鎮乡鄉区區]/;
/** Words that end in 市/县/岛 … but name no place (城市, 上市, 全县, 半岛, 人工岛). */
const NOT_PLACES = new Set(['城市', '上市', '都市', '超市', '股市', '楼市', '车市', '门市', '夜市', '黑市', '全市', '本市', '该市', '各市', '同市', '城区', '市区', '社区', '地区',
  '郊区', '灾区', '疫区', '园区', '景区', '校区', '战区', '军区', '选区', '辖区', '全县', '该县', '本县', '各县', '郡县', '城镇', '乡镇', '小镇', '全区', '该区', '本区', '各区',
  '直辖', '县市', '省市', '部分', '地方', '救市', '迄今', '股份', '半岛', '全岛', '该岛', '本岛', '小岛', '孤岛', '离岛', '各岛', '人工', '宝岛', '海湾', '港湾', '一个', '两个', '这个', '那个', '一座', '自治']);

/** Landform words that name a feature after a listed place (喜马拉雅山脉, 青藏高原, 撒哈拉沙漠). */
const LANDFORMS = ['山脉', '高原', '盆地', '沙漠', '平原', '河谷', '峡谷', '山'];
/** Characters that make X山 a common word (江山, 火山, 登山, 矿山), not the end of a mountain's name. */
const COMMON_MOUNTAIN_WORDS = '山江河靠冰火深高名青群下上登爬矿荒大小关半开后前出进';
/** Characters after which a mountain's name closes (北岳山一带, 北岳山的, 北岳山附近). */
const MOUNTAIN_AFTER = /^(?:一带|附近|山脚|山顶|山区|脚下|顶|上|下|[的之、，。,.；：）)\s]|$)/;

/** Measure words and determiners never open a place name (这个城市, 一座岛). */
const NOT_OPENING = new Set([...'个座些几多两一本全该各某新旧大小第'.split('')]);
const isRunChar = (ch: string | undefined): boolean => isHan(ch) && !FUNCTION.has(ch as string);

/** True when a date ends right before `at` (8日埼玉县). */
const afterDate = (text: string, at: number): boolean => /[日月年号]/.test(text[at - 1] ?? '') && /[0-9]/.test(text[at - 2] ?? '');

/** A Han run of 2-3 name characters ending right before `end`, starting at a word boundary or a known place. */
function runBefore(text: string, end: number, placeEnds: Set<number>): number | null {
  for (let len = 2; len <= 3; len++) {
    const s = end - len;
    if (s < 0 || ![...text.slice(s, end)].every(isRunChar)) return null;
    const prev = text[s - 1];
    // 宣城市, 滁州市全椒县: a two-character city ending in 城 or opening with 全 reads as one only
    // at a hard left edge (punctuation, 在; a place just named for 全), never as 大城市, 北极圈城市 or 全市.
    const hardEdge = placeEnds.has(s) || prev === undefined || !isHan(prev) || '在于从到、'.includes(prev);
    const cityWord = len === 2 && hardEdge && !NOT_PLACES.has(text.slice(s, end)) && ((text.slice(end - 1, end + 1) === '城市' && !placeEnds.has(s) && !NOT_OPENING.has(text[s] as string)) || (text[s] === '全' && (placeEnds.has(s) || '县縣'.includes(text[end] as string))));
    if (!cityWord && (NOT_PLACES.has(text.slice(s, end)) || NOT_PLACES.has(text.slice(end - 1, end + 1)) || NOT_PLACES.has(text.slice(end, end + 2)))) return null;
    if ((NOT_OPENING.has(text[s] as string) && !cityWord) || afterDate(text, s + 1)) continue;
    // 包括宁洱县: a glued verb ends right before the name.
    if (placeEnds.has(s) || prev === undefined || !isHan(prev) || LEFT_OK.has(prev) || afterDate(text, s) || verbBefore(text, s)) return s;
  }
  return null;
}

export function placesBySuffix(text: string, lex: ZhLexicon, places: Span[], out: Span[]): void {
  const locs = places.filter((p) => p.type === 'LOC');
  const placeEnds = new Set(locs.map((p) => p.end));
  // Counties, prefectures, towns: run + 市/县/区/镇/乡 (黄冈市, 浠水县), chained left to right.
  for (let i = 2; i < text.length; i++) {
    if (!ADMIN.test(text[i] as string)) continue;
    // 市长, 县委, 区域: the unit opens another word.
    if (/[长委域内外民政府场级]/.test(text[i + 1] ?? '')) continue;
    const s = runBefore(text, i, placeEnds);
    // 武汉市, 冲绳县 are listed (or a listed place ends here: 法国市镇, 现武汉市); 州 may close the
    // run (滁州市, 池州市) but not sit inside it.
    if (s === null || placeEnds.has(i) || lex.dict.get(text.slice(s, i + 1)) || /[市县縣省州区區镇鎮乡鄉国國]/.test(text.slice(s, i - 1)) || /[市县縣省区區镇鎮乡鄉国國]/.test(text[i - 1] as string)) continue;
    // 马赛三市, 两县: a count of units after a place, not a unit's name.
    if (/[一二两三四五六七八九十几数多]/.test(text[i - 1] as string)) continue;
    // 镇/乡 (镇压, 坐镇) and 区 (城区, 山区) only right after a city or county: 湖州市南浔镇, 六安市裕安区.
    if (/[镇鎮乡鄉]/.test(text[i] as string) && !placeEnds.has(s)) continue;
    if (/[区區]/.test(text[i] as string) && !(placeEnds.has(s) && /[市县縣]/.test(text[s - 1] as string))) continue;
    // Three characters need a clean left edge (在浠水县), not a glued word (实施港区).
    if (i - s === 3 && isHan(text[s - 1]) && !placeEnds.has(s) && !'在于从到的和与及、'.includes(text[s - 1] as string)) continue;
    out.push(span(s, i + 1, 'LOC', text.slice(s, i + 1), 'admin-suffix', 2));
    placeEnds.add(i + 1);
  }
  // Reservoirs, lakes and rivers right after a county or town (浠水县白洋河水库).
  for (const [suffix, min] of [['水库', 2], ['群岛', 2], ['列岛', 2]] as const) {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) {
      const s = runBefore(text, i, placeEnds);
      // 湖北水库: a listed place before the feature word is a place's reservoirs, not a name.
      if (s === null || i - s < min || placeEnds.has(i)) continue;
      out.push(span(s, i + suffix.length, 'LOC', text.slice(s, i + suffix.length), 'feature-suffix', 2));
    }
  }
  // Islands and bays of a listed place (海南岛, 孟加拉湾), islands at a word boundary (中业岛).
  for (const p of locs) {
    const next = text[p.end];
    if ((next === '岛' || next === '湾') && text[p.end + 1] !== '区') {
      out.push(span(p.start, p.end + 1, 'LOC', text.slice(p.start, p.end + 1), 'feature-suffix', 2));
    }
    // 巴黎大区, 法兰西岛大区: a French region named after its city (not 大区域).
    if (text.startsWith('大区', p.end) && text[p.end + 2] !== '域') {
      out.push(span(p.start, p.end + 2, 'LOC', text.slice(p.start, p.end + 2), 'admin-suffix', 2));
    }
    // 洛杉矶郡: a county named after its city.
    if (next === '郡' && !isRunChar(text[p.end + 1]) || next === '郡' && /[的公政警]/.test(text[p.end + 1] ?? '')) {
      out.push(span(p.start, p.end + 1, 'LOC', text.slice(p.start, p.end + 1), 'admin-suffix', 2));
    }
    // 西太平洋, 东地中海: a compass part of a sea or ocean, at a word boundary.
    const prev = text[p.start - 1];
    if (prev && /[东西南北]/.test(prev) && /[洋海]$/.test(p.canonical) && (!isHan(text[p.start - 2]) || LEFT_OK.has(text[p.start - 2] as string))) {
      out.push(span(p.start - 1, p.end, 'LOC', text.slice(p.start - 1, p.end), 'feature-suffix', 2));
    }
  }
  for (let i = text.indexOf('岛'); i >= 0; i = text.indexOf('岛', i + 1)) {
    if (text[i - 1] === '群' || text[i - 1] === '列' || isRunChar(text[i + 1]) && !/[上内]/.test(text[i + 1] as string)) continue;
    const s = i - 2;
    if (s < 0 || !isRunChar(text[s]) || !isRunChar(text[s + 1]) || NOT_OPENING.has(text[s] as string) || NOT_PLACES.has(text.slice(s, i + 1)) || NOT_PLACES.has(text.slice(s, i))) continue;
    const prev = text[s - 1];
    if (prev !== undefined && isHan(prev) && !LEFT_OK.has(prev) && !placeEnds.has(s)) continue;
    out.push(span(s, i + 1, 'LOC', text.slice(s, i + 1), 'feature-suffix', 2));
  }
  landforms(text, locs, lex.countries, out);
}

/**
 * 喜马拉雅山脉, 青藏高原: a listed place (not a country) and a landform word; 北岳山一带, 在北岳山:
 * two name characters and 山 between word edges (a clean left edge, then 一带, 附近, 的 or punctuation).
 */
function landforms(text: string, locs: Span[], countries: Set<string>, out: Span[]): void {
  for (const p of locs) {
    if (countries.has(p.canonical) || p.end - p.start < 2) continue;
    const word = LANDFORMS.find((w) => text.startsWith(w, p.end));
    if (!word || (word === '山' && !MOUNTAIN_AFTER.test(text.slice(p.end + 1, p.end + 3)))) continue;
    out.push(span(p.start, p.end + word.length, 'LOC', text.slice(p.start, p.end + word.length), 'landform', 2));
  }
  for (let i = text.indexOf('山', 2); i >= 0; i = text.indexOf('山', i + 1)) {
    const s = i - 2;
    if (!isRunChar(text[s]) || !isRunChar(text[s + 1]) || NOT_OPENING.has(text[s] as string) || COMMON_MOUNTAIN_WORDS.includes(text[i - 1] as string)) continue;
    const prev = text[s - 1];
    if (!(prev === undefined || !isHan(prev) || '在于到从往的、'.includes(prev)) || !MOUNTAIN_AFTER.test(text.slice(i + 1, i + 3))) continue;
    out.push(span(s, i + 1, 'LOC', text.slice(s, i + 1), 'landform', 2));
  }
}
