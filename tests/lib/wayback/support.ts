// Shared by the Wayback unit tests: the live mini article, its old-template capture, and a fetch that
// answers from a table (no network), recording what it was asked.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lib/page/extract';
import type { Article } from '../../../lib/types';
import type { FetchResponse, WaybackFetch } from '../../../lib/wayback/http';
import { REPO_ROOT } from '../../support/shared';

export const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
export const fixture = (path: string) => readFileSync(resolve(REPO_ROOT, 'tests/fixtures', path), 'utf8');

export const PAGE_URL = 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交?utm_source=test#top';
/** The article's URL as 2020-21 captures list it: http, doubled slash, percent-encoded. */
export const DOUBLED = 'http://www.rfi.fr//cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4';
export const MINI_LIVE = fixture('pages/cn-2025-mini.html');
export const MINI_OLD = fixture('wayback/cn-mini-older-template.html');
export const HOME_OLD = fixture('wayback/cn-home-older-template.html');

export function liveMini(): Article {
  return extractArticle(parseHtml(MINI_LIVE), PAGE_URL)!.value;
}

export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Where the response says it came from after redirects (default: the URL asked). */
  url?: string;
}

/** A fetch over a table: `answer(url)` gives the response, an Error, or undefined (→ the test fails loudly). */
export function tableFetch(answer: (url: string) => Answer | Error | undefined) {
  const asked: { url: string; init: RequestInit }[] = [];
  const fetch: WaybackFetch = async (url, init) => {
    asked.push({ url, init });
    const a = answer(url);
    if (a === undefined) throw new Error(`test: no answer for ${url}`);
    if (a instanceof Error) throw a;
    const response: FetchResponse = {
      status: a.status,
      url: a.url ?? url,
      redirected: a.url !== undefined && a.url !== url,
      headers: { get: (n) => a.headers?.[n.toLowerCase()] ?? null },
      text: async () => a.body ?? '',
    };
    return response;
  };
  return { fetch, asked };
}
