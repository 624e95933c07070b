// Entry of the `rfi-lens` command. Exit 0 on success, 2 with one line on stderr otherwise.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneLine, parseArgs, UsageError } from './args';
import { exportCommand } from './export';
import { importCommand } from './import';
import { InputError, inspect } from './inspect';
import { renderPageCommand } from './render-page-command';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `rfi-lens — the RFI Lens engine on saved pages

  rfi-lens inspect <saved-page.html> --url <page-url> [--corpus <dir>] [--version <source>] [--json]
  rfi-lens inspect <saved-page.html> --url <page-url> --wayback [--wayback-base <server>] [--version <timestamp>] [--json]
  rfi-lens render-page <archive-file> --template <saved-article.html> [--stored-body] [--out <file>]
  rfi-lens export <saved-page.html> --url <page-url> --out <dir> [--corpus <dir>] [--version <source>]
  rfi-lens import <folder|zip> --store <dir>   (then: inspect … --corpus <dir>)`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'inspect') {
      process.stdout.write(`${await inspect(parseArgs(rest, ['url', 'corpus', 'version', 'wayback-base'], ['json', 'wayback']), REPO_ROOT)}\n`);
      return 0;
    }
    if (command === 'export') {
      const written = await exportCommand(parseArgs(rest, ['url', 'out', 'corpus', 'version']), REPO_ROOT);
      process.stdout.write(`${written.join('\n')}\n`);
      return 0;
    }
    if (command === 'import') {
      process.stdout.write(`${await importCommand(parseArgs(rest, ['store']))}\n`);
      return 0;
    }
    if (command === 'render-page') {
      renderPageCommand(parseArgs(rest, ['template', 'out'], ['stored-body']));
      return 0;
    }
    if (command === '--help' || command === 'help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === undefined) throw new UsageError('no command given (commands: inspect, export, import, render-page; rfi-lens --help)');
    throw new UsageError(`unknown command: ${command} (commands: inspect, export, import, render-page; rfi-lens --help)`);
  } catch (error) {
    // Every failure is one stderr line and exit 2, whatever the input did (a page nested too deep
    // for the stack included): no stack trace, no message spread over several lines.
    const known = error instanceof InputError || error instanceof UsageError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rfi-lens: ${oneLine(known ? message : `could not finish: ${message}`)}\n`);
    return 2;
  }
}
