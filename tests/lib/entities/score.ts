// Entity-level scoring against a gold list (TEXT-TOOLS.md §3, strict reading): every surface form
// of every predicted entity is a prediction; NFKC + name dots unified + whitespace collapsed;
// the first form hitting a required gold entity is a TP, further forms of an already-hit entity
// are neutral; optional entities and DATE-on-DATE_REL are neutral; anything else is a FP.
import type { Entity } from '../../../lib/types';

export interface GoldEntity {
  canonical: string;
  types: string[];
  aliases: string[];
  required: boolean;
  relative?: boolean;
  note?: string;
}

export interface Score {
  tp: number;
  fp: number;
  required: number;
  hit: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositives: string[];
  missed: string[];
}

export function normaliseForm(s: string): string {
  return s.normalize('NFKC').replace(/[‧·•・]/g, '·').replace(/\s+/g, ' ').trim();
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Scores predictions; `typed: false` ignores types (the untyped variant). */
export function scoreEntities(predicted: Entity[], gold: GoldEntity[], typed = true): Score {
  const forms = (g: GoldEntity): Set<string> => new Set([g.canonical, ...g.aliases].map(normaliseForm));
  const indexed = gold.map((g) => ({ g, forms: forms(g) }));
  const hit = new Set<GoldEntity>();
  let tp = 0;
  let fp = 0;
  const falsePositives: string[] = [];
  const seen = new Set<string>();
  for (const e of predicted) {
    if (!['PER', 'LOC', 'ORG', 'DATE'].includes(e.type)) continue;
    for (const raw of [e.text, ...e.aliases]) {
      const form = normaliseForm(raw);
      const dedupe = `${form}\u0000${e.type}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const matches = indexed.filter((x) => x.forms.has(form));
      const required = matches.find((x) => x.g.required && (!typed || x.g.types.includes(e.type)));
      if (required) {
        if (hit.has(required.g)) continue;
        hit.add(required.g);
        tp++;
        continue;
      }
      const neutral = matches.some(
        (x) =>
          (!x.g.required && !x.g.relative && (!typed || x.g.types.includes(e.type))) ||
          (x.g.relative && (e.type === 'DATE' || !typed)),
      );
      if (neutral) continue;
      fp++;
      falsePositives.push(`${raw}/${e.type}`);
    }
  }
  const requiredGold = gold.filter((g) => g.required);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = requiredGold.length === 0 ? 0 : hit.size / requiredGold.length;
  return {
    tp,
    fp,
    required: requiredGold.length,
    hit: hit.size,
    precision,
    recall,
    f1: f1(precision, recall),
    falsePositives,
    missed: requiredGold.filter((g) => !hit.has(g)).map((g) => `${g.canonical}/${g.types[0]}`),
  };
}

/** Share of relative-date gold entries found among the relative-date surfaces. */
export function relativeRecall(found: string[], gold: GoldEntity[]): { found: number; total: number } {
  const rel = gold.filter((g) => g.relative);
  const have = new Set(found.map(normaliseForm));
  return { found: rel.filter((g) => [g.canonical, ...g.aliases].some((f) => have.has(normaliseForm(f)))).length, total: rel.length };
}

export function formatScore(name: string, s: Score): string {
  const pct = (x: number): string => (100 * x).toFixed(1);
  return `${name}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (TP ${s.tp}, FP ${s.fp}, hit ${s.hit}/${s.required})` +
    (s.falsePositives.length ? `\n  FP: ${s.falsePositives.join(', ')}` : '') +
    (s.missed.length ? `\n  missed: ${s.missed.join(', ')}` : '');
}

/** Micro-average over files: TP, FP and hits summed. */
export function poolScores(scores: Score[]): { p: number; r: number; f1: number; files: number } {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const hit = scores.reduce((n, s) => n + s.hit, 0);
  const req = scores.reduce((n, s) => n + s.required, 0);
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = req === 0 ? 0 : hit / req;
  return { p, r, f1: f1(p, r), files: scores.length };
}
