// Picks a held-out (blind) set of Chinese entity golds (issue 11 §3) at random, reproducibly: every
// corpus file (../shared/corpus/manifest.json) whose body holds 500-2,000 characters (the middle
// ~80% of the corpus, so that the golds can be written by hand with care), with an ODD numeric id
// prefix when asked (sets 4 on: rules may be tuned on even ids only, so no tuning file can ever be
// one of these), minus any file used by an entity gold (tests/fixtures/entities/**, as the golds
// stood at the commit the set was drawn from, so that golds written later never change an old draw)
// and any file with the same URL or title as one; shuffled with mulberry32(SEED) over the file
// names in code-point order; first COUNT.
//
// Run: node tests/lib/entities/select-held-out.mjs --set 5        (a recorded set, as drawn)
//      node tests/lib/entities/select-held-out.mjs --seed N --count 20 --odd [--golds-at REV]
// (prints the picks; nothing is written). Without --golds-at the golds are read from the work
// tree, minus the folder of the set being drawn (--set N).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Every recorded draw: its seed, size, odd-id rule and the commit its golds were read at. */
export const SETS = {
  3: { seed: 20261207, count: 15, odd: false, goldsAt: '7fa0d6a893cdb4cad7859530522e1624a5c1dbde' },
  4: { seed: 20261208, count: 20, odd: true, goldsAt: '203cc089bc54a3e30a7fc2afa1132d1fedc95ddf' },
  5: { seed: 20261209, count: 20, odd: true, goldsAt: '24cdf3f268db19e1832fca4a25b1a31ccbcbb725' },
  6: { seed: 20261210, count: 20, odd: true, goldsAt: '00a015768c3aa987caade3680af3b6149c9efd46' },
};

const root = resolve(import.meta.dirname, '../../..');
const GOLDS = 'tests/fixtures/entities';

function* workTreeGolds(dir, skip) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (f !== skip) yield* workTreeGolds(p, skip);
    } else if (f.endsWith('.json')) yield readFileSync(p, 'utf8');
  }
}

function* committedGolds(rev) {
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  for (const path of git('ls-tree', '-r', '--name-only', rev, '--', GOLDS).split('\n')) {
    if (path.endsWith('.json')) yield git('show', `${rev}:${path}`);
  }
}

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The draw: `{ used, pool, picks }` (file names of ../shared/corpus/archive). */
export function draw({ seed, count, odd, goldsAt, set, shared }) {
  const manifest = JSON.parse(readFileSync(join(shared, 'corpus/manifest.json'), 'utf8'));
  const golds = goldsAt ? committedGolds(goldsAt) : workTreeGolds(join(root, GOLDS), set ? `held-out-${set}` : '');
  const used = new Set();
  for (const text of golds) {
    const s = JSON.parse(text).source;
    if (s) used.add(s);
  }
  const usedRecords = manifest.filter((r) => used.has(r.file));
  const usedUrls = new Set(usedRecords.map((r) => r.url));
  const usedTitles = new Set(usedRecords.map((r) => r.title));
  const oddId = (file) => {
    const m = /^(\d+)_/.exec(file);
    return m !== null && Number(m[1]) % 2 === 1;
  };
  const pool = manifest
    .filter((r) => r.body_chars >= 500 && r.body_chars <= 2000 && (!odd || oddId(r.file)))
    .filter((r) => !used.has(r.file) && !usedUrls.has(r.url) && !usedTitles.has(r.title))
    .map((r) => r.file)
    .sort();
  const rand = mulberry32(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return { used: used.size, pool: pool.length, picks: pool.slice(0, count) };
}

/** Prints a draw as the scripts always have. */
export function printDraw(options) {
  const { used, pool, picks } = draw(options);
  const golds = options.goldsAt ? `golds at ${options.goldsAt.slice(0, 7)}` : `golds in ${relative(root, join(root, GOLDS))}`;
  console.log(`used ${used} files (${golds}); pool ${pool}${options.odd ? ' (odd ids)' : ''}; seed ${options.seed}`);
  for (const f of picks) console.log(f);
}

const sharedDir = () => process.env.RFI_LENS_SHARED ?? resolve(root, '../shared');

/** Prints a recorded set's draw (select-held-out-3.mjs and -4.mjs are this call). */
export function printSet(n) {
  printDraw({ ...SETS[n], set: String(n), shared: sharedDir() });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string' },
      odd: { type: 'boolean' },
      'golds-at': { type: 'string' },
    },
  });
  const recorded = values.set ? SETS[values.set] : undefined;
  if (values.set && !recorded && !values.seed) {
    console.error(`set ${values.set} is not recorded: give --seed N --count N [--odd] [--golds-at REV]`);
    process.exit(2);
  }
  if (!recorded && !values.seed) {
    console.error('usage: select-held-out.mjs --set N | --seed N [--count N] [--odd] [--golds-at REV]');
    process.exit(2);
  }
  printDraw({
    seed: Number(values.seed ?? recorded.seed),
    count: Number(values.count ?? recorded?.count ?? 20),
    odd: values.odd ?? recorded?.odd ?? false,
    goldsAt: values['golds-at'] ?? (values.seed ? undefined : recorded?.goldsAt),
    set: values.set,
    shared: sharedDir(),
  });
}
