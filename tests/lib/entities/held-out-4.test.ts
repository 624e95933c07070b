// FOURTH HELD-OUT set of entity golds (issue 11 §3): the BLIND set frozen before the rule work,
// tests/fixtures/entities/held-out-4. 20 Chinese archive articles picked at random
// (tests/lib/entities/select-held-out.mjs --set 4, seed 20261208: 500-2,000-character bodies, ODD numeric
// ids only, since rules may be tuned on even ids only; no file, URL or title any earlier gold used)
// and 5 French + 5 English paragraphs of our own in RFI's news style. Every gold list was written by
// an annotator apart from the rules work, from the text as a reader would list names, without
// reading the entity rules, and frozen on 2026-12-07 at 18:52 UTC, before the extractor was ever run
// on these texts. The checksums below pin the frozen files, so any later edit of a gold shows here.
// This suite prints aggregate figures only, never the false positives or misses: tuning must not be
// steered by them. Tune on even ids and the seen golds (tests/fixtures/entities/*.json) only.
//
// "Before" run (recorded once), 2026-12-07 18:54 UTC, golds at commit b559216 on branch gold, rules
// as on main 203cc08, before the issue 11 §3 rule work:
//   zh (20 articles)   P 93.3 R 72.1 F1 81.3
//   fr (5 paragraphs)  P 85.7 R 75.0 F1 80.0
//   en (5 paragraphs)  P 80.3 R 83.1 F1 81.7
// The goal (issue 11 §3) is zh F1 ≥ 0.90 and fr/en ≥ 0.88, measured once more after the rule work.
// "After" run (recorded once), 2026-12-07 20:30 UTC, on main 0ce7e62 after merging the rule work
// (branch names, tuned on seen golds and even ids only; its engineer never opened this set):
//   zh (20 articles)   P 94.3 R 80.5 F1 86.9   (goal 0.90: not met; +5.6 points)
//   fr (5 paragraphs)  P 91.9 R 89.1 F1 90.5   (goal 0.88: met)
//   en (5 paragraphs)  P 85.7 R 91.5 F1 88.5   (goal 0.88: met)
// Both runs are now seen: this set becomes a regression floor; the next blind measure needs a new set.
// The tests themselves are the shared blind-set runner (blind-set.ts), as for sets 3 and 5.
import { blindSet } from './blind-set';

/** First 16 hex digits of each frozen gold file's SHA-256. */
const FROZEN: Record<string, string> = {
  'en-aramco-profit.json': 'a7913e73e23cb15a',
  'en-cop30-belem.json': 'ea0e06ebc29b9786',
  'en-marcos-tokyo.json': 'a7f917ba7e25b5db',
  'en-rutte-nato-spending.json': '271aabd3870de80f',
  'en-sonko-bamako.json': '002e44f4feb6ce82',
  'fr-anvers-cocaine.json': 'f1b2d8a0b1912b0f',
  'fr-barrot-hanoi.json': '280605b983d51322',
  'fr-cote-divoire-candidatures.json': '78e5fe7b05ec6421',
  'fr-psg-bayern.json': '53341744a325a6e8',
  'fr-rdc-m23.json': '8cf61da3c64bdfe6',
  'zh-1046935-new-zealand-donations.json': '319a473131cb3ded',
  'zh-1046971-anhui-floods.json': '1d6136068845c246',
  'zh-1047039-imf-us-recovery.json': '72ea7ae0a5b87ca7',
  'zh-1047101-paris-plages.json': 'd0363f676952ff5e',
  'zh-1047109-hong-kong-competitiveness.json': '75905e15d683b6a3',
  'zh-1047141-australia-training.json': 'a2878b35d91dd186',
  'zh-1047197-beijing-huawei-uk.json': '67c64f2fc68021f7',
  'zh-1047199-us-forces-japan.json': 'ebdd10828ea4c6ae',
  'zh-1047201-south-china-sea-sanctions.json': '3cef2be350364a33',
  'zh-1047269-pga-tour-no-fans.json': '2f1cf97f26bbcbbd',
  'zh-1047577-us-three-million-cases.json': 'ce716f3d95393c68',
  'zh-1047691-tiktok-leaves-hong-kong.json': 'a762b7cddb45df33',
  'zh-1047703-ice-student-visas.json': 'c753b2551aa1a5d4',
  'zh-1047705-montreal-masks.json': '5cce9e7379de7df2',
  'zh-1047771-us-daily-cases.json': 'ac93462e5d18173d',
  'zh-1047781-us-travel-ban-loophole.json': 'c664bcf011aa9e43',
  'zh-1047867-europe-stocks-fall.json': 'c0c1037f42f10072',
  'zh-1047971-hong-kong-shaken.json': '3f9e607e080ddd1b',
  'zh-1048019-johnson-bno.json': '8abdd717700946ca',
  'zh-1048335-french-municipal-runoff.json': 'd425b8e0c9672fae',
};

/** Floors a little below the "before" run, so that a regression fails. */
const FLOORS = { zh: 0.85, fr: 0.88, en: 0.86 };

blindSet({ dir: 'held-out-4', ordinal: 'fourth', frozen: FROZEN, floors: FLOORS, oddIds: true });
