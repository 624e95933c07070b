// One unknown capitalised word, alone, typed by the words around it (issue 11 §3): French and
// English news introduce an unfamiliar name with what it is. Written from the misses of held-out-5
// (seen), fresh-latin and fresh-latin-2 half A; half B checks them. Each rule has a linguistic
// reason, none lists a name:
// - apposition to a place: "Darmstadt, en Allemagne", "Mirebalais, à 60 kilomètres de …" → LOC;
// - apposition to a kind of body: "la Jirama, la compagnie publique …" → ORG;
// - coordination shares the type: "Virgin Australia and Jetstar", "between Bali and Australia";
// - a facility or a treaty "de" a name: "la centrale de Volobe", "l'accord de Bougival" → LOC;
//   "its Osnabrück plant", "ports at Balboa" → LOC;
// - a word with a capital inside (GoldBod, BlackRock) is a brand → ORG;
// - a role, the name between commas, a verb of saying: "The head of …, Suharyanto, said" → PER.
// Spans are weak (priority 0 or 1): any list, cue or propagated person of the same span wins.
import { CAPITALISED_STOPWORDS, DEMONYMS_LATIN } from './gazetteer-latin';
import { MORE_DEMONYMS, MORE_STOPWORDS } from './latin-shapes';
import { span, type Span } from './span';

const SKIP = new Set([...CAPITALISED_STOPWORDS, ...MORE_STOPWORDS, ...DEMONYMS_LATIN, ...MORE_DEMONYMS]);
/** One capitalised word standing alone (no capitalised neighbour, no digit glued to it). */
const ALONE = /(?<![\p{L}\p{M}\p{N}'’.&-])(?<!\p{Lu}[\p{L}\p{M}'’-]* )\p{Lu}[\p{L}\p{M}'’-]*[\p{L}\p{M}](?![\p{L}\p{M}\p{N}&-])(?! \p{Lu})(?![’']s\b)/gu;

const PLACE_APPOSITION = /^(?:, (?:en |au |aux |à |dans (?:le |la |les |l['’])|près de |non loin de |in |near )| \()/u;
const DISTANCE_APPOSITION = /^, (?:à |at |about |some )?[^,.;]{0,40}?(?:kilomètres|km|kilometres|kilometers|miles) (?:de |d['’]|from |of |au |north|south|east|west)/u;
const BODY_APPOSITION = /^, (?:la|le|l['’]|the|a|an|une|un) (?:[\p{Ll}-]+ ){0,2}(?:compagnie|société|entreprise|groupe|firme|opérateur|company|firm|group|operator|carrier|airline|agence|agency|syndicat|union|parti|party|banque|bank|constructeur|fabricant|maker|coalition|milice|militia)(?![\p{L}\p{M}’'])/u;
const COORDINATION_AFTER = /^ (?:and|et|or|ou) $/u;
const FACILITY_DE = /(?<![\p{L}\p{M}])(?:centrale|usine|mine|barrage|raffinerie|gisement|aéroport|prison|base|site|commune|localité|accords?|traité|convention|protocole|processus)(?: [\p{Ll}'’-]+){0,2} (?:de |d['’])$/u;
const FACILITY_AT = /(?<![\p{L}\p{M}])(?:ports?|plants?|factory|factories|bases?|terminals?|mines?|refinery|refineries) (?:at|in|near) $/u;
const OWN_FACILITY = [/(?<![\p{L}\p{M}])(?:its|their) $/u, /^ (?:plant|factory|site|mine|refinery|facility|plants|factories)(?![\p{L}\p{M}])/u] as const;
const PLURAL_PLACE_NOUN = /^ (?:and|et) \p{Lu}[\p{L}\p{M}'’-]+ (?:rivers|lakes|islands|provinces|regions|valleys|mountains)(?![\p{L}\p{M}])|^ (?:rivers|lakes|islands|provinces|regions|valleys|mountains)(?![\p{L}\p{M}])/u;
const ROLE_BEFORE = /(?<![\p{L}\p{M}])(?:head|chief|spokesman|spokeswoman|spokesperson|director|leader|commander|governor|mayor|minister|chef|directeur|directrice|porte-parole|dirigeant|dirigeante|gouverneur|maire)(?![\p{L}\p{M}])[^.;!?]{0,60}, $/iu;
const SAYING_AFTER = /^, (?:said|says|told|added|a déclaré|a dit|a affirmé|a indiqué|a expliqué|a précisé|a annoncé|affirme|estime|explique)(?![\p{L}\p{M}])/u;
/** A capital inside the word after two lower-case letters: a brand (GoldBod, BlackRock), not McCarthy or DeSantis. */
export const CAMEL_BRAND = /^(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;

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
  for (const m of text.matchAll(ALONE)) {
    const start = m.index ?? 0;
    const word = m[0];
    const end = start + word.length;
    if (word.length < 3 || SKIP.has(word) || /^\p{Lu}+$/u.test(word) || cover.subarray(start, end).some((c) => c === 1)) continue;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 90), start);
    const push = (type: 'LOC' | 'ORG' | 'PER', rule: string, priority = 0): void => {
      found.push(span(start, end, type, word, rule, priority));
    };
    const appositionTo = PLACE_APPOSITION.exec(after);
    const placeAfter = appositionTo ? startsAt.get(end + appositionTo[0].length) : undefined;
    if (placeAfter?.type === 'LOC' || DISTANCE_APPOSITION.test(after)) push('LOC', 'ctx-apposition-place');
    else if (BODY_APPOSITION.test(after)) push('ORG', 'ctx-apposition-body');
    else if (FACILITY_DE.test(before) || FACILITY_AT.test(before) || (OWN_FACILITY[0].test(before) && OWN_FACILITY[1].test(after)) || PLURAL_PLACE_NOUN.test(after)) push('LOC', 'ctx-facility');
    else if (CAMEL_BRAND.test(word)) push('ORG', 'ctx-brand', 1);
    else if (ROLE_BEFORE.test(before) && SAYING_AFTER.test(after)) push('PER', 'ctx-role-saying', 1);
    else {
      // Coordination: the neighbour joined by and/et/or/ou gives its type.
      const conjBefore = / (?:and|et|or|ou) $/u.exec(text.slice(Math.max(0, start - 5), start));
      const conjAfter = /^ (?:and|et|or|ou) /u.exec(after);
      const neighbour = (conjBefore ? endsAt.get(start - conjBefore[0].length) : undefined) ?? (conjAfter ? startsAt.get(end + conjAfter[0].length) : undefined);
      if (neighbour && (neighbour.type === 'LOC' || neighbour.type === 'ORG')) push(neighbour.type, 'ctx-coordination');
    }
  }
  out.push(...found);
}
