// SECOND HELD-OUT set of Chinese entity golds, scored BLIND (tests/fixtures/entities/held-out-2).
// Eight archive articles never used anywhere before (Syria, US Supreme Court, German industry,
// Mexico/health, Hong Kong/Canada, Chinese business, Japan-US-Australia defence, Yemen/environment).
// Their gold lists were written from the article text and frozen (2026-11-26, 10:03 UTC) before
// the rules were ever run on them; the rules had been tuned only on the seen golds
// (tests/fixtures/entities/*.json). This suite prints aggregate figures only, never the false
// positives or misses, so that later tuning cannot be steered by them.
//
// Rule version scored: "issue 5, round 2" — Taiwan-usage country and city names; name + （Latin）
// with role-noun / title / lead-word boundaries and a transliteration-or-East-Asian check; company
// and place cue words before （Latin）; wire datelines; 据<outlet>报道; organisation + （abbreviation）;
// 国家/中央 + … + 局/委员会; place + 歌剧院/政协/…; 广场/宫 places; full-width ． as a name dot;
// M月底/初/中旬; 今年1月8日.
// First (and recorded) blind run, 2026-11-26:
//   zh (8 articles)   P 92.6 R 88.0 F1 90.3   (scored blind; the 0.90 target is met, narrowly)
// Regression run after issue 11 §3: zh P 92.7 R 89.0 F1 90.8 (the blind set that counts now is
// held-out-3.test.ts). After the second wave of issue 11 §3: zh P 94.8 R 92.0 F1 93.4.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, readShared, REPO_ROOT } from '../../support/shared';
import { extractEntities } from '../../../lib/entities/extract';
import { scoreEntities, type GoldEntity, type Score } from './score';
import { readArticle } from './read-article';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/entities/held-out-2');

/** Measured on the blind run (see above), so that a regression fails. */
const FLOOR = 0.92;

interface HeldOut {
  source: string;
  entities: GoldEntity[];
}

/** Micro-average over files: TP, FP and hits summed. */
function pool(scores: Score[]): { p: number; r: number; f1: number } {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const hit = scores.reduce((n, s) => n + s.hit, 0);
  const req = scores.reduce((n, s) => n + s.required, 0);
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = req === 0 ? 0 : hit / req;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pct = (x: number): string => (100 * x).toFixed(1);

describeShared('second held-out set of Chinese entity golds (blind: aggregate figures only)', () => {
  it(`zh: typed F1 ≥ ${FLOOR} on the second held-out set`, () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    const scores = files.map((file) => {
      const gold = JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as HeldOut;
      const article = readArticle(readShared('corpus', 'archive', gold.source), gold.source);
      return scoreEntities(extractEntities(article), gold.entities);
    });
    const all = pool(scores);
    console.log(`held-out-2 zh (${files.length} files): P ${pct(all.p)} R ${pct(all.r)} F1 ${pct(all.f1)}`);
    expect(all.f1).toBeGreaterThanOrEqual(FLOOR);
  });
});
