import { bench, describe } from 'vitest';
import { HAS_SHARED, readShared } from '../support/shared';
import { extractEntities } from '../../lib/entities/extract';
import { readArticle } from '../lib/entities/read-article';

const SEED = '000_53576f7386e4415b.txt';

describe.skipIf(!HAS_SHARED)('entities', () => {
  const article = HAS_SHARED ? readArticle(readShared('seeds', SEED), `seeds/${SEED}`) : null;
  bench('extractEntities on the seed article', () => {
    if (article) extractEntities(article);
  });
});
