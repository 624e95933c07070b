// Comparison engine timings. Targets: a real article against an edited copy ≤ 2 ms; two unrelated
// 50,000-character texts ≤ 50 ms. Inputs come from ../shared (read, never copied).
import { bench, describe } from 'vitest';
import { diffChars } from '../../lib/diff/chars';
import { compareArticles } from '../../lib/diff/compare';
import { diffText } from '../../lib/diff/spans';
import { HAS_SHARED } from '../support/shared';
import { diffInputs, edited } from './diff-inputs';

describe.skipIf(!HAS_SHARED)('comparison engine', () => {
  if (!HAS_SHARED) return;
  const { seed, seedEdited, bigA, bigB, textA, textB } = diffInputs();
  const textAEdited = edited(bigA).paragraphs.map((b) => b.text).join('\n').slice(0, 50_000);

  bench('seed article vs edited copy (compareArticles)', () => {
    compareArticles(seedEdited, seed);
  });
  bench('seed article vs itself (compareArticles)', () => {
    compareArticles(seed, seed);
  });
  bench(`unrelated articles, ${bigA.paragraphs.length} vs ${bigB.paragraphs.length} paragraphs, 50k chars each (compareArticles)`, () => {
    compareArticles(bigA, bigB);
  });
  bench('unrelated 50,000-character texts (diffChars)', () => {
    diffChars(textA, textB);
  });
  bench('unrelated 50,000-character texts (diffText: word/character spans, rewrite check)', () => {
    diffText(textA, textB);
  });
  bench('50,000-character text vs a copy with 6 edits (diffText)', () => {
    diffText(textA, textAEdited);
  });
  bench('seed paragraph vs its edited copy (diffChars)', () => {
    diffChars(seed.paragraphs[4]?.text ?? '', seedEdited.paragraphs[5]?.text ?? '');
  });
});
