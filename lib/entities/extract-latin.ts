// The French / English pipeline: Intl region names + hand lists, capitalised sequences with title
// stripping, and dates. One dictionary serves both languages (names cross: Pékin / Beijing).
import { Dictionary } from './matcher';
import { regionNames } from './regions';
import { dateSpans } from './dates';
import { frenchBodies, frenchPlacesAndOffices, placesAfterPreposition } from './patterns-fr-orgs';
import { BODY_APPOSITION, namesByContext } from './latin-context';
import { isWordChar, span, type Span } from './span';
import {
  CAPITALISED_STOPWORDS, DEMONYMS_LATIN, ORGANISATIONS_LATIN, ORG_WORDS_LATIN, PERSON_CUES_LATIN,
  PERSON_TITLES_LATIN, PLACES_LATIN,
} from './gazetteer-latin';
import { DEMONYMS_LATIN_MORE, ORGANISATIONS_LATIN_MORE } from './gazetteer-latin-more';
import { PLACES_LATIN_MORE } from './gazetteer-latin-places';
import { ORGANISATIONS_LATIN_WORLD, PLACES_LATIN_WORLD } from './gazetteer-latin-world';
import { byShape, byTitle, COMPANY_WORDS_LATIN, withoutPersonShape } from './latin-by-shape';
import {
  ARTICLE_BEFORE, BODY_OF_COUNTRY, CODE_NAME, COMPASS, COMPETITION_BEFORE, COMPOUND_ADJECTIVE, GIVEN_NAME_PLACES, HYPHENATED_PLACE,
  MORE_DEMONYMS, MORE_STOPWORDS, MORE_TITLES, NOT_CODE_AFTER, NOT_CODE_BEFORE, ORG_NOUN_BEFORE, THING_BEFORE_CODE,
} from './latin-shapes';
import { DEMONYMS_FRENCH_MORE, NOT_GIVEN_NAMES, ROLE_WORDS_LATIN } from './latin-roles';
import { frenchCourts, frenchSites } from './latin-fr-sites';
import { UPPER } from './latin-letters';
import { COUNTRY_ALIASES } from './latin-country-aliases';

const DEMONYMS = new Set([...DEMONYMS_LATIN, ...DEMONYMS_LATIN_MORE, ...MORE_DEMONYMS, ...DEMONYMS_FRENCH_MORE]);
const STOPWORDS = new Set([...CAPITALISED_STOPWORDS, ...MORE_STOPWORDS]);

let cached: Dictionary | null = null;

export function latinDictionary(): Dictionary {
  if (cached) return cached;
  const dict = new Dictionary();
  const add = (s: string, type: 'LOC' | 'ORG', canonical: string, rule: string): void =>
    dict.add(s, { type, canonical, wordBounded: true, rule, priority: 2 });
  for (const line of [...ORGANISATIONS_LATIN.split('\n'), ...ORGANISATIONS_LATIN_MORE.split('\n'), ...ORGANISATIONS_LATIN_WORLD.split('\n')]) {
    const forms = line.split('|').map((f) => f.trim()).filter(Boolean);
    for (const f of forms) add(f, 'ORG', forms[0] as string, 'org-list');
  }
  const en = regionNames('en');
  const fr = new Map(regionNames('fr').map((r) => [r.code, r]));
  for (const r of en) {
    const canonical = r.short ?? r.name;
    const forms = [r.name, canonical, ...(COUNTRY_ALIASES[r.code] ?? [])];
    const f = fr.get(r.code);
    if (f) forms.push(f.name, ...(f.short && !f.short.includes('.') ? [f.short] : []));
    // ICU writes Côte d’Ivoire; news text often has a straight apostrophe.
    for (const form of forms) for (const f2 of new Set([form, form.replace(/’/g, "'")])) add(f2, 'LOC', canonical, 'region');
  }
  for (const line of [...PLACES_LATIN.split('\n'), ...PLACES_LATIN_MORE.split('\n'), ...PLACES_LATIN_WORLD.split('\n')]) {
    const forms = line.split('|').map((f) => f.trim()).filter(Boolean);
    for (const f of forms) if (!dict.get(f)) add(f, 'LOC', forms[0] as string, 'city-list');
  }
  cached = dict;
  return cached;
}

