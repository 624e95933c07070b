// A fetched capture → the article it holds, or what it is instead. The capture's HTML goes through
// the live extractor (lib/page/extract.ts) and findMatch decides whether it is the live article.
import { findMatch } from '../match/find-match';
import { urlKey } from '../match/url-key';
import { isArticleDocument } from '../page/detect';
import { extractArticle } from '../page/extract';
import { queryFirst } from '../page/query';
import { selectors } from '../page/selectors';
import { EDITIONS } from '../rfi-url';
import type { Article } from '../types';
import { captureUrl, parseWaybackUrl, timestampToIso, waybackPageUrl } from './captures';
import { captureIndex } from './index-captures';
import type { CaptureVerdict, ChosenCapture, WaybackCapture } from './types';

/** An edition's home page (`/cn/`, `/`): where RFI sends a removed or moved article. */
export function isHomeUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!/(^|\.)rfi\.fr$/i.test(u.hostname)) return false;
  const segments = u.pathname.split('/').filter((s) => s !== '');
  return segments.length === 0 || (segments.length === 1 && (EDITIONS as readonly string[]).includes(segments[0]!.toLowerCase()));
}

const resolve = (href: string, base: string) => {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
};

export interface FetchedCapture {
  status: number;
  /** The URL the response came from after redirects. */
  finalUrl: string;
  redirected: boolean;
  html: string;
}

export interface CaptureReading {
  verdict: CaptureVerdict;
  chosen: ChosenCapture | null;
}

const notArticle = (reason: Extract<CaptureVerdict, { kind: 'not-article' }>['reason'], detail: string, target: string | null = null): CaptureReading => ({
  verdict: { kind: 'not-article', reason, detail, target },
  chosen: null,
});

/** Reads one fetched capture against the live article (5xx and 429 are handled before this). */
export function readCapture(
  capture: WaybackCapture,
  fetched: FetchedCapture,
  live: Article,
  pageUrl: string,
  parseHtml: (html: string) => Document,
): CaptureReading {
  const base = capture.captureUrl.slice(0, capture.captureUrl.lastIndexOf('/web/'));
  if (fetched.redirected && !fetched.finalUrl.startsWith(`${base}/web/`)) {
    return notArticle('redirect', `the service redirected out of the archive, to ${fetched.finalUrl}`, fetched.finalUrl);
  }
  const landed = parseWaybackUrl(fetched.finalUrl);
  if (fetched.redirected && landed && urlKey(landed.original) !== urlKey(capture.original)) {
    return isHomeUrl(landed.original)
      ? notArticle('home-page', `redirects to the home page ${landed.original}`, landed.original)
      : notArticle('redirect', `redirects to ${landed.original}`, landed.original);
  }
  if (fetched.status !== 200) return notArticle('unavailable', `the Wayback Machine answered HTTP ${fetched.status} for this capture`);

  const doc = parseHtml(fetched.html);
  const canonical = queryFirst(doc, selectors.canonical)?.getAttribute('href') ?? null;
  if (!isArticleDocument(doc)) {
    return canonical && isHomeUrl(resolve(canonical, capture.original))
      ? notArticle('home-page', 'the capture is the home page')
      : notArticle('not-article', 'the capture is not an article page');
  }
  const parsed = extractArticle(doc, capture.original);
  if (!parsed || (parsed.value.paragraphs.length === 0 && parsed.value.lead === null)) {
    return notArticle('not-article', 'no article text could be read from the capture');
  }

  // The Wayback Machine may replay a nearby timestamp, or the same article behind an archived
  // http → https redirect: the provenance names what was replayed (its digest unknown then: `-`).
  const landedOk = landed && timestampToIso(landed.timestamp) ? landed : capture;
  const moved = landedOk.timestamp !== capture.timestamp || resolve(landedOk.original, landedOk.original) !== resolve(capture.original, capture.original);
  const replayed = moved ? landedOk : capture;
  const timestamp = replayed.timestamp;
  const capturedAt = timestampToIso(timestamp)!;
  const waybackUrl = moved ? waybackPageUrl(base, timestamp, replayed.original) : capture.waybackUrl;
  const article = {
    ...parsed.value,
    archivedAt: Date.parse(capturedAt),
    displayedAt: parsed.value.modified ?? parsed.value.published,
    rawTitle: parsed.value.title,
    source: waybackUrl,
    wayback: { waybackUrl, digest: moved ? '-' : capture.digest, timestamp, original: replayed.original },
  };
  if (!findMatch(live, pageUrl, captureIndex([article]))) {
    return notArticle('other-article', `the capture holds another article: ${article.title || article.url}`, article.url);
  }
  return {
    verdict: { kind: 'article' },
    chosen: {
      article,
      warnings: parsed.warnings,
      provenance: {
        source: 'wayback',
        capturedAt,
        timestamp,
        original: replayed.original,
        waybackUrl,
        captureUrl: moved ? captureUrl(base, timestamp, replayed.original) : capture.captureUrl,
        digest: moved ? '-' : capture.digest,
      },
    },
  };
}
