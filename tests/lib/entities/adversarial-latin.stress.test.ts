// Hostile text sizes for the French and English rules (issue 12 §1 applied to the issue 11 §3
// Latin rules): 100,000 characters of text built to make them walk far (long chains of bodies,
// places after de, possessives, "of the", capitalised runs after articles). No timing here (a
// super-linear pass shows as this suite hanging); the mentions must map to the text.
import { describe, expect, it } from 'vitest';
import { analyseTexts } from '../../../lib/entities/extract';

const LENGTH = 100_000;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

const TEXTS: Record<string, [string, 'fr' | 'en']> = {
  'fr: bodies ending on a listed place': [fill("la Banque centrale des États de l'Afrique de l'Ouest et le Parti démocratique de Côte d'Ivoire, "), 'fr'],
  'fr: a head then complements without end': [fill('Conseil national unie commun libre de la santé des États '), 'fr'],
  'fr: stadiums and places after de': [fill('au stade Ibn-Batouta de Tanger de Rabat de Dakar '), 'fr'],
  'fr: capitalised words after articles': [fill('les Grands Lacs Bleus Verts Rouges '), 'fr'],
  'en: possessives before bodies': [fill("the Lord's Resistance Army's Front's Party's "), 'en'],
  'en: of the between capitals': [fill('Organization of the Union of the Bank of the '), 'en'],
  'fr: streets and dated sites back to back': [fill('la rue du 13-Mai-Rue de la place du stade du 28-Septembre-Octobre Lepic Montmartre '), 'fr'],
  'en: roles, leaders of the and sites in': [fill('Justice Opener Incumbent Rapporteur Luiz Fux, leader of the Front of the at Old Billingsgate in London, '), 'en'],
  'en: years and ranges': [fill('between 1987 and 2006 and 2010 to 2011 the 2027 election late 2026 '), 'en'],
};

describe('French and English rules on 100,000 characters of adversarial text', () => {
  for (const [name, [text, lang]] of Object.entries(TEXTS)) {
    it(`completes: ${name}`, { timeout: 120_000 }, () => {
      expect(text.length).toBe(LENGTH);
      const a = analyseTexts([text], lang);
      expect(a.entities.length).toBeGreaterThan(0);
      for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    });
  }
});
