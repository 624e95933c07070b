// `rfi-lens inspect <saved-page.html> --url <page-url> [--corpus <dir>] [--version <source>] [--json]`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { compileCorpus } from '../lib/archive/compile';
import { readCorpusDir } from '../lib/archive/corpus-dir';
import { memoryPartSource } from '../lib/corpus/memory';
import { partitionIndex } from '../lib/corpus/partition';
import { bundledSource, indexFromSources, type CandidateSource } from '../lib/corpus/sources';
import { capArticle } from '../lib/limits';
import { urlKey } from '../lib/match/url-key';
import { isArticleUrl } from '../lib/page/detect';
import { extractArticle } from '../lib/page/extract';
import { buildReport } from '../lib/report';
import type { Article, CorpusIndex, Parsed } from '../lib/types';
import { oneLine, UsageError, type Args } from './args';
import { importedCorpus, isImportStore } from './import-store';
import { toInspectJson } from './json-view';
import { toInspectText } from './text-view';
import { inspectWayback } from './wayback';

/** A failure the user can act on: one line on stderr, exit 2. */
export class InputError extends Error {}

/**
 * A corpus folder as the extension ships it: compiled, cut into the same parts (held in memory),
 * and read by the same candidate source the background reads the package with.
 */
export function loadCorpus(dir: string): CandidateSource {
  let files;
  try {
    files = readCorpusDir(dir);
  } catch (error) {
    throw new InputError(`cannot read corpus folder ${dir}: ${(error as Error).message}`);
  }
  const { index, errors, features } = compileCorpus(files, { builtAt: new Date().toISOString(), urlKey });
  if (errors.length) throw new InputError(`corpus has unreadable files: ${errors.join('; ')}`);
  return bundledSource(memoryPartSource(partitionIndex(index, features)));
}

/** The captures of `corpus` a live page can match, as the background assembles them (lib/corpus/sources.ts). */
export async function indexFor(corpus: CandidateSource, live: Parsed<Article>, url: string): Promise<CorpusIndex> {
  let failed: unknown = null;
  const index = await indexFromSources([corpus], live.value, url, (_, error) => (failed = error));
  if (failed) throw failed;
  return index;
}

/** A saved page → its extracted article; InputError when unreadable or not an article. */
export function readLivePage(file: string, url: string): Parsed<Article> {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${oneLine(file, 200)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const { document } = parseHTML(html);
  const extracted = extractArticle(document as unknown as Document, url);
  if (!extracted) throw new InputError(`${oneLine(file, 200)}: not an RFI article page`);
  return capArticle(extracted); // as the extension does: a huge page is compared in part
}

export function inspect(args: Args, repoRoot: string): string | Promise<string> {
  const [file] = args.positionals;
  const url = args.options.get('url');
  if (!file || typeof url !== 'string') throw new UsageError('usage: rfi-lens inspect <saved-page.html> --url <page-url> [--corpus <dir>] [--version <source>] [--json]');
  if (args.positionals.length > 1) throw new UsageError(`inspect takes one saved page, not ${args.positionals.length}`);
  if (!isArticleUrl(url)) throw new UsageError(`--url ${oneLine(url, 200)} is not an RFI article URL on rfi.fr`);
  const live = readLivePage(file, url);
  if (args.options.has('wayback-base') && !args.options.has('wayback')) throw new UsageError('--wayback-base is only used with --wayback');
  if (args.options.has('wayback')) return inspectWayback(live, url, args);
  const corpus = args.options.get('corpus');
  const dir = typeof corpus === 'string' ? corpus : resolve(repoRoot, 'seeds');
  // --version: the `source` of the stored version to compare with (match.versions[].source).
  const version = args.options.get('version');
  if (version === true) throw new UsageError('--version needs a value: a source listed in match.versions');
  // A store folder of `rfi-lens import`: its compiled parts, read as the extension reads them.
  const index = isImportStore(dir) ? importedCorpus(dir, live.value, url) : indexFor(loadCorpus(dir), live, url);
  return index.then((found) => answer(live, url, found, version ?? null, args.options.has('json')));
}

function answer(live: Parsed<Article>, url: string, index: CorpusIndex, version: string | null, json: boolean): string {
  const report = buildReport(live, url, index, version);
  if (typeof version === 'string' && report.match && report.archived?.source !== version) {
    throw new InputError(`--version ${version} is not a stored version of this article (versions: ${report.match.versions.map((v) => v.source).join(', ')})`);
  }
  return json ? JSON.stringify(toInspectJson(report), null, 2) : toInspectText(report);
}