const TOKEN = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*/uy;
/** Capitalised words ending in a body's word, right after a possessive that starts a sequence. */
const BODY_AFTER_POSSESSIVE = new RegExp(`^ (?:\\p{Lu}[\\p{L}-]+ ){0,3}(?:Army|Front|Movement|Party|Forces|Council|Liberation|Alliance)\\b`, 'u');
/** Spaces, then one lower-case article or de before a capital, after a word stripped from a sequence's start. */
const LOWER_LINK = new RegExp(`^ +|^(?:de|du|des|of|la|le|les|the) (?=[${UPPER}])|^l['’](?=[${UPPER}])`, 'u');
/** A capital first letter, in explicit ranges (a Unicode property class costs 1-2 ms to compile at first use). */
const CAPITAL_FIRST = new RegExp(`^[${UPPER}]`, 'u');
const TITLES = [...PERSON_TITLES_LATIN, ...MORE_TITLES].sort((a, b) => b.length - a.length);

/** Capitalised sequences not already covered by the dictionary, with titles and demonyms stripped. */
function capitalisedSequences(text: string, covered: Span[], out: Span[], places: Span[] = [], listed: Span[] = []): void {
  // One flag per character, not a scan of every covered span per character (linear on long texts).
  const cover = new Uint8Array(text.length + 1);
  for (const s of covered) cover.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  const blocked = (i: number): boolean => cover[i] === 1;
  const listedEnds = new Map(listed.map((s) => [s.end, s.start]));
  /** Le Tchad de …: only stopwords between the sequence's start and the listed name's. */
  const onlyStopwordsBefore = (from: number, to: number): boolean =>
    text.slice(from, to).split(/\s+/).filter(Boolean).every((w) => STOPWORDS.has(w));
  const listedStarts = new Set(listed.map((s) => s.start));
  let i = 0;
  while (i < text.length) {
    TOKEN.lastIndex = i;
    if (isWordChar(text[i - 1]) || blocked(i) || !TOKEN.test(text)) {
      i++;
      continue;
    }
    // Collect tokens: Capitalised (space|particle space)* Capitalised.
    const toks: Array<[number, number]> = [];
    let j = i;
    for (;;) {
      TOKEN.lastIndex = j;
      const m = TOKEN.exec(text);
      if (!m || blocked(j)) break;
      let end = j + m[0].length;
      // Hong Kong's: a possessive ends the name and is not part of it.
      // … unless a body's name goes on after it (the Lord's Resistance Army).
      const possessive = /[’']s$/u.test(m[0]) && m[0].length > 3 && !(!listedStarts.has(j) && BODY_AFTER_POSSESSIVE.test(text.slice(j + m[0].length, j + m[0].length + 48)));
      if (possessive) end -= 2;
      else if (/[.’']$/.test(m[0]) && m[0].length > 2 && !/^(?:\p{Lu}\.)+$/u.test(m[0])) end--;
      toks.push([j, end]);
      if (possessive) break;
      const gap = /^ de l['’](?=\p{Lu})|^ of the (?=\p{Lu})|^ (?:for|on) (?:the )?(?=[A-ZÀ-ÖØ-Þ])|^ & (?=[A-ZÀ-ÖØ-Þ])|^ and (?=[^().;]{0,60}\([A-Z]{2,}\))|^ (?:al|el|ad|ar|as|ash|an|at|az|wal|wa)-(?=\p{Lu})|^ (?:(?:de|du|des|von|van|der|den|da|di|dos|bin|al|el|ben|of|la|le) ){0,2}|^-|^ d'/u.exec(text.slice(end, end + 64));
      if (!gap) break;
      // Organization of the Petroleum Exporting Countries: "of the" goes on only after a body's word.
      if (/^ (?:of the|for|for the|on|on the) $/.test(gap[0]) && !ORG_WORDS_LATIN.test(text.slice(toks[0]?.[0] ?? end, end))) break;
      // Centre for Volcanology and Geological Hazard Mitigation (PVMBG): "and" goes on only inside a body's "for"/"of"/"on" complement closed by its acronym.
      if (gap[0] === ' and ' && !/ (?:for|of|on) /u.test(text.slice(toks[0]?.[0] ?? end, end))) break;
      // L'Égypte de Mohamed Salah, le PSG de Luis Enrique: a listed name, then de + a person, is two names.
      if (/^ (?:de|du) $/u.test(gap[0]) && listedEnds.has(end) && onlyStopwordsBefore(toks[0]?.[0] ?? end, listedEnds.get(end) ?? end) && /^\p{Lu}[\p{L}\p{M}'’-]+ \p{Lu}/u.test(text.slice(end + gap[0].length, end + gap[0].length + 40))) break;
      const next = end + gap[0].length;
      TOKEN.lastIndex = next;
      if (!TOKEN.test(text) || blocked(next)) break;
      j = next;
    }
    const last = toks[toks.length - 1] as [number, number];
    const first = toks[0] as [number, number];
    const inside = places.filter((p) => p.start >= first[0] && p.end <= last[1]);
    const exact = inside.length === 1 && inside[0]?.start === first[0] && inside[0]?.end === last[1];
    if (!exact) classify(text, toks, out, inside);
    i = last[1] + 1;
  }
}

/** Common nouns right before a one-word organisation name (chipmaker Nvidia, le groupe Orano, la société Somaïr). */
const ORG_CUES_LATIN = /(?:(?<![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])(?:company|firm|group|giant|miner|producer|exporter|chipmaker|carmaker|automaker|startup|start-up|maker|manufacturer|operator|retailer|lender|insurer|airline|broadcaster|newspaper|daily|agency|party|movement|militia|club|brand|subsidiary|rival|groupe|société|entreprise|firme|constructeur|géant|compagnie|filiale|opérateur|fabricant|enseigne|marque|parti|mouvement|milice|journal|quotidien|agence|club|équipementier|minier|pétrolier|ONG|NGO|association|syndicat|union|coalition|collectif|plateforme|fondation|foundation|charity|watchdog|banque|bank|institut|institute|cabinet|laboratoire|label|chaîne|channel|radio|hebdomadaire|magazine|weekly)\s+(?:(?:française|français|chinois|chinoise|américain|américaine|minière|pétrolier|pétrolière|public|publique|US|French|Chinese|American|state-owned|national|nationale)\s+)?)$/u;
/** Common nouns right before a one-word place name (le stade Vélodrome, the town of Tawila). */
const PLACE_CUES_LATIN = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])(?:stade|stadium|aéroport|airport|quartier|ville de|village de|camp de|province de|région de|district de|town of|city of|village of|camp of|province of|region of|district of|state of|island of|île de|port of|port de|département de|préfectures? de|communes? de|quartiers? de|villes de|villages de|provinces de|régions de|localités de|towns of|cities of|villages of|provinces of|regions of|districts of|banlieue de|périphérie de|localité de|suburb of|outskirts of|county of|municipality of|prefecture of|governorate of|neighbourhood of|neighborhood of)\s+$/u;
/** First words that make a sequence a place (Parc des Princes, Place de la Concorde, Gare du Nord). */
const PLACE_HEADS = /^(?:Parc|Stade|Stadium|Place|Avenue|Rue|Boulevard|Aéroport|Airport|Palais|Palace|Square|Pont|Bridge|Île|Island|Lac|Mont|Gare|Quai|Porte|Plaine|Vallée|Camp)(?![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])/u;

/** First words of a place name built on another place (Port Sudan, North Darfur, New Caledonia). */
const PLACE_PREFIX = /^(?:Port|Saint|Sainte|San|Santa|New|North|South|East|West|Upper|Lower|Greater|Central|Mount|Lake|Cape|Fort|Gulf|Nord|Sud|Haute|Haut|Basse|Bas|Grand|Nouvelle|Nouveau)(?![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])/u;

function classify(text: string, toks: Array<[number, number]>, out: Span[], places: Span[] = [], titled = false): void {
  let start = (toks[0] as [number, number])[0];
  const end = (toks[toks.length - 1] as [number, number])[1];
  // A title inside the sequence splits it: what follows is a person (US Treasury Secretary Scott
  // Bessent → Scott Bessent), what precedes is read on its own.
  const rest0 = text.slice(start, end);
  for (const t of TITLES) {
    const at = rest0.indexOf(` ${t} `);
    if (at < 0) continue;
    const after = start + at + t.length + 2;
    const before = toks.filter(([, e]) => e <= start + at);
    if (before.length) byTitle(text, before, out, places, classify);
    const personToks = toks.filter(([s0]) => s0 >= after);
    if (personToks.length) classify(text, personToks, out, [], true);
    const own = out[out.length - 1];
    if (own && own.start >= after && own.type === 'PER') {
      own.priority = 3;
      own.rule = 'cap-cue';
    }
    return;
  }
  const before = text.slice(Math.max(0, start - 40), start);
  let cue = titled || PERSON_CUES_LATIN.test(before);
  // chipmaker Nvidia, le groupe Orano, le stade Vélodrome: a common noun types a bare name.
  const single = toks.length === 1;
  // L'association Civitas Maxima: the cue word is the sequence's own first, elided token.
  const elidedNoun = /^[LD][’'](\p{Ll}[\p{L}-]*)\s+(?=\p{Lu})/u.exec(text.slice(start, end));
  if (elidedNoun && ORG_NOUN_BEFORE.test(`${elidedNoun[1] ?? ''} `)) {
    out.push(span(start + elidedNoun[0].length, end, 'ORG', text.slice(start + elidedNoun[0].length, end), 'cap-org-cue', 2));
    return;
  }
  if ((single && ORG_CUES_LATIN.test(before)) || (!single && ORG_NOUN_BEFORE.test(before)) || (single && BODY_OF_COUNTRY.test(text.slice(start, end)))) {
    out.push(span(start, end, 'ORG', text.slice(start, end), 'cap-org-cue', 2));
    return;
  }
  if (PLACE_CUES_LATIN.test(before)) {
    // le stade Ibn-Batouta de Tanger: the listed town after de is its own name.
    const town = places.find((p) => p.start > start);
    const cut = town ? start + text.slice(start, town.start).replace(/\s+(?:de|du|d['’]|of)\s*$/u, '').length : end;
    out.push(span(start, cut, 'LOC', text.slice(start, cut), 'cap-place-cue', 2));
    return;
  }
  if (single && HYPHENATED_PLACE.test(text.slice(start, end))) {
    out.push(span(start, end, 'LOC', text.slice(start, end), 'cap-place', 2));
    return;
  }
  // L'Olympique de Marseille: the elided article is not part of the name.
  if (/^[LD][’'](?=\p{Lu})/u.test(text.slice(start, end))) start += 2;
  // Strip leading stopwords, titles and demonyms (The, Le, President, French …).
  for (;;) {
    const rest = text.slice(start, end);
    const title = TITLES.find((t) => rest.startsWith(t + ' ') || (t.endsWith('.') && rest.startsWith(t)));
    if (title) {
      cue = true;
      start += title.length;
      while (text[start] === ' ') start++;
      continue;
    }
    const word = /^[\p{L}\p{M}\p{N}'’.-]+/u.exec(rest)?.[0] ?? '';
    const bare = word.replace(/[’'.]$/, '');
    const afterWord = rest.slice(word.length).trimStart();
    // L'entraîneur, D'abord (an elided article before a common noun); Kenya's, an adjective of
    // nationality before a title (Ethiopian Prime Minister …): none is part of the name.
    const elided = /^[LDJldj][’']\p{Ll}/u.test(word);
    const possessive = /[’']s$/u.test(word) && !BODY_AFTER_POSSESSIVE.test(` ${afterWord}`);
    const beforeTitle = TITLES.some((t) => afterWord.startsWith(`${t} `));
    // European Space Agency, African Democratic Congress: a demonym before a body's name of two words
    // or more is part of it (not the Kenyan Parliament).
    const demonymOfBody = DEMONYMS.has(bare) && /^\p{Lu}\S* \S/u.test(afterWord) && (ORG_WORDS_LATIN.test(afterWord) || COMPANY_WORDS_LATIN.test(afterWord)) && !beforeTitle;
    // South African DJ …: a compass word before a demonym is one adjective.
    // … unless a body's name follows (the East African Tea Trade Association).
    const compass = COMPASS.has(bare) && DEMONYMS.has(/^[\p{L}]+/u.exec(afterWord)?.[0] ?? '') && !(/^\S+ [A-ZÀ-ÖØ-Þ]/u.test(afterWord) && ORG_WORDS_LATIN.test(afterWord));
    // Justice Luiz Fux, Opener Aiden Markram: a role the language writes in lower case, capitalised
    // only as a sentence's first word, opens no name; it describes the person after it (a cue).
    if (ROLE_WORDS_LATIN.has(bare) && CAPITAL_FIRST.test(afterWord) && !ORG_WORDS_LATIN.test(afterWord) && !COMPANY_WORDS_LATIN.test(afterWord)) {
      cue = true;
      start += word.length;
      while (text[start] === ' ') start++;
      continue;
    }
    if (word && rest.length > word.length && !demonymOfBody && ((STOPWORDS.has(bare) && !(titled && start === (toks[0] as [number, number])[0])) || DEMONYMS.has(bare) || COMPOUND_ADJECTIVE.test(bare) || compass || elided || possessive || beforeTitle)) {
      start += word.length;
      // À la Bourse de …, After the Lord …: a lower-case article or de after the stripped word goes too
      // (a 2-letter article never matched the former 4-character test).
      for (let m: RegExpExecArray | null; (m = LOWER_LINK.exec(text.slice(start, start + 6))); ) start += m[0].length;
      continue;
    }
    break;
  }
  const surface = text.slice(start, end);
  if (!surface || !/^\p{Lu}/u.test(surface)) return;
  const words = surface.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.every((w) => STOPWORDS.has(w.replace(/[’'.]$/, '')) || DEMONYMS.has(w))) return;
  if (TITLES.includes(surface) || STOPWORDS.has(surface)) return;
  // Les Bleus de Didier Deschamps: after an article, a team or group "de" a person is the person.
  const ofPerson = /^\S.*? (?:de|du) (\p{Lu}[\p{L}\p{M}'’-]+ \p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(surface);
  if (ofPerson && !cue && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    const name = ofPerson[1] ?? '';
    out.push(span(end - name.length, end, 'PER', name, 'cap-name', 2));
    return;
  }
  const shaped = byShape(text, start, end, surface, words.length, cue, places.some((p) => p.start >= start));
  if (shaped !== undefined) {
    if (shaped) out.push(shaped);
    return;
  }
  const unnamed = withoutPersonShape(text, surface, start, end, cue);
  if (unnamed !== undefined) {
    if (unnamed) out.push(unnamed);
    return;
  }
  if (PLACE_HEADS.test(surface) && words.length >= 2 && !cue) {
    out.push(span(start, end, 'LOC', surface, 'cap-place', 2));
  } else if ((ORG_WORDS_LATIN.test(surface) || COMPANY_WORDS_LATIN.test(surface)) && words.length >= 2) {
    out.push(span(start, end, 'ORG', surface, 'cap-org', 2));
  } else if (words.length <= 3 && !cue && GIVEN_NAME_PLACES.has(words[0] ?? '') && places.some((p) => p.start === start) && /^\s[\p{Lu}]/u.test(text.slice(start + (words[0] ?? '').length))) {
    // Maurice Kamto, Chad Smith: a place that is also a given name, first in a short name.
    out.push(span(start, end, 'PER', surface, 'cap-name', 2));
  } else if (places.some((p) => p.start >= start) && !cue && words.length >= 2) {
    // A listed place with other capitalised words: a place built on it (Port Sudan) or a club,
    // company or body named after it (Bayern Munich, AS Monaco, Paris Saint-Germain).
    const place = PLACE_PREFIX.test(surface);
    out.push(span(start, end, place ? 'LOC' : 'ORG', surface, place ? 'cap-place' : 'cap-org', 2));
  } else if (CODE_NAME.test(surface) && /\p{L}.*\p{L}|\p{N}/u.test(surface)) {
    // M23, D66, AFD; not francs CFA or the star LHS 1140.
    if (!NOT_CODE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !THING_BEFORE_CODE.test(text.slice(Math.max(0, start - 16), start)) && !NOT_CODE_AFTER.test(text.slice(end, end + 12))) {
      out.push(span(start, end, 'ORG', surface, 'cap-acronym', 1));
    }
  } else if (single && cue && !titled && BODY_APPOSITION.test(text.slice(end, end + 60))) {
    // according to Pagasa, the national weather service: a source described as a body is one.
    out.push(span(start, end, 'ORG', surface, 'cap-org-apposition', 2));
  } else if (cue || (words.length >= 2 && !NOT_GIVEN_NAMES.has(words[0] ?? ''))) {
    // First Panel, National People('s Power): an adjective no one is named opens no person.
    out.push(span(start, end, 'PER', surface, cue ? 'cap-cue' : 'cap-name', cue ? 3 : 2));
  }
}

/** The first half of a French compound given name, glued by its hyphen (Jean-, Marie-, Anne- …). */
const GIVEN_NAME_BEFORE = /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])(?:Jean|Marie|Anne|Pierre|Louis|Paul|Charles|Claude|Jacques)-$/u;

/** All candidate spans of one segment of French or English text. */
export function latinCandidates(text: string, lang: 'fr' | 'en'): Span[] {
  const out: Span[] = [];
  // Coupe d'Afrique des nations, Tour de France: a competition's place is not a place mentioned.
  // Jean-Dominique, Marie-France: a place glued by a hyphen to a given name is the rest of a compound given name.
  const listed = latinDictionary().scan(text).filter((l) => !(l.type === 'LOC' && (COMPETITION_BEFORE.test(text.slice(Math.max(0, l.start - 10), l.start)) || GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, l.start - 8), l.start)))));
  out.push(...listed);
  const dates: Span[] = [];
  dateSpans(text, lang, dates);
  out.push(...dates);
  if (lang === 'fr') {
    frenchBodies(text, out, listed.filter((l) => l.type === 'LOC'), listed.filter((l) => l.type === 'ORG'));
    frenchPlacesAndOffices(text, out);
    frenchSites(text, out);
    frenchCourts(text, out, listed.filter((l) => l.type === 'LOC'));
  }
  placesAfterPreposition(text, lang, out);
  // Listed places may sit inside a longer name (Bayern Munich, Banque de France, AS Monaco):
  // sequences run through them, and a sequence that is exactly one listed name is left to the list.
  capitalisedSequences(text, [...listed.filter((l) => l.type !== 'LOC'), ...dates], out, listed.filter((l) => l.type === 'LOC'), listed);
  // One unknown capitalised word typed by what surrounds it (Darmstadt, en Allemagne; Virgin Australia and Jetstar).
  namesByContext(text, out);
  return out;
}
