// The pages the browser tests serve at real rfi.fr URLs, made with the project's own fixture
// tool (cli/render-page.ts) from the real 2025 article template in ../shared and the seed archive.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import type { ArchivedArticle, Block } from '../../../lib/types';
import { renderArticlePage } from '../../../cli/render-page';
import { readShared, REPO_ROOT, sharedPath } from '../../support/shared';
import type { Served } from './driver';

export const SEED_FILE = '000_53576f7386e4415b.txt';

export function seedArticle(): ArchivedArticle {
  const parsed = parseArchiveFile(readFileSync(resolve(REPO_ROOT, 'seeds', SEED_FILE), 'utf8'), SEED_FILE);
  if (!parsed.ok) throw new Error(`seed does not parse: ${parsed.line}: ${parsed.reason}`);
  return parsed.value;
}

/** What the edited fixture changes, so tests can assert exactly these. */
export const EDITS = {
  /** Index (in the seed's paragraphs) of the paragraph whose figure is corrected. */
  changed: 2,
  /** Index of the paragraph removed from the live page. */
  removed: 6,
  /** The paragraph added after the seed's paragraph 9. */
  addedAfter: 9,
  addedText: '编者按：本文发表后，美国国务院补充说明了布林肯与拉夫罗夫会面的细节。',
};

/** The seed with one paragraph edited (a number), one removed and one added. */
export function editedArticle(seed: ArchivedArticle): ArchivedArticle {
  const paragraphs: Block[] = [];
  seed.paragraphs.forEach((block, i) => {
    if (i === EDITS.removed) return;
    if (i === EDITS.changed) {
      const text = block.text.includes('10分钟') ? block.text.replace('10分钟', '15分钟') : `${block.text}（更正）`;
      paragraphs.push({ ...block, text });
    } else paragraphs.push(block);
    if (i === EDITS.addedAfter) paragraphs.push({ kind: 'p', text: EDITS.addedText });
  });
  return { ...seed, paragraphs };
}

export function template(): string {
  return readShared('pages', 'cn-article-2025.html');
}

export function seedPage(): Served {
  const seed = seedArticle();
  return { url: seed.url, html: renderArticlePage(template(), seed) };
}

export function editedPage(): Served {
  const seed = seedArticle();
  return { url: seed.url, html: renderArticlePage(template(), editedArticle(seed)) };
}

/** The real CN home page: not an article. */
export function homePage(): Served {
  return { url: 'https://www.rfi.fr/cn/', html: readShared('pages', 'cn-home-2025.html') };
}

/** The real 2025 article: an article the bundled corpus does not hold. */
export function unarchivedPage(): Served {
  return {
    url: 'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE%E5%A2%9E%E5%8A%A0400%E4%BA%BF%E7%BE%8E%E5%85%83%E5%9B%BD%E9%98%B2%E5%BC%80%E6%94%AF-%E5%8A%A0%E9%80%9F%E9%83%A8%E7%BD%B2t-dome%E9%98%B2%E7%A9%BA%E7%B3%BB%E7%BB%9F',
    html: readShared('pages', 'cn-article-2025.html'),
  };
}

/** The version files of a revision case of ../shared/corpus/revisions (`NN`), oldest first. */
export function revisionFiles(n: string): { name: string; text: string }[] {
  const dir = sharedPath('corpus', 'revisions', n);
  return readdirSync(dir)
    .filter((name) => /^v\d+__/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));
}

/** Version `k` (0-based) of a revision case put into the real 2025 template, served at its own URL. */
export function revisionPage(n: string, k: number): Served {
  const file = revisionFiles(n)[k];
  if (!file) throw new Error(`revision case ${n} has no version ${k + 1}`);
  const parsed = parseArchiveFile(file.text, file.name);
  if (!parsed.ok) throw new Error(`${file.name}:${parsed.line}: ${parsed.reason}`);
  return { url: parsed.value.url, html: renderArticlePage(template(), parsed.value) };
}
