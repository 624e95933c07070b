// People named with no title before them, found by another cue: brackets holding their years or
// age, a verb of saying after a transliterated speaker, a relation noun after 的.
//
// A Chinese name right before brackets that hold a person's years or age: 主任分别是梁志仁
// （2011年12月－2015年8月）和郑伟源（2015年8月-2018年7月）, 男子陈某（45岁）. Only people carry
// terms of office and ages in brackets; the name must start a word and hold no place or
// institution character.
import type { ZhLexicon } from './lexicon-zh';
import { withTraditional } from './hant';
import { FUNCTION_CHARS_ZH, SURNAMES_ZH, TITLES_ZH, TRANSLIT_CHARS_ZH } from './names-zh';
import { personWithEcho } from './patterns-zh';
import { isHan, type Span } from './span';

const SURNAMES = new Set(withTraditional(SURNAMES_ZH));
const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
const TITLES = new Set(TITLES_ZH);
/** Characters no given name holds here: place, institution, time and measure words, 姓/某/氏, numerals (周三（7月1日）). */
const NOT_IN_NAME = new Set(withTraditional('们个年月日时国省市县区州人员团会局院所部党队厅署处委府组馆室站港湾岛姓某氏方一二三四五六七八九十末'));
/** （2011年…）, （45岁）. */
const YEARS_OR_AGE = /^（\s*(?:[12][0-9]{3}年|[0-9]{1,3}岁)/;

/** Words for a person that a name follows as closely as a title (男子陈大文（45岁）). */
const PERSON_WORDS = new Set(['男子', '女子', '男童', '女童', '少年', '少女', '居民', '市民', '司机', '患者', '死者', '嫌犯', '疑犯', '男生', '女生']);

const titleEndsAt = (text: string, at: number): boolean => {
  for (let n = 2; n <= 4; n++) if (TITLES.has(text.slice(at - n, at)) || PERSON_WORDS.has(text.slice(at - n, at))) return true;
  return false;
};

export function bracketedPeople(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    if (!YEARS_OR_AGE.test(text.slice(i, i + 8))) continue;
    for (const n of [3, 2]) {
      const s = i - n;
      const name = text.slice(s, i);
      if (s < 0 || !SURNAMES.has(name[0] as string) || ![...name].every((c) => isHan(c) && !FUNCTION.has(c) && !NOT_IN_NAME.has(c))) continue;
      if (isHan(text[s - 1]) && !FUNCTION.has(text[s - 1] as string) && !titleEndsAt(text, s)) continue;
      if (lex.dict.scan(name).length === 0) personWithEcho(text, s, i, 'title-name', out);
      break;
    }
  }
}

const TRANSLIT = new Set(withTraditional(TRANSLIT_CHARS_ZH));
/** Verbs of saying that follow a speaker's name (，比根说：, 。凯瑞亚基德斯指出). */
const SAYS = /^(?:说|称|表示|指出|强调|认为|回应|透露|坦言|补充说)/;

/**
 * A speaker with no title: a transliterated name of two to eight characters that opens a clause
 * (after punctuation or at the start) and is followed by a verb of saying. Lists, places and
 * organisations are left to the gazetteer.
 */
export function speakerNames(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && isHan(text[i - 1])) continue;
    let t = i;
    while (t < text.length && t - i < 8 && TRANSLIT.has(text[t] as string)) t++;
    if (t - i < 2 || !SAYS.test(text.slice(t, t + 3))) continue;
    if (lex.dict.scan(text.slice(i, t)).length > 0) continue;
    personWithEcho(text, i, t, 'title-name', out);
    i = t;
  }
}

/** Nouns that make the name before 的 a person: kin, allies, aides (伊达尔戈的盟友, 阿萨德的支持者). */
const RELATION = /^的(?:盟友|支持者|对手|妻子|丈夫|儿子|女儿|父亲|母亲|遗孀|前妻|前夫|律师|助手|助理|发言人|顾问|幕僚|前任|继任者|竞选团队|竞选搭档|私人)/;

/**
 * A transliterated name with no title, known by its relation: 作为伊达尔戈的盟友, 作为阿萨德的盟友.
 * It starts a word (after punctuation or a function character) and is not listed.
 */
export function relatedNames(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = text.indexOf('的'); i >= 0; i = text.indexOf('的', i + 1)) {
    if (!RELATION.test(text.slice(i, i + 6))) continue;
    let s = i;
    while (s > 0 && i - s < 8 && TRANSLIT.has(text[s - 1] as string)) s--;
    // The whole name or nothing: not the last part of 皮埃尔-玛丽 or 保罗·惠兰.
    if (i - s < 2 || (isHan(text[s - 1]) && !FUNCTION.has(text[s - 1] as string)) || /[-·‧]/.test(text[s - 1] ?? '')) continue;
    if (lex.dict.scan(text.slice(s, i)).length > 0) continue;
    personWithEcho(text, s, i, 'title-name', out);
  }
}
