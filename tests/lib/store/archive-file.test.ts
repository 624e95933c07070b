import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { makeCapture } from '@/lib/store';
import { archiveFileName, archiveFileOf } from '@/lib/store/archive-file';
import type { ArchivedArticle } from '@/lib/types';
import { describeShared, HAS_SHARED, sharedPath } from '../../support/shared';
import { testArticle } from '../../support/article';

/** The article without what only says where it is kept (file name, store provenance). */
const content = ({ source: _s, origin: _o, readUrl: _r, hash: _h, ...rest }: ArchivedArticle) => rest;

function parsed(text: string, name: string): ArchivedArticle {
  const r = parseArchiveFile(text, name);
  if (!r.ok) throw new Error(`${name}:${r.line}: ${r.reason}`);
  return r.value;
}

describeShared('archive files round trip: file → capture → export → parse → same article', () => {
  // Listed at collection time, which runs even when the block is skipped: nothing to list without ../shared.
  const dirs = HAS_SHARED ? ['corpus/archive', 'corpus/transcribed', 'corpus/jekyll-variant'] : [];
  const files = dirs.flatMap((d) =>
    readdirSync(sharedPath(d), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(txt|md)$/.test(f) && !/README|NOTES/.test(f))
      .map((f) => `${d}/${f}`),
  );
  const revisions = (HAS_SHARED ? readdirSync(sharedPath('corpus/revisions'), { recursive: true, encoding: 'utf8' }) : [])
    .filter((f) => /\/v\d+__/.test(f))
    .map((f) => `corpus/revisions/${f}`);

  it(`every real archive file (${files.length + revisions.length})`, async () => {
    const all = [...files, ...revisions];
    expect(all.length).toBeGreaterThan(1500);
    const failures: string[] = [];
    const empty: string[] = [];
    for (const name of all) {
      const original = parsed(readFileSync(sharedPath(name), 'utf8'), name);
      const capture = await makeCapture(original, { source: 'import', capturedAt: original.archivedAt, readUrl: original.url }).catch(() => null);
      if (!capture) {
        empty.push(name); // no text: never a capture
        continue;
      }
      const back = parsed(archiveFileOf(capture.article), name);
      try {
        expect(content(back)).toEqual(content(original));
      } catch {
        failures.push(name);
      }
    }
    expect(failures).toEqual([]);
    expect(empty.length).toBeLessThan(all.length / 100);
  });
});

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
