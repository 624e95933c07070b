// What `rfi-lens inspect --wayback` adds to the report: the lookup's outcome and every capture listed.
import type { CaptureEntry, WaybackLookup } from '../lib/wayback/types';

export function waybackJson(lookup: WaybackLookup, base: string) {
  return {
    status: lookup.status,
    base,
    compared: lookup.chosen?.provenance ?? null,
    captures: lookup.captures.map(({ verdict, ...capture }) => ({ ...capture, verdict })),
    requests: lookup.requests,
    warnings: lookup.warnings,
  };
}

/** The lookup stops at the first capture that is the article: it is the one compared. */
function verdictText(c: CaptureEntry): string {
  if (c.verdict.kind === 'article') return 'the article (compared)';
  if (c.verdict.kind === 'unchecked') return 'not checked';
  return `not the article: ${c.verdict.detail}`;
}

export function waybackText(lookup: WaybackLookup, base: string): string {
  const out: string[] = [];
  const compared = lookup.chosen?.provenance ?? null;
  const n = lookup.captures.length;
  if (lookup.status === 'found' && compared) {
    out.push(`Wayback Machine (${base}): compared with the capture of ${compared.capturedAt}, ${compared.waybackUrl} (digest ${compared.digest}).`);
  } else if (lookup.status === 'no-capture') {
    out.push(`Wayback Machine (${base}): no capture of this article under any of its URL forms.`);
  } else {
    out.push(`Wayback Machine (${base}): ${n} captures listed; none of those checked is the article, so nothing was compared.`);
  }
  for (const c of lookup.captures) {
    const dupes = c.duplicates > 0 ? ` (+${c.duplicates} identical until ${c.lastSeen})` : '';
    out.push(`  ${c.capturedAt}  HTTP ${c.statuscode}  ${verdictText(c)}${dupes}`, `    ${c.waybackUrl}`);
  }
  out.push(`  ${lookup.requests.length} requests sent (GET, no cookies, no referrer).`);
  return out.join('\n');
}
