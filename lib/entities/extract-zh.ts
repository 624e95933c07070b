// The Chinese pipeline: gazetteer, cue patterns and dates over one segment of text.
import { zhLexicon } from './lexicon-zh';
import { dateSpans } from './dates';
import {
  administrationNames, countryAbbreviations, countryBodies, groupOfNations, orgSuffixes,
  parenLatinOrgs, titleNames,
} from './patterns-zh';
import { abbreviatedOrgs, cuedLatinNames, datelinePlaces, nationalBodies, parenLatinNames, reportingOutlets } from './patterns-zh-context';
import { dottedNames } from './patterns-zh-dotted';
import { companyLatinNames, diplomaticMissions } from './patterns-zh-companies';
import { bylineNames, clubsWithLatin, placesWithLatin, quotedOrgs, transliteratedStates } from './patterns-zh-cues';
import { placesBySuffix } from './patterns-zh-places';
import type { Span } from './span';

/** All candidate spans of one folded segment (overlapping; resolution happens later). */
export function zhCandidates(folded: string): Span[] {
  // Half-width brackets read like full-width ones (瑞幸咖啡(Luckin Coffee)); same length, same offsets.
  const text = folded.replace(/\(/g, '（').replace(/\)/g, '）');
  const lex = zhLexicon();
  const out: Span[] = [];
  const listed = lex.dict.scan(text);
  out.push(...listed);
  const abbrev: Span[] = [];
  countryAbbreviations(text, lex, abbrev);
  out.push(...abbrev);
  const places = [...listed, ...abbrev];
  const suffixed: Span[] = [];
  placesBySuffix(text, lex, places, suffixed);
  out.push(...suffixed);
  places.push(...suffixed);
  countryBodies(text, lex, places, out);
  orgSuffixes(text, places, out, lex.countries);
  groupOfNations(text, lex, out);
  dottedNames(text, out);
  titleNames(text, lex, out);
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
  // 外交部长, 水文局长: an office, not the ministry itself.
  return out.filter(
    (s) =>
      !(s.type === 'ORG' && /[部局署厅院]$/.test(s.canonical) && /[长官]/.test(text[s.end] ?? '')) &&
      !(s.rule.startsWith('org-suffix') && cuedStarts.has(s.end)),
  );
}
