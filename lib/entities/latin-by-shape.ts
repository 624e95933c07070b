// The shape rules of French and English sequences with no person cue (issue 11 §3): what the
// words around or inside a capitalised sequence say about its type. Used by extract-latin.ts.
import { ORG_WORDS_LATIN } from './gazetteer-latin';
import {
  ARTICLE_BEFORE, CLUB_SHAPE, ORG_NOUN_AFTER, PLACE_NOUN_AFTER, PLACE_NOUN_AFTER_BARE, PLACE_PREPOSITION_BEFORE,
  PLACE_TAILS, PRESS_WORDS, THING_WORDS,
} from './latin-shapes';
import { CAMEL_BRAND } from './latin-context';
import { LETTER, LOWER, UPPER } from './latin-letters';
import { span, type Span } from './span';

/** Last words of laws, treaties and plans: things, not bodies (Digital Services Act, Paris Agreement). */
const THING_LAST = /\s(?:Act|Agreement|Treaty|Accord|Charter|Convention|Pact|Plan|Protocol|Directive|Bill)$/u;

/** Company words that type a capitalised sequence as an organisation (Samsung Electronics). */
export const COMPANY_WORDS_LATIN = /\b(?:Electronics|Motors?|Holdings?|Technologies|Technology|Systems|Industries|Energy|Pharma|Pharmaceuticals|Telecom|Capital|Partners|Media|Bancorp|Petroleum|Steel|Chemicals|Automotive|Mining|Resources|Minerals|Logistics|Shipping|Insurance|Solutions|Breweries|Cement)\b/u;

/**
 * What the words around or inside a sequence with no listed place say (null: nothing is output,
 * undefined: no shape applies, the usual rules go on). Organisation words are checked first.
 */
export function byShape(text: string, start: number, end: number, surface: string, words: number, cue: boolean, hasPlace: boolean): Span | null | undefined {
  // The Digital Services Act: a law or a treaty is named by its last word, whatever words come before.
  if (THING_LAST.test(surface)) return null;
  if (cue || ORG_WORDS_LATIN.test(surface) || COMPANY_WORDS_LATIN.test(surface)) return undefined;
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 24), start);
  const loc = (e: number, rule: string): Span => span(start, e, 'LOC', text.slice(start, e), rule, 2);
  if (THING_WORDS.test(surface)) return null;
  // Tour de France, Rallye du Maroc: a race named after the land it crosses is an event, not a person.
  if (RACE_OF_PLACE.test(surface)) return null;
  const org = (rule: string): Span => span(start, end, 'ORG', surface, rule, 2);
  if (CLUB_SHAPE.test(surface) || PRESS_WORDS.test(surface)) return org('cap-org-shape');
  // ASEC Mimosas, BNP Paribas: an acronym of three letters or more opening a name is a body's (initials
  // of a person are two: JD Vance).
  if (ACRONYM_FIRST.test(surface)) return org('cap-org-acronym-first');
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
  // the leader of the Samagi Jana Balawegaya, a member of the Progressive Front: what a person
  // leads or belongs to, named after "of the", is a body, not a place.
  if (!possessive && !hasPlace && MEMBER_OF.test(text.slice(Math.max(0, start - 64), start))) return org('cap-org-member-of');
  // a ceremony at Old Billingsgate in London: "at" a name that is itself "in" a place is a site.
  if (!possessive && !hasPlace && /(?:^|\s)at\s+$/u.test(before) && AT_SITE_AFTER.test(after)) return loc(end, 'cap-place-site');
  if (!possessive && !hasPlace && ARTICLE_BEFORE.test(before)) return { ...loc(end, 'cap-place-article'), priority: 1 };
  return undefined;
}

/** A leader, head or member of a group, then "of the" right before the sequence. */
const MEMBER_OF = /(?<![A-Za-z])(?:leader|leaders|head|member|members|chairman|chairwoman|chair|founder|co-founder|candidate|spokesman|spokeswoman|spokesperson|lawmaker|MP|MPs)(?![A-Za-z])[^.;:()]{0,40}\sof the\s+$/u;
/** "in" and a capitalised place after a site's name (at X in London, at X, in Cheshire). */
const AT_SITE_AFTER = new RegExp(`^,? in [${UPPER}]`, 'u');

