// Benchmark of imported archives: lookups before and after importing a corpus, and an imported
// corpus against the same corpus bundled, in one run, on the same pages. "Bundled" is the corpus
// compiled and partitioned as the build does, its parts read through the background's part cache
// from memory; "imported" is the same files through lib/imports (runImport into fake-indexeddb,
// an in-memory IndexedDB in Node, then importedSources, the background's candidate source). The
// ratios compare code paths: a browser's package fetch and IndexedDB add their own I/O.
//   npx tsx scripts/bench-imports.ts [--corpus ../shared/corpus/archive] [--samples 300]
import 'fake-indexeddb/auto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { compileCorpus } from '../lib/archive/compile';
import { bundledSource, indexFromSources, type CandidateSource } from '../lib/corpus/sources';
import { partitionIndex } from '../lib/corpus/partition';
import { openImportsBackend } from '../lib/imports/idb';
import { runImport } from '../lib/imports/run';
import { importedSources } from '../lib/imports/source';
import { findMatch } from '../lib/match/find-match';
import { urlKey } from '../lib/match/url-key';
import type { ArchivedArticle, Article } from '../lib/types';
import { readCorpusDir } from '../lib/archive/corpus-dir';
import { folderBackend } from '../cli/import-store';
import { packagedParts } from '../tests/support/packaged-corpus';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SHARED = resolve(process.env.RFI_LENS_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const CORPUS = resolve(arg('corpus', resolve(SHARED, 'corpus', 'archive')));
const SAMPLES = Number(arg('samples', '300'));
type Result = { median: number; hits: number };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let seed = 11;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

/** The capture as a live page would give it (what a lookup is asked with). */
function live(a: ArchivedArticle): Article {
  const { archivedAt: _a, displayedAt: _d, rawTitle: _r, source: _s, origin: _o, readUrl: _u, hash: _h, ...rest } = a;
  return { ...rest, published: a.displayedAt };
}
const edited = (a: ArchivedArticle): ArchivedArticle =>
  a.paragraphs.length === 0 ? a : { ...a, paragraphs: a.paragraphs.map((p, i) => (i === 0 ? { ...p, text: `${p.text}（更新）` } : p)) };

/** Each page looked up with every source set in turn (so the machine's load drifts alike for all). */
async function timeAll(sets: CandidateSource[][], pages: { live: Article; url: string }[]): Promise<{ median: number; hits: number }[]> {
  const ms = sets.map(() => [] as number[]);
  const hits = sets.map(() => 0);
  for (const { live: l, url } of pages) {
    for (const [k, sources] of sets.entries()) {
      const t = performance.now();
      const index = await indexFromSources(sources, l, url, (name, error) => {
        throw new Error(`${name}: ${String(error)}`);
      });
      if (findMatch(l, url, index)) hits[k]!++;
      ms[k]!.push(performance.now() - t);
    }
  }
  return ms.map((m, k) => ({ median: median(m), hits: hits[k]! }));
}

function walk(dir: string, found: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const path = resolve(dir, e.name);
    if (e.isDirectory()) walk(path, found);
    else found.push(path);
  }
  return found;
}

async function main(): Promise<void> {
  let t = performance.now();
  const files = readCorpusDir(CORPUS);
  const { index, features } = compileCorpus(files, { builtAt: 'T', urlKey });
  const partitions = partitionIndex(index, features);
  const bundled = bundledSource(packagedParts(partitions));
  // "After the import" gets instances of its own: no part cached by another set's run of the same page.
  const bundledAfter = bundledSource(packagedParts(partitions));
  console.log(`corpus ${CORPUS}: ${files.length.toLocaleString('en')} files, ${index.articles.length.toLocaleString('en')} captures; compiled as bundled in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  t = performance.now();
  const backend = await openImportsBackend(indexedDB, `bench-imports-${Date.now()}`);
  const summary = await runImport(
    backend,
    walk(CORPUS).map((path) => ({ name: relative(CORPUS, path).split(sep).join('/'), read: () => readFileSync(path) })),
    { id: 'imp-bench-000000', name: 'bench', now: Date.now },
  );
  console.log(`imported into fake-indexeddb in ${((performance.now() - t) / 1000).toFixed(1)} s: ${summary.files.toLocaleString('en')} files, ${summary.articles.toLocaleString('en')} articles, ${summary.versions.toLocaleString('en')} versions, ${summary.rejected} rejected`);
  // As the background holds it: the list of sources kept until the options page says it changed.
  const imported = importedSources(async () => backend, { subscribe: () => undefined });
  t = performance.now();
  const folder = folderBackend(mkdtempSync(join(tmpdir(), 'bench-imports-')));
  await runImport(folder, walk(CORPUS).map((path) => ({ name: relative(CORPUS, path).split(sep).join('/'), read: () => readFileSync(path) })), {
    id: 'imp-bench-000001',
    name: 'bench',
    now: Date.now,
  });
  console.log(`imported into a store folder (rfi-lens import) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const fromFolder = importedSources(async () => folder, { subscribe: () => undefined });
  const importedAfter = importedSources(async () => backend, { subscribe: () => undefined });

  const articles = index.articles.filter((a) => a.paragraphs.length > 0);
  const pick = () => articles[Math.floor(random() * articles.length)]!;
  const kinds: [string, () => { live: Article; url: string }][] = [
    ['hit (URL)', () => {
      const a = pick();
      return { live: live(edited(a)), url: a.url };
    }],
    ['new URL (identity)', () => {
      const a = pick();
      const url = a.url.replace(/(\/\d{8}-)/, '$1re-');
      return { live: { ...live(edited(a)), url }, url };
    }],
    ['miss', () => {
      const a = pick();
      const url = a.url.replace(/(\/\d{8}-).*$/, '$1bench-miss');
      return { live: { ...live(a), url, title: `${pick().title}?`, lead: null, paragraphs: [{ kind: 'p', text: '完全不同的一篇文章，没有任何相同的句子。' }] }, url };
    }],
  ];
  console.log(`lookup median over ${SAMPLES} pages each (candidates + findMatch):`);
  for (const [kind, make] of kinds) {
    const pages = Array.from({ length: SAMPLES }, make);
    const sets = [[bundled], [imported], [fromFolder], [bundledAfter, importedAfter]];
    await timeAll(sets, pages.slice(0, 20)); // warm
    const [before, only, folderOnly, after] = (await timeAll(sets, pages)) as [Result, Result, Result, Result];
    const ratio = (x: number) => `${(x / before.median).toFixed(2)} ×`;
    console.log(
      `  ${kind.padEnd(20)} bundled alone (before the import) ${before.median.toFixed(2)} ms (${before.hits} matched) · ` +
        `imported alone: IndexedDB ${only.median.toFixed(2)} ms (${only.hits}) = ${ratio(only.median)}, store folder ${folderOnly.median.toFixed(2)} ms (${folderOnly.hits}) = ${ratio(folderOnly.median)} · ` +
        `bundled + imported (after) ${after.median.toFixed(2)} ms (${after.hits}) = ${ratio(after.median)}`,
    );
  }
  backend.close();
}

await main();
