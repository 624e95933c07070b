// Public bodies a list cannot hold, by the shape of their names: a centre named after its place or
// its state (香港卫生防护中心, 国家网络安全中心, 中央流行疫情指挥中心), a listed body's standing
// committee or named committee (全国人大常委会, 全国人大宪法和法律委员会), an assembly named for
// what it is (国民议会, 联邦议会), a country's league (葡萄牙足球超级联赛), an agency's
// three-character abbreviation (食药署, and 国卫院 beside it), and a journal, an encyclopedia or a
// company named in quotes («百度百科», 「新英格兰医学期刊」, 旅游公司「布鲁克斯水上飞机」).
import { isHan, span, type Span } from './span';
import { FUNCTION_CHARS_ZH } from './names-zh';
import { withTraditional } from './hant';
import { ORG_STOP, verbBefore } from './patterns-zh';
import { descriptorBefore } from './gazetteer-zh-orgs';

const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
const isRunChar = (ch: string | undefined): boolean => isHan(ch) && !FUNCTION.has(ch as string);
/** A word boundary on the left of `at`: punctuation, a function character or a glued verb (要求食药署). */
const edgeBefore = (text: string, at: number): boolean =>
  !isHan(text[at - 1]) || FUNCTION.has(text[at - 1] as string) || verbBefore(text, at);

/** What a centre is of when it is a role or a venue, not a body (金融中心, 购物中心, 国际会议中心, 壁球中心). */
const CENTRE_OF = /(?:金融|贸易|航运|商业|购物|经济|政治|文化|科技|创新|物流|城市|市|权力|世界|全球|国际|交通|旅游|会议|会展|展览|转运|配送|仓储|分拣|营运|数据|体育|运动|艺术|表演|演艺|康乐|社区|活动|服务|壁球|游泳|网球)$/;
/** Function characters that also open words inside a body's name (疫情指挥, 疾病控制与预防, 重大, 自由): passed only on the way to an anchor. */
const INSIDE_CENTRE = '与和及指称提发表宣强访出透回答接呼警重认希望要正仍没不无自据由';
/** Characters after 中心 that make it part of another word (中心地带, 中心点, 中心城区). */
const CENTRE_OPENS = '地点区城位线思舞议';

/**
 * 香港卫生防护中心, 国家网络安全中心: 中心 closes a body's name when a leftward run of 2-8 name
 * characters reaches a place or the state word 国家/中央 (与/和 may sit inside: 控制与预防中心),
 * which opens the name (三峡梯调中心); a venue (深水埗 | 壁球中心) is not a body (CENTRE_OF).
 * Without such an anchor (据指挥中心透露) it is a reference, not a name.
 */
function centres(text: string, placeEnds: Map<number, Span>, out: Span[]): void {
  for (let i = text.indexOf('中心'); i >= 0; i = text.indexOf('中心', i + 1)) {
    if (CENTRE_OPENS.includes(text[i + 2] ?? '')) continue;
    let s = i;
    let anchor = -1;
    while (s > 0 && i - s <= 8) {
      const p = placeEnds.get(s);
      if (p && s < i) {
        anchor = p.start;
        break;
      }
      if (s < i - 1 && (text.startsWith('国家', s - 2) || text.startsWith('中央', s - 2)) && !isRunChar(text[s - 3])) {
        anchor = s - 2;
        break;
      }
      const ch = text[s - 1];
      if (!isHan(ch) || (ORG_STOP.has(ch as string) && !INSIDE_CENTRE.includes(ch as string))) break;
      if (s < i && (verbBefore(text, s) || descriptorBefore(text, s))) break;
      s--;
    }
    const core = text.slice(s, i);
    // 研究中心 is orgSuffixes' (全球台湾研究中心 is not 台湾研究中心).
    if (anchor < 0 || core.length < 2 || CENTRE_OF.test(core) || core.endsWith('研究') || /^[与和及]|[与和及]$/.test(core)) continue;
    out.push(span(anchor, i + 2, 'ORG', text.slice(anchor, i + 2), 'org-centre', 2));
  }
}

