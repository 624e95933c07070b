// Comparison engine timings. Targets: a real article against an edited copy ≤ 2 ms; two unrelated
// 50,000-character texts ≤ 50 ms. Inputs come from ../shared (read, never copied).
import { readdirSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseArchiveFile } from '../../lib/archive/parse-file';
import { diffChars } from '../../lib/diff/chars';
import { compareArticles } from '../../lib/diff/compare';
import { diffText } from '../../lib/diff/spans';
import type { Article } from '../../lib/types';
import { HAS_SHARED, readShared, sharedPath } from '../support/shared';

function parse(text: string, source: string): Article {
  const r = parseArchiveFile(text, source);
  if (!r.ok) throw new Error(`${source}: line ${r.line}: ${r.reason}`);
  return r.value;
}

/** Six edits of the kind RFI makes: a figure, a name, a word, a clause, a paragraph added and one removed. */
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

/** An article of about `size` characters made of the paragraphs of consecutive archive files. */
function bigArticle(files: string[], size: number): Article {
  const base = parse(readShared('corpus/archive', files[0] as string), files[0] as string);
  const paragraphs: Article['paragraphs'] = [];
  let total = 0;
  for (const f of files) {
    for (const b of parse(readShared('corpus/archive', f), f).paragraphs) {
      if (total >= size) break;
      paragraphs.push(b);
      total += b.text.length;
    }
    if (total >= size) break;
  }
  return { ...base, paragraphs };
}

describe.skipIf(!HAS_SHARED)('comparison engine', () => {
  if (!HAS_SHARED) return;
  const seed = parse(readShared('seeds/000_53576f7386e4415b.txt'), 'seed');
  const seedEdited = edited(seed);
  const files = readdirSync(sharedPath('corpus/archive')).sort();
  const half = Math.floor(files.length / 2);
  const bigA = bigArticle(files.slice(0, half), 50_000);
  const bigB = bigArticle(files.slice(half), 50_000);
  const textA = bigA.paragraphs.map((b) => b.text).join('\n').slice(0, 50_000);
  const textB = bigB.paragraphs.map((b) => b.text).join('\n').slice(0, 50_000);
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
