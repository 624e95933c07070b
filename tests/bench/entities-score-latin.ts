// French and English entity quality on every SEEN set of our own paragraphs (typed, strict scoring
// of tests/lib/entities/score.ts), pooled per set, language and half: seen-latin, held-out,
// held-out-3, -4, -5 (all seen now), fresh-latin, fresh-latin-2 (halves A and B) fresh-latin-3 (a check set scored once, then tuned on) and fresh-latin-4 (a check set, never tuned on). Blind sets
// still being written (held-out-6) are never read. `--errors` prints each file's misses and false
// positives, except for fresh-latin-2's half B and fresh-latin-4 (kept to check this wave's rules on, never tuned on). Needs no ../shared (the paragraphs are in the repo).
//   npx tsx tests/bench/entities-score-latin.ts [--errors] [set-name-filter]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseTexts } from '../../lib/entities/extract';
import { REPO_ROOT } from '../support/shared';
import { formatScore, poolScores, scoreEntities, type GoldEntity, type Score } from '../lib/entities/score';

interface Own {
  text: string;
  language: 'fr' | 'en';
  half?: 'A' | 'B';
  entities: GoldEntity[];
}

const SETS = ['seen-latin', 'held-out', 'held-out-3', 'held-out-4', 'held-out-5', 'fresh-latin', 'fresh-latin-2', 'fresh-latin-3', 'fresh-latin-4'];
const showErrors = process.argv.includes('--errors');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
const base = resolve(REPO_ROOT, 'tests/fixtures/entities');
const pct = (x: number): string => (100 * x).toFixed(1);
const total = new Map<string, Score[]>();

for (const set of SETS) {
  if (filter && set !== filter) continue;
  const dir = join(base, set);
  if (!existsSync(dir)) continue;
  const groups = new Map<string, Score[]>();
  for (const file of readdirSync(dir).filter((f) => /^(?:fr|en)-.*\.json$/.test(f)).sort()) {
    const g = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Own;
    const s = scoreEntities(analyseTexts([g.text], g.language).entities, g.entities);
    if (showErrors && !((set === 'fresh-latin-2' || set === 'fresh-latin-4') && g.half === 'B')) console.log(formatScore(`${set}/${g.half ? `${g.half} ` : ''}${file}`, s));
    for (const key of [g.language, ...(g.half ? [`${g.language} ${g.half}`] : [])]) groups.set(key, [...(groups.get(key) ?? []), s]);
    total.set(g.language, [...(total.get(g.language) ?? []), s]);
  }
  for (const [key, scores] of [...groups].sort()) {
    const p = poolScores(scores);
    console.log(`${set.padEnd(14)} ${key.padEnd(5)} (${scores.length}) P ${pct(p.p)} R ${pct(p.r)} F1 ${pct(p.f1)}`);
  }
}
for (const [lang, scores] of [...total].sort()) {
  const p = poolScores(scores);
  console.log(`${'all'.padEnd(14)} ${lang.padEnd(5)} (${scores.length}) P ${pct(p.p)} R ${pct(p.r)} F1 ${pct(p.f1)}`);
}
