// Selectors only the fixture-page maker uses (it rewrites a saved 2025 page into the page of an
// archived article): the wrappers it empties, rewrites or drops. The extension never reads them,
// so they live here, in the same form as lib/page/selectors.ts (proofs checked by
// tests/lib/page/selectors.test.ts).
import { cssTable, type Entry } from '../lib/page/alternatives';

const ARTICLE_2025 = ['cn-article-2025', 'cn-2025-mini'] as const;

export const makerSelectorEntries = {
  /** Main media wrapper (emptied or removed). */
  mainMedia: [{ css: '.t-content__main-media', era: '2025 article', on: ARTICLE_2025 }],
  /** Authors wrapper (rewritten). */
  authorsBlock: [
    { css: '.t-content__authors', era: '2025 article', on: ARTICLE_2025 },
    { css: '.t-content__authors-tts', era: '2020-23 article', on: ['cn-older-template'] },
  ],
  /** Responsive sources of the main image (dropped). */
  mainImageSources: [{ css: '.t-content__main-media picture source', era: '2025 article, picture > source[type=image/webp]', on: ARTICLE_2025 }],
  /** Caption of the main image (dropped). */
  mainImageCaption: [{ css: '.t-content__main-media figcaption', era: '2025 article, figcaption.a-figcaption (caption + credit)', on: ARTICLE_2025 }],
  /** Dates wrapper (rewritten, or removed without a date). */
  datesBlock: [{ css: '.t-content__dates', era: '2025 article', on: ARTICLE_2025 }],
  /** The other-script twin of the article (`zh-Hans` ↔ `zh-Hant`; dropped). */
  alternateEditions: [
    // all 17 editions on cn-home-2025
    { css: 'link[rel="alternate"][hreflang]', era: '2025 article head', on: [...ARTICLE_2025, 'cn-home-2025'] },
  ],
} as const satisfies Record<string, Entry>;

export const makerSelectors = cssTable(makerSelectorEntries);
