// Prints entity extraction speed, both figures the issue budgets (issue 11 §3):
//   first load a fresh Node process imports the bundled extractor (esbuild, minified, as the
//              background bundle carries it) and runs it once: module evaluation, gazetteer build
//              and the extraction; median over --runs fresh processes (budget 80 ms), with the
//              process's CPU time (user + sys) beside the wall time, and the import / extraction split
//   warm       median of 51 calls in one process (budget 10 ms)
// on two articles: the Chinese seed (../shared) and a French paragraph of our own (a fresh clone).
// With --base DIR (another tree's root, e.g. `git archive main lib | tar -x -C DIR`) both trees run
// alternately in the same session and the ratio this/base is printed: on a shared, loaded machine
// only the ratio means something.
// Run: npx tsx tests/bench/entities-first-load.ts [--base DIR] [--runs 15]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { HAS_SHARED, readShared, REPO_ROOT } from '../support/shared';
import { readArticle } from '../lib/entities/read-article';
import type { Article, Entity } from '../../lib/types';

const SEED = '000_53576f7386e4415b.txt';
const FRENCH = 'tests/fixtures/entities/seen-latin/fr-liban.json';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('runs') ?? 15);
const BASE = arg('base');

interface Sample {
  name: string;
  article: Article;
}

interface Run {
  wall: number;
  cpu: number;
  load: number;
  extract: number;
}

const RUNNER = `import { readFileSync } from 'node:fs';
const [bundle, articleFile] = process.argv.slice(2);
const article = JSON.parse(readFileSync(articleFile, 'utf8'));
const c0 = process.cpuUsage();
const t0 = performance.now();
const { extractEntities } = await import(bundle);
const t1 = performance.now();
extractEntities(article);
const t2 = performance.now();
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ wall: t2 - t0, cpu: (c.user + c.system) / 1000, load: t1 - t0, extract: t2 - t1 }));`;

function samples(): Sample[] {
  const out: Sample[] = [];
  if (HAS_SHARED) out.push({ name: 'zh seed', article: readArticle(readShared('seeds', SEED), `seeds/${SEED}`) });
  else console.log('the Chinese seed is skipped: ../shared is not there');
  const fr = JSON.parse(readFileSync(resolve(REPO_ROOT, FRENCH), 'utf8')) as { text: string };
  out.push({
    name: 'fr text',
    article: {
      url: 'https://www.rfi.fr/fr/bench', title: '', column: null, lead: null, paragraphs: [{ kind: 'p', text: fr.text }], authors: [],
      published: null, modified: null, section: null, edition: 'fr', language: 'fr', image: null, contentId: null,
    },
  });
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

async function bundleOf(root: string, dir: string, name: string): Promise<string> {
  const outfile = join(dir, `${name}.mjs`);
  await build({ entryPoints: [resolve(root, 'lib/entities/extract.ts')], bundle: true, minify: true, format: 'esm', outfile, logLevel: 'silent' });
  return pathToFileURL(outfile).href;
}

function warmMs(extract: (a: Article) => Entity[], article: Article): number {
  for (let i = 0; i < 5; i++) extract(article);
  const times: number[] = [];
  for (let i = 0; i < 51; i++) {
    const t0 = performance.now();
    extract(article);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const f1 = (x: number): string => x.toFixed(1).padStart(6);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rfi-entities-'));
  try {
    const trees = [{ label: 'this', root: REPO_ROOT }, ...(BASE ? [{ label: 'base', root: resolve(BASE) }] : [])];
    const bundles = await Promise.all(trees.map((t) => bundleOf(t.root, dir, t.label)));
    const runner = join(dir, 'run.mjs');
    writeFileSync(runner, RUNNER);
    console.log(`first load over ${RUNS} fresh processes per tree${BASE ? ', the trees alternating' : ''}; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (const sample of samples()) {
      const articleFile = join(dir, `${sample.name.replace(/\W/g, '-')}.json`);
      writeFileSync(articleFile, JSON.stringify(sample.article));
      const runs: Run[][] = trees.map(() => []);
      for (let r = 0; r < RUNS; r++) {
        // Alternate which tree goes first, so neither always runs on a warmer disk cache.
        const order = r % 2 ? [...trees.keys()].reverse() : [...trees.keys()];
        for (const t of order) runs[t]?.push(JSON.parse(execFileSync(process.execPath, [runner, bundles[t] as string, articleFile], { encoding: 'utf8' })) as Run);
      }
      const warm: number[] = [];
      for (const t of trees) {
        const m = (await import(pathToFileURL(resolve(t.root, 'lib/entities/extract.ts')).href)) as { extractEntities: (a: Article) => Entity[] };
        warm.push(warmMs(m.extractEntities, sample.article));
      }
      trees.forEach((t, k) => {
        const rs = runs[k] as Run[];
        const wall = median(rs.map((x) => x.wall));
        console.log(
          `${sample.name}  ${t.label}: first load median ${f1(wall)} ms (cpu ${f1(median(rs.map((x) => x.cpu)))} ms; import ${f1(median(rs.map((x) => x.load)))} + extraction ${f1(median(rs.map((x) => x.extract)))})` +
            ` [${rs.map((x) => x.wall).sort((a, b) => a - b).map((x) => x.toFixed(0)).join(' ')}]; warm median ${(warm[k] as number).toFixed(2)} ms over 51 calls`,
        );
      });
      if (trees.length === 2) {
        const m = (k: number, f: (x: Run) => number): number => median((runs[k] as Run[]).map(f));
        console.log(`${sample.name}  this/base: first load wall ×${(m(0, (x) => x.wall) / m(1, (x) => x.wall)).toFixed(2)}, cpu ×${(m(0, (x) => x.cpu) / m(1, (x) => x.cpu)).toFixed(2)}; warm ×${((warm[0] as number) / (warm[1] as number)).toFixed(2)}`);
      }
    }
    console.log('budgets: first load 80 ms, warm 10 ms (in the background, not the content script)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
