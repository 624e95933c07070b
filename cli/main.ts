// Entry of the `rfi-lens` command. Exit 0 on success, 2 with one line on stderr otherwise.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './args';
import { exportCommand } from './export';
import { InputError, inspect } from './inspect';
import { renderPageCommand } from './render-page-command';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `rfi-lens — the RFI Lens engine on saved pages

  rfi-lens inspect <saved-page.html> --url <page-url> [--corpus <dir>] [--version <source>] [--json]
  rfi-lens render-page <archive-file> --template <saved-article.html> [--out <file>]
  rfi-lens export <saved-page.html> --url <page-url> --out <dir> [--corpus <dir>] [--version <source>]`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'inspect') {
      process.stdout.write(`${inspect(parseArgs(rest, ['url', 'corpus', 'version']), REPO_ROOT)}\n`);
      return 0;
    }
    if (command === 'export') {
      const written = await exportCommand(parseArgs(rest, ['url', 'out', 'corpus', 'version']), REPO_ROOT);
      process.stdout.write(`${written.join('\n')}\n`);
      return 0;
    }
    if (command === 'render-page') {
      renderPageCommand(parseArgs(rest, ['template', 'out']));
      return 0;
    }
    if (command === undefined || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command: ${command}\n${USAGE}`);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      process.stderr.write(`rfi-lens: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
