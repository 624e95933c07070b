// Checks a comparison against what a revision case's NOTES.md says changed (revision-notes.ts).
// Units are what the engine reports as edited: paragraphs not `unchanged` (archived and live
// side), plus the lead when it differs. A sentence of the notes' diff that only changed
// typography (equal to a sentence on the other side after `fold`) is noise and must not be
// reported; every other sentence must sit in a reported unit of its side, and every reported
// unit must hold a sentence of the diff.
import type { Changes } from '../../../lib/types';
import { fold, type NotesStep } from './revision-notes';

export interface OracleResult {
  /** Sentences of the notes that no reported unit holds: missed edits. */
  missed: string[];
  /** Reported units that hold no sentence of the notes: false edits. */
  spurious: string[];
}

/** Minimum folded length of a sentence worth checking (a lone `”` line is not an edit). */
const MIN_LENGTH = 1;

function overlaps(unit: string, sentence: string): boolean {
  return unit.includes(sentence) || (unit.length >= MIN_LENGTH && sentence.includes(unit));
}

/**
 * `notEdits`: sentences of the notes' diff that are not edits (ad labels, wire credit lines);
 * `knownFalseEdits`: sentences the engine is known to report wrongly (reported units holding one
 * are not counted as spurious).
 */
export function checkAgainstNotes(
  changes: Changes,
  notes: NotesStep,
  notEdits: readonly string[] = [],
  knownFalseEdits: readonly string[] = [],
): OracleResult {
  const skip = new Set(notEdits.map(fold));
  const known = knownFalseEdits.map(fold);
  const worth = (s: string) => s.length >= MIN_LENGTH && /[\p{L}\p{N}]/u.test(s) && !skip.has(s);
  const minus = notes.minus.map(fold).filter(worth);
  const plus = notes.plus.map(fold).filter(worth);
  // Typography-only sentences: equal after folding to a sentence on the other side.
  const plusLeft = [...plus];
  const realMinus: string[] = [];
  const typographic: string[] = [];
  for (const m of minus) {
    const at = plusLeft.indexOf(m);
    if (at >= 0) {
      plusLeft.splice(at, 1);
      typographic.push(m);
    } else realMinus.push(m);
  }
  const realPlus = plusLeft;

  // Reported units: [archived side, live side] (null where the entry has no such side).
  const units: [string | null, string | null][] = [];
  const movedUnits: string[] = [];
  for (const p of changes.paragraphs) {
    if (p.status === 'unchanged') continue;
    if (p.status === 'moved' && !p.spans) movedUnits.push(fold(p.live ?? ''));
    else units.push([p.archived === null ? null : fold(p.archived), p.live === null ? null : fold(p.live)]);
  }
  const lead = changes.fields.find((f) => f.field === 'lead');
  if (lead?.differs) units.push([lead.archived ? fold(lead.archived) : null, lead.live ? fold(lead.live) : null]);

  const holds = (side: string | null, sentences: string[]) => side !== null && sentences.some((s) => overlaps(side, s));
  const missed = [
    ...realMinus.filter((s) => !units.some(([a]) => a !== null && overlaps(a, s))).map((s) => `-${s}`),
    ...realPlus.filter((s) => !units.some(([, l]) => l !== null && overlaps(l, s))).map((s) => `+${s}`),
  ];
  const spurious = [
    ...units.filter(([a, l]) => !holds(a, realMinus) && !holds(l, realPlus)).map(([a, l]) => l ?? a ?? ''),
    ...movedUnits.filter((u) => !holds(u, [...minus, ...plus])),
  ].filter((u) => !known.some((k) => u.includes(k)));
  return { missed, spurious: [...new Set(spurious)] };
}
