// The shape rules of French and English sequences with no person cue (issue 11 §3): what the
// words around or inside a capitalised sequence say about its type. Used by extract-latin.ts.
import { ORG_WORDS_LATIN } from './gazetteer-latin';
import {
  ARTICLE_BEFORE, CLUB_SHAPE, ORG_NOUN_AFTER, PLACE_NOUN_AFTER, PLACE_NOUN_AFTER_BARE, PLACE_PREPOSITION_BEFORE,
  PLACE_TAILS, PRESS_WORDS, THING_WORDS,
} from './latin-shapes';
import { span, type Span } from './span';

/** Company words that type a capitalised sequence as an organisation (Samsung Electronics). */
export const COMPANY_WORDS_LATIN = /\b(?:Electronics|Motors?|Holdings?|Technologies|Technology|Systems|Industries|Energy|Pharma|Pharmaceuticals|Telecom|Capital|Partners|Media|Bancorp|Petroleum|Steel|Chemicals|Automotive|Mining|Resources|Minerals|Logistics|Shipping|Insurance|Solutions|Breweries|Cement)\b/u;

/**
 * What the words around or inside a sequence with no listed place say (null: nothing is output,
 * undefined: no shape applies, the usual rules go on). Organisation words are checked first.
 */
export function byShape(text: string, start: number, end: number, surface: string, words: number, cue: boolean, hasPlace: boolean): Span | null | undefined {
  if (cue || ORG_WORDS_LATIN.test(surface) || COMPANY_WORDS_LATIN.test(surface)) return undefined;
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 24), start);
  const loc = (e: number, rule: string): Span => span(start, e, 'LOC', text.slice(start, e), rule, 2);
  if (THING_WORDS.test(surface)) return null;
  const org = (rule: string): Span => span(start, end, 'ORG', surface, rule, 2);
  if (CLUB_SHAPE.test(surface) || PRESS_WORDS.test(surface)) return org('cap-org-shape');
  if (ORG_NOUN_AFTER.test(after)) return org('cap-org-noun');
  // Jama'at Nusrat al-Islam wal-Muslimin (JNIM): an upper-case acronym in brackets follows a body, not a person.
  if (words >= 2 && /^ \(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)/u.test(text.slice(end, end + 14))) return org('cap-org-acronym');
  const noun = PLACE_NOUN_AFTER.exec(after);
  if (noun) return loc(end + noun[0].length, 'cap-place-noun');
  if (PLACE_NOUN_AFTER_BARE.test(after)) return loc(end, 'cap-place-noun');
  if (words < 2) return undefined;
  if (PLACE_TAILS.test(surface)) return loc(end, 'cap-place-tail');
  const possessive = /^[’']s\b/u.test(after);
  if (!possessive && PLACE_PREPOSITION_BEFORE.test(before)) return loc(end, 'cap-place-preposition');
  if (!possessive && !hasPlace && ARTICLE_BEFORE.test(before)) return { ...loc(end, 'cap-place-article'), priority: 1 };
  return undefined;
}
