// SIXTH HELD-OUT set of entity golds (issue 11 §3): a NEW blind set, tests/fixtures/entities/held-out-6,
// drawn and frozen before the rule work of the fourth wave (8 Dec). 20 Chinese archive articles
// picked at random before any rule work, at 2a61835 (node tests/lib/entities/select-held-out.mjs
// --set 6: seed 20261210, 500-2,000-character bodies, ODD numeric ids only, since rules may be tuned
// on even ids only; no file, URL or title any earlier gold used, golds read at 00a0157) and 6 French
// + 6 English paragraphs of our own in RFI's news style, on topics no earlier set used (a Guinean
// trial and pardon, Bolivia's run-off, the Tour de France, a Renault appointment, ITER, Cannes; Sri
// Lanka's election, Brazil's supreme court, Test cricket, Tata/Iveco, the SKA-Low telescope, the
// Booker Prize). Every gold list was written by an annotator apart from the rules work, from the
// text as a reader would list names (the Chinese text read as read-article.ts reads it: title, lead
// and paragraphs), without reading lib/entities/ and without ever running the extractor on these
// texts, and frozen on 2026-12-08 at 00:49 UTC (commit aa28b72, "held-out-6 golds frozen at 00:49
// UTC"). The checksums below pin the frozen files, so any later edit of a gold shows here. This
// suite prints aggregate figures only (blind-set.ts), never the false positives or misses: tuning
// must not be steered by them. Its annotator never ran it.
//
// FOR THE LEAD: score it once on main's rules before the rule work of this wave is merged
// ("before"), record the figures here, and score it once more after the rule work ("after"):
//   npx vitest run tests/lib/entities/held-out-6.test.ts
// then set FLOORS a little below the "after" figures. The goal (issue 11 §3) is zh F1 ≥ 0.90 and
// fr/en ≥ 0.88.
// "Before" run (recorded once), 2026-12-08 00:56 UTC, on main daceb21 (rules as at 00a0157, before
// any rule work of this wave was merged; load 15):
//   zh (20 articles)   P 97.0 R 88.7 F1 92.7   (goal 0.90: met before the wave's rule work)
//   fr (6 paragraphs)  P 79.3 R 72.2 F1 75.6   (goal 0.88: not met)
//   en (6 paragraphs)  P 82.2 R 77.9 F1 80.0   (goal 0.88: not met)
// "After" run (recorded once), 2026-12-08 01:40 UTC, on main 98ae343 after merging the rule work
// (branches zhorg, zhper and latin2, tuned on held-out-5 and new even-id / own paragraphs only; none
// of their engineers opened this set; load 4):
//   zh (20 articles)   P 97.0 R 88.7 F1 92.7   (goal 0.90: met; unchanged by the wave's rules)
//   fr (6 paragraphs)  P 80.5 R 73.3 F1 76.7   (goal 0.88: not met; +1.1 points)
//   en (6 paragraphs)  P 83.3 R 78.9 F1 81.1   (goal 0.88: not met; +1.1 points)
// Both runs are now seen: this set becomes a regression floor; the next blind measure is held-out-7.
// Then tuned on (branch latin3, rules from its fr/en errors): fr 0.864, en 0.907; floors raised.
import { blindSet } from './blind-set';

/** First 16 hex digits of each frozen gold file's SHA-256. */
const FROZEN: Record<string, string> = {
  'en-booker-szalay.json': 'f94e3852c121d505',
  'en-brazil-bolsonaro-sentence.json': 'f9202305f970c7a5',
  'en-ska-low-first-image.json': '880a2344d9393091',
  'en-south-africa-wtc-lords.json': '22f286ef5d48f5ab',
  'en-sri-lanka-dissanayake.json': '8610d917626dd8a4',
  'en-tata-iveco.json': 'a65de112032a708c',
  'fr-bolivie-rodrigo-paz.json': 'c176384d30c02446',
  'fr-cannes-panahi.json': 'bf8d1da5332eefc5',
  'fr-guinee-dadis-camara.json': 'c4b97b5b324aed40',
  'fr-iter-chambre-a-vide.json': '62cc59b71a2242e0',
  'fr-renault-provost.json': '3642d016549e9f5e',
  'fr-tour-de-france-pogacar.json': '6ffa5ce6f1619a29',
  'zh-1046951-lao-lishi-weibo-ban.json': '7c725688263bbe1f',
  'zh-1046979-okinotori-island.json': '93fa0f1ef7a52e6f',
  'zh-1047123-countries-reimpose-lockdowns.json': 'af6ce687ede46d45',
  'zh-1047205-beijing-condemns-primaries.json': 'b27dbf45b7103a8e',
  'zh-1047375-us-sanctions-chen-quanguo.json': '270a1ec2556fe215',
  'zh-1047405-trump-wears-mask.json': 'f876b9f59fc628f8',
  'zh-1047415-china-rocket-failures.json': '062b3fd364759f08',
  'zh-1047515-france-eu-response-security-law.json': '0f9aa5be624a9211',
  'zh-1047627-us-south-free-testing.json': 'f3202bf36f8777d5',
  'zh-1047643-hong-kong-security-law-rules.json': '45828652c7f6d367',
  'zh-1047649-iran-200-deaths.json': 'd71f2afdd473af39',
  'zh-1047659-hangzhou-floods.json': '7ae622da04a9ebbc',
  'zh-1047759-castex-government.json': '03a3c6bab308116c',
  'zh-1047875-canada-suspends-extradition.json': 'e25b90e8058a387f',
  'zh-1047889-global-deaths-520000.json': 'fa275e1fa7a140e9',
  'zh-1047927-kim-jong-un-virus-success.json': '702bfaf394f91ac2',
  'zh-1047963-1mdb-monet-warhol.json': '74e76f7ced5cdf7e',
  'zh-1047967-myanmar-jade-mine-landslide.json': 'edcec5cd8295e457',
  'zh-1048157-biegun-no-summit-before-election.json': '1061804c9e034fe0',
  'zh-1048167-global-deaths-pass-500000.json': 'd60afa5127fbfc05',
};

/** A little below the "after" run: later rule work may not make this set worse. */
const FLOORS = { zh: 0.91, fr: 0.84, en: 0.88 };

blindSet({ dir: 'held-out-6', ordinal: 'sixth', frozen: FROZEN, floors: FLOORS, oddIds: true });
