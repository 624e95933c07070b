// What the sidebar's summary line, the toolbar badge and the popup say about a comparison.
import type { Changes, Report } from '../types';
import { changeTargets, type TargetKind } from './targets';
import { parisTimeLabel, trustMessage } from './trust-messages';

function plural(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

/**
 * One line that says what changed, text first, e.g. "headline changed · 2 paragraphs edited · 1
 * added · image replaced". Without a text change it says so, then names metadata changes.
 */
export function summaryLine(changes: Changes): string {
  // Flip-flop: the edits since the earlier version were undone; say that instead of listing them.
  if (changes.sameAsEarlier) return trustMessage('sameAsEarlierLine', { date: parisTimeLabel(changes.sameAsEarlier.archivedAt) });
  const { changed, added, removed } = changes.summary;
  const moved = changes.summary.moved ?? 0;
  const field = (name: string) => changes.fields.find((f) => f.field === name);
  const text: string[] = [];
  const entries = changes.liveBlog?.newEntries ?? 0;
  if (entries) text.push(entries === 1 ? trustMessage('newEntriesOne') : trustMessage('newEntriesMany', { count: entries }));
  const title = field('title');
  if (title?.differs) text.push(title.rewritten ? 'headline rewritten' : 'headline changed');
  if (field('lead')?.differs) text.push('lead changed');
  if (changed) text.push(`${plural(changed, 'paragraph')} edited`);
  if (added) text.push(`${added} added`);
  if (removed) text.push(`${removed} removed`);
  if (moved) text.push(`${moved} moved`);
  const meta: string[] = [];
  if (field('authors')?.differs) meta.push('authors changed');
  if (field('image')?.differs) meta.push('image replaced');
  if (field('published')?.differs || field('modified')?.differs) meta.push('dates changed');
  if (!text.length) text.push('No change to the text since the capture');
  return [...text, ...meta].join(' · ');
}

/** Number of changes a reader can step through (headline, lead, paragraphs): the badge figure. */
export function changeCount(changes: Changes): number {
  return changeTargets(changes).length;
}

/** What the popup shows for a tab: kept by the background per tab, in memory only. */
export interface TabSummary {
  title: string;
  /** "Not in the archive", or the summary line. */
  line: string;
  count: number;
  archivedAt: number | null;
  silentEdit: boolean;
  /** The first changes, in reading order: kind and a short excerpt of the live (or archived) text. */
  items: { kind: TargetKind; text: string }[];
}

const ITEMS = 8;
const EXCERPT = 60;

export function tabSummary(report: Report): TabSummary {
  const changes = report.changes;
  const excerpt = (t: string) => (t.length > EXCERPT ? `${t.slice(0, EXCERPT)}…` : t);
  return {
    title: report.live.title,
    line: changes ? summaryLine(changes) : 'Not in the archive',
    count: changes ? changeCount(changes) : 0,
    archivedAt: report.archived?.archivedAt ?? null,
    silentEdit: Boolean(changes?.silentEdit),
    items: changes
      ? changeTargets(changes)
          .slice(0, ITEMS)
          .map((t) => ({ kind: t.kind, text: excerpt(t.live ?? t.archived ?? '') }))
      : [],
  };
}
