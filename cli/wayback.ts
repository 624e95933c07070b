// `rfi-lens inspect <page.html> --url <U> --wayback [--wayback-base <server>] [--version <timestamp|wayback-url>] [--json]`:
// compares the live page with the newest Wayback Machine capture that is the article. Exits 2 with
// one line on stderr when the service cannot be reached, rate-limits or answers nonsense.
import { parseHTML } from 'linkedom';
import { buildReport } from '../lib/report';
import type { Article, Parsed } from '../lib/types';
import { captureIndex } from '../lib/wayback/index-captures';
import { lookupWayback } from '../lib/wayback/lookup';
import { WAYBACK_BASE } from '../lib/wayback/types';
import { UsageError, type Args } from './args';
import { InputError } from './inspect';
import { toInspectJson } from './json-view';
import { toInspectText } from './text-view';
import { waybackJson, waybackText } from './wayback-view';

/** A request that has not answered after this long counts as an outage. */
const TIMEOUT_MS = 20_000;
/** A Retry-After up to this long is waited out once; a longer one ends the run with exit 2. */
const MAX_WAIT_MS = 5_000;

function baseOf(args: Args): string {
  const base = args.options.get('wayback-base');
  if (base === undefined) return WAYBACK_BASE;
  if (base === true || !/^https?:\/\/[^/]/.test(base)) throw new UsageError('--wayback-base needs a server URL (http:// or https://)');
  return base.replace(/\/+$/, '');
}

export async function inspectWayback(live: Parsed<Article>, url: string, args: Args): Promise<string> {
  if (args.options.has('corpus')) throw new UsageError('--wayback compares with the Wayback Machine; it cannot be combined with --corpus');
  const base = baseOf(args);
  const version = args.options.get('version');
  if (version === true) throw new UsageError('--version needs a value: a capture timestamp or Wayback URL listed in wayback.captures');
  const lookup = await lookupWayback(live.value, url, {
    base,
    prefer: version ?? null,
    fetch: (target, init) => fetch(target, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) }),
    parseHtml: (html) => parseHTML(html).document as unknown as Document,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    maxWaitMs: MAX_WAIT_MS,
    // Node can read a 3xx: redirects are followed only while they stay on the Wayback server.
    redirects: 'manual',
  });
  if (lookup.failure) throw new InputError(lookup.failure.message);
  const asked = typeof version === 'string' ? lookup.captures.find((c) => c.timestamp === version || c.waybackUrl === version) : undefined;
  if (typeof version === 'string' && asked?.verdict.kind !== 'article') {
    const listed = lookup.captures.map((c) => c.timestamp).join(', ') || 'none';
    throw new InputError(`--version ${version} is not a Wayback capture of this article that could be compared (captures: ${listed})`);
  }
  const report = buildReport(live, url, captureIndex(lookup.chosen ? [lookup.chosen.article] : []));
  if (args.options.has('json')) return JSON.stringify({ ...toInspectJson(report), wayback: waybackJson(lookup, base) }, null, 2);
  return `${toInspectText(report, 'Archive: no Wayback capture of this article to compare with.')}\n\n${waybackText(lookup, base)}`;
}
