// What is residue inside an article body, for BOTH readers: the live extractor (lib/page/body.ts)
// drops these nodes from the page's body container, the archive parser (lib/archive/body.ts) from
// the feed's body HTML. One list, so the two readers cannot drift apart again (issue 11 §1: the AFP
// copyright line was dropped by one and kept by the other, a false "added paragraph" on every wire
// item). The pages that prove each alternative (page fixtures, tests/fixtures/pages/`cn-…`, and
// archive fixtures, tests/fixtures/archive/`archive:…`) are in selector-proofs.ts;
// tests/lib/page/selectors.test.ts checks every one.
import type { Alternatives } from './alternatives';

/** The body's first child: ad box + "继续浏览后续" button (the page-maker keeps it in place). */
const bodyInterstitial = ['.m-interstitial'] as const satisfies Alternatives;

/** The body's newsletter / app promo blocks, shipped `--hidden` (the page-maker keeps them last). */
const bodySelfPromo = ['.o-self-promo', '[data-selfpromo-newsletter]', '[data-selfpromo-app]'] as const satisfies Alternatives;

/** Nodes that are never article text, wherever they sit in the body; all apply. */
const bodyNoiseEntry = [
  ...bodyInterstitial,
  ...bodySelfPromo,
  'p.t-copyright',
  '[data-tms-ad-type]',
  '.m-block-ad',
  '.o-ad-container',
  '[data-readmore-unlocker]',
  '.a-read-more',
  '.o-liveblog-post__header',
  '[class^="m-em-"]',
  '[class*=" m-em-"]',
  'figure',
  'picture',
  'iframe',
  'video',
  'audio',
  'object',
  'embed',
  'noscript',
  'template',
  'youtube-player',
  'play-media',
  'script',
  'style',
  'svg',
  'button',
  'share-button',
  'share-modal',
  '[data-root-share]',
] as const satisfies Alternatives;

/** The residue entries (lib/page/selectors.ts lists them with the others; their proofs are in selector-proofs.ts). */
export const residueEntries = { bodyInterstitial, bodySelfPromo, bodyNoise: bodyNoiseEntry };

/** What both readers drop: the live extractor (lib/page/body.ts), the archive parser (lib/archive/body.ts). */
export const bodyNoise: Alternatives = bodyNoiseEntry;

/**
 * Whole-block texts that are residue whatever their markup: the AFP copyright line without its
 * class, the ad-slot labels (`广告`, `继续浏览后续`) when they stand alone. Matched on the normalised
 * text of one block by both readers.
 */
const RESIDUE_TEXT: readonly RegExp[] = [
  // `© 2020 AFP` / `© 2021 法新社`: archive:wire-copy
  /^©\s*\d{4}\s*(?:AFP|法新社)$/iu,
  // ad label and unlock-button text left alone: cn-wire-2020
  /^(?:广告|廣告|继续浏览后续|繼續瀏覽後續)$/u,
];

/** True when a block's normalised text is residue on its own (see RESIDUE_TEXT). */
export function isResidueText(text: string): boolean {
  return RESIDUE_TEXT.some((re) => re.test(text));
}
