// What an rfi.fr URL says about an article: edition, section or column, date and slug.
// Pure string work; matching keys live in lib/match/.

/** The 17 edition codes of rfi.fr (RFI-PAGES.md §1). */
export const EDITIONS = [
  'fr', 'en', 'es', 'pt', 'br', 'ru', 'cn', 'tw', 'vi', 'km', 'fa', 'uk', 'ha', 'sw', 'ma', 'ff', 'ro',
] as const;
export type Edition = (typeof EDITIONS)[number];

/** The language each edition is written in (BCP 47, as `<html lang>` / hreflang). */
export const EDITION_LANGUAGE: Record<Edition, string> = {
  fr: 'fr', en: 'en', es: 'es', pt: 'pt', br: 'pt-BR', ru: 'ru', cn: 'zh-Hans', tw: 'zh-Hant',
  vi: 'vi', km: 'km', fa: 'fa', uk: 'uk', ha: 'ha', sw: 'sw', ma: 'bm', ff: 'ff', ro: 'ro',
};

/** Path segment under which RFI files column pieces: `/cn/专栏检索/<column>/…`. */
export const COLUMN_ROOTS = ['专栏检索', '專欄檢索'];

export interface RfiPath {
  edition: Edition | null;
  /** Section segment (`政治`, `contenu`) or null for a column path. */
  section: string | null;
  /** Column segment for `/专栏检索/<column>/…` paths. */
  column: string | null;
  /** `YYYYMMDD` prefix of the last segment, or null (date-less wire URLs). */
  date: string | null;
  /** Last segment without the date prefix, decoded, NFC. */
  slug: string | null;
  /** Decoded, NFC path segments, empty ones dropped. */
  segments: string[];
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Pre-2020 hosts that name the edition (RFI-PAGES.md §1): `cn.rfi.fr`, `trad.cn.rfi.fr`, `fa.rfi.fr` … */
export function hostEdition(url: string): Edition | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (/^(?:m\.|t\.)?trad\.cn\.rfi\.fr$/u.test(host)) return 'tw';
  const sub = /^(?:m\.|t\.)?([a-z]{2})\.rfi\.fr$/u.exec(host)?.[1] ?? null;
  return sub && (EDITIONS as readonly string[]).includes(sub) ? (sub as Edition) : null;
}

/** Splits an rfi.fr URL (any host variant, percent-encoded or raw UTF-8) into its parts. */
export function parseRfiPath(url: string): RfiPath | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!/(^|\.)rfi\.fr$/i.test(u.hostname)) return null;
  const segments = u.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => safeDecode(s).normalize('NFC'));
  const first = segments[0]?.toLowerCase();
  const edition = (EDITIONS as readonly string[]).includes(first ?? '') ? (first as Edition) : null;
  const rest = edition ? segments.slice(1) : segments;
  let section: string | null = null;
  let column: string | null = null;
  if (rest.length >= 3 && COLUMN_ROOTS.includes(rest[0]!)) column = rest[1]!;
  else if (rest.length >= 2) section = rest[0]!;
  const last = rest.length > 0 ? rest[rest.length - 1]! : null;
  const m = last ? /^(\d{8})-(.+)$/.exec(last) : null;
  return {
    edition,
    section,
    column,
    date: m ? m[1]! : null,
    slug: m ? m[2]! : last,
    segments,
  };
}
