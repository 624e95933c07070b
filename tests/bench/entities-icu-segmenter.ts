// Issue 11 §3: is Intl.Segmenter (ICU word breaks, built into browsers and Node, zero bytes) a
// recall signal for Chinese person names? ICU splits a name it does not know into one-character
// "words" (邱|垂|正); this counts the names such runs would add after the rules: three one-character
// Han segments, the first a listed surname, none a function character, with no one-character
// neighbour, not overlapping any extracted form. Scored against every seen Chinese gold (a form
// listed as a PER = TP, a form in no gold entity = FP), and timed on the seed.
// Run: npx tsx tests/bench/entities-icu-segmenter.ts   (needs ../shared)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseTexts, articleSegments } from '../../lib/entities/extract';
import { FUNCTION_CHARS_ZH, SURNAMES_ZH } from '../../lib/entities/names-zh';
import { HAS_SHARED, readShared, REPO_ROOT } from '../support/shared';
import { readArticle } from '../lib/entities/read-article';
import type { GoldEntity } from '../lib/entities/score';

if (!HAS_SHARED) {
  console.log('needs ../shared (RFI_LENS_SHARED); nothing measured');
  process.exit(0);
}
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const single = (s: Intl.SegmentData | undefined): boolean => !!s && s.segment.length === 1 && /[\u4e00-\u9fff]/.test(s.segment) && !FUNCTION_CHARS_ZH.includes(s.segment);

function oovNames(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const parts = [...seg.segment(t)];
    for (let i = 0; i + 2 < parts.length; i++) {
      const run = parts.slice(i, i + 3);
      if (!run.every(single) || single(parts[i + 3]) || single(parts[i - 1])) continue;
      if (SURNAMES_ZH.includes(run[0]!.segment)) out.add(run.map((p) => p.segment).join(''));
    }
  }
  return out;
}

const base = resolve(REPO_ROOT, 'tests/fixtures/entities');
let tp = 0;
let fp = 0;
for (const dir of ['', 'held-out', 'held-out-2', 'held-out-3', 'fresh-even', 'fresh-even-2']) {
  for (const f of readdirSync(join(base, dir)).filter((x) => x.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join(base, dir, f), 'utf8')) as { source?: string; entities: GoldEntity[] };
    if (!g.source) continue;
    const texts = articleSegments(readArticle(readShared('corpus', 'archive', g.source), g.source));
    const found = analyseTexts(texts, 'zh').entities.flatMap((e) => [e.text, ...e.aliases]);
    const per = new Set(g.entities.filter((e) => e.types.includes('PER')).flatMap((e) => [e.canonical, ...e.aliases]));
    const any = new Set(g.entities.flatMap((e) => [e.canonical, ...e.aliases]));
    for (const n of oovNames(texts)) {
      if (found.some((x) => x.includes(n) || n.includes(x))) continue;
      if (per.has(n)) tp++;
      else if (!any.has(n)) fp++;
    }
  }
}
const seed = articleSegments(readArticle(readShared('seeds', '000_53576f7386e4415b.txt'), 'seed')).join('\n');
const t0 = performance.now();
[...seg.segment(seed)];
const first = performance.now() - t0;
const times: number[] = [];
for (let i = 0; i < 21; i++) {
  const t = performance.now();
  [...seg.segment(seed)];
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`Intl.Segmenter on the seed: first ${first.toFixed(1)} ms, warm median ${times[10]?.toFixed(2)} ms; names it adds after the rules on the seen golds: TP ${tp}, FP ${fp}`);
