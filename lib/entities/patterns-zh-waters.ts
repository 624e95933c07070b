// Rivers and lakes a list cannot hold (滁河, 水阳江, 菜子湖): a short name before 江/河/湖 at a clean
// left edge, told by what follows it: a water word (干流, 流域, 水位, 两岸 …) or another such name in
// the same enumeration (水阳江、滁河、巢湖西河). No context, no name: 运河, 江湖 and 冰河 stay words.
import { isHan, span, type Span } from './span';
import { FUNCTION_CHARS_ZH } from './names-zh';
import { withTraditional } from './hant';

const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
const isRunChar = (ch: string | undefined): boolean => isHan(ch) && !FUNCTION.has(ch as string);
const EDGE = new Set([...'的在于到了和与及从对向沿经、，。；：:“”「」《》（）() '.split('')]);
const WATER_AFTER = ['干流', '流域', '水位', '两岸', '沿岸', '支流', '河水', '湖水', '江水', '大堤', '堤防', '洪峰', '河口', '湖口', '江口', '交汇',
  '防汛', '水系', '湖区', '湖面', '上游', '下游', '中游', '河段', '江段', '沿线', '决堤', '溃堤', '漫堤', '水域'];
/** Words before 江/河/湖 that are no river's own name (运河, 内河, 护城河, 大江, 支流). */
const GENERIC = /^(?:运|内|冰|银|江|河|湖|大|小|主|支|干|该|这|那|各|两|多|护城|界|跨|入|出|沿|同|母亲|人工)/;
const WATER = /[江河湖]/;
/** Time and water words that end up inside a core glued to the left (汛期长江, 上游乌江, 30日起长江). */
const NOT_IN_CORE = /上游|下游|中游|水系|流域|汛期|今年|近期|先前|预计|整个|夏季|期间|日|属|受/;

/** The shortest core of 1-3 name characters before `at` with a clean left edge, or null. */
function coreBefore(text: string, at: number, placeEnds: Set<number>): number | null {
  for (let len = 1; len <= 3; len++) {
    const s = at - len;
    if (s < 0 || !isRunChar(text[s])) return null;
    const prev = text[s - 1];
    if (prev === undefined || !isHan(prev) || EDGE.has(prev) || placeEnds.has(s)) return GENERIC.test(text.slice(s, at)) || NOT_IN_CORE.test(text.slice(s, at)) ? null : s;
  }
  return null;
}

export function waterNames(text: string, places: Span[], out: Span[]): void {
  const locs = places.filter((p) => p.type === 'LOC');
  const placeEnds = new Set(locs.map((p) => p.end));
  // reach[k]: the furthest end of a place starting at or before k (linear, for hostile text).
  const reach = new Array<number>(text.length + 1).fill(-1);
  for (const p of locs) reach[p.start] = Math.max(reach[p.start] as number, p.end);
  for (let k = 1; k <= text.length; k++) reach[k] = Math.max(reach[k] as number, reach[k - 1] as number);
  const covered = (from: number, to: number): boolean => (reach[from] as number) >= to;
  const found: Array<{ s: number; e: number }> = [];
  for (let i = 1; i < text.length; i++) {
    if (!WATER.test(text[i] as string)) continue;
    // 湖北, 河南, 江西: a province opening with the water word.
    if (/[北南东西苏]/.test(text[i + 1] ?? '') && !WATER_AFTER.some((w) => text.startsWith(w, i + 1))) continue;
    const s = coreBefore(text, i, placeEnds);
    // 长江, 鄱阳湖: a listed water ends here; the list's reading stands.
    if (s === null || placeEnds.has(i + 1) || covered(s, i + 1)) continue;
    found.push({ s, e: i + 1 });
  }
  const starts = new Set(found.map((f) => f.s));
  const ends = new Set(found.map((f) => f.e));
  const joins = (at: number): boolean => text[at] === '、' || text[at] === '和';
  for (const f of found) {
    const next = text.slice(f.e, f.e + 2);
    const listed = joins(f.e) && starts.has(f.e + 1);
    const listedAfter = joins(f.s - 1) && ends.has(f.s - 1);
    if (!WATER_AFTER.includes(next) && !listed && !listedAfter) continue;
    out.push(span(f.s, f.e, 'LOC', text.slice(f.s, f.e), 'water-name', 2));
  }
}
