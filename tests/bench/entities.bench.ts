// Entity extraction speed on the seed article, warm (repeated calls in one process). The
// first-load figure (fresh process: import + gazetteer + first run) is printed, with the warm
// median, by tests/bench/entities-first-load.ts.
import { bench, describe } from 'vitest';
import { HAS_SHARED, readShared } from '../support/shared';
import { extractEntities } from '../../lib/entities/extract';
import { reportEntities } from '../../lib/entities/compare';
import { readArticle } from '../lib/entities/read-article';

const SEED = '000_53576f7386e4415b.txt';

describe.skipIf(!HAS_SHARED)('entities', () => {
  const article = HAS_SHARED ? readArticle(readShared('seeds', SEED), `seeds/${SEED}`) : null;

  bench('extractEntities on the seed article (warm)', () => {
    if (article) extractEntities(article);
  });
  bench('reportEntities: live + archived copy of the seed (warm)', () => {
    if (article) reportEntities(article, article);
  });
});
