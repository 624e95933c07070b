// The Chinese pipeline: gazetteer, cue patterns and dates over one segment of text.
import { zhLexicon } from './lexicon-zh';
import { dateSpans } from './dates';
import {
  administrationNames, countryAbbreviations, countryBodies, groupOfNations, latinParen,
  parenLatinOrgs,
} from './patterns-zh';
import { titleNames } from './patterns-zh-titles';
import { abbreviatedOrgs, cuedLatinNames, datelinePlaces, nationalBodies, parenLatinNames, reportingOutlets } from './patterns-zh-context';
import { dottedNames } from './patterns-zh-dotted';
import { japaneseNames } from './patterns-zh-japanese';
import { bracketedPeople, relatedNames, speakerNames } from './patterns-zh-untitled';
import { companyLatinNames, diplomaticMissions } from './patterns-zh-companies';
import { bylineNames, clubsWithLatin, placesWithLatin, quotedOrgs, transliteratedStates } from './patterns-zh-cues';
import { placesBySuffix } from './patterns-zh-places';
import { japaneseMinistries, namedFacilities, stationedForces } from './patterns-zh-facilities';
import { waterNames } from './patterns-zh-waters';
import { bareLatinNames } from './patterns-zh-latin';
import { acronymOrgs, orgSuffixes } from './patterns-zh-org-suffixes';
import { publicBodies, trimLeftEdges } from './patterns-zh-bodies';
import { isHan, type Span } from './span';

/** All candidate spans of one folded segment (overlapping; resolution happens later). */
export function zhCandidates(folded: string): Span[] {
  // Half-width brackets read like full-width ones (瑞幸咖啡(Luckin Coffee)); same length, same offsets.
  const text = folded.replace(/\(/g, '（').replace(/\)/g, '）');
  const lex = zhLexicon();
  const out: Span[] = [];
  const listed = lex.dict.scan(text);
  // 以南非洲: the list reads 南非, but 南 closes 以南; the place starts one character later.
  for (const [k, s] of [...listed.entries()].reverse()) {
    if (s.type !== 'LOC' || text[s.start - 1] !== '以' || !/[东南西北]/.test(text[s.start] ?? '')) continue;
    const from = s.start + 1;
    const again = lex.dict.scan(text.slice(from, from + 8)).filter((x) => x.start === 0);
    listed.splice(k, 1, ...again.map((x) => ({ ...x, start: x.start + from, end: x.end + from })));
  }
  out.push(...listed);
  // 蓬佩奥（Mike Pompeo）: a listed name's bracketed Latin form is its echo, whole (not Pompeo alone).
  for (const s of listed) {
    if (!isHan(text[s.end - 1]) || text[s.end] !== '（') continue;
    const p = latinParen(text, s.end);
    if (p && p.latin.includes(' ')) out.push({ ...s, start: p.start, end: p.end, rule: `${s.rule}-echo`, priority: 3, echo: true });
  }
  const abbrev: Span[] = [];
  countryAbbreviations(text, lex, abbrev);
  out.push(...abbrev);
  const places = [...listed, ...abbrev];
  const suffixed: Span[] = [];
  placesBySuffix(text, lex, places, suffixed);
  out.push(...suffixed);
  places.push(...suffixed);
  waterNames(text, places, out);
  countryBodies(text, lex, places, out);
  orgSuffixes(text, places, out, lex.countries);
  publicBodies(text, places, listed, out);
  namedFacilities(text, places, lex.countries, out);
  japaneseMinistries(text, places, out);
  stationedForces(text, out);
  acronymOrgs(text, places, lex.countries, out);
  bareLatinNames(text, lex, out);
  groupOfNations(text, lex, out);
  dottedNames(text, out);
  titleNames(text, lex, out);
  japaneseNames(text, lex, out);
  bracketedPeople(text, lex, out);
  speakerNames(text, lex, out);
  relatedNames(text, lex, out);
  parenLatinNames(text, lex, out);
  parenLatinOrgs(text, places, out);
  companyLatinNames(text, lex, places, out);
  diplomaticMissions(text, places, out);
  administrationNames(text, lex, out);
  bylineNames(text, out);
  placesWithLatin(text, lex, out);
  clubsWithLatin(text, lex, out);
  quotedOrgs(text, out);
  transliteratedStates(text, lex, out);
  cuedLatinNames(text, lex, out);
  datelinePlaces(text, lex, out);
  reportingOutlets(text, lex, out);
  abbreviatedOrgs(text, lex, places, out);
  nationalBodies(text, lex, out);
  dateSpans(text, 'zh', out);
  // 咖啡连锁公司瑞幸咖啡(Luckin Coffee): a suffix phrase right before a cued company is its descriptor.
  const cuedStarts = new Set(out.filter((s) => (s.rule === 'cue-latin-org' || (s.rule === 'org-list' && s.end - s.start >= 2)) && !s.echo).map((s) => s.start));
  // 旅游公司「布鲁克斯水上飞机」: the same for a quoted name (the quote mark between them).
  for (const s of out) if (s.rule === 'org-quoted') cuedStarts.add(s.start - 1);
  // 外交部长, 水文局长: an office, not the ministry itself; 以南非洲: 南 belongs to 以南, not to a place.
  return trimLeftEdges(text, out).filter(
    (s) =>
      !(s.type === 'LOC' && text[s.start - 1] === '以' && /[东南西北]/.test(text[s.start] ?? '')) &&
      !(s.type === 'ORG' && /[部局署厅院]$/.test(s.canonical) && /[长官]/.test(text[s.end] ?? '')) &&
      !(s.rule.startsWith('org-suffix') && cuedStarts.has(s.end)),
  );
}
