// What is residue inside an article body, for BOTH readers: the live extractor (lib/page/body.ts)
// drops these nodes from the page's body container, the archive parser (lib/archive/body.ts) from
// the feed's body HTML. One list, so the two readers cannot drift apart again (issue 11 §1: the AFP
// copyright line was dropped by one and kept by the other, a false "added paragraph" on every wire
// item). Each alternative names the pages that prove it (lib/page/alternatives.ts): page fixtures
// (tests/fixtures/pages/, `cn-…`) and archive fixtures (tests/fixtures/archive/, `archive:…`);
// tests/lib/page/selectors.test.ts checks every one.
import { cssOf, type Entry } from './alternatives';

/** The body's first child: ad box + "继续浏览后续" button (the page-maker keeps it in place). */
const bodyInterstitial = [
  { css: '.m-interstitial', era: '2020-25 body, first child (every 2020-21 body)', on: ['cn-2025-mini', 'cn-wire-2020', 'archive:glued-ad'] },
] as const satisfies Entry;

/** The body's newsletter / app promo blocks, shipped `--hidden` (the page-maker keeps them last). */
const bodySelfPromo = [
  { css: '.o-self-promo', era: '2020-25 body, end ("电邮新闻 … 订阅", app links)', on: ['cn-2025-mini', 'archive:column-lead'] },
  { css: '[data-selfpromo-newsletter]', era: '2022-23 bodies, the same placeholders without classes', on: ['archive:author-share'] },
  { css: '[data-selfpromo-app]', era: '2022-23 bodies, the same placeholders without classes', on: ['archive:author-share'] },
] as const satisfies Entry;

const media = (css: string, on: readonly [string, ...string[]]) => ({ css, era: 'media and widgets (captions and players are not prose)', on });

/** Nodes that are never article text, wherever they sit in the body; all apply. */
const bodyNoiseEntry = [
  ...bodyInterstitial,
  ...bodySelfPromo,
  { css: 'p.t-copyright', era: 'AFP wire copy, last body paragraph `© 2020 AFP`', on: ['cn-wire-2020', 'archive:wire-copy'] },
  { css: '[data-tms-ad-type]', era: 'ad slots filled by tms.fmm.io', on: ['cn-2025-mini', 'cn-older-template', 'archive:glued-ad'] },
  { css: '.m-block-ad', era: 'ad box (`广告` label inside)', on: ['cn-2025-mini', 'archive:glued-ad'] },
  { css: '.o-ad-container', era: 'ad container', on: ['cn-2025-mini'] },
  { css: '[data-readmore-unlocker]', era: '"继续浏览后续" unlock button, sometimes pushed out of the interstitial', on: ['cn-wire-2020'] },
  { css: '.a-read-more', era: '"read also" box (seen on France 24, same platform)', on: ['cn-2025-mini', 'cn-older-template'] },
  // the entry's time, not its text (team-modelled markup, not yet seen on a real page)
  { css: '.o-liveblog-post__header', era: "a live-blog entry's time header (`21:50`)", on: ['cn-live-blog-v1', 'cn-live-blog-v2'] },
  { css: '[class^="m-em-"]', era: 'embeds whose class list starts with m-em- (quote, audio, video, flash, image)', on: ['cn-2025-mini'] },
  { css: '[class*=" m-em-"]', era: 'embeds with m-em-* after another class', on: ['cn-older-template'] },
  media('figure', ['cn-2025-mini', 'cn-wire-2020']),
  media('picture', ['cn-2025-mini', 'cn-wire-2020']),
  media('iframe', ['cn-wire-2020', 'archive:bracket-title']),
  media('video', ['cn-wire-2020']),
  media('audio', ['cn-wire-2020']),
  media('object', ['cn-wire-2020']),
  media('embed', ['cn-wire-2020']),
  media('noscript', ['cn-wire-2020']),
  media('template', ['cn-wire-2020']),
  { css: 'youtube-player', era: "RFI's custom media elements (2021 video bodies)", on: ['cn-wire-2020'] },
  { css: 'play-media', era: "RFI's custom media elements (2021 video bodies)", on: ['cn-wire-2020'] },
  { css: 'script', era: 'scripts', on: ['cn-2025-mini'] },
  { css: 'style', era: 'inline styles', on: ['cn-2025-mini'] },
  { css: 'svg', era: 'icons', on: ['cn-2025-mini'] },
  { css: 'button', era: 'buttons', on: ['cn-2025-mini'] },
  { css: 'share-button', era: 'share component (unhydrated Vue elements; 2023 feed bodies)', on: ['cn-2025-mini', 'archive:author-share'] },
  { css: 'share-modal', era: 'share component (unhydrated Vue elements; 2023 feed bodies)', on: ['cn-wire-2020', 'archive:author-share'] },
  { css: '[data-root-share]', era: 'share component (unhydrated Vue elements; 2023 feed bodies)', on: ['cn-wire-2020', 'archive:author-share'] },
] as const satisfies Entry;

/** The residue entries with their proofs (lib/page/selectors.ts lists them with the others). */
export const residueEntries = { bodyInterstitial, bodySelfPromo, bodyNoise: bodyNoiseEntry };

/** What both readers drop: the live extractor (lib/page/body.ts), the archive parser (lib/archive/body.ts). */
export const bodyNoise = cssOf(bodyNoiseEntry);

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
