// Title + name (美国国务卿布林肯, 外长拉夫罗夫, 外交部长秦刚, 水利部部长鄂竟平周日): the name written
// right after an office title, and a second name coordinated with it (组长周家瑞、李晋梅).
import type { ZhLexicon } from './lexicon-zh';
import { toTraditional, withTraditional } from './hant';
import { FUNCTION_CHARS_ZH, SURNAMES_ZH, TITLES_ZH, TRANSLIT_CHARS_ZH } from './names-zh';
import { latinParen, looksLikePersonLatin, NOT_NAMES, personWithEcho, startsWithEntry, VERB_STARTS, verbBefore } from './patterns-zh';
import { isHan, type Span } from './span';

const TRANSLIT = new Set(withTraditional(TRANSLIT_CHARS_ZH));
const SURNAMES = new Set(withTraditional(SURNAMES_ZH));
const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
const TITLES = [...new Set([...TITLES_ZH, ...TITLES_ZH.map(toTraditional)])].sort((a, b) => b.length - a.length);
const TITLE_RE = new RegExp(TITLES.join('|'), 'g');
const TITLE_PAIRS = new Set(TITLES.filter((t) => t.length === 2));
/** Last characters of Japanese given names (太郎, 哲也, 宪夫, 文雄, 优子, 晋三). */
const JP_GIVEN_END = '郎雄夫彦介也子树男藏惠三二一吾平';
const trans = (ch: string | undefined): boolean => !!ch && TRANSLIT.has(ch);
const TITLE_SET = new Set(TITLES);
/** True when a title of two to five characters stands anywhere inside `name` (set lookups, not a scan of every title). */
function holdsTitle(name: string): boolean {
  for (let i = 0; i < name.length; i++) for (let n = 2; n <= 5 && i + n <= name.length; n++) if (TITLE_SET.has(name.slice(i, i + n))) return true;
  return false;
}

/** Function characters that also end given names (邱垂正, 李克强). */
const GIVEN_FUNCTION = '正强发';
/** True when a name may end before `at`: punctuation, a clean-boundary word (在, 表示, 昨天 …). */
function nameEndsAt(text: string, at: number): boolean {
  const next = text[at];
  if (!isHan(next)) return true;
  return /^(?:[昨今明]天|表示|指出|说|称|也|则|就|等|和|与|及|的|在|曾|已|对|向|于|强调|认为)/.test(text.slice(at, at + 2)) && !/^在[于乎]/.test(text.slice(at, at + 2));
}

/** Verbs of office and speech, and time words, that follow a name written right after its title. */
const AFTER_NAME = /^(?:代理|表示|指出|强调|认为|透露|宣布|决定|率领|带领|出席|主持|会见|接受|回应|承认|否认|呼吁|警告|提醒|重申|坦言|直言|证实|签署|前往|抵达|出任|担任|接任|辞职|举行|发表|提出|批评|形容|介绍|解释|补充|谈到|提到|周[一二三四五六日末]|[昨今前]天|当天|日前|近日|稍早|[0-9]{1,2}日)/;
/** Characters a name written after a title never holds: measure, place and institution words. */
const NOT_IN_NAME = new Set(withTraditional('们个年月日国省市县区州人员团会局院所部党队厅署处委府组馆室信地欲想需应该能可'));
const afterName = (text: string, at: number): boolean => AFTER_NAME.test(text.slice(at, at + 3));
/** Role nouns among the titles: common words, so the name after them must prove itself. */
const ROLE_TITLES = new Set(['学生', '成员', '商人', '经理'].flatMap((w) => [w, toTraditional(w)]));
const INSTITUTION_END = /[社会院局部所团队党报台网厅署处]$/;

