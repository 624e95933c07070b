// Every revision case of the shared corpus, end to end: the later version is rendered into the
// real 2025 RFI page (cli/render-page.ts) and extracted as the live page, the earlier one is the
// archived copy. The reported edits must be exactly those of the case's NOTES.md (its sentence
// diff, read at test time; revision-oracle.ts), the headline verdict and the noise-only verdict
// those of revision-expectations.json (written from the notes).
import { expect, it } from 'vitest';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { compareArticles } from '../../../lib/diff/compare';
import type { ArchivedArticle } from '../../../lib/types';
import { describeShared, HAS_SHARED, readShared, revisionCases, type RevisionCase } from '../../support/shared';
import { asLivePage } from './live-page';
import expectations from './revision-expectations.json';
import { readNotes } from './revision-notes';
import { checkAgainstNotes } from './revision-oracle';

interface Step {
  case: string;
  step: number;
  noiseOnly: boolean;
  headline: boolean;
  notEdits?: string[];
  knownFalseEdits?: string[];
}

const steps = expectations.steps as Step[];
const cases = revisionCases();

function version(c: RevisionCase, k: number): ArchivedArticle {
  const file = c.versions[k] as string;
  const r = parseArchiveFile(readShared('corpus/revisions', c.n, file), file);
  if (!r.ok) throw new Error(`${file}: line ${r.line}: ${r.reason}`);
  return r.value;
}

describeShared('revision cases, later version as the live page (shared corpus)', () => {
  const template = HAS_SHARED ? readShared('pages', 'cn-article-2025.html') : '';

  it('the expectations cover every step of every case', () => {
    const all = cases.flatMap((c) => c.versions.slice(1).map((_, k) => `${c.n}/${k}`));
    expect(steps.map((s) => `${s.case}/${s.step}`)).toEqual(all);
  });

  it.each(steps.map((s) => [`${s.case}/${s.step}`, s] as const))('%s', (_, s) => {
    const c = cases.find((x) => x.n === s.case) as RevisionCase;
    const notes = readNotes(readShared('corpus/revisions', s.case, 'NOTES.md'))[s.step];
    expect(notes, 'the notes describe this step').toBeDefined();
    const changes = compareArticles(asLivePage(template, version(c, s.step + 1)), version(c, s.step));
    const kinds = changes.kinds ?? [];
    expect(kinds.includes('headline'), 'headline verdict').toBe(s.headline);
    if (s.noiseOnly) {
      expect(changes.summary).toMatchObject({ changed: 0, added: 0, removed: 0 });
      expect(kinds.filter((k) => k === 'headline' || k === 'lead' || k === 'paragraphs')).toEqual([]);
      expect(changes.silentEdit).toBeNull();
    }
    expect(checkAgainstNotes(changes, notes!, s.notEdits, s.knownFalseEdits)).toEqual({ missed: [], spurious: [] });
  });
});
