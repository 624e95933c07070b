// Medians of the comparison engine's timed cases (vitest bench prints means and percentiles):
// `npx tsx tests/bench/diff-medians.ts`. Targets: seed article vs an edited copy ≤ 2 ms; two
// unrelated 50,000-character texts ≤ 50 ms. Inputs are read from ../shared, never copied.
import { readdirSync } from 'node:fs';
import { parseArchiveFile } from '../../lib/archive/parse-file';
import { compareArticles } from '../../lib/diff/compare';
import { diffText } from '../../lib/diff/spans';
import type { Article } from '../../lib/types';
import { HAS_SHARED, readShared, sharedPath } from '../support/shared';

function parse(text: string, source: string): Article {
  const r = parseArchiveFile(text, source);
  if (!r.ok) throw new Error(`${source}: line ${r.line}: ${r.reason}`);
  return r.value;
}

/** The same six edits as diff.bench.ts: a figure, a name, a clause, a cut, one paragraph added, one removed. */
function edited(a: Article): Article {
  const ps = a.paragraphs.map((b) => ({ ...b }));
  const edit = (i: number, f: (t: string) => string) => {
    const b = ps[i];
    if (b) b.text = f(b.text);
  };
  edit(0, (t) => t.replace(/\d/, (d) => String((Number(d) + 1) % 10)));
  edit(2, (t) => t.replace('印度', '印度共和国'));
  edit(4, (t) => t.slice(0, Math.floor(t.length / 2)) + '据报道，' + t.slice(Math.floor(t.length / 2)));
  edit(6, (t) => t.slice(0, -6));
  ps.splice(3, 0, { kind: 'p', text: '本台记者补充报道：会议期间，多国外长还就粮食安全问题交换了意见。' });
  ps.splice(9, 1);
  return { ...a, paragraphs: ps };
}

function text50k(files: string[]): string {
  let text = '';
  for (const f of files) {
    text += parse(readShared('corpus/archive', f), f).paragraphs.map((b) => b.text).join('\n') + '\n';
    if (text.length >= 50_000) break;
  }
  return text.slice(0, 50_000);
}

function median(run: () => void, times: number): number {
  for (let i = 0; i < Math.min(times, 20); i++) run(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(times / 2)] as number;
}

if (!HAS_SHARED) {
  console.log('skipped: ../shared not found (set RFI_LENS_SHARED)');
} else {
  const seed = parse(readShared('seeds/000_53576f7386e4415b.txt'), 'seed');
  const seedEdited = edited(seed);
  const files = readdirSync(sharedPath('corpus/archive')).sort();
  const half = Math.floor(files.length / 2);
  const a = text50k(files.slice(0, half));
  const b = text50k(files.slice(half));
  const rows: [string, number, number][] = [
    ['seed article vs edited copy (compareArticles, spans included)', median(() => compareArticles(seedEdited, seed), 500), 2],
    ['seed article vs itself (compareArticles)', median(() => compareArticles(seed, seed), 500), 2],
    ['two unrelated 50,000-character texts (diffText)', median(() => diffText(a, b), 31), 50],
  ];
  for (const [what, ms, target] of rows) console.log(`${ms.toFixed(2).padStart(8)} ms  (target ≤ ${target} ms)  ${what}`);
}
