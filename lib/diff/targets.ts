// The changes a reader steps through, in reading order: headline, lead, then the paragraphs that
// are not unchanged. The sidebar's change list and the page markers both use this list, so
// "change 3" is the same change in both places.
import type { Changes, ParagraphChange, TextSpan } from '../types';

export type TargetKind = 'headline' | 'lead' | 'changed' | 'added' | 'removed' | 'moved';

export interface ChangeTarget {
  kind: TargetKind;
  /** Live paragraph index of the element to mark (null for headline, lead, and removed at the end). */
  liveIndex: number | null;
  /**
   * For `removed`: the live paragraph it stood before (the next live paragraph in reading order),
   * null when it stood after the last one.
   */
  before: number | null;
  /** What the archive said (null for added). */
  archived: string | null;
  live: string | null;
  /** Display diff (changed, edited moved, headline, lead). */
  spans: TextSpan[] | null;
  rewritten: boolean;
  /** Archived position of a moved paragraph (0-based). */
  archivedIndex: number | null;
}

/** The change targets of a comparison, in reading order. */
export function changeTargets(changes: Changes): ChangeTarget[] {
  const out: ChangeTarget[] = [];
  for (const f of changes.fields) {
    if (!f.differs || (f.field !== 'title' && f.field !== 'lead')) continue;
    out.push({
      kind: f.field === 'title' ? 'headline' : 'lead',
      liveIndex: null,
      before: null,
      archived: f.archived,
      live: f.live,
      spans: f.spans ?? null,
      rewritten: f.rewritten ?? false,
      archivedIndex: null,
    });
  }
  const ps = changes.paragraphs;
  ps.forEach((p, i) => {
    // New live-blog entries are growth, not changes to step through.
    if (p.status === 'unchanged' || p.status === 'appended') return;
    out.push({
      kind: p.status,
      liveIndex: p.liveIndex,
      before: p.status === 'removed' ? nextLive(ps, i) : null,
      archived: p.archived,
      live: p.live,
      spans: p.spans ?? null,
      rewritten: p.rewritten ?? false,
      archivedIndex: p.status === 'moved' ? p.archivedIndex : null,
    });
  });
  return out;
}

function nextLive(ps: readonly ParagraphChange[], from: number): number | null {
  for (let j = from + 1; j < ps.length; j++) {
    const index = ps[j]?.liveIndex;
    if (index !== null && index !== undefined) return index;
  }
  return null;
}
