// People with no cue word: a surname and two characters, named at least twice in the article with
// a word boundary after it each time, and at least once with one before it too (金与正是金正恩的…,
// 之妻李雪主, 曾德恩运用…). Article-wide, because one mention alone says nothing.
import type { ZhLexicon } from './lexicon-zh';
import { withTraditional } from './hant';
import { FUNCTION_CHARS_ZH, SURNAMES_ZH, TITLES_ZH } from './names-zh';
import { NOT_NAMES } from './patterns-zh';
import { isHan, span, type Span } from './span';

const SURNAMES = new Set(withTraditional(SURNAMES_ZH));
const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
/** Characters a given name never holds in news text: particles, measure and place words. */
const NEVER_IN_NAME = new Set(withTraditional('的了是在和及或等个年月日国省市县区州们说称道被把向从都就将着过这那其该各每人为于对也万千百亿元辆架艘名位次奖赛杯上下罩率权员数性派度号车岛会局院所部党队厅署处委宫馆堡楼寺庙塔站场厂校'));
/** Surnames that far more often open a word or act as a preposition (于, 向, 方面, 高度, 曾经 …). */
const WEAK_SURNAMES = new Set(withTraditional('于向方曾万高关管段符华区容连程范毛'));
/** Two-character titles: 许教授 is a title, not a given name. */
const TITLE_PAIRS = new Set(TITLES_ZH.filter((t) => t.length === 2));
/** Words right before a name that are not part of it: kinship and role words. */
const BEFORE_NAME = [...TITLES_ZH, '妻子', '之妻', '夫人', '丈夫', '胞妹', '胞兄', '胞弟', '姐姐', '妹妹', '哥哥', '弟弟', '儿子', '女儿', '父亲', '母亲', '学者', '之后', '随后'];
/** Characters that may follow a name: function characters, time words (马歇各罗昨天). */
const AFTER_OK = new Set([...FUNCTION, ...withTraditional('昨今近')]);

const rightOk = (text: string, end: number): boolean => !isHan(text[end]) || AFTER_OK.has(text[end] as string);
const leftOk = (text: string, at: number): boolean =>
  !isHan(text[at - 1]) || FUNCTION.has(text[at - 1] as string) || BEFORE_NAME.some((w) => text.startsWith(w, at - w.length));

/** One flag per character covered by a listed entry (the gazetteer's own longest-match scan). */
function listedMask(text: string, lex: ZhLexicon): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  for (const e of lex.dict.scan(text)) mask.fill(1, e.start, e.end);
  return mask;
}

/** One span list per text: every bounded mention of every repeated name. */
export function repeatedNames(texts: string[], lex: ZhLexicon): Span[][] {
  const seen = new Map<string, { right: Array<[number, number]>; both: boolean }>();
  texts.forEach((text, seg) => {
    const listed = listedMask(text, lex);
    for (let i = 0; i + 3 <= text.length; i++) {
      if (!SURNAMES.has(text[i] as string) || WEAK_SURNAMES.has(text[i] as string) || !isHan(text[i + 1]) || !isHan(text[i + 2])) continue;
      if (TITLE_PAIRS.has(text.slice(i + 1, i + 3))) continue;
      if (NEVER_IN_NAME.has(text[i + 1] as string) || NEVER_IN_NAME.has(text[i + 2] as string)) continue;
      if (!rightOk(text, i + 3) || NOT_NAMES.has(text.slice(i, i + 2)) || listed[i] || listed[i + 1] || listed[i + 2]) continue;
      const name = text.slice(i, i + 3);
      const entry = seen.get(name) ?? { right: [], both: false };
      entry.right.push([seg, i]);
      entry.both ||= leftOk(text, i);
      seen.set(name, entry);
    }
  });
  const out: Span[][] = texts.map(() => []);
  for (const [name, { right, both }] of seen) {
    if (right.length < 2 || !both) continue;
    for (const [seg, i] of right) out[seg]?.push(span(i, i + 3, 'PER', name, 'repeated-name', 2));
  }
  return out;
}
