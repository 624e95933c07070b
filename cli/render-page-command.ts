// `rfi-lens render-page <archive-file> --template <saved-article.html> [--stored-body] [--out <file>]`
// Puts an archived article into a real saved RFI page, giving a live-looking page for tests and
// for checking the extractor by eye. With `--stored-body`, the page's body is the file's body HTML
// as stored (residue included), not the parsed paragraphs: the page a live/archive parity check reads.
import { basename } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArchiveFile, storedBodyHtml } from '../lib/archive/parse-file';
import { oneLine, UsageError, type Args } from './args';
import { InputError } from './inspect';
import { renderArticlePage } from './render-page';
import { renderStoredBodyPage } from './render-page-body';

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
  if (!file || typeof template !== 'string') throw new UsageError('usage: rfi-lens render-page <archive-file> --template <saved-article.html> [--stored-body] [--out <file>]');
  const text = read(file);
  const parsed = parseArchiveFile(text, basename(file));
  if (!parsed.ok) throw new InputError(`${oneLine(file, 200)}:${parsed.line}: ${parsed.reason}`);
  const html = args.options.get('stored-body') === true
    ? renderStoredBodyPage(read(template), parsed.value, storedBodyHtml(text) ?? '')
    : renderArticlePage(read(template), parsed.value);
  const out = args.options.get('out');
  if (typeof out === 'string') writeFileSync(out, html);
  else process.stdout.write(html);
}
