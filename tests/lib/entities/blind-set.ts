// One runner for the blind (held-out) sets of entity golds, tests/fixtures/entities/held-out-N
// (issue 11 §3): held-out-3.test.ts, -4 and -5 are this call with their own frozen checksums,
// floors and history (in their header comments). A set holds Chinese archive golds (`zh-*.json`,
// `source` = a file of ../shared/corpus/archive) and French/English paragraphs of our own
// (`fr-*.json`, `en-*.json`, with their `text`); a set may hold no Chinese golds (held-out-7: French
// and English only), and only the languages present in its frozen map are scored. The runner
// - pins the frozen files: the first 16 hex digits of each file's SHA-256, so any later edit,
//   addition or removal of a gold fails;
// - checks, when asked, that every Chinese gold comes from an ODD corpus id (rules may be tuned on
//   even ids only, so no tuning file can ever be one of them);
// - scores each language pooled over its files (typed, strict reading of score.ts) and prints
//   AGGREGATE P/R/F1 only, never a false positive or a miss, so that tuning cannot be steered by
//   them; the F1 must reach the set's floor.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, readShared, REPO_ROOT } from '../../support/shared';
import { analyseTexts, extractEntities } from '../../../lib/entities/extract';
import type { Entity } from '../../../lib/types';
import { poolScores, scoreEntities, type GoldEntity } from './score';
import { readArticle } from './read-article';

export type BlindLanguage = 'zh' | 'fr' | 'en';
const LANGUAGES: readonly BlindLanguage[] = ['zh', 'fr', 'en'];

export interface BlindSet {
  /** Folder under tests/fixtures/entities, e.g. `held-out-5`. */
  dir: string;
  /** How the tests name the set, e.g. `fifth`. */
  ordinal: string;
  /** File name → first 16 hex digits of its SHA-256, as frozen. */
  frozen: Record<string, string>;
  /** Minimum pooled typed F1 per language (every language present in `frozen` needs one). */
  floors: Partial<Record<BlindLanguage, number>>;
  /** Whether every Chinese gold must come from an odd corpus id (sets 4 on). */
  oddIds: boolean;
}

interface HeldOut {
  source?: string;
  text?: string;
  language?: 'fr' | 'en';
  entities: GoldEntity[];
}

function predict(gold: HeldOut): Entity[] {
  if (gold.text !== undefined) {
    return analyseTexts([gold.text], gold.language ?? 'en').entities.map(({ text, type, count, aliases }) => ({ text, type, count, aliases }));
  }
  return extractEntities(readArticle(readShared('corpus', 'archive', gold.source ?? ''), gold.source ?? ''));
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** Registers the set's tests in the calling suite. */
export function blindSet(set: BlindSet): void {
  const dir = resolve(REPO_ROOT, 'tests/fixtures/entities', set.dir);
  const files = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const read = (file: string): string => readFileSync(resolve(dir, file), 'utf8');
  /** Files per language, as frozen (the checksum test pins the folder to the same list). */
  const frozenOf = (lang: BlindLanguage): string[] => Object.keys(set.frozen).filter((f) => f.startsWith(`${lang}-`)).sort();

  it(`the ${set.ordinal} held-out set is the frozen one (no gold edited, added or removed)`, () => {
    const sums = Object.fromEntries(files().map((f) => [f, createHash('sha256').update(read(f)).digest('hex').slice(0, 16)]));
    expect(sums).toEqual(set.frozen);
  });

  if (set.oddIds) {
    it(`the Chinese golds of the ${set.ordinal} set all come from odd corpus ids (the rules may be tuned on even ids only)`, () => {
      const zh = files().filter((f) => f.startsWith('zh-'));
      expect(zh.length).toBe(frozenOf('zh').length);
      for (const f of zh) {
        const source = (JSON.parse(read(f)) as HeldOut).source ?? '';
        expect(Number(/^(\d+)_/.exec(source)?.[1]) % 2, source).toBe(1);
      }
    });
  }

  describeShared(`${set.ordinal} held-out set of entity golds (blind: aggregate figures only)`, () => {
    for (const lang of LANGUAGES.filter((l) => frozenOf(l).length > 0)) {
      const floor = set.floors[lang];
      if (floor === undefined) throw new Error(`${set.dir}: no F1 floor for ${lang}, which has frozen golds`);
      it(`${lang}: typed F1 ≥ ${floor} on the ${set.ordinal} held-out set`, () => {
        const mine = files().filter((f) => f.startsWith(`${lang}-`));
        expect(mine).toEqual(frozenOf(lang));
        expect(mine.length).toBeGreaterThan(0);
        const all = poolScores(mine.map((f) => {
          const gold = JSON.parse(read(f)) as HeldOut;
          return scoreEntities(predict(gold), gold.entities);
        }));
        console.log(`${set.dir} ${lang} (${all.files} files): P ${pct(all.p)} R ${pct(all.r)} F1 ${pct(all.f1)}`);
        expect(all.f1).toBeGreaterThanOrEqual(floor);
      });
    }
  });
}
