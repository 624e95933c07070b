// What is residue inside an article body, for BOTH readers: the live extractor (lib/page/body.ts)
// drops these nodes from the page's body container, the archive parser (lib/archive/body.ts) from
// the feed's body HTML. One list, so the two readers cannot drift apart again (issue 11 §1: the AFP
// copyright line was dropped by one and kept by the other, a false "added paragraph" on every wire
// item). Each alternative names the pages that prove it: page fixtures (tests/fixtures/pages/,
// `cn-…`) and archive fixtures (tests/fixtures/archive/, `archive:…`); tests/lib/page/extract.test.ts
// checks that every alternative matches at least one of them.
import type { Alternatives } from './selectors';

/** The body's first child: ad box + "继续浏览后续" button (the page-maker keeps it in place). */
export const bodyInterstitial = [
  // 2020-25 body, first child: cn-2025-mini, cn-wire-2020, archive:glued-ad (every 2020-21 body)
  '.m-interstitial',
] as const satisfies Alternatives;

/** The body's newsletter / app promo blocks, shipped `--hidden` (the page-maker keeps them last). */
export const bodySelfPromo = [
  // 2020-25 body, end ("电邮新闻 … 订阅", app links): cn-2025-mini, archive:column-lead
  '.o-self-promo',
  // 2022-23 bodies, the same placeholders without classes: archive:author-share
  '[data-selfpromo-newsletter]',
  '[data-selfpromo-app]',
] as const satisfies Alternatives;

/** Nodes that are never article text, wherever they sit in the body; all apply. */
export const bodyNoise = [
  ...bodyInterstitial,
  ...bodySelfPromo,
  // AFP wire copy, last body paragraph `© 2020 AFP`: cn-wire-2020, archive:wire-copy
  'p.t-copyright',
  // ad slots filled by tms.fmm.io: cn-2025-mini, cn-older-template, archive:glued-ad
  '[data-tms-ad-type]',
  // ad box (`广告` label inside): cn-2025-mini, archive:glued-ad
  '.m-block-ad',
  // ad container: cn-2025-mini
  '.o-ad-container',
  // "继续浏览后续" unlock button, sometimes pushed out of the interstitial: cn-wire-2020
  '[data-readmore-unlocker]',
  // "read also" box (seen on France 24, same platform): cn-2025-mini, cn-older-template
  '.a-read-more',
  // a live-blog entry's time header (`21:50`): the entry's time, not its text (team-modelled
  // markup, not yet seen on a real page): cn-live-blog-v1, cn-live-blog-v2
  '.o-liveblog-post__header',
  // embeds whose class list starts with m-em- (quote, audio, video, flash, image): cn-2025-mini
  '[class^="m-em-"]',
  // embeds with m-em-* after another class: cn-older-template
  '[class*=" m-em-"]',
  // media and widgets (captions and players are not prose): cn-wire-2020, archive:bracket-title
  'figure',
  'picture',
  'iframe',
  'video',
  'audio',
  'object',
  'embed',
  'noscript',
  'template',
  // RFI's custom media elements (2021 video bodies): cn-wire-2020
  'youtube-player',
  'play-media',
  // scripts and inline styles: cn-2025-mini
  'script',
  'style',
  // icons: cn-2025-mini
  'svg',
  // buttons: cn-2025-mini
  'button',
  // share component (unhydrated Vue elements; 2023 feed bodies): cn-2025-mini, archive:author-share
  'share-button',
  'share-modal',
  '[data-root-share]',
] as const satisfies Alternatives;

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
