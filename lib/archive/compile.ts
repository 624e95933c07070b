// Archive files → the CorpusIndex the extension ships. Pure: the caller reads the files and decides
// what to do with the errors (the build fails on any).
import type { ArchivedArticle, CorpusIndex } from '../types';
import { articleDay, identityFeatures, ymdOfDay, type IdentityFeatures } from '../identity/features';
import { groupCaptures } from '../identity/group';
import { parseArchiveFile, type ArchiveParseResult } from './parse-file';

export interface CorpusFile {
  /** Name relative to the corpus folder; becomes `ArchivedArticle.source`. */
  name: string;
  text: string;
}

export interface CompileOptions {
  /** ISO time of the build, stored as `CorpusIndex.builtAt`. */
  builtAt: string;
  /** Normalised URL key (lib/match/url-key.ts); null leaves the article out of `byUrl`. */
  urlKey: (url: string) => string | null;
  /** Called as files are read (`done` of `total`), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface CompileResult {
  index: CorpusIndex;
  /** `name:line: reason`, one per file that is not an archive file. */
  errors: string[];
  /** `name: code message`, one per warning of a readable file. */
  warnings: string[];
  /** identityFeatures of each capture of `index.articles`, for lib/corpus/partition.ts. */
  features: IdentityFeatures[];
}

/** Orders captures by time, then by source name so that equal timestamps keep a stable order. */
function byCaptureTime(a: ArchivedArticle, b: ArchivedArticle): number {
  if (a.archivedAt !== b.archivedAt) return a.archivedAt - b.archivedAt;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

export function compileCorpus(files: CorpusFile[], options: CompileOptions): CompileResult {
  const results = files.map((file, n) => {
    options.onProgress?.(n, files.length);
    return parseArchiveFile(file.text, file.name);
  });
  options.onProgress?.(files.length, files.length);
  return compileParsed(files, results, options);
}

/** compileCorpus after parsing: `results[n]` is parseArchiveFile of `files[n]` (parsed anywhere, e.g. in worker threads). */
export function compileParsed(
  files: Pick<CorpusFile, 'name'>[],
  results: ArchiveParseResult[],
  options: Pick<CompileOptions, 'builtAt' | 'urlKey'>,
): CompileResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const articles: ArchivedArticle[] = [];

  for (const [n, file] of files.entries()) {
    const result = results[n]!;
    if (!result.ok) {
      errors.push(`${file.name}:${result.line}: ${result.reason}`);
      continue;
    }
    for (const w of result.warnings) warnings.push(`${file.name}: ${w.code} ${w.message}`);
    articles.push(result.value);
  }

  const { index, warnings: indexWarnings, features } = indexArticles(articles, options);
  return { index, errors, warnings: [...warnings, ...indexWarnings], features };
}

/**
 * Parsed captures → the index: sorted by capture time, keyed by URL and by filing day, and grouped
 * into articles (lib/identity/group.ts). Returns the warnings for captures without a URL key, and
 * the identity features of every capture (in index order).
 */
export function indexArticles(
  input: ArchivedArticle[],
  options: Pick<CompileOptions, 'builtAt' | 'urlKey'>,
): { index: CorpusIndex; warnings: string[]; features: IdentityFeatures[] } {
  const warnings: string[] = [];
  const articles = [...input].sort(byCaptureTime);
  const keys = new Map<string, number[]>();
  articles.forEach((article, i) => {
    const key = options.urlKey(article.url);
    if (key === null) {
      warnings.push(`${article.source}: no-url-key no match key for ${article.url}`);
      return;
    }
    const list = keys.get(key);
    if (list) list.push(i);
    else keys.set(key, [i]);
  });
  const byUrl: Record<string, number[]> = Object.fromEntries(keys);

  const features = articles.map(identityFeatures);
  const { groups, groupOf } = groupCaptures(articles, options.urlKey, features);
  const byDay: Record<string, number[]> = {};
  features.forEach((f, i) => {
    const day = articleDay(f, articles[i]!.archivedAt);
    if (day === null) return;
    (byDay[ymdOfDay(day)] ??= []).push(i);
  });
  return { index: { version: 1, builtAt: options.builtAt, articles, byUrl, groups, groupOf, byDay }, warnings, features };
}
