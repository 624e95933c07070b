// SEVENTH HELD-OUT set of entity golds (issue 11 §3): a NEW blind set, tests/fixtures/entities/held-out-7,
// French and English only (no Chinese golds), written and frozen before the Latin rule work of the
// fourth wave (8 Dec) was merged: 8 French + 8 English paragraphs of our own in RFI's news style, on
// topics no earlier set used (Cameroon's Constitutional Council proclaims Paul Biya, South Korea's
// snap presidential election, Argentina's midterms, CMA CGM's results, Victor Wembanyama's return,
// glacier losses in the French Alps, Channel crossings, Joseph Kabila's death sentence; Malawi's
// election, Thailand's new prime minister, Honduras's count, Novo Nordisk's job cuts, the Women's
// Rugby World Cup final, the interstellar comet 3I/ATLAS, the Nobel Prize in Literature, arrivals in
// the Canary Islands). Every gold list was written by the annotator (session "gold7", apart from the
// rules work) from the text as a reader would list names, without reading lib/entities/ and without
// ever running the extractor on these texts, and frozen on 2026-12-08 at 01:45 UTC (commit 6ca0f71,
// "held-out-7 golds frozen at 01:45 UTC"). The checksums below pin the frozen files, so any later edit
// of a gold shows here. This suite prints aggregate figures only (blind-set.ts), never the false
// positives or misses: tuning must not be steered by them. Its annotator never ran it.
//
// FOR THE LEAD: score it once on main's rules before the Latin rule work of this wave is merged
// ("before"), record the figures here, and score it once more after the rule work ("after"):
//   npx vitest run tests/lib/entities/held-out-7.test.ts
// then set FLOORS a little below the "after" figures. The goal (issue 11 §3) is fr/en F1 ≥ 0.88.
// "Before" run (recorded once), 2026-12-08 01:49 UTC, on main 4ccd6b0 (rules as at 98ae343, with
// this wave's first Latin pass, branch latin2; before the second pass, branch latin3, whose engineer
// never opened this set). The annotator's test run at 01:48 on 98ae343 printed the same figures by
// mistake (aggregates only, after the freeze; no gold changed since):
//   fr (8 paragraphs)  P 88.8 R 79.8 F1 84.1   (goal 0.88: not met)
//   en (8 paragraphs)  P 88.3 R 83.1 F1 85.6   (goal 0.88: not met)
// "After" run (recorded once), 2026-12-08 01:55 UTC, on main cb9eb6f after merging the second Latin
// pass (branch latin3, rules written from held-out-6's errors, now seen; its engineer never opened
// this set):
//   fr (8 paragraphs)  P 89.7 R 81.4 F1 85.4   (goal 0.88: not met; +1.3 points)
//   en (8 paragraphs)  P 89.8 R 84.6 F1 87.1   (goal 0.88: not met; +1.5 points)
// Both runs are now seen: this set becomes a regression floor.
import { blindSet } from './blind-set';

/** First 16 hex digits of each frozen gold file's SHA-256. */
const FROZEN: Record<string, string> = {
  'en-canary-islands-arrivals.json': '70641d18e4d534a7',
  'en-comet-3i-atlas.json': '6e7769fe518d2440',
  'en-honduras-slow-count.json': '3628f3dcc08b3c2d',
  'en-malawi-mutharika-return.json': '33f6290b4cbdfbde',
  'en-nobel-krasznahorkai.json': '40fdf04fe3bb4561',
  'en-novo-nordisk-job-cuts.json': 'e167faeed1b83dd7',
  'en-red-roses-world-cup.json': '67b9df88c182890d',
  'en-thailand-anutin-premier.json': '7e4b8a9e1df79b2f',
  'fr-argentine-milei-mi-mandat.json': '0079952babc86de6',
  'fr-cameroun-biya-proclamation.json': '4a0ad4de15ecc1a3',
  'fr-cma-cgm-marseille.json': '887d85a85f802fac',
  'fr-coree-du-sud-lee-jae-myung.json': '804a4d03f8ac2775',
  'fr-glaciers-alpes-bilan.json': 'f0d269aa7d754e40',
  'fr-manche-traversees-record.json': 'a445b965f43c47b4',
  'fr-nba-wembanyama-retour.json': 'c1605c618756590a',
  'fr-rdc-kabila-haute-cour-militaire.json': 'f08e2b58abf1a752',
};

/** A little below the "after" run: later rule work may not make this set worse. */
const FLOORS = { fr: 0.83, en: 0.85 };

blindSet({ dir: 'held-out-7', ordinal: 'seventh', frozen: FROZEN, floors: FLOORS, oddIds: false });
