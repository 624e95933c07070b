// Prints entity extraction speed on the seed article, both figures the issue budgets:
//   warm       median of 51 calls in one process (budget 10 ms)
//   first load a fresh Node process imports the bundled extractor (esbuild, minified, as the
//              background bundle carries it) and runs it once: module evaluation, gazetteer build
//              (Intl.DisplayNames, lists) and the extraction; median of 7 processes (budget 80 ms)
// Run: npx tsx tests/bench/entities-first-load.ts   (needs ../shared for the seed)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { HAS_SHARED, readShared, REPO_ROOT } from '../support/shared';
import { extractEntities } from '../../lib/entities/extract';
import { readArticle } from '../lib/entities/read-article';

const SEED = '000_53576f7386e4415b.txt';

async function firstLoadMs(articleJson: string): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rfi-entities-'));
  try {
    const bundle = join(dir, 'entities.mjs');
    await build({ entryPoints: [resolve(REPO_ROOT, 'lib/entities/extract.ts')], bundle: true, minify: true, format: 'esm', outfile: bundle, logLevel: 'silent' });
    writeFileSync(join(dir, 'article.json'), articleJson);
    const runner = join(dir, 'run.mjs');
    writeFileSync(
      runner,
      `import { readFileSync } from 'node:fs';
const article = JSON.parse(readFileSync(${JSON.stringify(join(dir, 'article.json'))}, 'utf8'));
const t0 = performance.now();
const { extractEntities } = await import(${JSON.stringify(bundle)});
extractEntities(article);
console.log(JSON.stringify({ first: performance.now() - t0 }));`,
    );
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) runs.push((JSON.parse(execFileSync(process.execPath, [runner], { encoding: 'utf8' })) as { first: number }).first);
    return runs.sort((a, b) => a - b);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!HAS_SHARED) {
    console.log('skipped: ../shared (the seed) is not there');
    return;
  }
  const article = readArticle(readShared('seeds', SEED), `seeds/${SEED}`);
  const runs = await firstLoadMs(JSON.stringify(article));
  for (let i = 0; i < 5; i++) extractEntities(article);
  const times: number[] = [];
  for (let i = 0; i < 51; i++) {
    const t0 = performance.now();
    extractEntities(article);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`warm:       median ${times[25]!.toFixed(2)} ms over 51 calls (budget 10 ms)`);
  console.log(`first load: median ${runs[3]!.toFixed(1)} ms over 7 fresh processes [${runs.map((r) => r.toFixed(1)).join(', ')}] (budget 80 ms)`);
}

void main();