const NOT_COMMITTEE = /^长|[一两几多若各该这那]|主席|总统|总理|部长|议员|[^和与]{5,}[和与]|[和与][^和与]{5,}/;
/** 全国人大常委会, 国会众议院情报委员会: a listed body, then its standing committee or a committee of up to 8 characters. */
function committees(text: string, orgs: Span[], out: Span[]): void {
  for (const o of orgs) {
    // 全国人大常委162个委员: 常委 right before a count is the committee too (before a name or alone it is a member's title).
    const m = /^(?:常委会|常务委员会|常委(?=[0-9])|[\u4e00-\u9fff]{2,8}?委员会)/.exec(text.slice(o.end, o.end + 11));
    if (!m) continue;
    const inner = m[0].endsWith('委员会') ? m[0].slice(0, -3) : '';
    // Not a function character or a verb inside (宪法和法律 may hold 和), nor a count, an office or a
    // person before a second body (立法会一个委员会, 监察院长和人权委员会, 欧洲理事会主席米歇尔和欧盟委员会).
    if ([...inner].some((c) => FUNCTION.has(c) && c !== '和' && c !== '与') || verbBefore(text, o.end + inner.length)) continue;
    if (NOT_COMMITTEE.test(inner)) continue;
    out.push(span(o.start, o.end + m[0].length, 'ORG', text.slice(o.start, o.end + m[0].length), 'org-committee', 2));
  }
}

/** 国民议会, 联邦议会: an assembly named for what it is, at a word boundary (a place before it is orgSuffixes' case). */
const ASSEMBLY = /(?:国民|全国|联邦|国家|最高|人民|制宪|临时)(?:议会|会议)$/;
function assemblies(text: string, out: Span[]): void {
  for (let i = text.indexOf('议会'); i >= 0; i = text.indexOf('议会', i + 1)) {
    const s = i - 2;
    if (s < 0 || !ASSEMBLY.test(text.slice(s, i + 2)) || !edgeBefore(text, s)) continue;
    // 全国议会选举 is still the body; 议会制 (a system) is not.
    if (text[i + 2] === '制') continue;
    out.push(span(s, i + 2, 'ORG', text.slice(s, i + 2), 'org-assembly', 2));
  }
}

/** Characters before 署 that make it a verb (部署, 签署, 布署), not an agency. */
const NOT_AGENCY = /[部签布连督总分公]$/;
/**
 * 食药署: two name characters and 署 at word boundaries on both sides is an agency's short name;
 * 国卫院 beside it (食药署、国卫院) is another (院 alone is too common a word ending: 住院, 电影院).
 */
function agencies(text: string, orgEnds: Set<number>, out: Span[]): void {
  for (const head of ['署', '院']) {
    for (let i = text.indexOf(head, 2); i >= 0; i = text.indexOf(head, i + 1)) {
      const s = i - 2;
      const core = text.slice(s, i);
      if (![...core].every(isRunChar) || NOT_AGENCY.test(core) || isRunChar(text[i + 1]) && !/[都也将已]/.test(text[i + 1] as string)) continue;
      if (head === '署' ? !edgeBefore(text, s) : !('、和与及'.includes(text[s - 1] ?? '') && orgEnds.has(s - 1))) continue;
      out.push(span(s, i + 1, 'ORG', text.slice(s, i + 1), 'org-abbrev', 2));
      orgEnds.add(i + 1);
    }
  }
}

/** Words that make a quoted or bracketed title a body: a journal, a reference work, a publisher. */
const TITLE_HEAD = /(?:期刊|学报|学刊|医学杂志|百科|评论|通讯)$/;
/** A publication word right before 「…」 names the quoted title (医学期刊「儿童疾病档案」, 报纸「新报」). */
const TITLE_BEFORE = /(?:期刊|杂志|周刊|报纸)$/;
/** A body's word right before 「…」 names it when its Latin form follows (旅游公司「布鲁克斯水上飞机」（Brooks Seaplanes）): else the quote may be speech (世卫组织「完全误解」). */
const BODY_BEFORE = /(?:公司|集团|企业|品牌|组织|机构|团体|协会|基金会|平台|网站)$/;

