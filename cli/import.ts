// `rfi-lens import <dir|zip> --store <dir>`: a folder or zip of archive files compiled by the build's
// compiler (lib/imports/run.ts) into an imports store folder that `inspect --corpus <dir>` reads.
// Imports left half-written by a stopped process are removed first. Progress on stderr for large
// imports; the summary on stdout.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { recordFiles, type FileJob } from '../lib/archive/record-files';
import { progressLine } from '../lib/corpus/progress';
import { runImport, sweepAbandoned } from '../lib/imports/run';
import { newImportId, type ImportFile, type ImportPhase } from '../lib/imports/types';
import { oneLine, UsageError, type Args } from './args';
import { folderBackend } from './import-store';
import { InputError } from './inspect';

const PROGRESS_FROM = 5000;
/** The repository: where the worker threads find lib/ and tsx. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** An ImportFile that a worker thread can read itself: its path, or its bytes (a zip's entry). */
type CliFile = ImportFile & { job: FileJob };

function folderFiles(dir: string): CliFile[] {
  const files: CliFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const name = relative(dir, path).split(sep).join('/');
        files.push({ name, read: () => readFileSync(path), job: { name, path } });
      }
    }
  };
  walk(dir);
  return files;
}

function zipFiles(path: string): CliFile[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(path));
  } catch (error) {
    throw new InputError(`${oneLine(path, 200)} is not a readable zip: ${(error as Error).message}`);
  }
  return Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, bytes]) => ({ name, read: () => bytes, job: { name, bytes } }));
}

const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;

const PHASE: Record<ImportPhase, string> = { read: 'read', compile: 'compile', write: 'write' };

export async function importCommand(args: Args): Promise<string> {
  const [input] = args.positionals;
  const store = args.options.get('store');
  if (!input || typeof store !== 'string') throw new UsageError('usage: rfi-lens import <folder|zip> --store <dir>');
  if (args.positionals.length > 1) throw new UsageError(`import takes one folder or zip, not ${args.positionals.length}`);
  let stat;
  try {
    stat = statSync(input);
  } catch (error) {
    throw new InputError(`cannot read ${oneLine(input, 200)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const files = stat.isDirectory() ? folderFiles(input) : zipFiles(input);
  const backend = folderBackend(resolve(store));
  await sweepAbandoned(backend, (id) => backend.running(id));
  const large = files.length >= PROGRESS_FROM;
  let last = '';
  const started = Date.now();
  const summary = await runImport(backend, files, {
    id: newImportId(Date.now()),
    name: basename(resolve(input)),
    now: Date.now,
    // Every core reads and parses (lib/archive/record-files.ts), as the build does.
    record: (chosen, id, onProgress) => recordFiles((chosen as CliFile[]).map((f) => f.job), { root: ROOT, importId: id, onProgress }),
    onProgress: large
      ? (phase, done, total) => {
          // One line per phase and tenth: a progress bar that a log file can keep.
          const line = `${PHASE[phase]} ${progressLine(done, total).replace(/ files$/, phase === 'read' ? ' files' : ' parts')}`;
          const step = `${phase}:${total > 0 ? Math.floor((10 * done) / total) : 10}`;
          if (step !== last) process.stderr.write(`${line}\n`);
          last = step;
        }
      : undefined,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return [
    `imported ${oneLine(summary.name, 200)} as ${summary.id} into ${oneLine(store, 200)} in ${seconds} s: ${count(summary.files, 'file')} read, ${count(summary.articles, 'article')}, ${count(summary.versions, 'version')}, ${count(summary.rejected, 'file')} rejected`,
    ...summary.errors.map((e) => `  ${e}`),
  ].join('\n');
}
