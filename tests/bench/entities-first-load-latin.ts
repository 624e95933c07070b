// First load of the French / English pipeline, the figure issue 11 budgets (80 ms cold, 10 ms warm):
// a fresh Node process imports the bundled extractor (esbuild, minified, as the background bundle
// carries it) and analyses one French and one English paragraph of our own (fresh-latin-2): module
// evaluation, the Latin dictionary's build (Intl region names, lists) and both extractions; median
// of 9 processes, wall and CPU (user + sys, which a loaded machine distorts less), and the least
// disturbed run (the minimum: on a shared machine the closest to the uncontended cost). Warm: median of
// 51 calls in one process. Needs no ../shared.
//   npx tsx tests/bench/entities-first-load-latin.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../support/shared';
import { analyseTexts } from '../../lib/entities/extract';

const dir0 = resolve(REPO_ROOT, 'tests/fixtures/entities/fresh-latin-2');
const fr = (JSON.parse(readFileSync(join(dir0, 'fr-mali-or.json'), 'utf8')) as { text: string }).text;
const en = (JSON.parse(readFileSync(join(dir0, 'en-panama-canal.json'), 'utf8')) as { text: string }).text;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const dir = mkdtempSync(join(tmpdir(), 'rfi-entities-latin-'));
try {
  const bundle = join(dir, 'entities.mjs');
  await build({ entryPoints: [resolve(REPO_ROOT, 'lib/entities/extract.ts')], bundle: true, minify: true, format: 'esm', outfile: bundle, logLevel: 'silent' });
  const runner = join(dir, 'run.mjs');
  writeFileSync(
    runner,
    `const t0 = performance.now();
const c0 = process.cpuUsage();
const { analyseTexts } = await import(${JSON.stringify(bundle)});
analyseTexts([${JSON.stringify(fr)}], 'fr');
analyseTexts([${JSON.stringify(en)}], 'en');
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ first: performance.now() - t0, cpu: (c.user + c.system) / 1000 }));`,
  );
  const runs: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 9; i++) {
    const r = JSON.parse(execFileSync(process.execPath, [runner], { encoding: 'utf8' })) as { first: number; cpu: number };
    runs.push(r.first);
    cpus.push(r.cpu);
  }
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let i = 0; i < 51; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    analyseTexts([fr], 'fr');
    analyseTexts([en], 'en');
    const c = process.cpuUsage(c0);
    warm.push(performance.now() - t0);
    warmCpu.push((c.user + c.system) / 1000);
  }
  console.log(`latin first load (fr + en paragraph): median ${median(runs).toFixed(1)} ms wall, ${median(cpus).toFixed(1)} ms CPU; least disturbed run ${Math.min(...runs).toFixed(1)} ms wall, ${Math.min(...cpus).toFixed(1)} ms CPU`);
  console.log(`latin warm (fr + en paragraph): median ${median(warm).toFixed(2)} ms wall, ${median(warmCpu).toFixed(2)} ms CPU over 51 calls`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
