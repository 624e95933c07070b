// French streets, squares and sites named by a lower-case common noun and a capitalised name (la
// rue Lepic, la butte Montmartre, le quai Branly) or a date (la place du 13-Mai, le stade du
// 28-Septembre): French writes the kind of site in lower case and the name it is given with a
// capital, and the pair is the place's name (issue 11 §3, the held-out-6 class of bodies and places
// with a lower-case head; the nouns are the kind of site, never the names seen after them).
import { LETTER, LOWER, UPPER } from './latin-letters';
import { span, type Span } from './span';

const MONTHS = 'Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre';
/** Sites a street plan names (the noun stays part of the name). */
const STREETS = 'rue|avenue|boulevard|place|quai|butte|colline|esplanade|parvis|impasse|allée|cours|carrefour|rond-point';
/** Sites named after a date only here: a stadium or a bridge with another name is left to the cue rules. */
const DATED = 'stade|pont|marché|lycée|école|hôpital';
const NAME = `[${UPPER}][${LOWER}’'-]*(?:-[${UPPER}][${LOWER}]+)*`;
const DATE_NAME = `(?:1er|[0-9]{1,2})-(?:${MONTHS})`;
const SITE = new RegExp(
  `(?<![${LETTER}])(?:(?:${STREETS}) (?:(?:du|de la|des|de|de l['’]|d['’]) ?)?(?:${DATE_NAME}|${NAME}(?: ${NAME})?)|(?:${DATED}) (?:du|des) ${DATE_NAME})(?![${LETTER}0-9-])`,
  'gu',
);

/** Lower-case-headed French sites (LOC, priority 2). */
export function frenchSites(text: string, out: Span[]): void {
  for (const m of text.matchAll(SITE)) {
    const start = m.index ?? 0;
    out.push(span(start, start + m[0].length, 'LOC', m[0], 'fr-site', 2));
  }
}

/** A court named by its lower-case kind and the town it sits in (le tribunal criminel de Dixinn, la cour d'appel de Kindia). */
const COURT = new RegExp(
  `(?<![${LETTER}])(?:tribunal|cour|parquet)(?: (?:d['’]appel|de première instance|de grande instance|[${LOWER}]+(?:el|elle|if|ive|aire|al|ale)))* (?:de|d['’]) ?(${NAME})(?![${LETTER}0-9-])`,
  'gu',
);

/**
 * French courts written head + kind + the town they sit in (ORG, priority 2). French writes the
 * court in lower case and its town with a capital: the three are one body. A listed town is left to
 * the town (the gold lists Paris in le tribunal correctionnel de Paris).
 */
export function frenchCourts(text: string, out: Span[], places: Span[]): void {
  const placeStarts = new Set(places.map((p) => p.start));
  for (const m of text.matchAll(COURT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (placeStarts.has(end - (m[1] as string).length)) continue;
    out.push(span(start, end, 'ORG', m[0], 'fr-court', 2));
  }
}
