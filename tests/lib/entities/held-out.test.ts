// HELD-OUT entity golds, scored BLIND. The files in tests/fixtures/entities/held-out were written
// (6 Chinese archive articles: Middle East, Africa/health, Europe/politics, Taiwan/Hong Kong,
// economy/Europe, culture; 2 French and 2 English paragraphs of our own) before the rules were
// ever run on them, then frozen. Rules are never changed after looking at their errors: this suite
// prints only aggregate figures, never the false positives or the misses, so that later tuning on
// the seen golds (tests/fixtures/entities/*.json) cannot be steered by them.
//
// First (and recorded) blind run, with the rules frozen as they were before these golds existed:
//   zh (6 articles)   P 90.2 R 75.4 F1 82.1
//   fr (2 paragraphs) P 90.5 R 82.6 F1 86.4
//   en (2 paragraphs) P 95.8 R 79.3 F1 86.8
// Later rule changes were made on the seen golds only (7 more archive articles written for the
// purpose: sport, health, Thailand/Egypt, Franco-German summit, Hong Kong primaries, China-US
// sanctions; see quality.test.ts), never on these errors. Figures after those changes (frozen):
//   zh P 90.9 R 82.0 F1 86.2   fr P 90.5 R 82.6 F1 86.4   en P 95.8 R 79.3 F1 86.8
// Re-run once on 2026-11-26 after the second round of rules (made only from the seen golds,
// including 7 new ones; see held-out-2.test.ts for the rule version and a fresh blind set):
//   zh P 93.1 R 88.5 F1 90.8   fr P 90.5 R 82.6 F1 86.4   en P 95.8 R 79.3 F1 86.8
// This set is no longer strictly blind for zh (its figures have been seen twice); the blind
// Chinese figure that counts is the second held-out set's. Floors sit at what was measured.
// Regression run after issue 11 §3 (rules tuned on 15 more seen articles and 6 own paragraphs):
//   zh P 94.9 R 91.8 F1 93.3   fr P 95.5 R 91.3 F1 93.3   en P 92.6 R 86.2 F1 89.3
// Regression run after the second wave (more lists and boundary rules, fr/en place and company lists):
//   zh P 95.0 R 93.4 F1 94.2   fr P 100 R 100 F1 100   en P 96.7 R 100 F1 98.3
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, readShared, REPO_ROOT } from '../../support/shared';
import { analyseTexts, extractEntities } from '../../../lib/entities/extract';
import type { Entity } from '../../../lib/types';
import { scoreEntities, type GoldEntity, type Score } from './score';
import { readArticle } from './read-article';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/entities/held-out');

interface HeldOut {
  /** Archive file (Chinese articles) … */
  source?: string;
  /** … or our own paragraph with its language. */
  text?: string;
  language?: 'fr' | 'en';
  entities: GoldEntity[];
}

/** Measured floors (see above). */
const FLOORS = { zh: 0.92, fr: 0.92, en: 0.92 };

function load(): Array<{ file: string; gold: HeldOut }> {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, gold: JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as HeldOut }));
}

function predict(gold: HeldOut): Entity[] {
  if (gold.text !== undefined) {
    return analyseTexts([gold.text], gold.language ?? 'en').entities.map(({ text, type, count, aliases }) => ({ text, type, count, aliases }));
  }
  return extractEntities(readArticle(readShared('corpus', 'archive', gold.source ?? ''), gold.source ?? ''));
}

/** Micro-average over files: TP, FP and hits summed. */
function pool(scores: Score[]): { p: number; r: number; f1: number; files: number } {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const hit = scores.reduce((n, s) => n + s.hit, 0);
  const req = scores.reduce((n, s) => n + s.required, 0);
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = req === 0 ? 0 : hit / req;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), files: scores.length };
}

const pct = (x: number): string => (100 * x).toFixed(1);

describeShared('held-out entity golds (blind: aggregate figures only)', () => {
  for (const lang of ['zh', 'fr', 'en'] as const) {
    it(`${lang}: typed F1 ≥ ${FLOORS[lang]} on the held-out part`, () => {
      const files = load().filter(({ file }) => file.startsWith(`${lang}-`));
      expect(files.length).toBeGreaterThanOrEqual(2);
      const scores = files.map(({ gold }) => scoreEntities(predict(gold), gold.entities));
      const all = pool(scores);
      console.log(
        `held-out ${lang} (${all.files} files): P ${pct(all.p)} R ${pct(all.r)} F1 ${pct(all.f1)}` +
          ` — per file F1: ${files.map(({ file }, i) => `${file} ${pct(scores[i]!.f1)}`).join(', ')}`,
      );
      expect(all.f1).toBeGreaterThanOrEqual(FLOORS[lang]);
    });
  }
});
