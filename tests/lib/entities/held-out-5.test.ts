// FIFTH HELD-OUT set of entity golds (issue 11 §3): a NEW blind set, frozen before the rule work of
// the third wave, tests/fixtures/entities/held-out-5. 20 Chinese archive articles picked at random
// (node tests/lib/entities/select-held-out.mjs --set 5: seed 20261209, 500-2,000-character bodies,
// ODD numeric ids only, since rules may be tuned on even ids only; no file, URL or title any earlier
// gold used, golds read at 24cdf3f) and 5 French + 5 English paragraphs of our own in RFI's news
// style, on topics no earlier set used. Every gold list was written by an annotator apart from the
// rules work, from the text as a reader would list names, without reading the entity rules and
// without ever running the extractor on these texts, and frozen on 2026-12-07 at 21:50 UTC (commit
// e91670b, "held-out-5 golds frozen at 21:50 UTC"). The checksums below pin the frozen files, so any
// later edit of a gold shows here. This suite prints aggregate figures only (blind-set.ts), never
// the false positives or misses: tuning must not be steered by them. Its annotator never ran it.
//
// FOR THE LEAD: score it once on main's rules before the rule work ("before"), record the figures
// here, set FLOORS a little below them, and score it once more after the rule work ("after"):
//   npx vitest run tests/lib/entities/held-out-5.test.ts
// The goal (issue 11 §3) is zh F1 ≥ 0.90 and fr/en ≥ 0.88.
// "Before" run (recorded once), 2026-12-07 22:02 UTC, on main 07e0ab3 (rules as at 24cdf3f, before
// the third wave's rule work on branch names, whose engineer never opened this set):
//   zh (20 articles)   P 92.6 R 82.4 F1 87.2
//   fr (5 paragraphs)  P 79.6 R 63.9 F1 70.9
//   en (5 paragraphs)  P 74.6 R 74.6 F1 74.6
// "After" run (recorded once), 2026-12-07 23:17 UTC, on main d35c255 after merging the rule work
// (branches names and latin, tuned on seen golds, held-out-4 and new even-id / own paragraphs only;
// neither engineer opened this set):
//   zh (20 articles)   P 92.7 R 82.8 F1 87.4   (goal 0.90: not met; +0.2 points)
//   fr (5 paragraphs)  P 85.7 R 68.9 F1 76.4   (goal 0.88: not met; +5.5 points)
//   en (5 paragraphs)  P 84.7 R 84.7 F1 84.7   (goal 0.88: not met; +10.1 points)
// Both runs are now seen: this set becomes a regression floor; the next blind measure needs a new set.
// Wave 4, seen and tuned on (zhorg branch: organisation and place rules written from its misses;
// `npx tsx tests/bench/entities-score.ts held-out-5`): zh P 96.9 R 89.8 F1 93.2; zh floor raised 0.86 -> 0.91.
import { blindSet } from './blind-set';

/** First 16 hex digits of each frozen gold file's SHA-256. */
const FROZEN: Record<string, string> = {
  'en-kenya-protests.json': '2d551f2bd895044f',
  'en-lewotobi-eruption.json': 'a7c8b2df32c57662',
  'en-sheinbaum-steel-tariffs.json': 'f022489fb41539f9',
  'en-tebogo-zurich.json': '6df05a6454314faf',
  'en-volkswagen-osnabrueck.json': '0e616224ed97e7a2',
  'fr-airbus-livraisons.json': '6c65956f4425a4bc',
  'fr-ariane6-kourou.json': '2028ddc8fc87d9e4',
  'fr-haiti-mirebalais.json': 'd6e9e255e53d216a',
  'fr-roland-garros-fils.json': '2ddf36bbc40730cb',
  'fr-tchad-masra.json': '38905a0d773b41d1',
  'zh-1046981-us-cases-near-3-7-million.json': 'e31dd22507089ac0',
  'zh-1047063-uk-universities-chinese-students.json': '358151777b41b364',
  'zh-1047127-ubs-billionaires.json': '27eebedd6f28d711',
  'zh-1047143-porto-champions.json': 'e1c092b6db4d555f',
  'zh-1047207-asean-china-trade.json': '549a41840872a630',
  'zh-1047223-uk-drops-huawei.json': '0cc18047dbd9f5c1',
  'zh-1047259-hong-kong-48-cases.json': 'b3992ec5b9bd460e',
  'zh-1047315-locusts-yunnan.json': '7659143335f346b4',
  'zh-1047501-biegun-tokyo.json': 'e86a96dc9302e26f',
  'zh-1047521-park-won-soon.json': '606966101b79c8ae',
  'zh-1047697-idaho-midair-collision.json': '89a8fa5f9f895246',
  'zh-1047727-india-rcep.json': '657c8cd64329307a',
  'zh-1047767-louvre-reopens.json': '1aab7df8ed5fe383',
  'zh-1047819-slogans-security-law.json': '8d0839988aa573bb',
  'zh-1047891-eu-approves-remdesivir.json': '9cc589d5a0257470',
  'zh-1048013-who-160000-a-day.json': '42aa7d5cf01e725a',
  'zh-1048049-taiwan-vaccine-trials.json': 'b165334fd56766ab',
  'zh-1048099-patten-security-law.json': 'd18aecb4cf2871f9',
  'zh-1048127-npc-passes-security-law.json': '7e8214164560dce8',
  'zh-1048147-venezuela-expels-eu-envoy.json': 'a826f391c238f48a',
};

/** A little below the "after" run: later rule work may not make this set worse. zh raised 0.86 → 0.91
 *  by the wave-4 rules (branches zhorg and zhper, tuned on this set's misses, now seen). */
const FLOORS = { zh: 0.91, fr: 0.74, en: 0.82 };

blindSet({ dir: 'held-out-5', ordinal: 'fifth', frozen: FROZEN, floors: FLOORS, oddIds: true });
