// Builds the Chinese gazetteer once: ICU region names (zh-Hans + zh-Hant), hand lists of places
// and organisations, their Traditional forms, and Latin acronyms usable inside Chinese text.
import { LEADERS_ZH } from './gazetteer-zh-people';
import { SURNAMES_ZH } from './names-zh';
import { Dictionary, type DictEntry } from './matcher';
import { regionNames } from './regions';
import { toTraditional } from './hant';
import { CHINA_ADMIN_SUFFIXES, CHINA_PLACES_ZH, WORLD_CITIES_ZH, AREAS_ZH, COUNTRY_ABBREVIATIONS_ZH } from './gazetteer-zh-places';
import { GROUPS_ZH, ORGANISATIONS_ZH } from './gazetteer-zh-orgs';
import { AREAS_MORE_ZH, CHINA_CITIES_MORE_ZH, ORGANISATIONS_MORE_ZH, WORLD_CITIES_MORE_ZH } from './gazetteer-zh-more';
import { TAIWAN_CITIES_ZH, TAIWAN_COUNTRIES_ZH } from './gazetteer-zh-taiwan';
import type { SpanType } from './span';

export interface ZhLexicon {
  dict: Dictionary;
  /** Canonical (Simplified) country name per ISO code, for abbreviations (美 → 美国). */
  countryByCode: Map<string, string>;
  /** Canonical names that are countries (for country + body: 俄罗斯外交部). */
  countries: Set<string>;
}

let cached: ZhLexicon | null = null;
const SURNAMES = new Set(SURNAMES_ZH);

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

export function zhLexicon(): ZhLexicon {
  if (cached) return cached;
  const dict = new Dictionary();
  const countryByCode = new Map<string, string>();
  const countries = new Set<string>();
  const add = (surface: string, type: SpanType, canonical: string, rule: string): void => {
    const e: DictEntry = { type, canonical, wordBounded: isAscii(surface), rule, priority: 2 };
    dict.add(surface, e);
    const trad = toTraditional(surface);
    if (trad !== surface) dict.add(trad, { ...e, canonical: toTraditional(canonical) });
  };

  // Organisations first: 欧盟 and 联合国 are ICU "regions" too, but organisations here.
  for (const line of [...ORGANISATIONS_ZH.split('\n'), ...GROUPS_ZH.split('\n'), ...ORGANISATIONS_MORE_ZH.split('\n')]) {
    const forms = line.split('|').map((f) => f.trim()).filter(Boolean);
    const canonical = forms[0];
    if (!canonical) continue;
    for (const f of forms) add(f, 'ORG', canonical, 'org-list');
  }

  // Well-known leaders (general knowledge): names RFI often writes with no title.
  for (const line of LEADERS_ZH.split('\n')) {
    const forms = line.split('|').map((f) => f.trim()).filter(Boolean);
    const canonical = forms[0];
    if (canonical) for (const f of forms) add(f, 'PER', canonical, 'leader-list');
    // 林郑月娥 → 林郑: a Hong Kong married name (husband's surname, then her own) is shortened to its two surnames.
    if (canonical && /^[\u4e00-\u9fff]{4}$/.test(canonical) && SURNAMES.has(canonical[0] as string) && SURNAMES.has(canonical[1] as string)) {
      add(canonical.slice(0, 2), 'PER', canonical, 'leader-list');
    }
  }

  const hans = regionNames('zh-Hans');
  const hant = regionNames('zh-Hant');
  const hantByCode = new Map(hant.map((r) => [r.code, r]));
  for (const r of hans) {
    const isCountry = /^[A-Z]{2}$/.test(r.code);
    const canonical = r.short ?? r.name;
    add(canonical, 'LOC', canonical, 'region');
    add(r.name, 'LOC', canonical, 'region');
    const t = hantByCode.get(r.code);
    // zh-Hant names that read as two country abbreviations (中美 = Central America) are skipped.
    const pairLike = (n: string): boolean => n.length === 2 && [...n].every((c) => c in COUNTRY_ABBREVIATIONS_ZH);
    if (t && !pairLike(t.short ?? t.name) && !pairLike(t.name)) {
      dict.add(t.short ?? t.name, { type: 'LOC', canonical: t.short ?? t.name, wordBounded: false, rule: 'region', priority: 2 });
      dict.add(t.name, { type: 'LOC', canonical: t.short ?? t.name, wordBounded: false, rule: 'region', priority: 2 });
    }
    if (isCountry) {
      countryByCode.set(r.code, canonical);
      countries.add(canonical);
      if (t) countries.add(t.short ?? t.name);
    }
  }
  // Organisation "regions" named by the abbreviation table (欧 → 欧盟).
  countryByCode.set('EU', '欧盟');

  for (const w of words(AREAS_ZH)) {
    const [alias, canonical] = w.includes('=') ? (w.split('=') as [string, string]) : [w, w];
    add(alias, 'LOC', canonical, 'area-list');
    if (alias !== canonical) countries.add(alias);
  }
  for (const w of [...words(WORLD_CITIES_ZH), ...words(CHINA_PLACES_ZH), ...words(WORLD_CITIES_MORE_ZH), ...words(CHINA_CITIES_MORE_ZH)]) add(w, 'LOC', w, 'city-list');
  // Areas of the second list: an alias (新疆维吾尔自治区=新疆) never counts as a country.
  for (const w of words(AREAS_MORE_ZH)) {
    const [alias, canonical] = w.includes('=') ? (w.split('=') as [string, string]) : [w, w];
    if (!dict.get(alias)) add(alias, 'LOC', canonical, 'area-list');
  }
  // Taiwan-usage forms (纽西兰, 雪梨) under the mainland canonical; countries count as countries.
  for (const w of [...words(TAIWAN_COUNTRIES_ZH), ...words(TAIWAN_CITIES_ZH)]) {
    const [alias, canonical] = w.split('=') as [string, string];
    add(alias, 'LOC', canonical, 'area-list');
  }
  for (const w of words(TAIWAN_COUNTRIES_ZH)) countries.add(w.split('=')[0] as string);
  // A world city's province or state is its own place (德黑兰省).
  for (const w of [...words(WORLD_CITIES_ZH), ...words(WORLD_CITIES_MORE_ZH)]) for (const suffix of ['省', '州']) if (!/[省州]$/.test(w) && !dict.get(w + suffix)) add(w + suffix, 'LOC', w + suffix, 'city-list');
  for (const w of [...words(CHINA_PLACES_ZH), ...words(CHINA_CITIES_MORE_ZH)].filter((w) => !w.endsWith('大陆'))) {
    for (const suffix of CHINA_ADMIN_SUFFIXES) add(w + suffix, 'LOC', w, 'city-list');
  }
  for (const code of Object.values(COUNTRY_ABBREVIATIONS_ZH)) {
    if (!countryByCode.has(code)) {
      const name = hans.find((r) => r.code === code);
      if (name) countryByCode.set(code, name.short ?? name.name);
    }
  }
  cached = { dict, countryByCode, countries };
  return cached;
}
