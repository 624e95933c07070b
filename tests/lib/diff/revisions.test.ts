// Real before/after cases of the shared corpus (../shared/corpus/revisions), read with the
// product's archive parser; v1 plays the archived copy and v2 the live page.
import { expect, it } from 'vitest';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { compareArticles } from '../../../lib/diff/compare';
import type { ArchivedArticle, Changes } from '../../../lib/types';
import { describeShared, readShared, revisionCases } from '../../support/shared';

const cases = revisionCases();

function version(n: string, k: number): ArchivedArticle {
  const c = cases.find((x) => x.n === n);
  const file = c?.versions[k];
  if (!file) throw new Error(`no version ${k} in case ${n}`);
  const r = parseArchiveFile(readShared('corpus/revisions', n, file), `revisions/${n}/${file}`);
  if (!r.ok) throw new Error(`${file}: line ${r.line}: ${r.reason}`);
  return r.value;
}

/** v(k+1) as the live page against v(k) as the archived copy. */
function step(n: string, k = 0): Changes {
  return compareArticles(version(n, k + 1), version(n, k));
}

const differs = (c: Changes, field: string) => c.fields.find((f) => f.field === field)?.differs;
const edits = (c: Changes) => c.paragraphs.filter((p) => p.status !== 'unchanged');

describeShared('revision cases (shared corpus)', () => {
  it('has the noise-only cases index.json lists', () => {
    expect(cases.filter((c) => c.noise_only).map((c) => c.n)).toContain('73');
  });

  it.each(cases.filter((c) => c.noise_only).map((c) => [c.n, c] as const))(
    'noise-only case %s: no paragraph changed, added or removed, same title and lead',
    (n, c) => {
      for (let k = 0; k + 1 < c.versions.length; k++) {
        const r = step(n, k);
        expect(r.summary.unchanged).toBeGreaterThan(0);
        expect(r.summary).toMatchObject({ changed: 0, added: 0, removed: 0 });
        expect(differs(r, 'title')).toBe(false);
        expect(differs(r, 'lead')).toBe(false);
      }
    },
  );

  it('73 (column → section move, new image, footer dropped): only url and image differ among text fields', () => {
    const r = step('73');
    expect(differs(r, 'url')).toBe(true);
    expect(differs(r, 'image')).toBe(true);
    expect(differs(r, 'title')).toBe(false);
  });

  it('46 (2500万吨 → 2500吨): exactly one paragraph changed, the one with the figure, and the title', () => {
    const r = step('46');
    expect(edits(r)).toHaveLength(1);
    expect(edits(r)[0]).toMatchObject({ status: 'changed' });
    expect(edits(r)[0]!.archived).toContain('2500万吨毒镉稻米');
    expect(edits(r)[0]!.live).toContain('2500吨毒镉稻米');
    expect(differs(r, 'title')).toBe(true);
  });

  it('40 (one word inserted in the lead): the lead differs, the body is unchanged', () => {
    const r = step('40');
    expect(differs(r, 'lead')).toBe(true);
    expect(r.summary).toMatchObject({ changed: 0, added: 0, removed: 0 });
  });

  it('10 (full-width text normalised plus three rewrites): exactly the three rewritten paragraphs changed', () => {
    const r = step('10');
    expect(r.summary).toMatchObject({ changed: 3, added: 0, removed: 0 });
    const lives = edits(r).map((p) => p.live ?? '');
    expect(lives[0]).toContain('Robert D. Kaplan');
    expect(lives[1]).toContain('自就任首相以来');
    expect(lives[2]).toContain('四国外长随后的会议');
  });

  it('57 (AFP copy re-filed, last two paragraphs dropped): those are removed, nothing added', () => {
    const r = step('57');
    expect(r.summary.added).toBe(0);
    const removed = r.paragraphs.filter((p) => p.status === 'removed').map((p) => p.archived ?? '');
    expect(removed.some((t) => t.includes('夏敏'))).toBe(true);
    expect(removed.some((t) => t.includes('斯里瓦斯塔瓦'))).toBe(true);
    const changed = r.paragraphs.filter((p) => p.status === 'changed');
    expect(changed.some((p) => p.live?.startsWith('法新社根据世界实时统计数据网站Worldometer'))).toBe(true);
  });

  it.each(['38', '49', '69'])('%s (headline-only edit): title differs, no paragraph edit', (n) => {
    const r = step(n);
    expect(differs(r, 'title')).toBe(true);
    expect(edits(r)).toEqual([]);
  });

  it('61 (Q&A paragraphs merged, text kept): merges are unchanged entries holding the former paragraphs', () => {
    const r = step('61');
    expect(edits(r)).toEqual([]);
    const merged = r.paragraphs.filter((p) => (p.archived ?? '').includes('\n'));
    expect(merged.length).toBeGreaterThanOrEqual(2);
    expect(r.paragraphs.map((p) => p.liveIndex)).toEqual(r.paragraphs.map((_, i) => i));
  });
});
