// Every real archive file of the shared corpus (archive/, the revision versions, transcribed/ and
// jekyll-variant/), rendered as its own live page, compares with itself as "no change at all": no
// paragraph, headline, lead, author, image or date reported. The page is the real 2025 RFI page
// with the file's body HTML *as stored* inside its body container (cli/render-page-body.ts): only
// the template around the body is RFI's, so every residue the archive parser and the live
// extractor read differently (the AFP copyright line, ad labels, interstitials, promos, embeds)
// shows up as a false edit here. (~1,600 pages: a few minutes on one core.)
import { readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { renderStoredBodyPage } from '../../../cli/render-page-body';
import { parseArchiveFile, storedBodyHtml } from '../../../lib/archive/parse-file';
import { compareArticles } from '../../../lib/diff/compare';
import { extractArticle } from '../../../lib/page/extract';
import { describeShared, HAS_SHARED, readShared, sharedPath } from '../../support/shared';

const CHUNK = 100;

/** Every archive file of ../shared/corpus, as paths under it. */
function corpusFiles(): string[] {
  if (!HAS_SHARED) return [];
  const list = (dir: string) => readdirSync(sharedPath('corpus', dir)).sort();
  const files = list('archive').map((f) => `archive/${f}`);
  for (const n of list('revisions').filter((d) => /^\d+$/.test(d))) {
    files.push(...list(`revisions/${n}`).filter((f) => f.startsWith('v')).map((f) => `revisions/${n}/${f}`));
  }
  for (const dir of ['transcribed', 'jekyll-variant']) {
    files.push(...list(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `${dir}/${f}`));
  }
  return files;
}

describeShared('archive files, stored body as their own live page (shared corpus)', () => {
  const files = corpusFiles();
  // The page's inline CSS (two <style> blocks, 218 KB) is emptied: extraction reads no CSS, and
  // parsing it twice per page would double the run time.
  const template = HAS_SHARED
    ? readShared('pages', 'cn-article-2025.html').replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2')
    : '';
  const chunks = Array.from({ length: Math.ceil(files.length / CHUNK) }, (_, i) => files.slice(i * CHUNK, (i + 1) * CHUNK));

  it('holds the whole archive and the 158 revision versions', () => {
    expect(files.filter((f) => f.startsWith('archive/')).length).toBeGreaterThanOrEqual(1403);
    expect(files.filter((f) => f.startsWith('revisions/')).length).toBeGreaterThanOrEqual(158);
  });

  it.each(chunks.map((c, i) => [`${i * CHUNK + 1}–${i * CHUNK + c.length}`, c] as const))(
    'files %s report zero changes',
    (_, chunk) => {
      const reported: string[] = [];
      for (const file of chunk) {
        const text = readShared('corpus', file);
        const r = parseArchiveFile(text, file);
        if (!r.ok) {
          reported.push(`${file}:${r.line}: does not parse (${r.reason})`);
          continue;
        }
        const page = renderStoredBodyPage(template, r.value, storedBodyHtml(text) ?? '');
        const live = extractArticle(parseHTML(page).document, r.value.url);
        if (!live) {
          reported.push(`${file}: not read as an article`);
          continue;
        }
        const changes = compareArticles(live.value, r.value);
        const s = changes.summary;
        if (changes.kinds.length || s.changed || s.added || s.removed || s.moved) {
          reported.push(`${file}: ${changes.kinds.join(', ')} ${JSON.stringify(s)}`);
        }
      }
      expect(reported).toEqual([]);
    },
    600_000,
  );
});
