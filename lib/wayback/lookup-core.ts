// The Wayback Machine lookup for one live article: list its captures under every URL form (CDX),
// then fetch the newest candidates' original HTML (`id_`) until one is the article. Sequential
// requests, stopped at the first outage or rate limit; at most `maxFetches` captures fetched (plus
// the newest capture when it is an archived redirect, to say where it leads). The reading of each
// fetched capture is the caller's `read` (lookup.ts gives readCapture with a parser; Chrome's
// worker hands it to its offscreen document), so this file pulls no extractor into a bundle.
import { urlKey } from '../match/url-key';
import type { Article } from '../types';
import type { CaptureReading, FetchedCapture } from './capture-page';
import { listCaptures } from './captures';
import { CDX_LIMIT, cdxQueryUrl, parseCdx } from './cdx';
import { ACCEPT_CDX, ACCEPT_HTML, getOnServer, type HttpDeps } from './http';
import { WAYBACK_BASE, type CaptureEntry, type CdxRow, type LookupFailure, type WaybackCapture, type WaybackLookup } from './types';
import { articleUrlForms, cdxTargets } from './url-forms';

export interface CoreOptions extends HttpDeps {
  /** Reads one fetched capture: readCapture (lib/wayback/capture-page.ts) here or in another context. */
  read: (capture: WaybackCapture, fetched: FetchedCapture, live: Article, pageUrl: string) => Promise<CaptureReading>;
  /** Server with the CDX and `/web/` API (default: the public Wayback Machine). */
  base?: string;
  /** Captures fetched at most per lookup (default 3). */
  maxFetches?: number;
  /** Compare with this capture (its timestamp or Wayback page URL) instead of the newest. */
  prefer?: string | null;
}

/** Captures whose CDX status says they are an archived redirect or error, shown without fetching. */
function verdictFromStatus(statuscode: string): CaptureEntry['verdict'] | null {
  if (/^3\d\d$/.test(statuscode)) return { kind: 'not-article', reason: 'redirect', detail: `archived as a redirect (HTTP ${statuscode})`, target: null };
  if (/^[45]\d\d$/.test(statuscode)) return { kind: 'not-article', reason: 'error-page', detail: `archived as an error page (HTTP ${statuscode})`, target: null };
  return null;
}

/** The URLs whose forms are looked up: the page URL and, when it names another path, its canonical URL. */
function lookupUrls(live: Article, pageUrl: string): string[] {
  const urls = [pageUrl];
  if (urlKey(live.url) && urlKey(live.url) !== urlKey(pageUrl)) urls.push(live.url);
  return urls;
}

export async function lookupWaybackCore(live: Article, pageUrl: string, options: CoreOptions): Promise<WaybackLookup> {
  const base = (options.base ?? WAYBACK_BASE).replace(/\/+$/, '');
  const result: WaybackLookup = { status: 'no-capture', captures: [], chosen: null, failure: null, requests: [], warnings: [] };
  const fail = (failure: LookupFailure) => Object.assign(result, { status: 'failed' as const, failure });
  const urls = lookupUrls(live, pageUrl);
  const forms = urls.flatMap(articleUrlForms);
  if (forms.length === 0) return fail({ kind: 'refused', httpStatus: null, retryAt: null, message: `${pageUrl} is not an rfi.fr article URL.` });
  const keys = new Set(urls.map(urlKey).filter((k) => k !== null));
  const read = options.read;

  const rows: CdxRow[] = [];
  for (const target of cdxTargets(forms)) {
    const r = await getOnServer(options, cdxQueryUrl(base, target), ACCEPT_CDX, result.requests, base);
    if (!r.ok) return fail(r.failure);
    if (r.got.status !== 200) {
      return fail({ kind: 'refused', httpStatus: r.got.status, retryAt: null, message: `The Wayback Machine refused the capture list (HTTP ${r.got.status}).` });
    }
    const parsed = parseCdx(r.got.body);
    if (!parsed.ok) return fail({ kind: 'bad-response', httpStatus: 200, retryAt: null, message: `The Wayback Machine's answer could not be read: ${parsed.reason}.` });
    result.warnings.push(...parsed.warnings);
    if (parsed.rows.length >= CDX_LIMIT) result.warnings.push(`${target}: the service listed the oldest ${CDX_LIMIT} captures only; later ones are not shown`);
    rows.push(...parsed.rows);
  }
  const listed = listCaptures(rows, base, keys);
  result.warnings.push(...listed.warnings);
  result.captures = listed.captures.map((c) => ({ ...c, verdict: verdictFromStatus(c.statuscode) ?? { kind: 'unchecked' } }));
  if (result.captures.length === 0) return result;

  const preferred = options.prefer ? result.captures.find((c) => c.timestamp === options.prefer || c.waybackUrl === options.prefer) : undefined;
  const candidates = result.captures.filter((c) => c.verdict.kind === 'unchecked');
  const order = preferred ? [preferred, ...candidates.filter((c) => c !== preferred)] : candidates;
  // When the newest capture is an archived redirect, one more fetch says where the URL now leads
  // (the home page: the article was taken down) or finds the article behind an http → https redirect.
  const newest = result.captures[0]!;
  const probe = !preferred && /^3\d\d$/.test(newest.statuscode) ? [newest] : [];
  for (const capture of [...probe, ...order.slice(0, options.maxFetches ?? 3)]) {
    const r = await getOnServer(options, capture.captureUrl, ACCEPT_HTML, result.requests, base);
    if (!r.ok) return fail(r.failure);
    const reading = await read(capture, { status: r.got.status, finalUrl: r.got.url, redirected: r.got.redirected, html: r.got.body }, live, pageUrl);
    capture.verdict = reading.verdict;
    if (reading.chosen) {
      result.chosen = reading.chosen;
      result.status = 'found';
      return result;
    }
  }
  result.status = 'not-article';
  return result;
}
