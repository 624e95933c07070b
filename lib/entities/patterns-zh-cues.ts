// More RFI / AFP cues in Chinese text: wire bylines (（译者：纪锦玲/核稿：张晓雯）), places named with
// a suffix before their Latin name (罗勇府（Rayong）, 乌打抛机场（U-tapao Airport）) and sports clubs
// before theirs (皇家马德里（Real Madrid）).
import type { ZhLexicon } from './lexicon-zh';
import { FUNCTION_CHARS_ZH, GLUED_VERBS_ZH, TRANSLIT_CHARS_ZH, wordsEndingAt } from './names-zh';
import { latinParen } from './patterns-zh';
import { isHan, span, type Span } from './span';
import { withTraditional } from './hant';

const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
const TRANSLIT = new Set(withTraditional(TRANSLIT_CHARS_ZH));

/** 译者, 核稿, 编辑, 作者, 记者 … followed by a 2–4 character Chinese name, then a separator. */
const BYLINE = /(?:译者|译|核稿|编辑|编译|作者|撰稿|撰文|记者|特约记者|责编)\s*[：:]\s*([\u4e00-\u9fff]{2,4})(?=\s*(?:[/／）)、，,；;。\s]|$))/g;

export function bylineNames(text: string, out: Span[]): void {
  for (const m of text.matchAll(BYLINE)) {
    const name = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push(span(start, start + name.length, 'PER', name, 'byline', 3));
  }
}

/** Suffixes that make a Han name a place, and Latin words that say so too. */
const PLACE_SUFFIXES = ['机场', '港', '省', '州', '府', '市', '县', '区', '岛', '湾', '湖', '河', '山', '峡谷', '半岛', '广场', '公园', '大道', '大街', '宫'];
const PLACE_LATIN = /\b(Airport|Port|Province|State|Island|Islands|Lake|River|Mount|Valley|Bay|County|District|City|Region|Place|Square|Plaza|Street|Avenue|Park|Palace)\b/i;
/** Latin words of a sports club's name. */
const CLUB_LATIN = /\b(Real|Atletico|Atlético|FC|CF|AC|SC|United|City|Club|Sporting|Olympique|Racing|Inter|Juventus|Borussia|Bayern)\b/;
/** Characters that end the scan to the left: positions and directions are not part of a name. */
const STOP = new Set([...'部国方的在与和及从向于位是、，。；：“”「」《》（）() ']);

/** Start of the Han run ending at `end`: at most `max` characters, stopping at function words and known entries. */
function runStart(text: string, end: number, max: number, lex: ZhLexicon): number {
  let s = end;
  while (s > 0 && end - s < max) {
    const ch = text[s - 1];
    if (!isHan(ch) || FUNCTION.has(ch as string) || STOP.has(ch as string)) break;
    // A listed place or country right before (土耳其东部万恩省) ends the run.
    if (end - s >= 2 && lex.dict.get(text.slice(s - 2, s))?.type === 'LOC') break;
    s--;
  }
  return s;
}

/** 万恩省（Van）, 罗勇府（Rayong）, 瓜达尔港（Gwadar port）: a place with its Latin name as an echo. */
export function placesWithLatin(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const p = latinParen(text, i);
    if (!p) continue;
    const before = text.slice(Math.max(0, i - 2), i);
    const suffix = PLACE_SUFFIXES.find((s) => before.endsWith(s));
    if (!suffix && !PLACE_LATIN.test(p.latin)) continue;
    let start = runStart(text, i - (suffix?.length ?? 0), 5, lex);
    // 明尼阿波利斯市（Minneapolis）: a listed place longer than the run keeps its whole name.
    const stem = i - (suffix?.length ?? 0);
    const listed = lex.dict.scan(text.slice(Math.max(0, stem - 8), stem)).find((x) => x.type === 'LOC' && x.end === Math.min(8, stem));
    if (listed) start = Math.min(start, stem - (listed.end - listed.start));
    const core = i - (suffix?.length ?? 0) - start;
    if (core < 1 || i - start < 2 || (!suffix && core < 2)) continue;
    const name = text.slice(start, i);
    const s = span(start, i, 'LOC', name, 'place-latin', 3);
    out.push(s, { ...span(p.start, p.end, 'LOC', name, 'place-latin', 3, s.key), echo: true });
  }
}

/** 皇家马德里（Real Madrid）, 马德里竞技（Atletico Madrid）: a club (ORG), propagated to bare mentions. */
export function clubsWithLatin(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const p = latinParen(text, i);
    if (!p || !CLUB_LATIN.test(p.latin)) continue;
    let start = i;
    while (start > 0 && i - start < 8) {
      const ch = text[start - 1];
      if (!isHan(ch) || FUNCTION.has(ch as string) || STOP.has(ch as string)) break;
      start--;
    }
    // A club's Han name is its city plus up to two characters either side (皇家马德里, 马德里竞技).
    const place = lex.dict.scan(text.slice(start, i)).find((x) => x.type === 'LOC');
    const runStartAt = start;
    if (!place) start = Math.max(start, i - 4);
    else if (runStartAt + place.end < i) start = runStartAt + place.start;
    else start = Math.max(runStartAt, runStartAt + place.start - 2);
    if (i - start < 2 || lex.dict.get(text.slice(start, i))?.type === 'PER') continue;
    const name = text.slice(start, i);
    const s = span(start, i, 'ORG', name, 'paren-latin-org', 3);
    out.push(s, { ...span(p.start, p.end, 'ORG', name, 'paren-latin-org', 3, s.key), echo: true });
  }
}

