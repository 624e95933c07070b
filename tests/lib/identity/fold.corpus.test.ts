// foldForIdentity over the whole of ../shared/corpus (its own vitest config: vitest.corpus.config.ts).
import { expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { foldForIdentity, foldSlow } from '../../../lib/identity/text-similarity';
import type { ArchivedArticle } from '../../../lib/types';
import { describeShared, sharedPath } from '../../support/shared';

describeShared('foldForIdentity over ../shared/corpus', () => {
  it('agrees with the definition on every title and text block', () => {
    const articles = readCorpusDir(sharedPath('corpus'))
      .map((f) => parseArchiveFile(f.text, f.name))
      .flatMap((r): ArchivedArticle[] => (r.ok ? [r.value] : []));
    const texts = articles.flatMap((a) => [a.title, a.rawTitle, a.lead ?? '', ...a.paragraphs.map((p) => p.text)]);
    expect(texts.length).toBeGreaterThan(10_000);
    expect(texts.filter((t) => foldForIdentity(t) !== foldSlow(t))).toEqual([]);
  });
});
