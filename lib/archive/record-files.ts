// Archive files → their outcomes (lib/archive/capture-record.ts: decoded, parsed, recorded) on every
// core: the build (modules/corpus.ts) and `rfi-lens import` (cli/import.ts) both call this. From
// WORKERS_FROM files on, worker threads (one per spare core, at most 7) each read and record a share
// of the files with the same code, loaded through tsx, and post their outcomes in batches; this
// thread records the last share meanwhile and draws the progress. Node only (node:worker_threads).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { urlKey } from '../match/url-key';
import { outcomeOfBytes, type FileOutcome } from './capture-record';

/** A file to record: its name (relative, `/`-separated) and where its bytes are. */
export type FileJob = { name: string; path: string } | { name: string; bytes: Uint8Array };

export interface RecordFilesOptions {
  /** The repository root: where lib/ and node_modules/tsx are. */
  root: string;
  /** Tag the captures as this import's (outcomeOfBytes). */
  importId?: string;
  onProgress?: (done: number, total: number) => void;
  /** Worker threads from this many files on (starting one costs about a second). */
  workersFrom?: number;
}

const WORKERS_FROM = 5000;
/** Outcomes per message from a worker, and files between two yields of this thread. */
const BATCH = 250;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { tsxApi, capture, keys, parent, jobs, importId, batch } = workerData;
import(tsxApi)
  .then(({ tsImport }) => Promise.all([tsImport(capture, parent), tsImport(keys, parent)]))
  .then(([{ outcomeOfBytes }, { urlKey }]) => {
    for (let i = 0; i < jobs.length; i += batch) {
      parentPort.postMessage(jobs.slice(i, i + batch).map((j) => outcomeOfBytes(j.bytes ?? readFileSync(j.path), j.name, urlKey, importId)));
    }
    parentPort.postMessage(null);
  });
`;

function inWorker(root: string, jobs: FileJob[], importId: string | undefined, onBatch: (n: number) => void): Promise<FileOutcome[]> {
  // require.resolve finds the CommonJS build of the API; the worker imports its ES module twin beside it.
  const tsxApi = pathToFileURL(createRequire(resolve(root, 'package.json')).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const href = (path: string) => pathToFileURL(resolve(root, path)).href;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { tsxApi, capture: href('lib/archive/capture-record.ts'), keys: href('lib/match/url-key.ts'), parent: pathToFileURL(root).href, jobs, importId, batch: BATCH },
  });
  const outcomes: FileOutcome[] = [];
  return new Promise((done, fail) => {
    worker.on('message', (batch: FileOutcome[] | null) => {
      if (batch === null) {
        done(outcomes);
        void worker.terminate();
        return;
      }
      for (const o of batch) outcomes.push(o);
      onBatch(batch.length);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`archive file worker exited with code ${code}`)));
  });
}

const bytesOf = (job: FileJob): Uint8Array => ('bytes' in job ? job.bytes : readFileSync(job.path));

/** The outcome of every job, in order. */
export async function recordFiles(jobs: FileJob[], options: RecordFilesOptions): Promise<FileOutcome[]> {
  const threads = jobs.length >= (options.workersFrom ?? WORKERS_FROM) ? Math.max(1, Math.min(availableParallelism(), 8)) : 1;
  const share = Math.ceil(jobs.length / threads);
  const chunks = Array.from({ length: threads }, (_, t) => jobs.slice(t * share, (t + 1) * share));
  const own = chunks.pop()!;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, jobs.length);
  };
  const others = chunks.map((chunk) => inWorker(options.root, chunk, options.importId, progress));
  const mine: FileOutcome[] = [];
  for (let i = 0; i < own.length; i += BATCH) {
    for (const job of own.slice(i, i + BATCH)) mine.push(outcomeOfBytes(bytesOf(job), job.name, urlKey, options.importId));
    progress(Math.min(BATCH, own.length - i));
    // Lets the workers' batches in (their progress, and their memory handed over as it is made).
    if (others.length > 0) await new Promise((next) => setImmediate(next));
  }
  return [...(await Promise.all(others)).flat(), ...mine];
}
