// Benchmark of imported archives: lookups before and after importing a corpus, and an imported
// corpus against the same corpus bundled, in one run, on the same pages. "Bundled" is the corpus
// compiled and partitioned as the build does, its parts read through the background's part cache
// from memory; "imported" is the same files through lib/imports (runImport into fake-indexeddb,
// an in-memory IndexedDB in Node, then importedSources, the background's candidate source). The
// ratios compare code paths: a browser's package fetch and IndexedDB add their own I/O.
//   npx tsx scripts/bench-imports.ts [--corpus ../shared/corpus/archive] [--samples 300] [--store DIR]
// --store DIR: an import made by `rfi-lens import <dir> --store DIR` (say the 100,000-file synthetic
// corpus of scripts/gen-corpus.ts) is the imported source, beside the corpus bundled; pages are drawn
// from both.
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
import type { ImportsBackend } from '../lib/imports/types';
import { DayTexts } from '../lib/corpus/day-file';
import { MANIFEST_PATH, textsPath, type CorpusManifest } from '../lib/corpus/partition';
import { readCorpusDir } from '../lib/archive/corpus-dir';
import { folderBackend } from '../cli/import-store';
import { BACKGROUND_CACHE, cachedPartSource } from '../lib/corpus/cache';
import { partFiles, type Partitions } from '../lib/corpus/partition';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SHARED = resolve(process.env.RFI_LENS_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const CORPUS = resolve(arg('corpus', resolve(SHARED, 'corpus', 'archive')));
const SAMPLES = Number(arg('samples', '300'));
const STORE = process.argv.includes('--store') ? resolve(arg('store', '')) : null;
type Result = { median: number; cpu: number; hits: number };
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

/** An import's manifest and texts, read as they are (to pick pages from). */
function uncachedParts(read: (path: string) => Promise<string>) {
  return {
    manifest: async () => JSON.parse(await read(MANIFEST_PATH)) as CorpusManifest,
    texts: async (day: string) => new DayTexts(await read(textsPath(day))),
  };
}

/** The bundled parts as the background reads them: from the package (memory here), through its cache. */
function packagedParts(partitions: Partitions) {
  const files = partFiles(partitions);
  return cachedPartSource(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`missing part ${path}`);
    return text;
  }, BACKGROUND_CACHE);
}

/**
 * Each page looked up with every source set in turn (so the machine's load drifts alike for all):
 * wall time and this process's CPU time (user + system) per lookup; fake-indexeddb and the store
 * folder's reads run in this process, so CPU time counts them, and it holds under a loaded machine.
 */
