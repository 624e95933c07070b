// Identity features a candidate source already holds for the captures it hands over (the reader's
// store keeps them in its article records), so that merging the candidates does not compute them
// again. Keyed by the capture object: a source that hands over the same objects again (a cache)
// is answered at once; any other capture is computed as before.
import { identityFeatures, type IdentityFeatures } from './features';
import type { ArchivedArticle } from '../types';

const known = new WeakMap<ArchivedArticle, IdentityFeatures>();

/** Records the features of `article` (they must be identityFeatures(article)). */
export function knowFeatures(article: ArchivedArticle, features: IdentityFeatures): void {
  known.set(article, features);
}

/** identityFeatures(article), from what a source recorded when it can. */
export function featuresOf(article: ArchivedArticle): IdentityFeatures {
  let f = known.get(article);
  if (!f) known.set(article, (f = identityFeatures(article)));
  return f;
}
