// Times every Chinese entity pass on adversarial texts of 10k, 30k and 100k characters (issue 12 §1:
// a pattern took 2.4 s on 30k and 43 s on 100k). Prints the median of 3 runs per case and the
// 100k/10k ratio (≈ 10 for linear work, ≈ 100 for quadratic).
// Run: npx tsx tests/bench/entities-adversarial.ts [--only 'case name']
import { analyseTexts } from '../../lib/entities/extract';
import { adversarialTexts } from './entities-adversarial-inputs';

const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const sizes = (process.env.SIZES ?? '10000,30000,100000').split(',').map(Number);

function median(run: () => void, times = 3): number {
  const xs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    xs.push(performance.now() - t);
  }
  return xs.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

analyseTexts(['热身：美国总统拜登'], 'zh');
const names = Object.keys(adversarialTexts(10));
for (const name of names) {
  if (only && name !== only) continue;
  const ms = sizes.map((n) => median(() => analyseTexts([adversarialTexts(n)[name] as string], name.startsWith('en: ') ? 'en' : 'zh'), n > 30_000 ? 1 : 3));
  const cells = sizes.map((n, i) => `${n / 1000}k ${(ms[i] as number).toFixed(0)} ms`).join('  ');
  console.log(`${name.padEnd(34)} ${cells}  ratio last/first ${((ms[ms.length - 1] as number) / Math.max(ms[0] as number, 0.01)).toFixed(0)}`);
}
