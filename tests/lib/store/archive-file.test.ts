// An archive file written from a capture reads back as the same article (every real file of
// ../shared does the same in archive-file.corpus.test.ts, apart from the inner loop).
import { expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { makeCapture } from '@/lib/store';
import { archiveFileName, archiveFileOf } from '@/lib/store/archive-file';
import type { ArchivedArticle } from '@/lib/types';
import { testArticle } from '../../support/article';

function parsed(text: string, name: string): ArchivedArticle {
  const r = parseArchiveFile(text, name);
  if (!r.ok) throw new Error(`${name}:${r.line}: ${r.reason}`);
  return r.value;
}

it('writes escaped text, every block kind and the authors, and reads them back', async () => {
  const live = testArticle(['a < b & c', '小标题', '引文', '条目'], {
    url: 'https://www.rfi.fr/cn/中国/20251130-标题',
    title: '标题 [1] (a)',
    lead: '导语 <b>',
    authors: ['Jean Dupont', '王, 五'],
    image: 'https://s.rfi.fr/a.jpg?x=1&y="2"',
    published: '2025-11-30T09:05:00.000Z',
  });
  live.paragraphs[1]!.kind = 'h';
  live.paragraphs[2]!.kind = 'quote';
  live.paragraphs[3]!.kind = 'li';
  const { article } = await makeCapture(live, { source: 'visit', capturedAt: 1764493500000, readUrl: live.url });
  const text = archiveFileOf(article);
  expect(text.split('\n')).toHaveLength(6); // four header lines, the body line, the final newline
  expect(text.endsWith('\n') && !text.includes('\r')).toBe(true);
  const back = parsed(text, 'x.txt');
  expect(back).toMatchObject({ title: article.title, lead: article.lead, paragraphs: article.paragraphs, authors: article.authors, image: article.image });
  expect(back.displayedAt).toBe('2025-11-30T09:05:00.000Z');
  expect(archiveFileName(article)).toMatch(/^visit\/20251130_1764493500000_[0-9a-f]{12}\.txt$/);
});
