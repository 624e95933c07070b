import { useState } from 'preact/hooks';
import type { Entity, Report } from '@/lib/types';
import { ArchivePanel, summarize } from './ArchivePanel';
import { EntityList } from './EntityList';
import { MetadataPanel } from './MetadataPanel';
import { Notice } from './Notice';

/**
 * Fields whose absence changes what the reader can trust. Missing optional ones (modified time,
 * section, content id, a lead on wire copy) just show "—" in the table.
 */
const ESSENTIAL = new Set(['title', 'paragraphs', 'body', 'published']);

interface Props {
  /** The engine's answer, or null while the background has not answered or failed. */
  report: Report | null;
  /** Why there is no report, when the background failed. */
  error?: string | null;
  onFindEntity?: (entity: Entity) => void;
  /** Starts collapsed to the tab. */
  initiallyCollapsed?: boolean;
}

/** The whole panel: header, metadata, entities, archive. Collapses to a small tab, never closes for good. */
export function Sidebar({ report, error, onFindEntity, initiallyCollapsed = false }: Props) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);

  if (collapsed) {
    return (
      <button type="button" class="tab" data-testid="open" aria-label="Open RFI Lens" onClick={() => setCollapsed(false)}>
        RFI Lens
        {report?.changes && <span class="tab__count">{report.changes.summary.changed + report.changes.summary.added + report.changes.summary.removed}</span>}
      </button>
    );
  }
  return (
    <aside
      class="sidebar"
      data-testid="sidebar"
      aria-label="RFI Lens"
      // Esc collapses while focus is in the panel; the page's own keys are left alone.
      onKeyDown={(e) => e.key === 'Escape' && setCollapsed(true)}
    >
      <header class="sidebar__head">
        <strong>RFI Lens</strong>
        <span class="sidebar__status" data-testid="status">
          {report ? (report.changes ? summarize(report.changes) : 'Not in the archive') : error ? 'Error' : 'Reading…'}
        </span>
        <button type="button" class="sidebar__close" data-testid="collapse" aria-label="Collapse RFI Lens" onClick={() => setCollapsed(true)}>
          ›
        </button>
      </header>
      <div class="sidebar__body">
        {error && <Notice tone="error" testId="error">RFI Lens could not compare this page: {error}</Notice>}
        {report && (
          <>
            <h2 class="sidebar__title" data-testid="title">{report.live.title}</h2>
            {report.liveWarnings.some((w) => ESSENTIAL.has(w.field ?? '')) && (
              <Notice tone="warn" testId="warnings">
                Could not read from this page: {report.liveWarnings.filter((w) => ESSENTIAL.has(w.field ?? '')).map((w) => w.field).join(', ')}.
                The comparison may be incomplete.
              </Notice>
            )}
            <details open>
              <summary>Metadata</summary>
              <MetadataPanel live={report.live} archived={report.archived} fields={report.changes?.fields ?? null} />
            </details>
            <details open>
              <summary>Names ({report.entities.length})</summary>
              <EntityList entities={report.entities} onFind={onFindEntity} />
            </details>
            <details open>
              <summary>Archive</summary>
              <ArchivePanel archived={report.archived} changes={report.changes} />
            </details>
          </>
        )}
      </div>
    </aside>
  );
}
