// Same extractor output before and after a change that must not change it (a speed-up): runs the
// full entity analysis (entities, every located mention, relative dates) over every entity gold
// of tests/fixtures/entities and every archive file of ../shared (corpus/archive, transcribed,
// jekyll-variant, seeds) and every ICU region name, and prints one SHA-256 per set and one over all.
//   npx tsx scripts/entities-fingerprint.ts                   this tree's extractor
//   npx tsx scripts/entities-fingerprint.ts --base DIR        also DIR's (e.g. `git archive main lib`
//                                                              unpacked in DIR); lists files that differ
// The blind set being written (held-out-6) is never read. Exit code 1 when the two trees differ.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HAS_SHARED, SHARED_DIR, REPO_ROOT } from '../tests/support/shared';
import { readArticle } from '../tests/lib/entities/read-article';
import type { Article } from '../lib/types';
import { regionLines } from './gen-regions';

type Analyse = { analyseEntities: (a: Article) => unknown; analyseTexts: (t: string[], l: 'zh' | 'fr' | 'en') => unknown };
interface Input {
  set: string;
  name: string;
  run: (m: Analyse) => unknown;
}

const NEVER_READ = new Set(['held-out-6']);

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (NEVER_READ.has(f)) continue;
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

function inputs(): Input[] {
  const out: Input[] = [];
  const golds = resolve(REPO_ROOT, 'tests/fixtures/entities');
  for (const file of filesUnder(golds, (f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as { text?: string; language?: 'fr' | 'en' | 'zh'; source?: string };
    const name = relative(golds, file);
    if (gold.text !== undefined) {
      const text = gold.text;
      out.push({ set: 'golds (own text)', name, run: (m) => m.analyseTexts([text], gold.language ?? 'en') });
    } else if (gold.source && HAS_SHARED) {
      const raw = readFileSync(join(SHARED_DIR, 'corpus/archive', gold.source), 'utf8');
      const article = readArticle(raw, gold.source);
      out.push({ set: 'golds (archive)', name, run: (m) => m.analyseEntities(article) });
    }
  }
  // Every region name ICU gives, in sentences, through each pipeline (the gazetteers' region forms).
  for (const [locale, lang, sep] of [['zh-Hans', 'zh', '、'], ['zh-Hant', 'zh', '、'], ['en', 'en', ', '], ['fr', 'fr', ', ']] as const) {
    const names = regionLines(locale).flatMap((l) => l.split('|').slice(1));
    const texts: string[] = [];
    for (let k = 0; k < names.length; k += 12) texts.push(names.slice(k, k + 12).join(sep));
    out.push({ set: 'region names', name: locale, run: (m) => m.analyseTexts(texts, lang) });
  }
  if (!HAS_SHARED) return out;
  for (const sub of ['corpus/archive', 'corpus/transcribed', 'corpus/jekyll-variant', 'seeds']) {
    const dir = join(SHARED_DIR, sub);
    for (const file of filesUnder(dir, (f) => /\.(md|txt)$/.test(f) && !f.endsWith('README.md'))) {
      const name = relative(dir, file);
      const article = readArticle(readFileSync(file, 'utf8'), name);
      out.push({ set: sub, name, run: (m) => m.analyseEntities(article) });
    }
  }
  return out;
}

async function load(root: string): Promise<Analyse> {
  return (await import(pathToFileURL(resolve(root, 'lib/entities/extract.ts')).href)) as Analyse;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

function outputs(m: Analyse, all: Input[]): string[] {
  return all.map((i) => JSON.stringify(i.run(m)));
}

function fingerprint(label: string, all: Input[], outs: string[]): string {
  const sets = [...new Set(all.map((i) => i.set))];
  console.log(`${label}:`);
  for (const set of sets) {
    const idx = all.flatMap((i, k) => (i.set === set ? [k] : []));
    console.log(`  ${set.padEnd(22)} ${String(idx.length).padStart(5)} inputs  sha256 ${sha(idx.map((k) => outs[k]).join('\n')).slice(0, 16)}`);
  }
  const total = sha(outs.join('\n'));
  console.log(`  ${'all'.padEnd(22)} ${String(all.length).padStart(5)} inputs  sha256 ${total.slice(0, 16)}`);
  return total;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--base');
  const base = i >= 0 ? process.argv[i + 1] : undefined;
  if (!HAS_SHARED) console.log('note: ../shared not found, only the golds with their own text are compared');
  const all = inputs();
  const mine = outputs(await load(REPO_ROOT), all);
  const a = fingerprint(`this tree (${REPO_ROOT})`, all, mine);
  if (!base) return;
  const theirs = outputs(await load(resolve(base)), all);
  const b = fingerprint(`base (${resolve(base)})`, all, theirs);
  const differ = all.filter((_, k) => mine[k] !== theirs[k]);
  for (const d of differ.slice(0, 20)) console.log(`  differs: ${d.set}/${d.name}`);
  console.log(a === b ? `identical output on all ${all.length} inputs` : `${differ.length} of ${all.length} inputs differ`);
  if (a !== b) process.exitCode = 1;
}

void main();
