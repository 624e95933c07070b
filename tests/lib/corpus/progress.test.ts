import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from '../../../lib/corpus/progress';

describe('build progress', () => {
  it('draws a bar with the share done and the counts', () => {
    expect(progressLine(0, 100_000, 10)).toBe('[..........]   0% 0/100,000 files');
    expect(progressLine(45_000, 100_000, 10)).toBe('[#####.....]  45% 45,000/100,000 files');
    expect(progressLine(100_000, 100_000, 10)).toBe('[##########] 100% 100,000/100,000 files');
  });

  it('reports every `every` files and at the end only', () => {
    const lines: string[] = [];
    const report = progressReporter((l) => lines.push(l), 4);
    for (let i = 0; i <= 10; i++) report(i, 10);
    expect(lines.map((l) => l.split(' ').pop() && l.match(/\d+\/10/)![0])).toEqual(['0/10', '4/10', '8/10', '10/10']);
  });
});
