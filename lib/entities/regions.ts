// Country and world-area names per rule locale, from a table generated once from ICU
// (scripts/gen-regions.ts → data/regions.ts): no Intl.DisplayNames at the first extraction (it
// cost ~16 ms of the 80 ms first-load budget), and the same names in every browser whatever its
// ICU. Parsed lazily once per locale and cached.
import { REGION_LINES } from './data/regions';

export type RegionLocale = keyof typeof REGION_LINES;

export interface RegionName {
  /** ISO 3166 alpha-2 or M.49 code. */
  code: string;
  /** Long display name, used as the canonical form. */
  name: string;
  /** Short display name when it differs (香港, UK, Hong Kong). */
  short: string | null;
}

const cache = new Map<RegionLocale, RegionName[]>();

/**
 * Every region named in `locale` (zh-Hans, zh-Hant, fr, en), countries first, then world areas.
 * Names identical to the code (no data) are absent; duplicates (SU → 俄罗斯) merged.
 */
export function regionNames(locale: RegionLocale): RegionName[] {
  const hit = cache.get(locale);
  if (hit) return hit;
  const out: RegionName[] = [];
  for (const line of REGION_LINES[locale].split(/[;\n]/)) {
    if (!line) continue;
    const [code, name, short] = line.split('|') as [string, string, string | undefined];
    out.push({ code, name, short: short ?? null });
  }
  cache.set(locale, out);
  return out;
}
