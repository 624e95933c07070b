// Benchmark of the reader's store: bytes per stored capture, and the store lookup (the store as a
// candidate source, then findMatch) with 10,000 captures stored, as a ratio to the bundled corpus
// lookup (its partitions through the background's part cache) in the same run, on the same pages.
// The store runs on fake-indexeddb (an in-memory IndexedDB in Node): the ratio compares the
// lookup code paths; a browser's IndexedDB adds its own I/O. Needs ../shared (real archive files).
//   npx tsx scripts/bench-store.ts [--captures 10000] [--samples 300]
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileCorpus } from '../lib/archive/compile';
import { bundledSource, indexFromSources, storeSource, type CandidateSource } from '../lib/corpus/sources';
import { partitionIndex } from '../lib/corpus/partition';
import { findMatch } from '../lib/match/find-match';
import { urlKey } from '../lib/match/url-key';
import { makeCapture, openStore, type CaptureSource, type StoredCapture } from '../lib/store';
import { withCapture, type ArticleIdentity } from '../lib/store/identity';
import { openDatabase } from '../lib/store/schema';
import { defaultArticleKey, toRecord } from '../lib/store/store';
import type { ArchivedArticle, Article } from '../lib/types';
import { packagedParts } from '../tests/support/packaged-corpus';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SHARED = resolve(process.env.RFI_LENS_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const CAPTURES = Number(arg('captures', '10000'));
const SAMPLES = Number(arg('samples', '300'));
const encoder = new TextEncoder();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let seed = 11;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

function realArticles(): { name: string; text: string }[] {
  const dir = join(SHARED, 'corpus', 'archive');
  return readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The capture as a live page would give it (what a lookup is asked with). */
function live(a: ArchivedArticle): Article {
  const { archivedAt: _a, displayedAt: _d, rawTitle: _r, source: _s, origin: _o, readUrl: _u, hash: _h, ...rest } = a;
  return { ...rest, published: a.displayedAt };
}

/** Article `a` as it reads after `k` edits: its paragraphs taking turns to gain a sentence. */
function edited(a: ArchivedArticle, k: number): ArchivedArticle {
  if (k === 0 || a.paragraphs.length === 0) return a;
  return { ...a, paragraphs: a.paragraphs.map((p, i) => (i === k % a.paragraphs.length ? { ...p, text: `${p.text}（更新${k}）` } : p)) };
}

/** Each page looked up through every source set in turn (so a busy machine slows all alike): medians and matches per set. */
async function time(sets: CandidateSource[][], pages: { live: Article; url: string }[]): Promise<{ median: number; hits: number }[]> {
  const ms = sets.map(() => [] as number[]);
  const hits = sets.map(() => 0);
  for (const { live: l, url } of pages) {
    for (const [n, sources] of sets.entries()) {
      const t = performance.now();
      const index = await indexFromSources(sources, l, url);
      if (findMatch(l, url, index)) hits[n]!++;
      ms[n]!.push(performance.now() - t);
    }
  }
  return sets.map((_, n) => ({ median: median(ms[n]!), hits: hits[n]! }));
}

type Timed = { median: number; hits: number };

async function main(): Promise<void> {
  const files = realArticles();
  const { index } = compileCorpus(files, { builtAt: 'T', urlKey });
  const bundled = bundledSource(packagedParts(partitionIndex(index)));
  const articles = index.articles.filter((a) => a.paragraphs.length > 0);

  // The store: every real article visited, then re-read (watch/feed) with edits, until CAPTURES.
  // Filled in one transaction of the same records addCapture writes (addCapture per capture on
  // fake-indexeddb takes minutes: its scheduling, not our code); addCapture's own cost is timed below.
  const name = `bench-store-${Date.now()}`;
  const sources: CaptureSource[] = ['visit', 'watch', 'feed'];
  const records: ReturnType<typeof toRecord>[] = [];
  const started = performance.now();
  for (let k = 0; records.length < CAPTURES; k++) {
    for (const a of articles) {
      if (records.length >= CAPTURES) break;
      const capture = await makeCapture(edited(a, k), { source: sources[k % 3]!, capturedAt: a.archivedAt + k * 3_600_000, readUrl: a.url });
      records.push(toRecord(capture, defaultArticleKey(capture)));
    }
  }
  const db = await openDatabase(indexedDB, name);
  const tx = db.transaction(['captures', 'articles', 'meta'], 'readwrite');
  const identities = new Map<string, ArticleIdentity>();
  for (const r of records) {
    const { head, ...record } = r;
    const id = await tx.objectStore('captures').add(record as StoredCapture);
    identities.set(record.articleKey, withCapture(identities.get(record.articleKey), record.articleKey, id, head));
  }
  for (const identity of identities.values()) void tx.objectStore('articles').put(identity);
  void tx.objectStore('meta').put({ captures: records.length, bytes: records.reduce((n, r) => n + r.bytes, 0) }, 'usage');
  await tx.done;
  db.close();
  const fillSeconds = (performance.now() - started) / 1000;
  const store = await openStore({ factory: indexedDB, name, capBytes: Number.MAX_SAFE_INTEGER });
  const adds: number[] = [];
  for (const a of articles.slice(0, 100)) {
    const capture = await makeCapture(edited(a, 50), { source: 'visit', capturedAt: Date.now(), readUrl: a.url });
    const t = performance.now();
    await store.addCapture(capture);
    adds.push(performance.now() - t);
  }
  const usage = await store.usage();
  console.log(`store: ${usage.captures.toLocaleString('en')} captures of ${articles.length.toLocaleString('en')} real articles, filled in ${fillSeconds.toFixed(1)} s`);
  console.log(`addCapture median (100 visits into the full store): ${median(adds).toFixed(2)} ms`);
  console.log(`bytes per stored capture: ${Math.round(usage.bytes / usage.captures).toLocaleString('en')} B (record JSON in UTF-8 with its share of the identity record, what the cap counts; ${(usage.bytes / 1024 / 1024).toFixed(1)} MB in all)`);
  // The identity records (one per article): their JSON with the shingle set as 4 bytes a value.
  const identityBytes = [...identities.values()].reduce((n, r) => n + encoder.encode(JSON.stringify({ ...r, shingles: [] })).length + r.shingles.length * 4, 0);
  console.log(`identity records: ${identities.size.toLocaleString('en')} articles, ${Math.round(identityBytes / identities.size).toLocaleString('en')} B each (${Math.round(identityBytes / records.length).toLocaleString('en')} B per capture)`);

  // Pages: real articles edited once more (what a reader or the watch sees) at their own URL (hit
  // by URL key), under a new slug (found by identity), and new articles on the same days (miss:
  // another article's headline and text under a URL no capture has, its day full of candidates).
  const pick = () => articles[Math.floor(random() * articles.length)]!;
  const kinds: [string, () => { live: Article; url: string }][] = [
    ['hit (URL)', () => {
      const a = pick();
      return { live: live(edited(a, 99)), url: a.url };
    }],
    ['new URL (identity)', () => {
      const a = pick();
      const url = a.url.replace(/(\/\d{8}-)/, '$1re-');
      return { live: { ...live(edited(a, 99)), url }, url };
    }],
    ['miss', () => {
      const a = pick();
      const url = a.url.replace(/(\/\d{8}-).*$/, '$1bench-miss');
      const other = pick();
      return { live: { ...live(a), url, title: `${other.title}?`, lead: null, paragraphs: [{ kind: 'p', text: '完全不同的一篇文章，没有任何相同的句子。' }] }, url };
    }],
  ];
  const own = storeSource(store);
  console.log(`lookup median over ${SAMPLES} pages each (candidates + findMatch); bundled corpus ${index.articles.length.toLocaleString('en')} captures, store ${usage.captures.toLocaleString('en')}:`);
  for (const [kind, make] of kinds) {
    const pages = Array.from({ length: SAMPLES }, make);
    // Warm both once (the part cache, the store's first reads), then measure in turns.
    await time([[bundled], [own]], pages.slice(0, 20));
    const [b, st, both] = (await time([[bundled], [own], [bundled, own]], pages)) as [Timed, Timed, Timed];
    const ratio = (x: number) => `${(x / b.median).toFixed(2)} ×`;
    console.log(`  ${kind.padEnd(20)} bundled ${b.median.toFixed(2)} ms (${b.hits} matched) · store ${st.median.toFixed(2)} ms (${st.hits} matched) = ${ratio(st.median)} bundled · both merged ${both.median.toFixed(2)} ms = ${ratio(both.median)}`);
  }
  store.close();
}

await main();
