// Context cues for names that carry no transliteration pattern: a Han name before its Latin form
// (队友史丹顿（Giancarlo Stanton）, 巨擘飞利浦（Philips）, 岛屿戈瑞（Goree）), wire datelines
// (（法新社圣多明哥6日电）), the outlet of 据东网报道, an organisation before its own abbreviation
// (中国民主建国会（民建）) and national bodies (全国青联).
import type { ZhLexicon } from './lexicon-zh';
import { TITLES_ZH, TRANSLIT_CHARS_ZH } from './names-zh';
import { withTraditional } from './hant';
import { latinParen, looksLikePersonLatin, personWithEcho } from './patterns-zh';
import { isHan, span, type Span } from './span';

/** Characters that end a name when scanning left: particles, prepositions, aspect marks, punctuation. */
const RUN_STOP = new Set([...'的和与及在据由了是被向对从把为于以等或而但并也都就又还即称说让使给跟同自当到至其该此这那各每所之曾已均亦则再过着、，。；：“”「」《》（）() ']);
/** Last characters of role nouns (投手, 队友, 首长, 作家): a name starts after them. */
const ROLE_FINAL = new Set([...'手员长家师官友者督监使星']);
/** Words right before a name that are not part of it (告诉史丹顿, 包括佛洛伊德). */
const PRE_NAME = ['告诉', '会见', '会晤', '批评', '支持', '指控', '邀请', '感谢', '称赞', '认为', '联系', '采访', '访问', '宣布', '任命', '提名', '击败', '战胜', '面对', '对手', '包括', '例如', '比如', '像是', '以及', '男子', '女子', '作品', '丈夫', '妻子', '前夫', '前妻', '未婚夫', '未婚妻', '儿子', '女儿', '侄女', '侄子', '孙女', '外甥', '姐姐', '妹妹', '哥哥', '弟弟', '父亲', '母亲',
  // Role nouns of sport, politics and work (国脚坎特, 领袖舒默, 员工李斯特).
  '国脚', '球星', '大将', '中场', '前锋', '后卫', '门将', '领袖', '员工', '工人',
  // Verbs that take a person as object, glued to the name on its left (抨击艾斯培（Mark Esper）).
  '抨击', '指责', '谴责', '赞扬', '表扬', '起诉', '控告', '逮捕', '拘捕', '释放', '接见', '拜会', '约见', '召见', '致电', '致函', '通知', '提醒',
  '解雇', '开除', '取代', '接替', '接任', '继任', '对阵', '迎战', '力挺', '反对', '质疑', '回应', '嘲讽', '讽刺', '攻击', '制裁', '惩罚', '声援', '悼念',
  '纪念', '祝贺', '恭喜', '挑战', '输给', '败给', '签下', '签约', '交易', '转会', '引进', '送走', '换来', '胞妹', '胞兄', '之妻', '夫人'];
/** A Han run ending like an institution or a place is not a person (史卡拉歌剧院（La Scala）). */
const NOT_PERSON_END = /(?:[院馆团会党部局所场宫岛省市州郡队社台报处厅署司行委军校馆城镇村区县港湾河山湖园谷脉]|航空)$/;
const TITLES = [...TITLES_ZH].sort((a, b) => b.length - a.length);
const TITLE_SET = new Set(TITLES_ZH);
const TRANSLIT = new Set(withTraditional(TRANSLIT_CHARS_ZH));

/** Start of the Han run ending at `end` (at most `max` characters, stopped by RUN_STOP). */
function runBefore(text: string, end: number, max: number): number {
  let s = end;
  while (s > 0 && end - s < max && isHan(text[s - 1]) && !RUN_STOP.has(text[s - 1] as string)) s--;
  return s;
}

/** Where a person's name starts in the run [s, end): after listed entries, titles, role nouns, lead words. */
function personStart(text: string, s: number, end: number, lex: ZhLexicon): number | null {
  let start = s;
  for (const e of lex.dict.scan(text.slice(s, end))) {
    if (s + e.end >= end) return null; // a listed name or place: the gazetteer has it
    start = Math.max(start, s + e.end);
  }
  for (let k = end - 2; k > start; k--) {
    const head = text.slice(start, k);
    if (TITLES.some((t) => head.endsWith(t)) || PRE_NAME.some((w) => head.endsWith(w)) || ROLE_FINAL.has(text[k - 1] as string)) {
      start = k;
      break;
    }
  }
  // A transliterated tail of three or more after other characters is the name
  // (反对派领袖纳瓦尔尼 → 纳瓦尔尼, 靠尼盖兹 → 尼盖兹).
  let t = end;
  while (t > start && TRANSLIT.has(text[t - 1] as string)) t--;
  // A kinship or role word found above still bounds it (前夫|莱恩多尔希: 夫 transliterates too).
  if (end - t >= 3 || end - start > 5) start = Math.max(start, t);
  // 执委凯瑞亚基德斯（Stella Kyriakides）: a run all of transliteration may be as long as seven.
  const max = end - start === end - t ? 7 : 5;
  return end - start >= 2 && end - start <= max ? start : null;
}

