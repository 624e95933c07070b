// Every file of the shared archive corpus, rendered into the real 2025 RFI page as its own live page,
// compares with itself as "no change at all": no paragraph, headline, lead, author, image or date
// reported. Catches every asymmetry between the archive reader and live-page extraction that would
// otherwise show a reader a false edit. (~1,400 pages: about a minute on one core.)
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { compareArticles } from '../../../lib/diff/compare';
import { describeShared, HAS_SHARED, readShared, sharedPath } from '../../support/shared';
import { asLivePage } from './live-page';

const CHUNK = 100;

describeShared('archive files as their own live page (shared corpus)', () => {
  const files = HAS_SHARED ? readdirSync(sharedPath('corpus/archive')).sort() : [];
  // The page's inline CSS (two <style> blocks, 218 KB) is emptied: extraction reads no CSS, and
  // parsing it twice per page would double the run time.
  const template = HAS_SHARED
    ? readShared('pages', 'cn-article-2025.html').replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2')
    : '';
  const chunks = Array.from({ length: Math.ceil(files.length / CHUNK) }, (_, i) => files.slice(i * CHUNK, (i + 1) * CHUNK));

  it('holds the whole archive', () => {
    expect(files.length).toBeGreaterThanOrEqual(1403);
  });

  it.each(chunks.map((c, i) => [`${i * CHUNK + 1}–${i * CHUNK + c.length}`, c] as const))(
    'files %s report zero changes',
    (_, chunk) => {
      const reported: string[] = [];
      for (const file of chunk) {
        const r = parseArchiveFile(readShared('corpus/archive', file), file);
        if (!r.ok) {
          reported.push(`${file}: does not parse (${r.reason})`);
          continue;
        }
        const changes = compareArticles(asLivePage(template, r.value), r.value);
        const s = changes.summary;
        if (changes.kinds?.length || s.changed || s.added || s.removed || s.moved) {
          reported.push(`${file}: ${changes.kinds?.join(', ')} ${JSON.stringify(s)}`);
        }
      }
      expect(reported).toEqual([]);
    },
    120_000,
  );
});
