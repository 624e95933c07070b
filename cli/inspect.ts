// `rfi-lens inspect <saved-page.html> --url <page-url> [--corpus <dir>] [--version <source>] [--json]`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { compileCorpus } from '../lib/archive/compile';
import { urlKey } from '../lib/match/url-key';
import { extractArticle } from '../lib/page/extract';
import { buildReport } from '../lib/report';
import type { Article, CorpusIndex, Parsed } from '../lib/types';
import { UsageError, type Args } from './args';
import { readCorpusDir } from './corpus-dir';
import { toInspectJson } from './json-view';
import { toInspectText } from './text-view';

/** A failure the user can act on: one line on stderr, exit 2. */
export class InputError extends Error {}

export function loadCorpus(dir: string): CorpusIndex {
  let files;
  try {
    files = readCorpusDir(dir);
  } catch (error) {
    throw new InputError(`cannot read corpus folder ${dir}: ${(error as Error).message}`);
  }
  const { index, errors } = compileCorpus(files, { builtAt: new Date().toISOString(), urlKey });
  if (errors.length) throw new InputError(`corpus has unreadable files: ${errors.join('; ')}`);
  return index;
}

/** A saved page → its extracted article; InputError when unreadable or not an article. */
export function readLivePage(file: string, url: string): Parsed<Article> {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const { document } = parseHTML(html);
  const live = extractArticle(document as unknown as Document, url);
  if (!live) throw new InputError(`${file}: not an RFI article page`);
  return live;
}

export function inspect(args: Args, repoRoot: string): string {
  const [file] = args.positionals;
  const url = args.options.get('url');
  if (!file || typeof url !== 'string') throw new UsageError('usage: rfi-lens inspect <saved-page.html> --url <page-url> [--corpus <dir>] [--version <source>] [--json]');
  const live = readLivePage(file, url);
  const corpus = args.options.get('corpus');
  const index = loadCorpus(typeof corpus === 'string' ? corpus : resolve(repoRoot, 'seeds'));
  // --version: the `source` of the stored version to compare with (match.versions[].source).
  const version = args.options.get('version');
  if (version === true) throw new UsageError('--version needs a value: a source listed in match.versions');
  const report = buildReport(live, url, index, version ?? null);
  if (typeof version === 'string' && report.match && report.archived?.source !== version) {
    throw new InputError(`--version ${version} is not a stored version of this article (versions: ${report.match.versions.map((v) => v.source).join(', ')})`);
  }
  return args.options.has('json') ? JSON.stringify(toInspectJson(report), null, 2) : toInspectText(report);
}
