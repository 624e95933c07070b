// Adversarial texts for the entity passes (issue 12 §1): long runs that make a backtracking regex
// or a pairwise loop super-linear. Deterministic (no randomness); every text is `length` long.
import { TRANSLIT_CHARS_ZH } from '../../lib/entities/names-zh';

const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Transliteration characters cycled with no punctuation: one Han run of `length`. */
function hanRun(length: number): string {
  let s = '';
  for (let i = 0; s.length < length; i++) s += TRANSLIT_CHARS_ZH[(i * 7) % TRANSLIT_CHARS_ZH.length];
  return s;
}

/** The i-th three-character transliterated word (all distinct for i below the set's size cubed). */
function distinct(i: number): string {
  const n = TRANSLIT_CHARS_ZH.length;
  return `${TRANSLIT_CHARS_ZH[i % n]}${TRANSLIT_CHARS_ZH[Math.floor(i / n) % n]}${TRANSLIT_CHARS_ZH[Math.floor(i / n / n) % n]}`;
}

/** name → text of `length` characters. */
export function adversarialTexts(length: number): Record<string, string> {
  const run = hanRun(length);
  return {
    'one Han run': run,
    'Han run ending in a name dot': `${run.slice(0, length - 3)}·阿拉`,
    'name dots every 40 characters': fill(`${run.slice(0, 39)}·`, length),
    'hyphens between transliteration characters': fill('阿-', length),
    'title + name, repeated': fill('总统普京、', length),
    'distinct dotted names': Array.from({ length: Math.ceil(length / 8) }, (_, i) => `${distinct(i)}·${distinct(i + 7919)}，`).join('').slice(0, length),
    'country names back to back': fill('美国', length),
    'organisation suffixes': fill('大学公司协会', length),
    'open brackets and quotes': fill('（“「《据', length),
    'Latin in brackets': fill('（Abc Def Ghi）', length),
    'digits before 年 and 月': fill('1234567890年月日号', length),
    'dateline openers': fill('（法新社', length),
    'rivers in one enumeration': fill('滁河、', length),
    'named facilities back to back': fill('的汉森军营', length),
    'cities and districts chained': fill('滁州市裕安区', length),
    'bodies by their head noun, back to back': fill('国家网络安全中心全国人大常委会国民议会食药署、国卫院', length),
    'Latin names before 大学, quoted journals, mountains': fill('Abc Def Ghi大学「新英格兰医学期刊」在北岳山一带', length),
    'one Latin capital run before 大学': `${'ABCDEFGHIJ'.repeat(length / 10).slice(0, length - 2)}大学`,
    // People rules of wave 4: Japanese names, bracketed ages, names coordinated after a title.
    'Japanese names back to back': fill('日本大臣河野太郎北村滋', length),
    'names before bracketed ages': fill('男子陈大文（45岁）和', length),
    'names coordinated after a title': fill('组长周家瑞、李晋梅', length),
    // Latin rules (names starting "en: " are read as English).
    'en: capitalised words, no stop': fill('Abc Def-Ghi ', length),
    'en: particles between capitals': fill('Jean de la de la ', length),
    'en: cue words before capitals': fill('said President Abc Def of ', length),
  };
}
