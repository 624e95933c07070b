// The comparison benchmarks' inputs (diff.bench.ts, diff-medians.ts), read from ../shared, never
// copied: the seed article, a copy of it with six RFI-like edits, and two unrelated 50,000-character
// articles made of consecutive archive files.
import { readdirSync } from 'node:fs';
import { parseArchiveFile } from '../../lib/archive/parse-file';
import type { Article } from '../../lib/types';
import { readShared, sharedPath } from '../support/shared';

export function parse(text: string, source: string): Article {
  const r = parseArchiveFile(text, source);
  if (!r.ok) throw new Error(`${source}: line ${r.line}: ${r.reason}`);
  return r.value;
}

/** Six edits of the kind RFI makes: a figure, a name, a word, a clause, a paragraph added and one removed. */
export function edited(a: Article): Article {
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
export function bigArticle(files: string[], size: number): Article {
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

export interface DiffInputs {
  seed: Article;
  seedEdited: Article;
  bigA: Article;
  bigB: Article;
  /** The two big articles' text, 50,000 characters each. */
  textA: string;
  textB: string;
}

export function diffInputs(): DiffInputs {
  const seed = parse(readShared('seeds/000_53576f7386e4415b.txt'), 'seed');
  const files = readdirSync(sharedPath('corpus/archive')).sort();
  const half = Math.floor(files.length / 2);
  const bigA = bigArticle(files.slice(0, half), 50_000);
  const bigB = bigArticle(files.slice(half), 50_000);
  const text = (a: Article) => a.paragraphs.map((b) => b.text).join('\n').slice(0, 50_000);
  return { seed, seedEdited: edited(seed), bigA, bigB, textA: text(bigA), textB: text(bigB) };
}
