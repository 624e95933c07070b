// Test doubles for the watch loop's seams: served answers by URL (anything else fails as a network
// error would) and a capture sink that stores a capture when the text differs from the last one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { urlKey } from '../../../lib/match/url-key';
import { isArticleUrl } from '../../../lib/page/detect';
import { extractArticle } from '../../../lib/page/extract';
import type { Article } from '../../../lib/types';
import type { CaptureSink, FetchResult } from '../../../lib/watch/read';
import type { TickDeps } from '../../../lib/watch/tick';
import { REPO_ROOT } from '../../support/shared';

export const MINI = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8');
export const MINI_URL = 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4';
/** The mini page with one figure changed in its body. */
export const MINI_EDITED = MINI.replace('凌晨一点', '凌晨两点');

/** A mini page moved to another URL (canonical and og:url rewritten). */
export function miniAt(url: string, title: string): string {
  return MINI.replaceAll(MINI_URL, url).replaceAll('巴黎试点夜间公交 测试新线路', title);
}

export interface Captured {
  text: string;
  source: string;
  capturedAt: number;
}

export function memorySink(): CaptureSink & { captures: Map<string, Captured[]> } {
  const captures = new Map<string, Captured[]>();
  return {
    captures,
    async record(article: Article, capture) {
      const key = urlKey(article.url) ?? article.url;
      const text = [article.title, article.lead ?? '', ...article.paragraphs.map((p) => p.text)].join('\n');
      const list = captures.get(key) ?? [];
      if (list.at(-1)?.text === text) return 'same';
      list.push({ text, source: capture.source, capturedAt: capture.capturedAt });
      captures.set(key, list);
      return list.length === 1 ? 'first' : 'changed';
    },
  };
}

export type Answer = { status: number; body: string; finalUrl?: string } | 'network-error';

/** Deps answering from `answers` (by URL key); records each requested URL in `requests`. */
export function deps(answers: Map<string, Answer>, sink: CaptureSink = memorySink()): TickDeps & { requests: string[] } {
  const requests: string[] = [];
  return {
    requests,
    sink,
    isArticleUrl,
    async fetchPage(url): Promise<FetchResult> {
      requests.push(url);
      const a = answers.get(urlKey(url) ?? url);
      if (!a || a === 'network-error') return { kind: 'error', message: 'Failed to fetch' };
      return { kind: 'answer', status: a.status, finalUrl: a.finalUrl ?? url, body: a.body };
    },
    async extract(html, url) {
      return extractArticle(parseHTML(html).document as unknown as Document, url);
    },
  };
}

export function served(entries: [string, Answer][]): Map<string, Answer> {
  return new Map(entries.map(([url, a]) => [urlKey(url) ?? url, a]));
}

/** A clock the test moves. */
export function clock(start: number) {
  let t = start;
  return { now: () => t, set: (v: number) => void (t = v), add: (ms: number) => void (t += ms) };
}