/** 「新英格兰医学期刊」, 《百度百科》, 医学期刊「儿童疾病档案」: the quoted name, quotes outside. */
function quotedBodies(text: string, out: Span[]): void {
  for (const m of text.matchAll(/[“「《]([^”」》“「《,，、。；：!！?？\s]{2,16})[”」》]/g)) {
    const name = m[1] as string;
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 3), at);
    // Its Latin form after the quote, or inside it (机构“声音（Golos）”).
    const latin = /^（\s*[A-Za-z]/.test(text.slice(at + name.length + 2, at + name.length + 5)) || /（\s*[A-Za-z][^（]*）$/.test(name);
    if (!TITLE_HEAD.test(name) && !TITLE_BEFORE.test(before) && !(BODY_BEFORE.test(before) && latin)) continue;
    if (!isHan(name[0]) || /[的了是在]/.test(name)) continue;
    out.push(span(at + 1, at + 1 + name.length, 'ORG', name, 'org-quoted', 3));
  }
}

/** 葡萄牙足球超级联赛, 西班牙甲级联赛: a country's league, up to 6 characters after its name. */
function leagues(text: string, placeEnds: Map<number, Span>, out: Span[]): void {
  for (let i = text.indexOf('联赛'); i >= 0; i = text.indexOf('联赛', i + 1)) {
    for (let s = i - 1; s >= 0 && i - s <= 6 && isRunChar(text[s]); s--) {
      const p = placeEnds.get(s);
      if (!p) continue;
      out.push(span(p.start, i + 2, 'ORG', text.slice(p.start, i + 2), 'org-league', 2));
      break;
    }
  }
}

export function publicBodies(text: string, places: Span[], listed: Span[], out: Span[]): void {
  const placeEnds = new Map(places.filter((p) => p.type === 'LOC').map((p) => [p.end, p]));
  const orgs = listed.filter((s) => s.type === 'ORG');
  centres(text, placeEnds, out);
  committees(text, orgs, out);
  assemblies(text, out);
  agencies(text, new Set(orgs.map((o) => o.end)), out);
  quotedBodies(text, out);
  leagues(text, placeEnds, out);
  latinSchools(text, out);
}

/** Manchester大学, Sciences Po学院: a Latin name glued to 大学 or 学院. */
function latinSchools(text: string, out: Span[]): void {
  for (const m of text.matchAll(/[A-Z][A-Za-z'’.-]{1,30}(?: [A-Z][A-Za-z'’.-]{1,30}){0,3}(?:大学|学院)/g)) {
    if (/[A-Za-z]/.test(text[(m.index ?? 0) - 1] ?? '')) continue;
    out.push(span(m.index ?? 0, (m.index ?? 0) + m[0].length, 'ORG', m[0], 'org-latin-school', 2));
  }
}

/** Words a rule's leftward run may swallow that say what the name is, not which (中国官方媒体 | 环球时报, 旅游景点 | 科达伦湖). */
const DESCRIPTORS = ['官方媒体', '官媒', '党媒', '景点', '胜地'];

/**
 * Cuts a LOC or ORG span after the last descriptor word or punctuation inside it (光顾香港，时代广场
 * → 时代广场), when at least two characters are left; the span's echo follows its key.
 */
export function trimLeftEdges(text: string, spans: Span[]): Span[] {
  const rekey = new Map<string, Span>();
  const trimmed = spans.map((s) => {
    if ((s.type !== 'LOC' && s.type !== 'ORG') || s.echo || s.end - s.start < 4) return s;
    const inner = text.slice(s.start, s.end);
    let cut = -1;
    for (let k = 0; k < inner.length - 2; k++) if (/[,，、;；:：!！?？。]/.test(inner[k] as string)) cut = k + 1;
    const punct = cut;
    for (const d of DESCRIPTORS) {
      const at = inner.lastIndexOf(d, inner.length - 3);
      if (at >= 0 && at + d.length > cut) cut = at + d.length;
    }
    if (cut <= 0 || inner.length - cut < (punct === cut ? 2 : 3) || !isHan(inner[cut])) return s;
    const t = span(s.start + cut, s.end, s.type, inner.slice(cut), s.rule, s.priority);
    rekey.set(s.key, t);
    return t;
  });
  return trimmed.map((s) => {
    const t = s.echo ? rekey.get(s.key) : undefined;
    return t ? { ...s, key: t.key, canonical: t.canonical } : s;
  });
}