/** The name after an office title, or null. */
function nameAfterTitle(text: string, at: number, lex: ZhLexicon): number | null {
  // Whole Han run directly before （Latin name）: 苏杰生（EAM S Jaishankar）.
  let run = at;
  while (run < text.length && run - at < 5 && isHan(text[run]) && !FUNCTION.has(text[run] as string)) run++;
  // 总统参选人拜登（Joe Biden）: a second title opens the run; the name comes after it.
  if (run - at >= 2 && text[run] === '（' && latinParen(text, run) && !TITLES.some((t) => text.startsWith(t, at))) return run;
  // The same when the name holds a character that is also a function word (马歇各罗（Alexander
  // Matsegora）, 金与正): a person's Latin name in the brackets vouches for the whole run.
  let any = at;
  while (any < text.length && any - at < 5 && isHan(text[any])) any++;
  const latin = text[any] === '（' ? latinParen(text, any) : null;
  // Never across 的, 之, 是 … (在 may end a Korean given name: 李炅在) (律师会的哈维（Nelson Havi）, 议员之一梁颂恒（Baggio Leung）).
  if (any - at >= 2 && latin && looksLikePersonLatin(latin.latin, lex) && !TITLES.some((t) => text.startsWith(t, at)) && !/[的之了是被把]/.test(text.slice(at, any))) return any;
  let t = at;
  // 副主席杜姆布罗夫斯基斯: a transliterated name may run to eight characters.
  while (t < text.length && t - at < 8 && trans(text[t])) t++;
  // 伊达尔戈|连选, 奥布里|夫人: a verb or a form of address glued after the name is not part of it.
  while (t - at > 2 && (VERB_STARTS.has(text.slice(t - 1, t + 1)) || text.startsWith('夫人', t - 1))) t--;
  if (t - at >= 3) return t;
  if (t - at === 2 && !isHan(text[t]) ) return t;
  if (t - at >= 2 && FUNCTION.has(text[at + 2] as string)) return at + 2;
  // 记者艾柯竹在: a surname, two characters and a clean end is a Chinese name, not 艾柯.
  if (t - at === 2 && SURNAMES.has(text[at] as string) && isHan(text[at + 2]) && !FUNCTION.has(text[at + 2] as string) && nameEndsAt(text, at + 3)) return at + 3;
  // Two transliteration characters are a foreign name (总理莫迪通过 → 莫迪), before any surname path.
  if (t - at === 2) return at + 2;
  const first = text[at];
  // 发言人黎氏秋姮给予: a Vietnamese woman's name, surname + 氏 + a two-character given name.
  if (first && SURNAMES.has(first) && text[at + 1] === '氏' && [...text.slice(at + 2, at + 4)].every((c) => isHan(c) && !FUNCTION.has(c) && !NOT_IN_NAME.has(c)) && text.length >= at + 4 &&
    !/^(?:政权|政府|家族|王朝|集团|企业|兄弟|父子|夫妇|宗亲)/.test(text.slice(at + 2, at + 4))) return at + 4;
  // 副主任朱浩代理, 部长鄂竟平周日, 委员长栗战书决定: a name of two or three characters before a
  // verb of office or speech, or a time word, whatever its surname.
  const tail = (n: number): boolean => [...text.slice(at, at + n)].every((c) => isHan(c) && !FUNCTION.has(c) && !NOT_IN_NAME.has(c)) && afterName(text, at + n);
  if (first && SURNAMES.has(first) && !FUNCTION.has(first) && tail(2) && !NOT_NAMES.has(text.slice(at, at + 2))) return at + 2;
  if (first && !SURNAMES.has(first) && tail(3) && !lex.dict.scan(text.slice(at, at + 3)).length) return at + 3;
  if (first && SURNAMES.has(first)) {
    let g = at + 1;
    while (g < text.length && g - at < 3 && isHan(text[g]) && !FUNCTION.has(text[g] as string)) g++;
    // A surname that is also a function character (曾) needs a full three-character name: 局长曾国卫.
    const ok = FUNCTION.has(first) ? first === '曾' && g - at === 3 : g - at >= 2;
    // 副主委邱垂正昨天: a given name ending in 正/强/发 before a clean end.
    if (g - at === 2 && GIVEN_FUNCTION.includes(text[g] ?? '') && nameEndsAt(text, g + 1) && !NOT_NAMES.has(text.slice(at, at + 2))) return g + 1;
    if (ok && !NOT_NAMES.has(text.slice(at, at + 2))) return g;
    // A given name holding a function character (黄之锋, 金与正): three characters then a boundary.
    const end = at + 3;
    if (!FUNCTION.has(first) && isHan(text[at + 1]) && isHan(text[at + 2]) && !FUNCTION.has(text[at + 2] as string) && (!isHan(text[end]) || FUNCTION.has(text[end] as string))) return end;
  }
  // A short run that ends at a word boundary and is mostly transliteration (主席米歇尔，): the
  // name, whatever single character of it is missing from the transliteration set.
  let b = at;
  while (b < text.length && b - at < 5 && isHan(text[b]) && !FUNCTION.has(text[b] as string)) b++;
  const short = text.slice(at, b);
  const boundary = !isHan(text[b]) || FUNCTION.has(text[b] as string);
  // 防卫大臣河野太郎14日, 教授水谷哲也表示: a Japanese name, a two-character family name and a given
  // name ending the way Japanese given names do (太郎, 哲也, 宪夫), then a boundary or a verb.
  const jp = text.slice(at, at + 4);
  const jpEnd = text[at + 4];
  if (jp.length === 4 && [...jp.slice(0, 3)].every((c) => isHan(c) && !FUNCTION.has(c)) && JP_GIVEN_END.includes(jp[3] as string) &&
    // 圭里尼也表示: a transliterated name and 也 (also), not a Japanese name.
    [...jp.slice(0, 3)].filter((c) => TRANSLIT.has(c)).length < 2 &&
    (!isHan(jpEnd) || FUNCTION.has(jpEnd as string) || VERB_STARTS.has(text.slice(at + 4, at + 6)) || /[说称]/.test(jpEnd as string))) return at + 4;
  if (boundary && short.length >= 3 && short.length <= 4 && [...short].filter((c) => TRANSLIT.has(c)).length >= short.length - 1 && !lex.dict.get(short)) return b;
  return null;
}

