// Every real archive file of ../shared round trips through a capture and back (the whole corpus,
// so apart from the inner loop: vitest.corpus.config.ts). The hand-made case is archive-file.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { makeCapture } from '@/lib/store';
import { archiveFileOf } from '@/lib/store/archive-file';
import type { ArchivedArticle } from '@/lib/types';
import { describeShared, HAS_SHARED, sharedPath } from '../../support/shared';

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
