// Day files over the whole of ../shared/corpus (its own vitest config, vitest.corpus.config.ts):
// every capture comes back byte for byte, with the head features headFeatures gives.
import { expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { headFeatures, identityFeatures } from '../../../lib/identity/features';
import { captureKeys } from '../../../lib/identity/same-article';
import type { ArchivedArticle } from '../../../lib/types';
import { roundTrip } from './day-file-round-trip';
import { describeShared, sharedPath } from '../../support/shared';

describeShared('day files over ../shared/corpus', () => {
  it('round-trip every capture byte for byte (as JSON, key order included) with its head features', () => {
    const articles = readCorpusDir(sharedPath('corpus'))
      .map((f) => parseArchiveFile(f.text, f.name))
      .flatMap((r): ArchivedArticle[] => (r.ok ? [r.value] : []));
    expect(articles.length).toBeGreaterThan(1500);
    const back = roundTrip(articles);
    expect(back.filter((b, i) => JSON.stringify(b.article) !== JSON.stringify(articles[i]))).toEqual([]);
    const expected = (a: ArchivedArticle) => ({ keys: captureKeys(headFeatures(a)), shingles: identityFeatures(a).shingles.length });
    expect(back.filter((b, i) => JSON.stringify(b.features) !== JSON.stringify(expected(articles[i]!)))).toEqual([]);
  });
});
