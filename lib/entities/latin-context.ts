// One unknown capitalised word, alone, typed by the words around it (issue 11 §3): French and
// English news introduce an unfamiliar name with what it is. Written from the misses of held-out-5
// (seen), fresh-latin and fresh-latin-2 half A; half B checks them. Each rule has a linguistic
// reason, none lists a name:
// - apposition to a place: "Darmstadt, en Allemagne", "Mirebalais, à 60 kilomètres de …", "Niamey,
//   the capital" → LOC; what only a state has: "Kiribati's government" → LOC;
// - apposition to a kind of body: "la Jirama, la compagnie publique …" → ORG;
// - coordination shares the type: "Virgin Australia and Jetstar", "between Bali and Australia";
// - a facility or a treaty "de" a name: "la centrale de Volobe", "l'accord de Bougival" → LOC;
//   "its Osnabrück plant", "ports at Balboa" → LOC;
// - a word with a capital inside (GoldBod, BlackRock) is a brand → ORG;
// - a role, the name between commas, a verb of saying: "The head of …, Suharyanto, said" → PER;
// - a source after an inverted verb of saying or selon / according to: "a indiqué Arianespace" → ORG.
// Spans are weak (priority 0 or 1): any list, cue or propagated person of the same span wins.
import { CAPITALISED_STOPWORDS, DEMONYMS_LATIN } from './gazetteer-latin';
import { MORE_DEMONYMS, MORE_STOPWORDS } from './latin-shapes';
import { LETTER, LOWER, UPPER } from './latin-letters';
import { isWordChar, span, type Span } from './span';

const SKIP = new Set([...CAPITALISED_STOPWORDS, ...MORE_STOPWORDS, ...DEMONYMS_LATIN, ...MORE_DEMONYMS]);
/** A capitalised word; standing alone is checked around it (no capitalised neighbour, nothing glued to it). */
const CAPITALISED = new RegExp(`[${UPPER}][${LETTER}'’-]*[${LETTER}]`, 'gu');
/** Upper-case letter (any script with case), checked without a Unicode class. */
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
/** Letters, digits and the joiners of a name: a word glued to these is not alone. */
const isNameChar = (c: string | undefined): boolean => c !== undefined && (isWordChar(c) || "'’.&-".includes(c));
/** The word before, across one space, is capitalised ("Virgin Australia" is one name, not Australia alone). */
function capitalisedWordBefore(text: string, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  let i = start - 2;
  while (i >= 0 && isNameChar(text[i]) && text[i] !== '.') i--;
  return i < start - 2 && isUpper(text[i + 1]);
}

