// Entity quality on every SEEN gold set, pooled per set and language (typed, strict scoring of
// tests/lib/entities/score.ts): the archive golds (tests/fixtures/entities/*.json + the seed), our
// own fr/en paragraphs (seen-latin), the five earlier held-out sets and the even-id golds
// (fresh-even … fresh-even-4, fresh-even-6 and fresh-even-7 in halves A and B, fresh-even-8; fresh-even-7 B's errors are never printed), all seen now and kept as regression floors. `--errors` also prints each file's misses and false positives.
//   npx tsx tests/bench/entities-score.ts [--errors] [set-name-filter]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseTexts, extractEntities } from '../../lib/entities/extract';
import type { Entity } from '../../lib/types';
import { HAS_SHARED, readShared, REPO_ROOT } from '../support/shared';
import { readArticle } from '../lib/entities/read-article';
import { formatScore, poolScores, scoreEntities, type GoldEntity, type Score } from '../lib/entities/score';

interface Gold {
  source?: string;
  text?: string;
  language?: 'fr' | 'en';
  entities: GoldEntity[];
}

if (!HAS_SHARED) {
  console.log('needs ../shared (RFI_LENS_SHARED); nothing measured');
  process.exit(0);
}
const showErrors = process.argv.includes('--errors');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
const base = resolve(REPO_ROOT, 'tests/fixtures/entities');

function predict(g: Gold): Entity[] {
  if (g.text !== undefined) return analyseTexts([g.text], g.language ?? 'en').entities;
  return extractEntities(readArticle(readShared('corpus', 'archive', g.source ?? ''), g.source ?? ''));
}

const sets: Array<{ name: string; items: Array<{ file: string; lang: string; gold: Gold }> }> = [];
const dirSet = (name: string, dir: string, keep: (file: string) => boolean = () => true): void => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && keep(f)).sort();
  sets.push({
    name,
    items: files.map((file) => {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
      return { file, lang: gold.text !== undefined ? (gold.language ?? 'en') : 'zh', gold };
    }),
  });
};
dirSet('archive', base);
sets[0]!.items.unshift({
  file: 'seed',
  lang: 'zh',
  gold: { text: undefined, source: undefined, entities: (JSON.parse(readShared('data', 'gold-seed-entities.json')) as Gold).entities },
});
for (const d of ['seen-latin', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'fresh-even', 'fresh-even-2', 'fresh-even-3', 'fresh-even-4', 'fresh-even-8']) {
  if (existsSync(join(base, d))) dirSet(d, join(base, d));
}
// fresh-even-6 in its two halves (its README): A = ids below 1047900, B = the rest.
const halfA = (f: string): boolean => Number(/-(\d+)-/.exec(f)?.[1]) < 1047900;
if (existsSync(join(base, 'fresh-even-6'))) {
  dirSet('fresh-even-6A', join(base, 'fresh-even-6'), halfA);
  dirSet('fresh-even-6B', join(base, 'fresh-even-6'), (f) => !halfA(f));
}
// fresh-even-7 in its two halves (its README): A may be tuned on, B is kept to check, so B's
// misses and false positives are never printed.
const HALF_A = ['1047658', '1046934', '1047632', '1047388'];
if (existsSync(join(base, 'fresh-even-7'))) {
  dirSet('fresh-even-7', join(base, 'fresh-even-7'));
  const all = sets.pop()!.items;
  const inA = (f: string): boolean => HALF_A.some((id) => f.includes(`-${id}-`));
  sets.push({ name: 'fresh-even-7A', items: all.filter((x) => inA(x.file)) }, { name: 'fresh-even-7B', items: all.filter((x) => !inA(x.file)) });
}

const pct = (x: number): string => (100 * x).toFixed(1);
const byLang = new Map<string, Score[]>();
for (const set of sets) {
  if (filter && !set.name.includes(filter)) continue;
  const groups = new Map<string, Score[]>();
  for (const { file, lang, gold } of set.items) {
    const es = file === 'seed'
      ? extractEntities(readArticle(readShared('seeds', '000_53576f7386e4415b.txt'), 'seeds/000_53576f7386e4415b.txt'))
      : predict(gold);
    const s = scoreEntities(es, gold.entities);
    if (showErrors && set.name !== 'fresh-even-7B' && (s.missed.length || s.falsePositives.length)) console.log(formatScore(`${set.name}/${file}`, s));
    groups.set(lang, [...(groups.get(lang) ?? []), s]);
    byLang.set(lang, [...(byLang.get(lang) ?? []), s]);
  }
  for (const [lang, scores] of groups) {
    const p = poolScores(scores);
    console.log(`${set.name.padEnd(12)} ${lang} (${String(p.files).padStart(2)}): P ${pct(p.p)} R ${pct(p.r)} F1 ${pct(p.f1)}`);
  }
}
for (const [lang, scores] of byLang) {
  const p = poolScores(scores);
  console.log(`ALL          ${lang} (${String(p.files).padStart(2)}): P ${pct(p.p)} R ${pct(p.r)} F1 ${pct(p.f1)}`);
}
