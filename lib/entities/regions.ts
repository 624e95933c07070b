// Country and world-area names from the runtime's ICU data (Intl.DisplayNames): 0 bytes shipped,
// identical in browsers and Node with full ICU. Built lazily once per locale and cached.

/** UN M.49 areas worth naming in news text (not 001 world, not 017 Middle Africa = 中非 ambiguity). */
const AREA_CODES = [
  '002', '003', '005', '009', '011', '013', '014', '015', '018', '019', '029', '030', '034', '035',
  '039', '053', '142', '143', '145', '150', '151', '154', '155', '202', '419',
];

/** Codes that are not places (or are organisations, handled by the organisation lists). */
const SKIP_CODES = new Set(['ZZ', 'XA', 'XB', 'QO', 'EZ', 'UN', 'EU', 'QU']);

export interface RegionName {
  /** ISO 3166 alpha-2 or M.49 code. */
  code: string;
  /** Long display name, used as the canonical form. */
  name: string;
  /** Short display name when it differs (香港, UK, Hong Kong). */
  short: string | null;
}

const cache = new Map<string, RegionName[]>();

function safeDisplayNames(locale: string, style: 'long' | 'short'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
  } catch {
    return null;
  }
}

/**
 * Every region the runtime can name in `locale` (zh-Hans, zh-Hant, fr, en), countries first, then
 * world areas. Names identical to the code (no data) are dropped; duplicates (SU → 俄罗斯) merged.
 */
export function regionNames(locale: string): RegionName[] {
  const hit = cache.get(locale);
  if (hit) return hit;
  const long = safeDisplayNames(locale, 'long');
  const short = safeDisplayNames(locale, 'short');
  const out: RegionName[] = [];
  const seen = new Set<string>();
  const add = (code: string): void => {
    if (!long || SKIP_CODES.has(code)) return;
    let name: string | undefined;
    try {
      name = long.of(code);
    } catch {
      return;
    }
    if (!name || name === code || seen.has(name)) return;
    seen.add(name);
    let s: string | undefined;
    try {
      s = short?.of(code);
    } catch {
      s = undefined;
    }
    out.push({ code, name, short: s && s !== name ? s : null });
  };
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) add(String.fromCharCode(a, b));
  }
  for (const code of AREA_CODES) add(code);
  cache.set(locale, out);
  return out;
}
