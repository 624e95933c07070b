// Benchmark of a corpus build and of the background's lookup path over its partitions. Prints build
// time, package size and gzip bytes per article, match latency (median, p95) for hits and misses,
// and the memory the background's corpus view holds.
//   node --expose-gc --import tsx scripts/bench-corpus.ts --corpus .tmp/corpus-100k [--out .tmp/out-bench] [--skip-build]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cachedPartSource } from '../lib/corpus/cache';
import { indexForPage } from '../lib/corpus/lookup';
import { DayFile, DayTexts } from '../lib/corpus/day-file';
import { MANIFEST_PATH, slicePath, textsPath, type CorpusManifest } from '../lib/corpus/partition';
import { dayOfYmd, ymdOfDay } from '../lib/identity/features';
import { findMatch } from '../lib/match/find-match';
import { buildReport } from '../lib/report';
import type { Article } from '../lib/types';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(arg('corpus', '.tmp/corpus-100k'));
const OUT = resolve(arg('out', '.tmp/out-bench'));
const PKG = join(OUT, 'chrome-mv3');
const SAMPLES = Number(arg('samples', '400'));

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const ms = (x: number) => `${x.toFixed(2)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? files(f) : [f];
  });
}

function build(): void {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, RFI_LENS_CORPUS: CORPUS, RFI_LENS_OUT: OUT },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const summary = r.stdout.split('\n').find((l) => l.includes('files read')) ?? '';
  console.log(`build (wxt build, Chrome MV3, corpus included): ${seconds.toFixed(1)} s`);
  console.log(`  ${summary.replace(/^\S*\s*/, '').trim()}`);
}

function sizes(manifest: CorpusManifest): void {
  const all = files(PKG);
  const gz = (list: string[]) => list.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const raw = (list: string[]) => list.reduce((s, f) => s + statSync(f).size, 0);
  const corpus = all.filter((f) => f.includes(join('chrome-mv3', 'corpus')));
  console.log(`package: ${all.length} files, ${mb(raw(all))} raw, ${mb(gz(all))} gzip (each file gzipped, as a zip stores it)`);
  console.log(`  corpus parts: ${corpus.length} files, ${mb(raw(corpus))} raw, ${mb(gz(corpus))} gzip`);
  console.log(`  per article (${manifest.articles} captures): ${(raw(corpus) / manifest.articles).toFixed(0)} B raw, ${(gz(corpus) / manifest.articles).toFixed(0)} B gzip`);
  console.log(`  manifest ${kb(statSync(join(PKG, MANIFEST_PATH)).size)}`);
}

/** Live pages: captures at their own URL (hits by URL), at a new URL (hits by identity), and moved months away (misses). */
function samples(manifest: CorpusManifest) {
  const days = manifest.days.filter((d) => /^\d{8}$/.test(d));
  const hits: { live: Article; url: string }[] = [];
  const identity: { live: Article; url: string }[] = [];
  const misses: { live: Article; url: string }[] = [];
  while (hits.length < SAMPLES) {
    const day = days[Math.floor(random() * days.length)]!;
    const file = new DayFile(readFileSync(join(PKG, slicePath(day)), 'utf8'));
    const a = new DayTexts(readFileSync(join(PKG, textsPath(day)), 'utf8')).article(Math.floor(random() * file.size));
    hits.push({ live: a, url: a.url });
    const m = /\/(\d{8})-[^/]*$/.exec(a.url);
    if (!m) continue;
    const renamed = a.url.replace(/\/(\d{8})-[^/]*$/, `/$1-renamed-${hits.length}`);
    identity.push({ live: { ...a, url: renamed }, url: renamed });
    const far = ymdOfDay(dayOfYmd(m[1]!)! + 97);
    const moved = a.url.replace(/\/(\d{8})-[^/]*$/, `/${far}-elsewhere-${hits.length}`);
    misses.push({ live: { ...a, url: moved, published: null, title: `另一篇文章${hits.length}`, lead: null, paragraphs: [{ kind: 'p', text: `完全不同的内容${hits.length}。`.repeat(8) }] }, url: moved });
  }
  return { hits, identity, misses };
}

async function latency(manifest: CorpusManifest): Promise<void> {
  const { hits, identity, misses } = samples(manifest);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const read = (path: string) => readFile(join(PKG, path), 'utf8');
  const source = cachedPartSource(read);
  await source.manifest();
  /** Cold parts: the manifest as the background keeps it, every day file and bucket read and parsed afresh. */
  const cold = () => {
    const fresh = cachedPartSource(read);
    return { manifest: source.manifest, slice: fresh.slice, texts: fresh.texts, bucket: fresh.bucket };
  };
  const run = async (label: string, pages: { live: Article; url: string }[], expect: 'hit' | 'miss') => {
    const times: number[] = [];
    const report: number[] = [];
    let right = 0;
    for (const { live, url } of pages) {
      const t0 = performance.now();
      const index = await indexForPage(live, url, cold());
      const m = findMatch(live, url, index);
      times.push(performance.now() - t0);
      await indexForPage(live, url, source); // through the kept parts too, for the memory figure
      if ((m !== null) === (expect === 'hit')) right++;
      if (report.length < 100) {
        const t1 = performance.now();
        buildReport({ value: live, warnings: [] }, url, await indexForPage(live, url, source));
        report.push(performance.now() - t1);
      }
    }
    console.log(`  ${label.padEnd(22)} median ${ms(median(times))}, p95 ${ms(quantile(times, 0.95))} (${pages.length} pages, ${right} ${expect === 'hit' ? 'matched' : 'without match'}; whole report median ${ms(median(report))})`);
  };
  console.log('match through the background path (read parts → assemble → findMatch), cold parts (nothing cached but the manifest):');
  await run('hits, same URL', hits, 'hit');
  await run('hits, new URL (identity)', identity, 'hit');
  await run('misses', misses, 'miss');
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(`index memory (manifest + ${source.cachedParts()} cached parts, heap after gc): ${mb(after - before)}${(globalThis as { gc?: () => void }).gc ? '' : ' (run with --expose-gc for a clean figure)'}`);
}

async function main() {
  console.log(`corpus ${CORPUS}`);
  if (!process.argv.includes('--skip-build')) build();
  const manifest = JSON.parse(readFileSync(join(PKG, MANIFEST_PATH), 'utf8')) as CorpusManifest;
  console.log(`  ${manifest.articles} captures, ${manifest.groups} articles, ${manifest.days.length} filing days (heads and texts files each), ${manifest.keyBuckets} key buckets`);
  sizes(manifest);
  await latency(manifest);
}

void main();