/** A person's Latin name in brackets within the next few characters. */
function latinPersonSoon(text: string, at: number, lex: ZhLexicon): boolean {
  const open = text.indexOf('（', at);
  const p = open >= 0 && open - at <= 6 ? latinParen(text, open) : null;
  return p !== null && looksLikePersonLatin(p.latin, lex);
}

/** 美国国务卿布林肯, 外长拉夫罗夫, 外交部长秦刚, 外长苏杰生（EAM S Jaishankar）. */
export function titleNames(text: string, lex: ZhLexicon, out: Span[]): void {
  for (const m of text.matchAll(TITLE_RE)) {
    const at = (m.index ?? 0) + m[0].length;
    if (text[at] === undefined || !isHan(text[at]) || text[at] === '的') continue;
    // 安徽省长江干流: the title's end opens a listed place (长江), so it is no title, unless a
    // person's Latin name follows (执行长沙辛（Ugur Sahin）).
    if ((lex.dict.get(text.slice(at - 1, at + 1)) || lex.dict.get(text.slice(at - 1, at + 2))) && !latinPersonSoon(text, at, lex)) continue;
    let end = nameAfterTitle(text, at, lex);
    if (end === null) continue;
    // After a role noun (学生, 成员 …) a name must end cleanly and not like an institution
    // (学生包围静坐, 学生通讯社（ISNA）).
    if (ROLE_TITLES.has(m[0]) && ((isHan(text[end]) && !FUNCTION.has(text[end] as string) && !afterName(text, end)) || INSTITUTION_END.test(text.slice(at, end)))) continue;
    // 记者周六（…）: a day, not a name; 发言人吴谦大校: a rank after the name is not part of it.
    if (/^(?:周[一二三四五六日末]|星期|礼拜|今天|昨天|明天|当天|日前|近日)/.test(text.slice(at, at + 2))) continue;
    if (end - at === 3 && (TITLE_PAIRS.has(text.slice(end - 1, end + 1)) || verbBefore(text, end + 1))) end--;
    const name = text.slice(at, end);
    if (text[end] === '·' || text[end] === '-' || lex.dict.get(name) || startsWithEntry(text, at, lex)) continue;
    // 行政长官任主席的: a title inside the run is an office, not a name.
    if (name.length >= 3 && holdsTitle(name)) continue;
    personWithEcho(text, at, end, 'title-name', out);
    coordinatedName(text, end, lex, out);
  }
}

/** 参议员卢比奥和克鲁兹, 组长周家瑞、李晋梅也: a second name joined to a title's name by 和/与/及/、. */
function coordinatedName(text: string, end: number, lex: ZhLexicon, out: Span[]): void {
  if (!'和与及、'.includes(text[end] ?? '')) return;
  const at = end + 1;
  // A Chinese name: a surname and one or two characters, then a boundary (、, a function character).
  if (SURNAMES.has(text[at] as string) && !FUNCTION.has(text[at] as string) && !startsWithEntry(text, at, lex)) {
    for (const n of [3, 2]) {
      const name = text.slice(at, at + n);
      const boundary = !isHan(text[at + n]) || FUNCTION.has(text[at + n] as string);
      if (name.length === n && [...name].every((c) => isHan(c) && !FUNCTION.has(c) && !NOT_IN_NAME.has(c)) && boundary && !NOT_NAMES.has(name.slice(0, 2))) {
        personWithEcho(text, at, at + n, 'title-name', out);
        return;
      }
    }
  }
  let t = at;
  while (t < text.length && t - at < 5 && trans(text[t])) t++;
  if (t - at < 2 || isHan(text[t]) && !FUNCTION.has(text[t] as string) && !'、，。'.includes(text[t] as string)) return;
  if (startsWithEntry(text, at, lex) || text[t] === '·') return;
  personWithEcho(text, at, t, 'title-name', out);
}
