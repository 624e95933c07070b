import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Entity, Report } from '@/lib/types';
import { changeCount, summaryLine } from '@/lib/diff/summary-line';
import { ArchivePanel } from './ArchivePanel';
import { JumpControls, type JumpTarget } from './JumpControls';
import { EntityList } from './EntityList';
import { MetadataPanel } from './MetadataPanel';
import { Notice } from './Notice';
import { PossibleEarlierNotice } from './PossibleEarlierNotice';
import { OwnArchivePanel, type OwnArchiveActions } from './OwnArchivePanel';
import { OWN_TEXT } from './own-archive-text';
import type { OwnArchiveStatus } from '@/lib/store/status';
import { VersionPicker } from './VersionPicker';

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
  /** Moves the page to a change: its index in changeTargets(report.changes), or the next/previous one. */
  onJump?: (target: JumpTarget) => void;
  /** Told whenever the panel collapses (true) or opens (false): the page markers follow it. */
  onCollapsedChange?: (collapsed: boolean) => void;
  /** The reader chose another stored version (its `source`) to compare with. */
  onChooseVersion?: (source: string) => void;
  /** The reader's own archive for this page (absent: no store answered). */
  own?: OwnArchiveStatus | null;
  /** Switch, forget and export in the own-archive section. */
  ownActions?: OwnArchiveActions;
  /** The outcome of the last own-archive action, shown once. */
  ownMessage?: string | null;
  /** Slot under the headline: the "Watch this article" control (components/WatchControl). */
  watch?: ComponentChildren;
}

/** The whole panel: header, metadata, entities, archive. Collapses to a small tab, never closes for good. */
export function Sidebar({ report, error, onFindEntity, initiallyCollapsed = false, onJump, onCollapsedChange, onChooseVersion, own, ownActions, ownMessage, watch }: Props) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  useEffect(() => onCollapsedChange?.(collapsed), [collapsed]);

  if (collapsed) {
    return (
      <button type="button" class="tab" data-testid="open" aria-label="Open RFI Lens" onClick={() => setCollapsed(false)}>
        RFI Lens
        {report?.changes && <span class="tab__count">{changeCount(report.changes)}</span>}
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
          {report ? (report.changes ? summaryLine(report.changes) : 'Not in the archive') : error ? 'Error' : 'Reading…'}
        </span>
        {onJump && report?.changes && changeCount(report.changes) > 0 && <JumpControls onJump={onJump} />}
        <button type="button" class="sidebar__close" data-testid="collapse" aria-label="Collapse RFI Lens" onClick={() => setCollapsed(true)}>
          ›
        </button>
      </header>
      <div class="sidebar__body">
        {error && <Notice tone="error" testId="error">RFI Lens could not compare this page: {error}</Notice>}
        {report && (
          <>
            <h2 class="sidebar__title" data-testid="title">{report.live.title}</h2>
            {watch}
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
              {report.match && report.archived && (
                <VersionPicker versions={report.match.versions} selected={report.archived.source} onChoose={onChooseVersion} />
              )}
              <ArchivePanel archived={report.archived} changes={report.changes} onJump={onJump} />
              <PossibleEarlierNotice offers={report.possibleEarlier} />
            </details>
            {own && (
              <details open>
                <summary>{OWN_TEXT.heading}</summary>
                <OwnArchivePanel own={own} canExport={report.archived !== null && report.changes !== null} message={ownMessage} {...ownActions} />
              </details>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
