// Place cues shared by French and English, and French bodies named by a capitalised head and lower-case complements: Ligue de football
// professionnel, Parti socialiste, Cour des comptes, Front de libération nationale kanak et
// socialiste. The head is a word that names a body; complements are adjectives, or nouns after
// de/du/des; the name ends at the first word that is neither (a verb, a pronoun, punctuation).
import { LETTER, LOWER, UPPER } from './latin-letters';
import { span, type Span } from './span';

/** One unknown capitalised word after de (… guyanais de Kourou). */
const TOWN_AFTER_DE = new RegExp(`^\\s+([${UPPER}][${LOWER}’'-]+)(?![${LETTER}])(?!\\s+[${UPPER}])`, 'u');
/** A hyphenated name after a body's complements (Centre culturel Georges-Méliès). */
const VENUE_NAME = new RegExp(`^ [${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)+(?![${LETTER}])`, 'u');
import { FRENCH_COMPETITIONS, IRREGULAR_ADJECTIVES, TRAILING_NATIONALITY } from './latin-shapes';

const HEADS = 'Société|Compagnie|Régie|Musée|Université|École|Chambre|Ligue|Banque|Union|Fédération|Federation|Assemblée|Conseil|Commission|Agence|Parti|Front|Cour|Tribunal|Organisation|Office|Institut|Fondation|Confédération|Mouvement|Rassemblement|Comité|Haut Conseil|Haute Autorité|Autorité|Caisse|Direction|Observatoire|Syndicat|Association|Armée|Gendarmerie|Police|Conférence|Communauté|Alliance|Coalition|Collectif|Centre|Force|Forces';
// Lookarounds, not \\b: \\b is ASCII-only and never matches after Communauté or Comité.
const HEAD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${HEADS})(?![\\p{L}\\p{M}])`, 'gu');
/** Adjective endings (socialiste, nationale, professionnel, européenne, africaine, kanak excepted). */
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:el|elle|els|elles|al|ale|aux|ales|aire|aires|ane|anes|è|éen|éens|éenne|éennes|ique|iques|iste|istes|ien|ienne|iens|iennes|ais|aise|ain|aine|ains|aines|ois|oise|é|ée|és|ées|if|ive|ifs|ives|ant|ante|eur|rice)$/u;
const PREPOSITION = /^(?:de|du|des|d’|d'|pour|la|le|les|l’|l')$/u;
const WORD = /^(\s+)([\p{Ll}][\p{L}’'-]*|d[’'])/u;
/** Verbs of the present whose ending reads like an adjective's: a verb after a body ends its name (l'Union africaine appelle au calme). */
const VERBS_LIKE_ADJECTIVES = new Set(['appelle', 'appellent', 'rappelle', 'rappellent', 'interpelle', 'renouvelle', 'chancelle', 'annonçait', 'estimant', 'affirmant', 'dénonçant', 'réclamant', 'exigeant', 'demandant', 'précisant']);
/** A club is Stade + an adjective (Stade toulousain, Stade rennais), never Stade de …, a venue. */
const CLUB_HEAD = new RegExp(`(?<![${LETTER}])Stade(?= [${LOWER}]+(?![${LETTER}]| de| du| des| d['’]))`, 'gu');

/**
 * Spans of French bodies written head + lower-case complements (ORG, priority 2). A listed place
 * after de ends the name with it (Parti démocratique de Côte d'Ivoire); a country's adjective at
 * the end describes the body and is left out (le Conseil constitutionnel ivoirien).
 */
export function frenchBodies(text: string, out: Span[], places: Span[] = [], orgs: Span[] = []): void {
  const placeAt = new Map(places.map((p) => [p.start, p]));
  const orgAt = new Set(orgs.map((o) => o.start));
  for (const m of [...text.matchAll(HEAD), ...text.matchAll(CLUB_HEAD)]) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    let pos = end;
    let words = 0;
    let pendingPreposition = false;
    let pendingAnd = false;
    let lastWord = '';
    let lastPreposition = '';
    while (words < 8) {
      if (pendingPreposition && /^(?:de|du|des)$/u.test(lastPreposition)) {
        const gap = /^\s*(?:l['’])?/u.exec(text.slice(pos))?.[0].length ?? 0;
        // Conseil de sécurité de l'ONU: a listed body after de is the body's parent, a name of its own.
        if (orgAt.has(pos + gap)) break;
        const place = placeAt.get(pos + gap);
        if (place) {
          end = place.end;
          lastWord = '';
          break;
        }
        // Ligue des États arabes, Organisation des Nations unies: capitalised nouns inside a body's name.
        const noun = /^\s+(?:États|Etats|État|Etat|Nations)(?![\p{L}])/u.exec(text.slice(pos, pos + 12));
        if (noun) {
          end = pos + noun[0].length;
          pos = end;
          pendingPreposition = false;
          lastWord = '';
          words++;
          continue;
        }
      }
      const w = WORD.exec(text.slice(pos, pos + 40));
      if (!w) {
        // Centre spatial guyanais de Kourou: an unknown capitalised word after de, once the body has
        // its own complements, is where the body is (a place), not part of its name.
        const town = TOWN_AFTER_DE.exec(text.slice(pos, pos + 40));
        if (town && pendingPreposition && /^(?:de|d’|d')$/u.test(lastPreposition) && end > start + m[0].length) {
          const at = pos + (town[0].length - (town[1] as string).length);
          out.push(span(at, at + (town[1] as string).length, 'LOC', town[1] as string, 'fr-body-place', 1));
        }
        break;
      }
      const word = w[2] as string;
      if (VERBS_LIKE_ADJECTIVES.has(word)) break;
      const next = pos + (w[1] as string).length + word.length;
      // d'investissement, d'État: the elided de and its noun are one word here.
      if (/^d[’']\p{L}/u.test(word)) {
        end = next;
        pos = next;
        pendingPreposition = false;
        lastWord = word;
        words++;
        continue;
      }
      if (PREPOSITION.test(word) || /^d[’']$/.test(word)) {
        pendingPreposition = true;
        lastPreposition = word;
        // d' is glued to its noun: no space follows.
        pos = next;
        words++;
        continue;
      }
      if (word === 'et' && end > start + m[0].length) {
        pendingAnd = true;
        pos = next;
        continue;
      }
      if (pendingPreposition || ADJECTIVE.test(word) || IRREGULAR_ADJECTIVES.has(word)) {
        end = next;
        pos = next;
        lastWord = pendingPreposition ? '' : word;
        pendingPreposition = false;
        pendingAnd = false;
        words++;
        continue;
      }
      break;
    }
    void pendingAnd;
    if (TRAILING_NATIONALITY.test(lastWord) && end - lastWord.length - 1 > start + m[0].length) end -= lastWord.length + 1;
    // Centre culturel Georges-Méliès: a hyphenated name after the complements names a venue after a person.
    const venue = end > start + m[0].length ? VENUE_NAME.exec(text.slice(end, end + 60)) : null;
    if (venue) {
      out.push(span(start, end + venue[0].length, 'LOC', text.slice(start, end + venue[0].length), 'fr-venue', 2));
      continue;
    }
    const name = text.slice(start, end);
    if (end > start + m[0].length && !FRENCH_COMPETITIONS.test(name)) out.push(span(start, end, 'ORG', name, 'fr-body', 2));
  }
}

/** Heads of natural places written head + adjective (Plateau central, Massif central, Golfe persique). */
const PLACE_HEAD = new RegExp(`(?<![${LETTER}])(?:Plateau|Massif|Golfe|Bassin|Delta|Lac|Mont|Canal) ([${LOWER}][${LETTER}-]*)(?![${LETTER}])`, 'gu');
/** Offices named by a lower-case head and their State (le département d'État, le secrétariat d'État). */
const STATE_OFFICE = new RegExp(`(?<![${LETTER}])(?:département|secrétariat) d['’]État(?![${LETTER}])`, 'gu');

/** French places written head + adjective, and lower-case-headed offices of State. */
export function frenchPlacesAndOffices(text: string, out: Span[]): void {
  for (const m of text.matchAll(PLACE_HEAD)) {
    const word = m[1] as string;
    if (!ADJECTIVE.test(word) || VERBS_LIKE_ADJECTIVES.has(word)) continue;
    const start = m.index ?? 0;
    out.push(span(start, start + m[0].length, 'LOC', m[0], 'fr-place', 2));
  }
  for (const m of text.matchAll(STATE_OFFICE)) {
    const start = m.index ?? 0;
    out.push(span(start, start + m[0].length, 'ORG', m[0], 'fr-office', 2));
  }
}

/** Words that follow "in"/"à" and are not places. */
const NOT_PLACES = new Set(['Congress', 'Parliament', 'Government', 'Court', 'English', 'French', 'Arabic', 'Chinese', 'Christ', 'God', 'Dieu', 'Paradise', 'Europe1']);
const PLACE_CUE = {
  fr: /(?<=(?<![\p{L}])(?:(?:à|au|depuis|dans le|dans la|près de|au sud du|au nord du|au sud de|au nord de|à l'est de|à l'ouest de|au nord-est de|au nord-ouest de|au sud-est de|au sud-ouest de|au large de|aux environs de|en provenance de)\s|dans l['’]))\p{Lu}[\p{Ll}\p{M}'’-]+(?![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])(?!\s+\p{Lu})(?![’']s)/gu,
  en: /(?<=(?<![\p{L}])(?:[Ii]n|near|around|outside|[Nn]orth of|[Ss]outh of|[Ee]ast of|[Ww]est of|[Nn]orth-?east of|[Nn]orth-?west of|[Ss]outh-?east of|[Ss]outh-?west of|outskirts of|off the coast of)\s)\p{Lu}[\p{Ll}\p{M}'’-]+(?![A-Za-zÀ-ÖØ-öø-ɏ\u0300-\u036f])(?!\s+\p{Lu})(?![’']s)/gu,
};

/** à Baabda, près de Nabatiyé, in Mombasa: one capitalised word after a preposition of place (LOC, priority 1). */
export function placesAfterPreposition(text: string, lang: 'fr' | 'en', out: Span[]): void {
  for (const m of text.matchAll(PLACE_CUE[lang])) {
    if (NOT_PLACES.has(m[0])) continue;
    const start = m.index ?? 0;
    out.push(span(start, start + m[0].length, 'LOC', m[0], 'place-cue', 1));
  }
}