/** 马修斯（Stanley Matthews）, 队友史丹顿（Giancarlo Stanton）, 投手田中将大（Masahiro Tanaka）. */
export function parenLatinNames(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const p = latinParen(text, i);
    if (!p || !looksLikePersonLatin(p.latin, lex)) continue;
    const run = runBefore(text, i, 8);
    if (i - run < 2 || NOT_PERSON_END.test(text.slice(run, i))) continue;
    const start = personStart(text, run, i, lex);
    if (start === null) continue;
    if (PLACE_CUES.some((c) => text.slice(run, start).endsWith(c) || text.slice(0, start).endsWith(c))) {
      // 首都圣多明哥（Santo Domingo）: a place, however personal its Latin form looks.
      const s = span(start, i, 'LOC', text.slice(start, i), 'place-latin', 3);
      out.push(s, { ...span(p.start, p.end, 'LOC', s.canonical, 'place-latin', 3, s.key), echo: true });
      continue;
    }
    // 哈皮教授（Christian Happi）: a title after the name, before its Latin form, is not part of it.
    const title = [5, 4, 3, 2].map((n) => text.slice(i - n, i)).find((t) => t.length >= 2 && i - start - t.length >= 2 && TITLE_SET.has(t));
    const end = title ? i - title.length : i;
    if (!soundsLikeName(text.slice(start, end), p.latin)) continue;
    if (!title) {
      personWithEcho(text, start, i, 'paren-latin', out);
      continue;
    }
    const s = span(start, end, 'PER', text.slice(start, end), 'paren-latin', 3);
    out.push(s, { ...span(p.start, p.end, 'PER', s.canonical, 'paren-latin', 3, s.key), echo: true });
  }
}

/** Japanese or pinyin-shaped romanisation: every word is open syllables (Masahiro Tanaka, Xi Jinping). */
const EAST_ASIAN = /^(?:(?:[kgsztdnhbpmyrwfjlcqx]|sh|ch|ts|zh)?(?:y|i|u)?(?:a|e|i|o|u|ai|ei|ao|ou|an|en|ang|eng|ong|in|ing|un|ui|ie|uo|ue)n?)+$/i;

/** A Han run reads as a transliterated name (half its characters or more) or as an East Asian one. */
function soundsLikeName(han: string, latin: string): boolean {
  const share = [...han].filter((c) => TRANSLIT.has(c)).length / han.length;
  return share >= 0.5 || latin.split(/[\s-]+/).every((w) => EAST_ASIAN.test(w));
}

/** Words that announce a company or a place right before a Han name with its Latin form. */
const COMPANY_CUES = ['巨擘', '巨头', '公司', '集团', '企业', '厂商', '车厂', '药厂', '品牌', '业者', '制造商', '龙头', '大厂', '运营商', '零售商', '连锁店', '媒体', '网站', '平台', '组织', '团体', '机构'];
const PLACE_CUES = ['胜地', '景点', '岛屿', '小岛', '城市', '城镇', '小镇', '村庄', '村落', '首都', '首府', '港口', '港市', '地区', '省份', '边境', '岛'];

/** The name between a cue word and （Latin）, or null. */
function nameAfterCue(text: string, i: number, cues: string[]): number | null {
  const run = runBefore(text, i, 9);
  for (let k = i - 2; k >= run; k--) {
    const head = text.slice(run, k);
    if (cues.some((c) => head.endsWith(c))) return i - k >= 2 && i - k <= 6 ? k : null;
  }
  return null;
}

/** 电子业巨擘飞利浦（Philips） → ORG; 岛屿戈瑞（Goree） → LOC; the Latin form is an echo alias. */
export function cuedLatinNames(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const p = latinParen(text, i);
    if (!p || !/^[A-Z]/.test(p.latin)) continue;
    // A company cue right before the name outweighs a person-like Latin form (连锁公司瑞幸咖啡(Luckin Coffee)).
    const personLike = looksLikePersonLatin(p.latin, lex);
    for (const [cues, type] of [[COMPANY_CUES, 'ORG'], [PLACE_CUES, 'LOC']] as const) {
      if (personLike && type === 'LOC') continue;
      const start = nameAfterCue(text, i, cues);
      if (start === null || lex.dict.get(text.slice(start, i))) continue;
      const name = text.slice(start, i);
      const s = span(start, i, type, name, type === 'ORG' ? 'cue-latin-org' : 'place-latin', 3);
      out.push(s, { ...span(p.start, p.end, type, name, s.rule, 3, s.key), echo: true });
      break;
    }
  }
}

