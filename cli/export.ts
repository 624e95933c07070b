// `rfi-lens export <saved-page.html> --url <page-url> --out <dir> [--corpus <dir>] [--version <source>]`
// Writes what the sidebar's Export writes: the compared capture as an archive file (seed format)
// and the edit report as Markdown and JSON, plus the saved page itself as an archive file (a
// capture of it, `page_…txt`), so a saved page can be added to a corpus. Returns the files written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildReport } from '../lib/report';
import { makeCapture } from '../lib/store/capture';
import { archiveFileOf } from '../lib/store/archive-file';
import { exportFile } from '../lib/store/export';
import { UsageError, type Args } from './args';
import { indexFor, InputError, loadCorpus, readLivePage } from './inspect';

const USAGE = 'usage: rfi-lens export <saved-page.html> --url <page-url> --out <dir> [--corpus <dir>] [--version <source>]';

export async function exportCommand(args: Args, repoRoot: string, now = Date.now()): Promise<string[]> {
  const [file] = args.positionals;
  const url = args.options.get('url');
  const out = args.options.get('out');
  if (!file || typeof url !== 'string' || typeof out !== 'string') throw new UsageError(USAGE);
  const live = readLivePage(file, url);
  const corpus = args.options.get('corpus');
  const version = args.options.get('version');
  if (version === true) throw new UsageError('--version needs a value: a source listed in match.versions');
  const source = loadCorpus(typeof corpus === 'string' ? corpus : resolve(repoRoot, 'seeds'));
  const report = buildReport(live, url, await indexFor(source, live, url), version ?? null);
  if (typeof version === 'string' && report.match && report.archived?.source !== version) {
    throw new InputError(`--version ${version} is not a stored version of this article`);
  }
  const page = await makeCapture(live.value, { source: 'import', capturedAt: now, readUrl: url }).catch(() => {
    throw new InputError(`${file}: the page has no article text to export`);
  });
  const files = [{ fileName: `page_${page.hash.slice(0, 12)}.txt`, text: archiveFileOf(page.article) }];
  if (report.archived) {
    for (const kind of ['capture', 'report-md', 'report-json'] as const) files.push(await exportFile(report, url, kind, now));
  }
  try {
    mkdirSync(out, { recursive: true });
    return files.map((f) => {
      const path = resolve(out, f.fileName.replace(/[/\\]/g, '_'));
      writeFileSync(path, f.text);
      return path;
    });
  } catch (error) {
    throw new InputError(`cannot write to ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
