// Place cues shared by French and English, and French bodies named by a capitalised head and lower-case complements: Ligue de football
// professionnel, Parti socialiste, Cour des comptes, Front de libération nationale kanak et
// socialiste. The head is a word that names a body; complements are adjectives, or nouns after
// de/du/des; the name ends at the first word that is neither (a verb, a pronoun, punctuation).
import { span, type Span } from './span';
import { FRENCH_COMPETITIONS, IRREGULAR_ADJECTIVES, TRAILING_NATIONALITY } from './latin-shapes';

const HEADS = 'Société|Compagnie|Régie|Musée|Université|École|Chambre|Ligue|Banque|Union|Fédération|Federation|Assemblée|Conseil|Commission|Agence|Parti|Front|Cour|Tribunal|Organisation|Office|Institut|Fondation|Confédération|Mouvement|Rassemblement|Comité|Haut Conseil|Haute Autorité|Autorité|Caisse|Direction|Observatoire|Syndicat|Association|Armée|Gendarmerie|Police|Conférence|Communauté|Alliance|Coalition|Collectif';
// Lookarounds, not \\b: \\b is ASCII-only and never matches after Communauté or Comité.
const HEAD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${HEADS})(?![\\p{L}\\p{M}])`, 'gu');
/** Adjective endings (socialiste, nationale, professionnel, européenne, africaine, kanak excepted). */
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:el|elle|els|elles|al|ale|aux|ales|aire|aires|ane|anes|è|éen|éens|éenne|éennes|ique|iques|iste|istes|ien|ienne|iens|iennes|ais|aise|ain|aine|ains|aines|ois|oise|é|ée|és|ées|if|ive|ifs|ives|ant|ante|eur|rice)$/u;
const PREPOSITION = /^(?:de|du|des|d’|d'|pour|la|le|les|l’|l')$/u;
const WORD = /^(\s+)([\p{Ll}][\p{L}’'-]*|d[’'])/u;

/**
 * Spans of French bodies written head + lower-case complements (ORG, priority 2). A listed place
 * after de ends the name with it (Parti démocratique de Côte d'Ivoire); a country's adjective at
 * the end describes the body and is left out (le Conseil constitutionnel ivoirien).
 */
export function frenchBodies(text: string, out: Span[], places: Span[] = []): void {
  const placeAt = new Map(places.map((p) => [p.start, p]));
  for (const m of text.matchAll(HEAD)) {
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
      if (!w) break;
      const word = w[2] as string;
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
    const name = text.slice(start, end);
    if (end > start + m[0].length && !FRENCH_COMPETITIONS.test(name)) out.push(span(start, end, 'ORG', name, 'fr-body', 2));
  }
}

/** Words that follow "in"/"à" and are not places. */
const NOT_PLACES = new Set(['Congress', 'Parliament', 'Government', 'Court', 'English', 'French', 'Arabic', 'Chinese', 'Christ', 'God', 'Dieu', 'Paradise', 'Europe1']);
const PLACE_CUE = {
  fr: /(?<=(?<![\p{L}])(?:à|près de|au sud du|au nord du|au sud de|au nord de|à l'est de|à l'ouest de|en provenance de)\s)\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}])(?!\s+\p{Lu})(?![’']s)/gu,
  en: /(?<=(?<![\p{L}])(?:[Ii]n|near|outside|[Nn]orth of|[Ss]outh of|[Ee]ast of|[Ww]est of)\s)\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}])(?!\s+\p{Lu})(?![’']s)/gu,
};

/** à Baabda, près de Nabatiyé, in Mombasa: one capitalised word after a preposition of place (LOC, priority 1). */
export function placesAfterPreposition(text: string, lang: 'fr' | 'en', out: Span[]): void {
  for (const m of text.matchAll(PLACE_CUE[lang])) {
    if (NOT_PLACES.has(m[0])) continue;
    const start = m.index ?? 0;
    out.push(span(start, start + m[0].length, 'LOC', m[0], 'place-cue', 1));
  }
}
