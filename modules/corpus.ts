// Local WXT module (auto-loaded from modules/): compiles the archive corpus at build time and ships
// it partitioned (lib/corpus/partition.ts): `corpus/manifest.json`, per filing day
// `corpus/days/<YYYYMMDD>.txt` (heads) and `corpus/texts/<YYYYMMDD>.txt`, and `corpus/keys/<n>.json`
// URL-key buckets; the background reads only the parts one lookup needs. The folder is
// $RFI_LENS_CORPUS or <root>/seeds. Any file that cannot be read as an archive file fails the build
// with its `file:line: reason`. The files are recorded on every core (lib/archive/record-files.ts)
// and the parts written one day at a time (lib/corpus/write-parts.ts) into a scratch folder WXT
// copies them from, so no whole index and no whole package is held in memory.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import type { CaptureRecord } from '../lib/archive/capture-record';
import { formatCorpusErrors, listCorpusDir } from '../lib/archive/corpus-dir';
import { recordFiles } from '../lib/archive/record-files';
import { MANIFEST_PATH } from '../lib/corpus/partition';
import { progressReporter } from '../lib/corpus/progress';
import { writeParts } from '../lib/corpus/write-parts';

/** A progress bar is drawn for corpora at least this large. */
const PROGRESS_FROM = 5000;

export default defineWxtModule({
  name: 'rfi-lens:corpus',
  setup(wxt) {
    // Lets `browser.runtime.getURL('/corpus/manifest.json')` type-check (the parts are found from it).
    wxt.hook('prepare:publicPaths', (_, paths) => {
      paths.push(MANIFEST_PATH);
    });
    let scratch: string | null = null;
    const clean = () => {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      scratch = null;
    };
    wxt.hook('build:done', clean);
    // A build that stops (or a caller that never reaches build:done) leaves no scratch behind either.
    process.once('exit', clean);
    wxt.hook('build:publicAssets', async (_, files) => {
      const fromEnv = process.env.RFI_LENS_CORPUS;
      const dir = resolve(wxt.config.root, fromEnv ?? 'seeds');
      if (!existsSync(dir)) {
        if (fromEnv) throw new Error(`RFI_LENS_CORPUS folder not found: ${dir}`);
        wxt.logger.warn(`corpus: ${dir} not found; shipping an empty corpus`);
      }
      const started = Date.now();
      const sources = existsSync(dir) ? listCorpusDir(dir) : [];
      const large = sources.length >= PROGRESS_FROM;
      const onProgress = large ? progressReporter((line) => wxt.logger.info(`corpus: ${line}`), Math.ceil(sources.length / 10)) : undefined;
      const outcomes = await recordFiles(sources, { root: wxt.config.root, onProgress });
      // Files that cannot be archive files (rejected): they fail a seeds/ build, an external folder lists them.
      const rejected: string[] = [];
      const errors: string[] = [];
      const warnings: string[] = [];
      const records: CaptureRecord[] = [];
      for (const o of outcomes) {
        if (o.ok) {
          records.push(o.record);
          warnings.push(...o.warnings);
        } else (o.rejected ? rejected : errors).push(o.error);
      }
      outcomes.length = 0;
      const parsed = Date.now();
      const fail = (summary: string) => {
        if (errors.length > 0 || (rejected.length > 0 && !fromEnv)) throw new Error(`${summary}\n${formatCorpusErrors(dir, [...rejected, ...errors])}`);
        if (rejected.length > 0) wxt.logger.warn(`${summary}\n${formatCorpusErrors(dir, rejected)}`);
      };
      const rejectedLine = `${errors.length + rejected.length} files rejected`;
      fail(`corpus: ${sources.length} files read from ${dir}, ${records.length} versions, ${rejectedLine}`);
      clean();
      const into = (scratch = mkdtempSync(join(tmpdir(), 'rfi-lens-corpus-')));
      const written = await writeParts(records, new Date().toISOString(), (relativeDest, contents) => {
        const absoluteSrc = join(into, relativeDest);
        mkdirSync(dirname(absoluteSrc), { recursive: true });
        writeFileSync(absoluteSrc, contents);
        files.push({ absoluteSrc, relativeDest });
      });
      warnings.push(...written.warnings);
      const { manifest } = written;
      const summary =
        `corpus: ${sources.length} files read from ${dir}, ${manifest.groups} articles, ${manifest.articles} versions, ` +
        `${written.urlKeys} URL keys, ${rejectedLine}, ${warnings.length} warnings`;
      const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
      wxt.logger.info(
        `${summary}; ${manifest.days.length} day files, ${manifest.keyBuckets} key buckets ` +
          `(${seconds(started, Date.now())}: read and parse ${seconds(started, parsed)}, identity and parts ${seconds(parsed, Date.now())})`,
      );
      for (const w of warnings) wxt.logger.debug(`corpus: ${w}`);
    });
  },
});