const PLACE_APPOSITION = /^(?:, (?:en |au |aux |à |dans (?:le |la |les |l['’])|près de |non loin de |in |near )| \()/u;
const DISTANCE_APPOSITION = /^, (?:à |at |about |some )?[^,.;]{0,40}?(?:kilomètres|km|kilometres|kilometers|miles) (?:de |d['’]|from |of |au |north|south|east|west)/u;
/** Apposition to a kind of place (Niamey, the capital; Loulé, une petite ville), or that kind right before (the capital Niamey). */
const PLACE_KIND_APPOSITION = /^, (?:the|a|an|la|le|l['’]|une|un) (?:[^\s,.;]+ )?(?:[^\s,.;]+ )?(?:capital|city|town|village|port|region|province|district|island|suburb|capitale|ville|localité|région|île|commune|bourgade|banlieue)(?![^\s,.;:!?)])/u;
const PLACE_KIND_BEFORE = /(?<![^\s(«"“'’])(?:capital|capitale|port city of|the city of|la ville de)(?:,)? $/u;
/** A possessive before what only a country or a region has (Kiribati's government, Niger's junta). */
const STATE_AFTER_POSSESSIVE = /^[’']s (?:(?:military|interim|new|former|current|transitional) )?(?:government|army|military|parliament|capital|president|prime minister|foreign minister|navy|coast guard|junta|constitution|economy|population|border|borders|electoral commission)(?![^\s,.;:!?)])/u;
export const BODY_APPOSITION = /^, (?:la|le|l['’]|the|a|an|une|un) (?:[^\s,.;]+ )?(?:[^\s,.;]+ )?(?:compagnie|société|entreprise|groupe|firme|opérateur|company|firm|group|operator|carrier|airline|agence|agency|syndicat|union|parti|party|banque|bank|constructeur|fabricant|maker|coalition|milice|militia|ONG|NGO|charity|watchdog|association|fondation|foundation|institute|institut|organisation|organization|think tank|start-up|startup|subsidiary|filiale|service|office|authority|regulator|broadcaster|newspaper|daily|quotidien|chaîne|channel|institution)(?![^\s,.;:!?)])/u;
const FACILITY_DE = /(?<![^\s(«"“'’])(?:centrale|usine|mine|barrage|raffinerie|gisement|aéroport|prison|base|site|commune|localité|accords?|traité|convention|protocole|processus)(?: [^\s,.;]+)?(?: [^\s,.;]+)? (?:de |d['’])$/u;
const FACILITY_AT = /(?<![^\s(«"“'’])(?:ports?|plants?|factory|factories|bases?|terminals?|mines?|refinery|refineries) (?:at|in|near) $/u;
const OWN_FACILITY = [/(?<![^\s(«"“'’])(?:its|their) $/u, /^ (?:plant|factory|site|mine|refinery|facility|plants|factories)(?![^\s,.;:!?)])/u] as const;
const PLURAL_PLACE_NOUN = /^ (?:and|et) [^\s,.;]+ (?:rivers|lakes|islands|provinces|regions|valleys|mountains)(?![^\s,.;:!?)])|^ (?:rivers|lakes|islands|provinces|regions|valleys|mountains)(?![^\s,.;:!?)])/u;
const ROLE_BEFORE = /(?<![^\s(«"“'’])(?:head|chief|spokesman|spokeswoman|spokesperson|director|leader|commander|governor|mayor|minister|chef|directeur|directrice|porte-parole|dirigeant|dirigeante|gouverneur|maire)(?![^\s,.;:!?)])[^.;!?]{0,60}, $/u;
const SAYING_AFTER = /^, (?:said|says|told|added|a déclaré|a dit|a affirmé|a indiqué|a expliqué|a précisé|a annoncé|affirme|estime|explique)(?![^\s,.;:!?)])/u;
/**
 * A source named by one word after an inverted verb of saying or "selon" (a indiqué Arianespace, selon
 * Reuters): news names a person in full first, so one unknown word there is a body. Weak: a person's
 * surname named in full earlier wins (propagation).
 */
const SOURCE_BEFORE = /(?:, (?:a |ont )?(?:indiqué|annoncé|précisé|affirmé|expliqué|fait savoir|rapporté|indique|annonce|précise|rapporte)|(?<![^\s(«"“'’])(?:selon|d['’]après|according to)) $/u;
/** A capital inside the word after two lower-case letters: a brand (GoldBod, BlackRock), not McCarthy or DeSantis. */
export const CAMEL_BRAND = new RegExp(`^(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[${UPPER}][${LOWER}]{2,}[${UPPER}][${LOWER}]`, 'u');

/** Types unknown capitalised words standing alone by their context. */
export function namesByContext(text: string, out: Span[]): void {
  const cover = new Uint8Array(text.length + 1);
  for (const s of out) cover.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  const named = out.filter((s) => s.type === 'LOC' || s.type === 'ORG');
  // The span that would win at each start or end: longer, then higher priority (as resolveOverlaps).
  const strongest = named.sort((a, b) => a.end - a.start - (b.end - b.start) || a.priority - b.priority);
  const startsAt = new Map(strongest.map((s) => [s.start, s]));
  const endsAt = new Map(strongest.map((s) => [s.end, s]));
  const found: Span[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const start = m.index ?? 0;
    const word = m[0];
    const end = start + word.length;
    if (word.length < 3 || cover[start] === 1 || cover[end - 1] === 1 || isNameChar(text[start - 1]) || SKIP.has(word) || word === word.toUpperCase()) continue;
    if (/[’']s$/u.test(word)) {
      // Kiribati's government: the possessive is no part of the name.
      if (!SKIP.has(word.slice(0, -2)) && !capitalisedWordBefore(text, start) && STATE_AFTER_POSSESSIVE.test(text.slice(end - 2, end + 48))) found.push(span(start, end - 2, 'LOC', word.slice(0, -2), 'ctx-state-possessive', 0));
      continue;
    }
    // Alone: nothing glued after it, no capitalised word next to it, no possessive.
    const next = text[end];
    if ((next !== undefined && (isWordChar(next) || next === '&' || next === '-')) || (next === ' ' && isUpper(text[end + 1])) || ((next === "'" || next === '’') && text[end + 1] === 's') || capitalisedWordBefore(text, start)) continue;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 90), start);
    const push = (type: 'LOC' | 'ORG' | 'PER', rule: string, priority = 0): void => {
      const s = span(start, end, type, word, rule, priority);
      found.push(s);
      // Balboa and Cristóbal: a word typed here types the next one coordinated with it.
      if (type !== 'PER') endsAt.set(end, s);
    };
    const appositionTo = PLACE_APPOSITION.exec(after);
    const placeAfter = appositionTo ? startsAt.get(end + appositionTo[0].length) : undefined;
    if (placeAfter?.type === 'LOC' || DISTANCE_APPOSITION.test(after) || PLACE_KIND_APPOSITION.test(after) || PLACE_KIND_BEFORE.test(before)) push('LOC', 'ctx-apposition-place');
    else if (BODY_APPOSITION.test(after)) push('ORG', 'ctx-apposition-body');
    else if (FACILITY_DE.test(before) || FACILITY_AT.test(before) || (OWN_FACILITY[0].test(before) && OWN_FACILITY[1].test(after)) || PLURAL_PLACE_NOUN.test(after)) push('LOC', 'ctx-facility');
    else if (CAMEL_BRAND.test(word)) push('ORG', 'ctx-brand', 1);
    else if (ROLE_BEFORE.test(before) && SAYING_AFTER.test(after)) push('PER', 'ctx-role-saying', 1);
    else if (SOURCE_BEFORE.test(before)) push('ORG', 'ctx-source');
    else {
      // Coordination: the neighbour joined by and/et/or/ou gives its type.
      // Beyla et de Kérouané, Yopougon et d'Abobo: the preposition is repeated after the conjunction.
      const conjBefore = /(?: (?:and|et|or|ou)(?: de| of)? | (?:et|ou) d['’])$/u.exec(text.slice(Math.max(0, start - 9), start));
      const conjAfter = /^ (?:and|et|or|ou) (?:de |of |d['’])?/u.exec(after);
      const neighbour = (conjBefore ? endsAt.get(start - conjBefore[0].length) : undefined) ?? (conjAfter ? startsAt.get(end + conjAfter[0].length) : undefined);
      if (neighbour && (neighbour.type === 'LOC' || neighbour.type === 'ORG')) push(neighbour.type, 'ctx-coordination');
    }
  }
  out.push(...found);
}
