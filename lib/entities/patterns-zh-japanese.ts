// Japanese people as Chinese news writes them (茂木敏充, 北村滋, 河野太郎): a Japanese family name of
// two or three characters and a given name of one or two, with no transliteration to give them
// away. The family names are the common ones (general knowledge, not names seen in the golds'
// misses alone); a name is read only where a title stands right before it (外务大臣茂木敏充) or the
// text speaks of Japan, and only when a word boundary follows it.
import type { ZhLexicon } from './lexicon-zh';
import { toTraditional, withTraditional } from './hant';
import { FUNCTION_CHARS_ZH, TITLES_ZH } from './names-zh';
import { personWithEcho, VERB_STARTS } from './patterns-zh';
import { isHan, type Span } from './span';

/** Common Japanese family names of two or three characters, in Chinese (Simplified) script. */
const JAPANESE_FAMILY_NAMES = `
佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 斋藤 清水 山崎
池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 齐藤 福田
太田 西村 藤井 金子 冈本 藤原 三浦 中野 中川 原田 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田
酒井 宫崎 横山 高木 安藤 宫本 大野 小岛 谷口 今井 工藤 高田 增田 丸山 杉山 村田 大冢 新井 小山 平野 藤本
河野 上野 野口 武田 松井 千叶 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 岛田 水野 樱井
高野 渡部 吉川 山内 西田 饭田 菊池 西川 小松 北村 安田 五十岚 川口 平田 中田 久保田 服部 岩田 土屋 川崎
福岛 本田 樋口 秋山 田口 永井 山中 中西 吉村 川上 石原 大桥 松冈 马场 浜田 森本 星野 矢野 浅野 大久保 松下
吉冈 小池 野田 荒木 大谷 内藤 松浦 熊谷 黑田 尾崎 永田 川村 望月 田边 松村 荒井 大石 稻叶 古贺 茂木 秋叶
岸田 安倍 麻生 石破 小泉 枝野 二阶 甘利 萩生田 世耕 稻田 鸠山 细川 宫泽 竹下 小渊 赤羽 梶山 江藤 玉木 志位
`.split(/\s+/).filter(Boolean);
const FAMILY = new Set([...JAPANESE_FAMILY_NAMES, ...JAPANESE_FAMILY_NAMES.map(toTraditional)]);
/** First characters of the family names: most positions are passed over on one lookup. */
const FIRST = new Set([...FAMILY].map((f) => f[0] as string));
const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
const TITLES = new Set(TITLES_ZH);
/** Characters a given name never holds: measure, place, institution and time words. */
const NOT_GIVEN = new Set(withTraditional('们个年月日时国省市县区州町村都道府人员团会局院所部党队厅署处委组馆室站线桥港湾岛山川寺社店派家'));
/** Last characters of Japanese given names (太郎, 哲也, 刚男): with a title before, no boundary is needed after. */
const GIVEN_END = new Set(withTraditional('郎雄夫彦介也子树男藏惠吾平'));
/** The text speaks of Japan. */
const JAPAN = /日本|日方|日相|日媒|东京|東京|日美|美日|日韩|日韓|韩日|中日|日中|日籍/;
/** Verbs and words that may follow a name (茂木敏充表示, 北村滋等, 河野太郎举行). */
const AFTER = /^(?:说|称|也|则|就|等|和|与|及|的|在|曾|已|对|向|于|是|将|还|都|又|今天|昨天|表示|指出|强调|认为|举行|会见|会晤|访问|出席|宣布|透露|回应|周[一二三四五六日末]|[0-9])/;

const titleBefore = (text: string, at: number): boolean => {
  for (let n = 1; n <= 6; n++) if (TITLES.has(text.slice(at - n, at))) return true;
  return false;
};
const givenChar = (ch: string | undefined): boolean => isHan(ch) && !FUNCTION.has(ch as string) && !NOT_GIVEN.has(ch as string);
const boundaryAt = (text: string, at: number): boolean =>
  !isHan(text[at]) || AFTER.test(text.slice(at, at + 2)) || VERB_STARTS.has(text.slice(at, at + 2));

export function japaneseNames(text: string, lex: ZhLexicon, out: Span[]): void {
  const japan = JAPAN.test(text);
  for (let i = 0; i + 3 <= text.length; i++) {
    if (!FIRST.has(text[i] as string)) continue;
    const n = FAMILY.has(text.slice(i, i + 2)) ? 2 : FAMILY.has(text.slice(i, i + 3)) ? 3 : 0;
    if (n === 0) continue;
    const titled = titleBefore(text, i);
    const left = !isHan(text[i - 1]) || FUNCTION.has(text[i - 1] as string) || titled;
    if (!left || !(titled || japan)) continue;
    const g = i + n;
    let end = -1;
    if (givenChar(text[g]) && givenChar(text[g + 1]) && (boundaryAt(text, g + 2) || (titled && GIVEN_END.has(text[g + 1] as string)))) end = g + 2;
    else if (givenChar(text[g]) && boundaryAt(text, g + 1)) end = g + 1;
    if (end < 0 || lex.dict.scan(text.slice(i, end)).length > 0) continue;
    // Found through a title or the article's own context, like a title's name: later bare mentions are looked for too.
    personWithEcho(text, i, end, 'title-name', out);
    i = end - 1;
  }
}