async function timeAll(sets: CandidateSource[][], pages: { live: Article; url: string }[]): Promise<Result[]> {
  const ms = sets.map(() => [] as number[]);
  const cpu = sets.map(() => [] as number[]);
  const hits = sets.map(() => 0);
  for (const [n, { live: l, url }] of pages.entries()) {
    // Each page starts with another set in turn: what the first lookup after a page change pays
    // (collecting the last one's garbage) falls on every set alike.
    for (let j = 0; j < sets.length; j++) {
      const k = (n + j) % sets.length;
      const sources = sets[k]!;
      // A page object of its own, as each message brings one: nothing derived from it is shared between sets.
      const page = { ...l };
      const c = process.cpuUsage();
      const t = performance.now();
      const index = await indexFromSources(sources, page, url, (name, error) => {
        throw new Error(`${name}: ${String(error)}`);
      });
      if (findMatch(page, url, index)) hits[k]!++;
      ms[k]!.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu[k]!.push((used.user + used.system) / 1000);
    }
  }
  return ms.map((m, k) => ({ median: median(m), cpu: median(cpu[k]!), hits: hits[k]! }));
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

  // Sets of sources, each page looked up with each: [label, sources]; the first is bundled alone.
  // "After the import" gets instances of its own: no part cached by another set's run of the same page.
  const sets: [string, CandidateSource[]][] = [['bundled alone (before the import)', [bundled]]];
  const extraPages: [string, () => { live: Article; url: string }][] = [];
  let close = () => undefined as void;
  if (STORE) {
    // An import made by `rfi-lens import <dir> --store DIR` (the 100,000-file synthetic corpus).
    const folder = folderBackend(STORE);
    const [record] = (await folder.list()).filter((r) => r.state === 'ready');
    if (!record) throw new Error(`${STORE}: no ready import`);
    console.log(`store ${STORE}: import ${record.id}, ${record.files.toLocaleString('en')} files, ${record.versions.toLocaleString('en')} versions`);
    sets.push(['bundled + imported (after)', [bundledAfter, importedSources(async () => folder, { subscribe: () => undefined })]]);
    // Pages from the import too: its captures as live pages, under their own and a changed URL.
    const parts = uncachedParts((path) => folder.readPart(record.id, path));
    const manifest = await parts.manifest();
    const captures: ArchivedArticle[] = [];
    for (let n = 0; n < 40; n++) {
      const texts = await parts.texts(manifest.days[Math.floor(random() * manifest.days.length)]!);
      for (let i = 0; i < 5; i++) {
        const a = texts.article(i);
        if (a?.paragraphs.length) captures.push(a);
      }
    }
    const pickImported = () => captures[Math.floor(random() * captures.length)]!;
    extraPages.push(
      ['imported page (URL)', () => {
        const a = pickImported();
        return { live: live(edited(a)), url: a.url };
      }],
      ['imported page, new URL', () => {
        const a = pickImported();
        const url = a.url.replace(/(\/\d{8}-)/, '$1re-');
        return { live: { ...live(edited(a)), url }, url };
      }],
    );
  } else {
    t = performance.now();
    const backend = await openImportsBackend(indexedDB, `bench-imports-${Date.now()}`);
    const summary = await runImport(
      backend,
      walk(CORPUS).map((path) => ({ name: relative(CORPUS, path).split(sep).join('/'), read: () => readFileSync(path) })),
      { id: 'imp-bench-000000', name: 'bench', now: Date.now },
    );
    console.log(`imported into fake-indexeddb in ${((performance.now() - t) / 1000).toFixed(1)} s: ${summary.files.toLocaleString('en')} files, ${summary.articles.toLocaleString('en')} articles, ${summary.versions.toLocaleString('en')} versions, ${summary.rejected} rejected`);
    t = performance.now();
    const folder = folderBackend(mkdtempSync(join(tmpdir(), 'bench-imports-')));
    await runImport(folder, walk(CORPUS).map((path) => ({ name: relative(CORPUS, path).split(sep).join('/'), read: () => readFileSync(path) })), {
      id: 'imp-bench-000001',
      name: 'bench',
      now: Date.now,
    });
    console.log(`imported into a store folder (rfi-lens import) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    // As the background holds it: the list of sources kept until the options page says it changed.
    const imported = (b: ImportsBackend) => importedSources(async () => b, { subscribe: () => undefined });
    sets.push(
      ['imported alone: IndexedDB', [imported(backend)]],
      ['store folder', [imported(folder)]],
      ['bundled + imported (after)', [bundledAfter, imported(backend)]],
    );
    close = () => backend.close();
  }

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
  kinds.push(...extraPages);
  console.log(`lookup medians over ${SAMPLES} pages each (candidates + findMatch), wall and CPU time, ratios to bundled alone in this run:`);
  // A page of the import is also put beside the same kind of lookup of a bundled page in the bundled
  // corpus alone (a URL hit, an identity match): the speed a reader had before importing.
  const sameKind: Record<string, string> = { 'imported page (URL)': 'hit (URL)', 'imported page, new URL': 'new URL (identity)' };
  const bundledAlone = new Map<string, Result>();
  for (const [kind, make] of kinds) {
    const pages = Array.from({ length: SAMPLES }, make);
    const sources = sets.map(([, list]) => list);
    await timeAll(sources, pages.slice(0, 20)); // warm
    const results = await timeAll(sources, pages);
    const base = results[0]!;
    const line = results.map((r, k) => {
      const ratios = k === 0 ? '' : ` = ${(r.median / base.median).toFixed(2)} × wall, ${(r.cpu / base.cpu).toFixed(2)} × CPU`;
      return `${sets[k]![0]} ${r.median.toFixed(2)} ms, CPU ${r.cpu.toFixed(2)} ms (${r.hits} matched)${ratios}`;
    });
    bundledAlone.set(kind, base);
    const like = bundledAlone.get(sameKind[kind] ?? '');
    const after = results[results.length - 1]!;
    if (like) line.push(`${(after.median / like.median).toFixed(2)} × wall, ${(after.cpu / like.cpu).toFixed(2)} × CPU a bundled page's ${sameKind[kind]} in the bundled corpus alone`);
    console.log(`  ${kind.padEnd(22)} ${line.join(' · ')}`);
  }
  close();
}

await main();
