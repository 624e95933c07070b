// Every URL form under which RFI published (and the Wayback Machine captured) one article, and the
// CDX queries that cover them. Pure string work.
//
// RFI-PAGES.md §1: the same article is linked as http or https, with or without `www.`, with its
// path percent-encoded (upper-case hex: canonical, og:url) or raw UTF-8 (nav, breadcrumb), and
// 2020-21 captures read `http://www.rfi.fr//cn/…` (doubled slash).
import { EDITIONS } from '../rfi-url';

const SCHEMES = ['https', 'http'] as const;
const HOSTS = ['www.rfi.fr', 'rfi.fr'] as const;
/** Host prefixes that say nothing about the article (lib/match/url-key.ts folds the same). */
const RFI_HOST = /^(?:(?:www|m|t|amp)\.)*(?:([a-z]{2})\.)?rfi\.fr$/;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The article's path segments, decoded and NFC, edition first (an old `cn.rfi.fr` host gives `cn`); null if not rfi.fr. */
export function articleSegments(url: string): string[] | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  const host = RFI_HOST.exec(u.hostname.toLowerCase());
  if (!host) return null;
  const segments = u.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeSegment(s).normalize('NFC'));
  const hostEdition = host[1];
  if (hostEdition && (EDITIONS as readonly string[]).includes(hostEdition) && segments[0]?.toLowerCase() !== hostEdition) {
    segments.unshift(hostEdition);
  }
  return segments.length > 0 ? segments : null;
}

/** The path forms of one article: percent-encoded, raw, and each with the doubled leading slash. */
export function pathForms(segments: string[]): string[] {
  const encoded = `/${segments.map((s) => encodeURIComponent(s)).join('/')}`;
  const raw = `/${segments.join('/')}`;
  return [...new Set([encoded, raw, `/${encoded}`, `/${raw}`])];
}

/**
 * Every URL form of the article at `url` (query and fragment never included: they can carry
 * tracking data about the reader). Up to 16: 2 schemes × 2 hosts × 4 path forms. Empty when `url`
 * is not an rfi.fr URL with a path.
 */
export function articleUrlForms(url: string): string[] {
  const segments = articleSegments(url);
  if (!segments) return [];
  const out: string[] = [];
  for (const scheme of SCHEMES) for (const host of HOSTS) for (const path of pathForms(segments)) out.push(`${scheme}://${host}${path}`);
  return out;
}

/**
 * The `url=` values to ask the CDX server for so that every form is covered: one per path form.
 * The CDX index is keyed by a canonical `urlkey` (SURT) that drops the scheme and `www.`: the CDX
 * server's README lists `http://www.archive.org:80/` and `http://archive.org:80/` under the one
 * urlkey `org,archive)/`, so one query per path answers for its four scheme/host forms. Path forms
 * are asked separately: whether the server folds percent-encoding and doubled slashes is not documented.
 */
export function cdxTargets(urls: string[]): string[] {
  const targets = new Set<string>();
  for (const url of urls) {
    const segments = articleSegments(url);
    if (segments) for (const path of pathForms(segments)) targets.add(`www.rfi.fr${path}`);
  }
  return [...targets];
}
