// Archive files → the CorpusIndex the extension ships. Pure: the caller reads the files and decides
// what to do with the errors (the build fails on any).
import type { ArchivedArticle, CorpusIndex } from '../types';
import { parseArchiveFile } from './parse-file';

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
}

export interface CompileResult {
  index: CorpusIndex;
  /** `name:line: reason`, one per file that is not an archive file. */
  errors: string[];
  /** `name: code message`, one per warning of a readable file. */
  warnings: string[];
}

/** Orders captures by time, then by source name so that equal timestamps keep a stable order. */
function byCaptureTime(a: ArchivedArticle, b: ArchivedArticle): number {
  if (a.archivedAt !== b.archivedAt) return a.archivedAt - b.archivedAt;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

export function compileCorpus(files: CorpusFile[], options: CompileOptions): CompileResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const articles: ArchivedArticle[] = [];

  for (const file of files) {
    const result = parseArchiveFile(file.text, file.name);
    if (!result.ok) {
      errors.push(`${file.name}:${result.line}: ${result.reason}`);
      continue;
    }
    for (const w of result.warnings) warnings.push(`${file.name}: ${w.code} ${w.message}`);
    articles.push(result.value);
  }

  articles.sort(byCaptureTime);
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

  return { index: { version: 1, builtAt: options.builtAt, articles, byUrl }, errors, warnings };
}
