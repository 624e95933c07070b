// The fixed list of pages scripts/bench-lookup-browser.ts opens, each an edited live page (the
// fixture edit of tests/e2e/support/fixtures.ts: a figure changed, a paragraph removed, one added)
// rendered with the team's template: articles of the bundled corpus (under their URL and under a
// changed one: matched by identity), an article in no corpus, and captures of the generated corpus
// that the import will hold (before it they miss). "Another article each round" kinds take a
// different article in every round and phase, so their parts are read cold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { renderArticlePage } from '../cli/render-page';
import { parseArchiveFile } from '../lib/archive/parse-file';
import { capArticle } from '../lib/limits';
import { extractArticle } from '../lib/page/extract';
import type { ArchivedArticle, Article, Parsed } from '../lib/types';
import { editedArticle, template, unarchivedPage } from '../tests/e2e/support/fixtures';

export type Phase = 'before' | 'after';

export interface LookupPage {
  url: string;
  html: string;
}

export interface PageKind {
  name: string;
  /** The page of this kind in `round` of `phase`. */
  page(phase: Phase, round: number): LookupPage;
  /** The answer the sidebar must show: the origin of the compared capture, or null (not in the archive). */
  expected(phase: Phase): 'bundled' | 'import' | null;
}

const DATED = /(\/\d{8}-)/;

/** The archive files under `paths` that parse and carry a dated URL, as articles served over https. */
function articles(paths: string[], want: number): ArchivedArticle[] {
  const out: ArchivedArticle[] = [];
  for (const path of paths) {
    if (out.length >= want) break;
    const parsed = parseArchiveFile(readFileSync(path, 'utf8'), path);
    if (!parsed.ok || !DATED.test(parsed.value.url) || parsed.value.paragraphs.length < 4) continue;
    out.push({ ...parsed.value, url: parsed.value.url.replace(/^http:\/\//, 'https://') });
  }
  return out;
}

/** `count` paths spread evenly over `paths` (the same on every run). */
function spread(paths: string[], count: number): string[] {
  if (paths.length <= count * 4) return paths;
  return Array.from({ length: count * 4 }, (_, k) => paths[Math.floor(((k + 0.5) * paths.length) / (count * 4))]!);
}

function render(article: Article, url = article.url): LookupPage {
  return { url, html: renderArticlePage(template(), editedArticle({ ...article, url } as ArchivedArticle)) };
}

/** The same article under another slug of the same day: a new URL, matched by identity. */
const renamed = (a: Article) => render(a, a.url.replace(DATED, '$1re-'));

/**
 * The kinds of page, from the bundled archive folder (what the build compiled: seeds/, or
 * RFI_LENS_CORPUS) and the imported files. A bundled folder too small for a new article every
 * round (seeds/ holds one) has no such kind.
 */
export function lookupKinds(bundledDir: string, imported: string[], rounds: number): { kinds: PageKind[]; warmUp: LookupPage } {
  const fresh = 2 * rounds;
  const bundledFiles = readdirSync(bundledDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const bundled = articles(spread(bundledFiles, fresh + 3), fresh + 3);
  const ours = articles(spread(imported, fresh + 3), fresh + 3);
  if (bundled.length === 0) throw new Error(`${bundledDir}: no archive file with a dated URL`);
  if (ours.length < fresh + 2) throw new Error(`only ${ours.length} imported files with a dated URL: import more`);
  const miss = unarchivedPage();
  const each = (list: Article[]) => (phase: Phase, round: number) => render(list[(phase === 'before' ? 0 : rounds) + round]!);
  const kinds: PageKind[] = [
    { name: 'bundled, URL', page: () => render(bundled[0]!), expected: () => 'bundled' },
    { name: 'bundled, new URL', page: () => renamed(bundled[0]!), expected: () => 'bundled' },
    ...(bundled.length >= fresh + 3 ? [{ name: 'bundled, each round new', page: each(bundled.slice(3)), expected: () => 'bundled' as const }] : []),
    { name: 'in no corpus', page: () => ({ url: miss.url, html: miss.html }), expected: () => null },
    { name: 'import, URL', page: () => render(ours[0]!), expected: (p) => (p === 'after' ? 'import' : null) },
    { name: 'import, new URL', page: () => renamed(ours[1]!), expected: (p) => (p === 'after' ? 'import' : null) },
    { name: 'import, each round new', page: each(ours.slice(2)), expected: (p) => (p === 'after' ? 'import' : null) },
  ];
  const warmUp = bundled.length > 1 ? render(bundled[1]!) : render(bundled[0]!, bundled[0]!.url.replace(DATED, '$1warm-up-'));
  return { kinds, warmUp };
}

/** The live article the content script sends for `page` (the extractor read in Node, with linkedom, as `rfi-lens inspect` reads it). */
export function liveOf(page: LookupPage): Parsed<Article> {
  const extracted = extractArticle(parseHTML(page.html).document as unknown as Document, page.url);
  if (!extracted) throw new Error(`${page.url}: not read as an article`);
  return capArticle(extracted);
}