/** Suffixes that make a quoted name an organisation, and newspaper / magazine titles in 《》. */
const QUOTED_ORG_SUFFIX = /(委员会|中心|组织|协会|基金会|联盟|联合会|研究所|研究院|党|运动|阵线)$/;
const QUOTED_PLACE_SUFFIX = /(广场|机场|公园|大道|大街|大桥|宫)$/;
const PRESS_SUFFIX = /(报|时报|日报|周刊|杂志|新闻网|邮报)$/;

/**
 * “国会行政部门中国委员会”: a quoted name ending with an organisation suffix; 《世界报》, 《纽约时报》:
 * a newspaper or magazine title. Both are organisations; the quotes stay outside the span.
 */
export function quotedOrgs(text: string, out: Span[]): void {
  for (const m of text.matchAll(/[“「]([^”」“「]{3,16})[”」]|《([^》《]{2,10})》/g)) {
    const name = (m[1] ?? m[2]) as string;
    const press = m[2] !== undefined;
    const place = !press && QUOTED_PLACE_SUFFIX.test(name);
    if (press ? !PRESS_SUFFIX.test(name) : !QUOTED_ORG_SUFFIX.test(name) && !place) continue;
    if (/[，。、：；！？\s]/.test(name)) continue;
    const start = (m.index ?? 0) + 1;
    if (place) {
      // 「自由与人性尊严广场」（Place de la Liberte …）: a named place, its Latin form an echo.
      const s = span(start, start + name.length, 'LOC', name, 'place-latin', 3);
      const p = latinParen(text, start + name.length + 1);
      out.push(s, ...(p ? [{ ...span(p.start, p.end, 'LOC', name, 'place-latin', 3, s.key), echo: true }] : []));
      continue;
    }
    // A movement (黄背心运动) is a named event, not an organisation.
    out.push(span(start, start + name.length, name.endsWith('运动') ? 'MISC' : 'ORG', name, 'quoted-org', 3));
  }
}

/** Characters that end a state's name on its left: dates, and words glued before it (涉, 受, 有 …). */
const STATE_STOP = new Set(withTraditional('年月日号涉受遭有前下后上中对过时部远地'));
const verbEnd = wordsEndingAt(GLUED_VERBS_ZH);

/**
 * 明尼苏达州, 内华达州, 哈里斯县: a transliterated run of two to six characters before 州, 县 or 郡 is a state or a county (LOC);
 * the run starts after a function character or a non-transliteration character.
 */
export function transliteratedStates(text: string, lex: ZhLexicon, out: Span[]): void {
  for (const unit of ['州', '县', '郡']) for (let i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i + 1)) {
    // The run starts a word: after punctuation, a function character or a listed name (美国明尼苏达州).
    const listedAt = (at: number): string | undefined =>
      [5, 4, 3, 2].map((n) => (at >= n ? lex.dict.get(text.slice(at - n, at))?.type : undefined)).find(Boolean);
    const listedEnd = (at: number): boolean => listedAt(at) !== undefined;
    let s = i;
    // A listed person right before the unit is the county's name (哈里斯县); any other listed end stops the scan.
    while (s > 0 && i - s < 6 && isHan(text[s - 1]) && !FUNCTION.has(text[s - 1] as string) && !STATE_STOP.has(text[s - 1] as string) && !(listedEnd(s) && !(s === i && listedAt(s) === 'PER')) && !verbEnd(text, s)) s--;
    const run = text.slice(s, i);
    // Half transliteration or more (阿肯色, 印第安纳), never inside a longer word (宾夕|法尼亚州, 江|苏苏州).
    const translit = [...run].filter((c) => TRANSLIT.has(c)).length;
    if (run.length < 2 || translit < 2 || translit * 2 < run.length || text[i + 1] === '长' || run.includes('许多')) continue;
    // A listed place is left to the list; a listed person's name before 县 is a county (哈里斯县).
    if (lex.dict.get(text.slice(s, i + 1)) || (lex.dict.get(run) && lex.dict.get(run)?.type !== 'PER')) continue;
    if (isHan(text[s - 1]) && !FUNCTION.has(text[s - 1] as string) && !STATE_STOP.has(text[s - 1] as string) && !listedEnd(s) && !verbEnd(text, s)) continue;
    out.push(span(s, i + 1, 'LOC', text.slice(s, i + 1), 'state-translit', 2));
  }
}
