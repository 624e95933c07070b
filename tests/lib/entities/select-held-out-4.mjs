// Picks the fourth held-out set of Chinese entity golds (issue 11 §3, the blind set frozen before
// the rule work) at random, reproducibly: every corpus file (../shared/corpus/manifest.json) whose
// body holds 500-2,000 characters, whose numeric id prefix is ODD (the rules may be tuned on even
// ids only, so no tuning file can ever be one of these), minus any file already used by an entity
// gold (tests/fixtures/entities/**, held-out-4 itself excepted so the draw stays the same after the
// golds are written) and any file with the same URL or title as one; shuffled with mulberry32(SEED)
// over the file names in code-point order; first 20.
// Run: node tests/lib/entities/select-held-out-4.mjs  (prints the picks; nothing is written)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SEED = 20261208;
const COUNT = Number(process.env.COUNT ?? 20);
const root = resolve(import.meta.dirname, '../../..');
const shared = process.env.RFI_LENS_SHARED ?? resolve(root, '../shared');
const manifest = JSON.parse(readFileSync(join(shared, 'corpus/manifest.json'), 'utf8'));

function* jsonFiles(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (f !== 'held-out-4') yield* jsonFiles(p);
    } else if (f.endsWith('.json')) yield p;
  }
}
const used = new Set();
for (const p of jsonFiles(join(root, 'tests/fixtures/entities'))) {
  const s = JSON.parse(readFileSync(p, 'utf8')).source;
  if (s) used.add(s);
}
const usedRecords = manifest.filter((r) => used.has(r.file));
const usedUrls = new Set(usedRecords.map((r) => r.url));
const usedTitles = new Set(usedRecords.map((r) => r.title));
const oddId = (file) => {
  const m = /^(\d+)_/.exec(file);
  return m !== null && Number(m[1]) % 2 === 1;
};

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pool = manifest
  .filter((r) => r.body_chars >= 500 && r.body_chars <= 2000 && oddId(r.file))
  .filter((r) => !used.has(r.file) && !usedUrls.has(r.url) && !usedTitles.has(r.title))
  .map((r) => r.file)
  .sort();
const rand = mulberry32(SEED);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
console.log(`used ${used.size} files; pool ${pool.length} (odd ids); seed ${SEED}`);
for (const f of pool.slice(0, COUNT)) console.log(f);
