// The texts entities are read from, in reading order. Kept apart from the extractor so that the
// content script can map mention positions back to the page without loading any rule.
import type { Article } from '../types';

/** Title, lead (when present), then each paragraph; blank texts skipped. */
export function articleSegments(article: Article): string[] {
  const out = [article.title];
  if (article.lead) out.push(article.lead);
  for (const b of article.paragraphs) out.push(b.text);
  return out.filter((t) => t.trim() !== '');
}
