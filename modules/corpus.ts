// Local WXT module (auto-loaded from modules/): compiles the archive corpus at build time and ships
// it as `corpus/index.json`. The folder is $RFI_LENS_CORPUS or <root>/seeds. Any file that cannot be
// read as an archive file fails the build with its `file:line: reason`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { formatCorpusErrors, readCorpusDir } from '../cli/corpus-dir';
import { compileCorpus } from '../lib/archive/compile';
import { urlKey } from '../lib/match/url-key';

/** Where background/corpus.ts fetches it (`/corpus/index.json`). */
const INDEX_DEST = 'corpus/index.json';

export default defineWxtModule({
  name: 'rfi-lens:corpus',
  setup(wxt) {
    // Lets `browser.runtime.getURL('/corpus/index.json')` type-check.
    wxt.hook('prepare:publicPaths', (_, paths) => {
      paths.push(INDEX_DEST);
    });
    wxt.hook('build:publicAssets', (_, files) => {
      const fromEnv = process.env.RFI_LENS_CORPUS;
      const dir = resolve(wxt.config.root, fromEnv ?? 'seeds');
      if (!existsSync(dir)) {
        if (fromEnv) throw new Error(`RFI_LENS_CORPUS folder not found: ${dir}`);
        wxt.logger.warn(`corpus: ${dir} not found; shipping an empty corpus`);
      }
      const sources = existsSync(dir) ? readCorpusDir(dir) : [];
      const started = Date.now();
      const { index, errors, warnings } = compileCorpus(sources, { builtAt: new Date().toISOString(), urlKey });
      if (errors.length > 0) throw new Error(formatCorpusErrors(dir, errors));
      files.push({ relativeDest: INDEX_DEST, contents: JSON.stringify(index) });
      wxt.logger.info(
        `corpus: ${sources.length} files read from ${dir}, ${index.articles.length} articles, ` +
          `${Object.keys(index.byUrl).length} URL keys, ${warnings.length} warnings (${Date.now() - started} ms)`,
      );
      for (const w of warnings) wxt.logger.debug(`corpus: ${w}`);
    });
  },
});
