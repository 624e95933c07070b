// What the sidebar's summary line, the toolbar badge and the popup say about a comparison.
import type { TabSummary } from '../protocol';
import type { Changes, Report } from '../types';
import type { Translator } from '../i18n/translate';
import { changeTargets, type TargetKind } from './targets';

/** One phrase of the summary line: a message key of locales/*.yml and, for counted ones, the count. */
export type SummaryPart =
  | { key: 'summary.headlineRewritten' | 'summary.headlineChanged' | 'summary.leadChanged' | 'summary.authorsChanged' | 'summary.imageReplaced' | 'summary.datesChanged' | 'summary.noTextChange' }
  | { key: 'summary.paragraphsEdited'; count: number }
  | { key: 'summary.added' | 'summary.removed' | 'summary.moved'; count: number }
  | { key: 'summary.newEntries'; count: number }
  /** Flip-flop: the live text is an earlier version's again (its capture time, epoch ms). */
  | { key: 'summary.sameAsEarlier'; at: number };

/**
 * What changed, text first: headline, lead, paragraphs edited / added / removed / moved, then
 * metadata (authors, image, dates). Without a text change the first part says so.
 */
export function summaryParts(changes: Changes): SummaryPart[] {
  // Flip-flop: the edits since the earlier version were undone; say that instead of listing them.
  if (changes.sameAsEarlier) return [{ key: 'summary.sameAsEarlier', at: changes.sameAsEarlier.archivedAt }];
  const { changed, added, removed } = changes.summary;
  const moved = changes.summary.moved ?? 0;
  const field = (name: string) => changes.fields.find((f) => f.field === name);
  const text: SummaryPart[] = [];
  // A live blog that grew: its new entries come first, and are not changes.
  const entries = changes.liveBlog?.newEntries ?? 0;
  if (entries) text.push({ key: 'summary.newEntries', count: entries });
  const title = field('title');
  if (title?.differs) text.push({ key: title.rewritten ? 'summary.headlineRewritten' : 'summary.headlineChanged' });
  if (field('lead')?.differs) text.push({ key: 'summary.leadChanged' });
  if (changed) text.push({ key: 'summary.paragraphsEdited', count: changed });
  if (added) text.push({ key: 'summary.added', count: added });
  if (removed) text.push({ key: 'summary.removed', count: removed });
  if (moved) text.push({ key: 'summary.moved', count: moved });
  const meta: SummaryPart[] = [];
  if (field('authors')?.differs) meta.push({ key: 'summary.authorsChanged' });
  if (field('image')?.differs) meta.push({ key: 'summary.imageReplaced' });
  if (field('published')?.differs || field('modified')?.differs) meta.push({ key: 'summary.datesChanged' });
  if (!text.length) text.push({ key: 'summary.noTextChange' });
  return [...text, ...meta];
}

/** The parts as one line in the reader's language, e.g. "headline changed · 2 paragraphs edited · 1 added". */
export function formatSummary(parts: readonly SummaryPart[], tr: Pick<Translator, 't' | 'n' | 'date'>): string {
  return parts
    .map((p) =>
      p.key === 'summary.paragraphsEdited' || p.key === 'summary.newEntries'
        ? tr.n(p.key, p.count)
        : p.key === 'summary.sameAsEarlier'
          ? tr.t(p.key, tr.date(p.at))
          : 'count' in p
            ? tr.t(p.key, p.count)
            : tr.t(p.key),
    )
    .join(tr.t('summary.separator'));
}

/** The summary line of a comparison in the reader's language. */
export function summaryLine(changes: Changes, tr: Pick<Translator, 't' | 'n' | 'date'>): string {
  return formatSummary(summaryParts(changes), tr);
}

/** Number of changes a reader can step through (headline, lead, paragraphs): the badge figure. */
export function changeCount(changes: Changes): number {
  return changeTargets(changes).length;
}

const ITEMS = 8;
const EXCERPT = 60;

export function tabSummary(report: Report): TabSummary {
  const changes = report.changes;
  const excerpt = (t: string) => (t.length > EXCERPT ? `${t.slice(0, EXCERPT)}…` : t);
  return {
    title: report.live.title,
    edition: report.live.edition,
    parts: changes ? summaryParts(changes) : null,
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
