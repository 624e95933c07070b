// Issue 11 §3: does a POS-tagging segmenter (jieba-wasm, tags nr/ns/nt/nz) add recall worth its cost?
// Prints its package size, cold load + first tag in a fresh Node process (median of 5), warm tag
// time on the seed article (median of 21), and the pooled typed F1 on the seen golds (seed + every
// tests/fixtures/entities/archive-*.json) with the rules alone and with the tagger's names added
// (tokens of 2+ characters tagged nr/ns/nt that no extracted form covers).
// jieba-wasm is NOT a dependency (it was not kept): install it outside the repo first, e.g.
//   mkdir -p /tmp/jieba && (cd /tmp/jieba && npm init -y && npm install jieba-wasm@2.4.0)
//   JIEBA_DIR=/tmp/jieba npx tsx tests/bench/entities-segmenter.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { extractEntities, articleSegments } from '../../lib/entities/extract';
import type { Entity } from '../../lib/types';
import { HAS_SHARED, readShared, REPO_ROOT } from '../support/shared';
import { readArticle } from '../lib/entities/read-article';
import { poolScores, scoreEntities, type GoldEntity } from '../lib/entities/score';

const dir = process.env.JIEBA_DIR ?? '/tmp/jieba';
const pkg = join(dir, 'node_modules/jieba-wasm');
if (!existsSync(pkg) || !HAS_SHARED) {
  console.log(`needs jieba-wasm in ${dir} (see the header) and ../shared; nothing measured`);
  process.exit(0);
}
const wasm = join(pkg, 'pkg/nodejs/jieba_rs_wasm_bg.wasm');
console.log(`jieba-wasm ${JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version}: wasm ${(statSync(wasm).size / 1e6).toFixed(1)} MB`);

const seed = readShared('seeds', '000_53576f7386e4415b.txt');
const cold: number[] = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['-e', `const t=performance.now();const j=require(${JSON.stringify(pkg)});j.tag('美国国务卿布林肯周四在新德里会见印度外长苏杰生。',true);console.log(performance.now()-t)`]);
  cold.push(Number(out.toString()));
}
cold.sort((a, b) => a - b);
const jieba = createRequire(join(dir, 'x.js'))('jieba-wasm') as { tag: (s: string, hmm: boolean) => Array<{ word: string; tag: string }> };
const seedText = articleSegments(readArticle(seed, 'seed')).join('\n');
jieba.tag(seedText, true);
const warm: number[] = [];
for (let i = 0; i < 21; i++) {
  const t = performance.now();
  jieba.tag(seedText, true);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
console.log(`cold load + first tag: median ${cold[2]?.toFixed(0)} ms (5 processes; budget 80 ms); warm tag of the seed: median ${warm[10]?.toFixed(1)} ms (budget 10 ms)`);

const TYPE: Record<string, 'PER' | 'LOC' | 'ORG'> = { nr: 'PER', nrfg: 'PER', nrt: 'PER', ns: 'LOC', nt: 'ORG' };
const fixtures = resolve(REPO_ROOT, 'tests/fixtures/entities');
const items: Array<{ text: string; source: string; gold: GoldEntity[] }> = [
  { text: seed, source: 'seed', gold: (JSON.parse(readShared('data', 'gold-seed-entities.json')) as { entities: GoldEntity[] }).entities },
  ...readdirSync(fixtures).filter((f) => f.endsWith('.json')).map((f) => {
    const g = JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as { source: string; entities: GoldEntity[] };
    return { text: readShared('corpus', 'archive', g.source), source: g.source, gold: g.entities };
  }),
];
const rules = [];
const withTags = [];
for (const it of items) {
  const article = readArticle(it.text, it.source);
  const es = extractEntities(article);
  rules.push(scoreEntities(es, it.gold));
  const forms = es.flatMap((e) => [e.text, ...e.aliases]);
  const extra = new Map<string, 'PER' | 'LOC' | 'ORG'>();
  for (const seg of articleSegments(article)) {
    for (const t of jieba.tag(seg, true)) {
      const type = TYPE[t.tag];
      if (type && t.word.length >= 2 && !forms.some((f) => f.includes(t.word))) extra.set(t.word, type);
    }
  }
  const added: Entity[] = [...extra].map(([text, type]) => ({ text, type, count: 1, aliases: [] }));
  withTags.push(scoreEntities([...es, ...added], it.gold));
}
const pct = (x: number): string => (100 * x).toFixed(1);
const a = poolScores(rules);
const b = poolScores(withTags);
console.log(`seen golds (${items.length} articles): rules P ${pct(a.p)} R ${pct(a.r)} F1 ${pct(a.f1)}; rules + tagger P ${pct(b.p)} R ${pct(b.r)} F1 ${pct(b.f1)}`);
