// Mutation tests: seeded random edits of real corpus articles (a character, a figure, a name,
// paragraphs inserted, deleted or moved), then the comparison must find exactly the touched
// paragraphs. Prints precision and recall of changed paragraphs over all mutants (target ≥ 0.98).
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { compareArticles } from '../../../lib/diff/compare';
import { comparisonKey } from '../../../lib/diff/normalize';
import type { ArchivedArticle, Article } from '../../../lib/types';
import { rng } from '../../support/rng';
import { describeShared, HAS_SHARED, readShared, sharedPath } from '../../support/shared';


const HAN = '的国人中会在年政府美示表总统法称报道民族经济发展外交部长';
const NAMES = ['马克龙', '拜登', '普京', '默克尔', '约翰逊', '莫迪', '蔡英文', '特鲁多'];

interface Mutant {
  live: string[];
  /** Truth: `L<i>` live paragraphs edited, inserted or moved; `A<j>` archived paragraphs deleted. */
  truth: Set<string>;
  /** Archived side of edited paragraphs: may be reported (as removed) without counting. */
  allowed: Set<string>;
  ops: string[];
}

type Para = { text: string; from: number | null; edited: boolean; moved: boolean };

function mutate(paragraphs: readonly string[], donor: readonly string[], random: () => number): Mutant {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const ps: Para[] = paragraphs.map((text, i) => ({ text, from: i, edited: false, moved: false }));
  const deleted: number[] = [];
  const ops: string[] = [];
  const editable = () => ps.filter((p) => p.from !== null && !p.moved && comparisonKey(p.text).length >= 12);
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count; k++) {
    const kind = pick(['char', 'number', 'name', 'insert', 'delete', 'move'] as const);
    const candidates = editable();
    if (!candidates.length) break;
    const p = pick(candidates);
    if (kind === 'char') {
      const at = [...p.text].flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
      if (!at.length) continue;
      const chars = [...p.text];
      const i = pick(at);
      const old = chars[i] as string;
      chars[i] = pick([...HAN].filter((c) => c !== old));
      p.text = chars.join('');
    } else if (kind === 'number') {
      const at = [...p.text].flatMap((c, i) => (/[0-9]/.test(c) ? [i] : []));
      if (!at.length) continue;
      const chars = [...p.text];
      const i = pick(at);
      chars[i] = String((Number(chars[i]) + 1 + Math.floor(random() * 8)) % 10);
      p.text = chars.join('');
    } else if (kind === 'name') {
      const present = NAMES.filter((n) => p.text.includes(n));
      const name = present.length ? pick(present) : null;
      const other = pick(NAMES.filter((n) => n !== name));
      if (name) p.text = p.text.replace(name, other);
      else {
        const cut = Math.floor(random() * p.text.length);
        p.text = `${p.text.slice(0, cut)}${other}${p.text.slice(cut)}`;
      }
    } else if (kind === 'insert') {
      const text = pick(donor.filter((t) => comparisonKey(t).length >= 12));
      if (!text) continue;
      ps.splice(Math.floor(random() * (ps.length + 1)), 0, { text, from: null, edited: false, moved: false });
      ops.push('insert');
      continue;
    } else if (kind === 'delete') {
      if (p.edited) continue;
      ps.splice(ps.indexOf(p), 1);
      deleted.push(p.from as number);
      ops.push('delete');
      continue;
    } else {
      if (ps.length < 5 || p.edited) continue;
      const from = ps.indexOf(p);
      ps.splice(from, 1);
      // At least two places away: a swap of neighbours has two equally right answers.
      const places = Array.from({ length: ps.length + 1 }, (_, i) => i).filter((i) => Math.abs(i - from) >= 2);
      if (!places.length) {
        ps.splice(from, 0, p);
        continue;
      }
      ps.splice(pick(places), 0, p);
      p.moved = true;
      ops.push('move');
      continue;
    }
    p.edited = true;
    ops.push(kind);
  }
  const truth = new Set<string>();
  const allowed = new Set<string>();
  ps.forEach((p, i) => {
    if (p.from === null || p.edited || p.moved) truth.add(`L${i}`);
    if (p.edited) allowed.add(`A${p.from}`);
  });
  for (const j of deleted) truth.add(`A${j}`);
  return { live: ps.map((p) => p.text), truth, allowed, ops };
}

describeShared('mutation tests over corpus articles (shared corpus)', () => {
  it('finds the mutated paragraphs: precision and recall ≥ 0.98', () => {
    const files = HAS_SHARED ? readdirSync(sharedPath('corpus/archive')).sort() : [];
    const articles: ArchivedArticle[] = [];
    for (const f of files.filter((_, i) => i % 4 === 0)) {
      const r = parseArchiveFile(readShared('corpus/archive', f), f);
      if (r.ok && r.value.paragraphs.length >= 4) articles.push(r.value);
    }
    const random = rng(20261126);
    let tp = 0;
    let predicted = 0;
    let truthTotal = 0;
    const misses: string[] = [];
    const byOp = new Map<string, number>();
    articles.forEach((archived, n) => {
      const paragraphs = archived.paragraphs.map((b) => b.text);
      const donor = (articles[(n + 1) % articles.length] as ArchivedArticle).paragraphs.map((b) => b.text);
      const m = mutate(paragraphs, donor, random);
      for (const op of m.ops) byOp.set(op, (byOp.get(op) ?? 0) + 1);
      const live: Article = { ...archived, paragraphs: m.live.map((text) => ({ kind: 'p', text })) };
      const found = new Set<string>();
      for (const p of compareArticles(live, archived).paragraphs) {
        if (p.status === 'removed') found.add(`A${p.archivedIndex}`);
        else if (p.status !== 'unchanged') found.add(`L${p.liveIndex}`);
      }
      const counted = [...found].filter((u) => !m.allowed.has(u));
      const hits = counted.filter((u) => m.truth.has(u)).length;
      tp += hits;
      predicted += counted.length;
      truthTotal += m.truth.size;
      if (hits !== m.truth.size || hits !== counted.length) misses.push(`${archived.source}: ${m.ops.join(',')} truth ${[...m.truth]} found ${counted}`);
    });
    const precision = tp / predicted;
    const recall = tp / truthTotal;
    console.log(
      `mutation tests: ${articles.length} articles, ${[...byOp].map(([k, v]) => `${v} ${k}`).join(', ')}; ` +
        `${truthTotal} changed paragraphs; precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}` +
        (misses.length ? `\n  imperfect mutants (${misses.length}):\n  ${misses.slice(0, 10).join('\n  ')}` : ''),
    );
    expect(articles.length).toBeGreaterThan(300);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
