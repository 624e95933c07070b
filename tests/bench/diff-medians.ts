// Medians of the comparison engine's timed cases (vitest bench prints means and percentiles):
// `npx tsx tests/bench/diff-medians.ts`. Targets: seed article vs an edited copy ≤ 2 ms; two
// unrelated 50,000-character texts ≤ 50 ms. Inputs are read from ../shared, never copied.
import { compareArticles } from '../../lib/diff/compare';
import { diffText } from '../../lib/diff/spans';
import { HAS_SHARED } from '../support/shared';
import { diffInputs } from './diff-inputs';

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
  const { seed, seedEdited, textA: a, textB: b } = diffInputs();
  const rows: [string, number, number][] = [
    ['seed article vs edited copy (compareArticles, spans included)', median(() => compareArticles(seedEdited, seed), 500), 2],
    ['seed article vs itself (compareArticles)', median(() => compareArticles(seed, seed), 500), 2],
    ['two unrelated 50,000-character texts (diffText)', median(() => diffText(a, b), 31), 50],
  ];
  for (const [what, ms, target] of rows) console.log(`${ms.toFixed(2).padStart(8)} ms  (target ≤ ${target} ms)  ${what}`);
}
