// One key per rfi.fr article URL, whatever form it was written in.
//
// Folded away: scheme (http/https), `www.` / `m.` / `t.` / `amp.` hosts, old edition sub-domains
// (`cn.rfi.fr/…` = `rfi.fr/cn/…`, `trad.cn.rfi.fr` = `/tw/`), doubled and trailing slashes,
// percent-encoding vs raw UTF-8 (decoded, then NFC), ASCII case, query and fragment.
import { EDITIONS } from '../rfi-url';

/** Host labels that say nothing about the article: device and mirror prefixes. */
const NEUTRAL_LABELS = new Set(['www', 'm', 't', 'amp']);
/** Old per-edition hosts whose path carried no edition segment. */
const HOST_EDITION = new Map<string, string>([['trad.cn', 'tw']]);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a lone `%` in a hand-typed URL: keep it as written
  }
}

/** The edition a legacy sub-domain stands for (`cn.rfi.fr` → cn), or null. */
function hostEdition(hostname: string): string | null {
  const labels = hostname
    .replace(/\.?rfi\.fr$/, '')
    .split('.')
    .filter((l) => l !== '' && !NEUTRAL_LABELS.has(l));
  const joined = labels.join('.');
  const mapped = HOST_EDITION.get(joined);
  if (mapped !== undefined) return mapped;
  const first = labels[0];
  return first && (EDITIONS as readonly string[]).includes(first) ? first : null;
}

/**
 * `https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-x?utm=1#top` and
 * `http://rfi.fr//cn/政治/20251130-x/` both give `rfi.fr/cn/政治/20251130-x`.
 * Returns null for anything that is not an rfi.fr URL.
 */
export function urlKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (!/(^|\.)rfi\.fr$/.test(host)) return null;
  const segments = u.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeSegment(s).normalize('NFC').toLowerCase());
  const edition = hostEdition(host);
  if (edition && segments[0] !== edition) segments.unshift(edition);
  return ['rfi.fr', ...segments].join('/');
}
