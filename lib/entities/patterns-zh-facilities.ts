// Named facilities a list cannot hold (places a reader would look up on a map): airports, bases and camps (普天间机场, 汉森军营, 美军岩国基地),
// read leftward from the facility word to a word boundary; an airport after its city is named
// without the city (东京 | 羽田机场), which stays a place of its own.
import { isHan, span, type Span } from './span';
import { FUNCTION_CHARS_ZH } from './names-zh';
import { withTraditional } from './hant';
import { COUNTRY_ABBREVIATIONS_ZH } from './gazetteer-zh-places';

const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
const FACILITIES = ['机场', '基地', '军营'];
/** Cores that say what kind of facility it is, not which one (国际机场, 军事基地, 海军基地, 该机场). */
const GENERIC_CORE = /^(?:国际|边境|前线|军|军事|空军|海军|陆军|美军|导弹|核|民用|军用|临时|主要|附近|当地|秘密|海外|生产|研发|训练|前进|后勤|这|那|该|各|一|两|多|大型|小型|新|旧|其)/;
const isRunChar = (ch: string | undefined): boolean => isHan(ch) && !FUNCTION.has(ch as string);
/** Characters after which a facility's name may start (的普天间机场, 在汉森军营, 、成田机场). */
const EDGE = new Set([...'的在于到了和与及从、，。；：:“”「」《》（）() '.split('')]);
/** Verbs inside a phrase ending in the facility word (前往机场, 修建新机场, 抵达边境基地): the predicate, not a name. */
const VERB_IN = /(?:前往|抵达|到达|飞往|飞|返回|离开|进入|位于|攻击|袭击|轰炸|关闭|开放|使用|设立|建立|建设|修建|扩建|兴建|新建|部署|撤出|撤离|留驻|驻扎|驻|颠覆|实现|推|包括|成为|作为|经由|途经|转往)/;

export function namedFacilities(text: string, places: Span[], countries: Set<string>, out: Span[]): void {
  const placeEnds = new Map(places.filter((p) => p.type === 'LOC').map((p) => [p.end, p]));
  for (const suffix of FACILITIES) {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) {
      let s = i;
      while (s > 0 && i - s < 6 && !placeEnds.has(s) && isRunChar(text[s - 1])) s--;
      const place = placeEnds.get(s);
      const atPlace = place !== undefined;
      // 美军岩国基地: a country's forces (美 + 军) name their base with it; 东京 | 羽田机场: a city stays apart.
      const forces = place && countries.has(place.canonical) && text[s] === '军';
      const core = text.slice(forces ? s + 1 : s, i);
      // A clean left edge: punctuation, 的/在/和 … or a place just named.
      if (!atPlace && s > 0 && isHan(text[s - 1]) && !EDGE.has(text[s - 1] as string)) continue;
      if (core.length < 2 || core.length > 5 || GENERIC_CORE.test(core) || VERB_IN.test(core) || /[军事用区内外某]$|某|秘密|上/.test(core)) continue;
      const start = place && countries.has(place.canonical) ? place.start : s;
      out.push(span(start, i + suffix.length, 'LOC', text.slice(start, i + suffix.length), 'facility', 2));
    }
  }
}

/** 日本防卫省, 日本外务省: a Japanese ministry (X省 right after 日本), not a province. */
export function japaneseMinistries(text: string, places: Span[], out: Span[]): void {
  for (const p of places) {
    if (p.type !== 'LOC' || p.canonical !== '日本') continue;
    let e = p.end;
    while (e < text.length && e - p.end < 5 && isRunChar(text[e]) && text[e] !== '省') e++;
    if (text[e] !== '省' || e - p.end < 2 || e - p.end > 4 || isRunChar(text[e + 1]) && !/[的与和及长]/.test(text[e + 1] as string)) continue;
    if (text[e + 1] === '长') continue;
    out.push(span(p.start, e + 1, 'ORG', text.slice(p.start, e + 1), 'jp-ministry', 2));
  }
}

/** Forces stationed abroad (驻日美军, 驻德美军, 驻港解放军 is listed): 驻 + where + whose forces. */
export function stationedForces(text: string, out: Span[]): void {
  for (let i = text.indexOf('驻'); i >= 0; i = text.indexOf('驻', i + 1)) {
    const where = text[i + 1] as string;
    if (!COUNTRY_ABBREVIATIONS_ZH[where] && where !== '港') continue;
    const whose = text[i + 2] as string;
    if (!COUNTRY_ABBREVIATIONS_ZH[whose] || text[i + 3] !== '军' || whose === where) continue;
    out.push(span(i, i + 4, 'ORG', text.slice(i, i + 4), 'stationed-forces', 2));
  }
}
