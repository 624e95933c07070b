// THIRD HELD-OUT set of entity golds (issue 11 §3), scored BLIND: tests/fixtures/entities/held-out-3.
// 15 Chinese archive articles picked at random (tests/lib/entities/select-held-out.mjs --set 3, seed
// 20261207: 500-2,000-character bodies, no file any earlier gold used) and 3 French + 3 English
// paragraphs of our own. Every gold list was written from the text as a reader would list names and
// frozen on 2026-12-07 at 16:01 UTC, before the extractor was ever run on these texts; the rules
// are tuned on the seen golds only (tests/fixtures/entities/*.json). The checksums below pin the
// frozen files, so any later edit of a gold shows here. This suite prints aggregate figures only,
// never the false positives or misses, so that tuning cannot be steered by them.
//
// First (and recorded) blind run, 2026-12-07 16:05 UTC, rules as on main before issue 11 §3:
//   zh (15 articles)   P 89.9 R 75.5 F1 82.1
//   fr (3 paragraphs)  P 78.4 R 64.4 F1 70.7
//   en (3 paragraphs)  P 83.7 R 70.7 F1 76.6
// Rules then changed on seen golds only: 15 more archive articles (picks 16-30 of the same seeded
// draw, tests/fixtures/entities/archive-*.json, first scored at F1 0.873 / 0.844 / 0.771 in groups
// of five) and 6 paragraphs of our own (tests/fixtures/entities/seen-latin). Second (and recorded)
// blind run, 2026-12-07 17:00 UTC, after that work:
//   zh (15 articles)   P 90.2 R 77.6 F1 83.4   (goal 0.90: not met; the seen-set gains carried over little)
//   fr (3 paragraphs)  P 87.8 R 80.0 F1 83.7   (goal 0.88: not met)
//   en (3 paragraphs)  P 83.9 R 81.0 F1 82.5   (goal 0.88: not met)
// Both figures are now seen; this set stays a regression floor, not a blind measure.
// Regression run after the second wave of issue 11 §3 (rules tuned on every seen set, this one
// included, and on 16 new even-id golds; see fresh-even.test.ts), 2026-12-07 20:00 UTC:
//   zh P 95.3 R 94.1 F1 94.7   fr P 95.6 R 95.6 F1 95.6   en P 96.6 R 96.6 F1 96.6  (tuned on: not blind)
// The tests themselves are the shared blind-set runner (blind-set.ts), as for sets 4 and 5.
import { blindSet } from './blind-set';

/** First 16 hex digits of each frozen gold file's SHA-256. */
const FROZEN: Record<string, string> = {
  'en-china-trade.json': 'd9e86bc1f062932d',
  'en-pacific-climate.json': 'dc457baf91966164',
  'en-sudan-talks.json': '827a5de71c6a9787',
  'fr-football-afrique.json': 'bbd829b13aa1a6ae',
  'fr-niger-uranium.json': 'bbeacd0d0a96c4c2',
  'fr-nouvelle-caledonie.json': 'fbb129b6373d0d12',
  'zh-1047012-malabar-exercise.json': 'b06f49065144439c',
  'zh-1047044-urumqi-lockdown.json': '33bcb6735bb73ea3',
  'zh-1047100-nuclear-test.json': '80bbf467b5c5f91c',
  'zh-1047272-south-china-sea.json': '89507c2e267c43ae',
  'zh-1047588-syria-veto.json': 'be4f525407c1bd78',
  'zh-1047673-hubei-reservoir.json': '13e3073c3070bf08',
  'zh-1047683-markakis.json': 'b51f5b742533c252',
  'zh-1047768-nathan-law-op-ed.json': '4a6dfaba10511ccb',
  'zh-1047776-paris-spy-trial.json': '20a374258bcfd858',
  'zh-1047919-biden-lawyers.json': '1fcfa7cb216ab627',
  'zh-1047940-paracels-drill.json': 'b39f7c31fddbf5a6',
  'zh-1047949-wall-street-close.json': 'bf68de9f9bacd37a',
  'zh-1047960-nathan-law-leaves.json': '2d5af22ab0538367',
  'zh-1048134-g5-sahel.json': 'bb0f8562a6e43b18',
  'zh-1048189-europe-open.json': 'ce5fd842f6dda0a9',
};

/** Floors a little below the regression run after the second wave, so that a regression fails. */
const FLOORS = { zh: 0.92, fr: 0.92, en: 0.92 };

blindSet({ dir: 'held-out-3', ordinal: 'third', frozen: FROZEN, floors: FLOORS, oddIds: false });