const WIRES = '法新社|中央社|路透社|美联社|新华社|共同社|韩联社|德新社|安莎社|中新社';
const DATELINE = new RegExp(`[（(]\\s*(?:${WIRES})([\\u4e00-\\u9fff]{2,16}?)[0-9]{1,2}日电`, 'g');

/** （法新社塞内加尔首都达卡28日电）: the place between the agency and the day is a place. */
export function datelinePlaces(text: string, lex: ZhLexicon, out: Span[]): void {
  for (const m of text.matchAll(DATELINE)) {
    const run = m[1] as string;
    let start = (m.index ?? 0) + m[0].indexOf(run);
    let name = run;
    const capital = Math.max(name.lastIndexOf('首都'), name.lastIndexOf('首府'));
    if (capital >= 0) {
      start += capital + 2;
      name = name.slice(capital + 2);
    } else {
      const lead = lex.dict.scan(name)[0];
      if (lead && lead.start === 0 && lead.end < name.length && lead.type === 'LOC') {
        start += lead.end;
        name = name.slice(lead.end);
      }
    }
    if (name.length < 2 || name.length > 6 || lex.dict.get(name)) continue;
    out.push(span(start, start + name.length, 'LOC', name, 'dateline', 3));
  }
}

/** 据东网今天报道: the outlet that reported (a name ending like a news outlet). */
const REPORTED = /据([\u4e00-\u9fff]{2,6}?)(?:今天|昨天|今日|昨日|日前|近日|稍早|早前|周[一二三四五六日]|[0-9]{1,2}日)?(?:报道|报导|引述|披露|说|称)/g;
const OUTLET_END = /(网|报|社|台|刊|新闻|之声|电视|通讯)$/;
const GENERIC_OUTLET = /(媒体|外媒|官媒|党媒|该|此|当地|上述|其他|多家|一家|有关|相关)/;

export function reportingOutlets(text: string, lex: ZhLexicon, out: Span[]): void {
  for (const m of text.matchAll(REPORTED)) {
    const name = m[1] as string;
    if (!OUTLET_END.test(name) || GENERIC_OUTLET.test(name) || lex.dict.get(name)) continue;
    const start = (m.index ?? 0) + 1;
    out.push(span(start, start + name.length, 'ORG', name, 'reported-by', 3));
  }
}

const ORG_END = /([会党部局盟社院委署团行司所队军厅处办联]|组织|集团|公司|中心)$/;

/** 中国民主建国会（民建）: a name before its own Han abbreviation is an organisation; both are forms. */
export function abbreviatedOrgs(text: string, lex: ZhLexicon, places: Span[], out: Span[]): void {
  const placeEnds = new Map(places.filter((p) => p.type === 'LOC').map((p) => [p.end, p]));
  for (const m of text.matchAll(/（([\u4e00-\u9fff]{2,4})）/g)) {
    const i = m.index ?? 0;
    const abbr = m[1] as string;
    const run = runBefore(text, i, 16);
    let start = -1;
    for (let k = i - abbr.length - 1; k >= run; k--) {
      if (text[k] === abbr[0] && isSubsequence(abbr, text.slice(k, i))) {
        start = k;
        break;
      }
    }
    if (start < 0) continue;
    start = placeEnds.get(start)?.start ?? start;
    const name = text.slice(start, i);
    if (name.length < 4 || !ORG_END.test(name) || lex.dict.get(name)) continue;
    const s = span(start, i, 'ORG', name, 'abbrev-paren', 3);
    out.push(s, { ...span(i + 1, i + 1 + abbr.length, 'ORG', name, 'abbrev-paren', 3, s.key), echo: true });
  }
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/** 全国青联, 全国妇联, 全国工商联: national federations. */
export function nationalBodies(text: string, lex: ZhLexicon, out: Span[]): void {
  for (const m of text.matchAll(/全国[\u4e00-\u9fff]{1,2}联/g)) {
    if (lex.dict.get(m[0])) continue;
    const start = m.index ?? 0;
    out.push(span(start, start + m[0].length, 'ORG', m[0], 'national-body', 3));
  }
}
