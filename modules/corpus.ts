// Local WXT module (auto-loaded from modules/): compiles the archive corpus at build time and ships
// it partitioned (lib/corpus/partition.ts): `corpus/manifest.json`, per filing day
// `corpus/days/<YYYYMMDD>.txt` (heads) and `corpus/texts/<YYYYMMDD>.txt`, and `corpus/keys/<n>.json`
// URL-key buckets; the background reads only the parts one lookup needs. The folder is
// $RFI_LENS_CORPUS or <root>/seeds. Any file that cannot be read as an archive file fails the build
// with its `file:line: reason`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defineWxtModule } from 'wxt/modules';
import { formatCorpusErrors, readCorpusDir } from '../lib/archive/corpus-dir';
import { compileParsed, type CorpusFile } from '../lib/archive/compile';
import { parseArchiveFile, type ArchiveParseResult } from '../lib/archive/parse-file';
import { MANIFEST_PATH, partFiles, partitionIndex } from '../lib/corpus/partition';
import { progressReporter } from '../lib/corpus/progress';
import { urlKey } from '../lib/match/url-key';

/** A progress bar is drawn for corpora at least this large. */
const PROGRESS_FROM = 5000;
/** Below this many files one thread parses them all (starting a worker costs about a second). */
const WORKERS_FROM = 5000;

/** A worker thread parsing its share of the files with the same lib/archive/parse-file.ts, loaded through tsx. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then(({ tsImport }) => tsImport(workerData.parser, workerData.parent))
  .then(({ parseArchiveFile }) => parentPort.postMessage(workerData.files.map((f) => parseArchiveFile(f.text, f.name))));
`;

function parseInWorker(root: string, files: CorpusFile[]): Promise<ArchiveParseResult[]> {
  // require.resolve finds the CommonJS build of the API; the worker imports its ES module twin beside it.
  const tsxApi = pathToFileURL(createRequire(resolve(root, 'package.json')).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const parser = pathToFileURL(resolve(root, 'lib/archive/parse-file.ts')).href;
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { tsxApi, parser, parent: pathToFileURL(root).href, files } });
  return new Promise((done, fail) => {
    worker.once('message', (results: ArchiveParseResult[]) => {
      done(results);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`corpus parse worker exited with code ${code}`)));
  });
}

/**
 * Every file parsed, in order: the first shares in worker threads (one per spare core), the last one
 * on this thread meanwhile, which also drives the progress bar. Same parser, same results.
 */
async function parseAll(root: string, files: CorpusFile[], onProgress?: (done: number, total: number) => void): Promise<ArchiveParseResult[]> {
  const threads = files.length >= WORKERS_FROM ? Math.max(1, Math.min(availableParallelism(), 8)) : 1;
  const share = Math.ceil(files.length / threads);
  const chunks = Array.from({ length: threads }, (_, t) => files.slice(t * share, (t + 1) * share));
  const own = chunks.pop()!;
  const others = chunks.map((chunk) => parseInWorker(root, chunk));
  const mine = own.map((file, n) => {
    onProgress?.(Math.round(((n + 1) * files.length) / own.length), files.length);
    return parseArchiveFile(file.text, file.name);
  });
  return [...(await Promise.all(others)).flat(), ...mine];
}

export default defineWxtModule({
  name: 'rfi-lens:corpus',
  setup(wxt) {
    // Lets `browser.runtime.getURL('/corpus/manifest.json')` type-check (the parts are found from it).
    wxt.hook('prepare:publicPaths', (_, paths) => {
      paths.push(MANIFEST_PATH);
    });
    wxt.hook('build:publicAssets', async (_, files) => {
      const fromEnv = process.env.RFI_LENS_CORPUS;
      const dir = resolve(wxt.config.root, fromEnv ?? 'seeds');
      if (!existsSync(dir)) {
        if (fromEnv) throw new Error(`RFI_LENS_CORPUS folder not found: ${dir}`);
        wxt.logger.warn(`corpus: ${dir} not found; shipping an empty corpus`);
      }
      const started = Date.now();
      // Files that cannot be archive files: they fail a seeds/ build, an external folder lists them.
      const rejected: string[] = [];
      const sources = existsSync(dir) ? readCorpusDir(dir, rejected) : [];
      const large = sources.length >= PROGRESS_FROM;
      const onProgress = large ? progressReporter((line) => wxt.logger.info(`corpus: ${line}`), Math.ceil(sources.length / 10)) : undefined;
      const results = await parseAll(wxt.config.root, sources, onProgress);
      const parsed = Date.now();
      const { index, errors, warnings, features } = compileParsed(sources, results, { builtAt: new Date().toISOString(), urlKey });
      const compiled = Date.now();
      const summary =
        `corpus: ${sources.length} files read from ${dir}, ${index.groups.length} articles, ${index.articles.length} versions, ` +
        `${Object.keys(index.byUrl).length} URL keys, ${errors.length + rejected.length} files rejected, ${warnings.length} warnings`;
      if (errors.length > 0 || (rejected.length > 0 && !fromEnv)) {
        throw new Error(`${summary}\n${formatCorpusErrors(dir, [...rejected, ...errors])}`);
      }
      if (rejected.length > 0) wxt.logger.warn(`${summary}\n${formatCorpusErrors(dir, rejected)}`);
      const parts = partitionIndex(index, features);
      const { dayFiles, buckets } = parts;
      for (const [relativeDest, contents] of partFiles(parts)) files.push({ relativeDest, contents });
      const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
      wxt.logger.info(
        `${summary}; ${dayFiles.length} day files, ${buckets.length} key buckets ` +
          `(${seconds(started, Date.now())}: read and parse ${seconds(started, parsed)}, identity ${seconds(parsed, compiled)}, parts ${seconds(compiled, Date.now())})`,
      );
      for (const w of warnings) wxt.logger.debug(`corpus: ${w}`);
    });
  },
});
