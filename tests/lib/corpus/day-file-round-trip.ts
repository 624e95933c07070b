// Captures through one day's heads and texts files and back, for the day-file suites (fixtures and ../shared/corpus).
import { expect } from 'vitest';
import { DayFile, DayTexts, encodeDay } from '../../../lib/corpus/day-file';
import { identityFeatures } from '../../../lib/identity/features';
import type { ArchivedArticle } from '../../../lib/types';

export function roundTrip(articles: ArchivedArticle[]) {
  const { heads, texts } = encodeDay({ day: '20200701', groups: [], groupOf: [] }, articles, identityFeatures);
  const file = new DayFile(heads);
  const t = new DayTexts(texts);
  expect(file.size).toBe(articles.length);
  return articles.map((_, i) => ({ features: file.features(i), article: t.article(i) }));
}