/** A race's kind, then de + the land it crosses. */
const RACE_OF_PLACE = /^(?:Tour|Rallye|Rally|Giro|Vuelta|Marathon|Semi-marathon) (?:de|du|des|d['’]|of) /u;

/** Ministerial portfolios written before a title (Economy Minister, Commerce Secretary): no name of their own here. */
const PORTFOLIO = /^(?:Economy|Finance|Foreign|Defence|Defense|Interior|Justice|Health|Trade|Commerce|Energy|Education|Agriculture|Labour|Labor|Transport|Environment|Culture|Treasury|Home|Sports?|Industry|Mines|Budget|Security|Information)$/u;

/**
 * The words before a title (World Athletics president Sebastian Coe): the body the person leads or
 * serves, never a person. A portfolio alone is left out; a person read there becomes the body.
 */
export function byTitle(text: string, toks: Array<[number, number]>, out: Span[], places: Span[], classify: (text: string, toks: Array<[number, number]>, out: Span[], places: Span[]) => void): void {
  const first = toks[0] as [number, number];
  const last = toks[toks.length - 1] as [number, number];
  // Economy Minister, Agriculture Cabinet Secretary: a portfolio first is no name of its own.
  if (PORTFOLIO.test(text.slice(first[0], first[1]))) return;
  const own: Span[] = [];
  classify(text, toks, own, places);
  for (const s of own) {
    if (s.type !== 'PER') out.push(s);
    else if (s.end === last[1] && /\s/u.test(s.canonical)) out.push({ ...span(s.start, s.end, 'ORG', s.canonical, 'cap-org-title', 2) });
  }
}

/** A lower-case title and a capitalised name after a sequence (World Athletics president Sebastian Coe). */
const ROLE_AFTER = new RegExp(`^ (?:president|chief|boss|head|chairman|chairwoman|chief executive|spokesman|spokeswoman|director|leader|coach|président|présidente|patron|patronne|directeur|directrice|dirigeant|entraîneur|porte-parole) [${UPPER}]`, 'u');

/** First words of a place built on a geographic word (Mount Lewotobi, Lower Saxony, East Flores, Lake Kivu). */
const GEOGRAPHIC_PREFIX = new RegExp(`^(?:Mount|Mont|Lake|Lac|Cape|Gulf|East|West|North|South|Upper|Lower|Port|Fort|Saint|Sainte|San|Santa)\\s[${UPPER}]`, 'u');
/** French place names join their words with these particles; a person's hyphenated name never does. */
const PLACE_PARTICLES = '(?:du|de|des|la|le|les|lès|lez|sur|sous|en|aux|au|et|d\'|l\')';
/** One word of capitalised parts joined by hyphens (Saint-Nazaire, Philippe-Chatrier). */
const HYPHENATED_NAME = new RegExp(`^[${UPPER}][${LOWER}]+(?:-(?:${PLACE_PARTICLES}-)?[${UPPER}][${LOWER}]+)+$`, 'u');
/** A lower-case particle between hyphens (Bouches-du-Rhône, Saint-Paul-lez-Durance, Châlons-en-Champagne). */
const PARTICLE_HYPHEN = new RegExp(`-${PLACE_PARTICLES}-[${UPPER}]`, 'u');
/** An acronym of three letters or more, then a capitalised word. */
const ACRONYM_FIRST = new RegExp(`^[A-Z]{3,}\\s[${UPPER}][${LOWER}]`, 'u');
/** Last words of companies named for what they trade (Telcar Cocoa, Barrick Gold). */
const TRADE_TAIL = /\s(?:Cocoa|Gold|Oil|Gas|Foods|Cotton|Sugar|Rubber)$/u;
/** Three capitalised parts joined by hyphens, or a hyphen before an upper-case code. */
const SPONSOR_CHAIN = new RegExp(`[${UPPER}][${LOWER}]+-[${UPPER}][${LETTER}]+-[${UPPER}]|[${LOWER}]-[A-Z]{2,}(?![${LETTER}])`, 'u');
/** French compound given names: one of them alone is a person (Jean-Pierre), not a place. */
const NOT_HYPHEN_PLACE = /^(?:Al|El|Abu|Abou|Ben|Ibn|Bin|Abd|Abdel|Jean|Marie|Anne|Pierre|Jean-Marie)-/u;

/**
 * Sequences with no person cue whose shape says they are not a person (issue 11 §3: a person needs a
 * given name, a title or a verb of saying). undefined: no shape applies.
 */
export function withoutPersonShape(text: string, surface: string, start: number, end: number, cue: boolean): Span | null | undefined {
  if (cue) return undefined;
  // World Athletics president Sebastian Coe, IG Metall chief …: a name before a lower-case title and
  // a name is the body that person leads.
  if (!/^[A-ZÀ-ÖØ-Þ][’']/u.test(surface) && ROLE_AFTER.test(text.slice(end, end + 40))) return span(start, end, 'ORG', surface, 'cap-org-role', 2);
  const org = (rule: string): Span => span(start, end, 'ORG', surface, rule, 2);
  // Saint-Nazaire, Roland-Garros, le court Philippe-Chatrier: one hyphenated word alone names a place
  // (French places and venues join their words); weak, so a person's surname found elsewhere wins.
  // Bouches-du-Rhône, Saint-Paul-lez-Durance: a particle between hyphens makes it a place for sure.
  if (surface.includes('-') && HYPHENATED_NAME.test(surface) && !NOT_HYPHEN_PLACE.test(surface)) return span(start, end, 'LOC', surface, 'cap-hyphen-place', PARTICLE_HYPHEN.test(surface) ? 2 : 0);
  if (/\s&\s/u.test(surface)) return org('cap-org-ampersand');
  // Red Bull-Bora-Hansgrohe, UAE Team Emirates-XRG: brands chained by hyphens in a name of several
  // words, or a hyphen before a code, name a sponsored team; a person chains at most two surnames.
  if (/\s/u.test(surface) && SPONSOR_CHAIN.test(surface)) return org('cap-org-sponsors');
  if (surface.split(/\s+/u).some((w) => CAMEL_BRAND.test(w))) return org('cap-org-brand');
  if (TRADE_TAIL.test(surface)) return org('cap-org-trade');
  if (GEOGRAPHIC_PREFIX.test(surface) && !ORG_WORDS_LATIN.test(surface) && !COMPANY_WORDS_LATIN.test(surface) && !PRESS_WORDS.test(surface)) return span(start, end, 'LOC', surface, 'cap-place-prefix', 2);
  return undefined;
}
