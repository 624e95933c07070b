// `rfi-lens render-page <archive-file> --template <saved-article.html> [--out <file>]`
// Puts an archived article into a real saved RFI page, giving a live-looking page for tests and
// for checking the extractor by eye.
import { basename } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArchiveFile } from '../lib/archive/parse-file';
import { oneLine, UsageError, type Args } from './args';
import { InputError } from './inspect';
import { renderArticlePage } from './render-page';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${oneLine(file, 200)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function renderPageCommand(args: Args): void {
  const [file] = args.positionals;
  const template = args.options.get('template');
  if (!file || typeof template !== 'string') throw new UsageError('usage: rfi-lens render-page <archive-file> --template <saved-article.html> [--out <file>]');
  const parsed = parseArchiveFile(read(file), basename(file));
  if (!parsed.ok) throw new InputError(`${oneLine(file, 200)}:${parsed.line}: ${parsed.reason}`);
  const html = renderArticlePage(read(template), parsed.value);
  const out = args.options.get('out');
  if (typeof out === 'string') writeFileSync(out, html);
  else process.stdout.write(html);
}
