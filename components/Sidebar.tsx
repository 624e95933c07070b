import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '@/lib/i18n/translate';
import { PANEL_WIDTH } from '@/lib/settings/settings';
import type { JumpTarget } from '@/lib/protocol';
import type { Article, Report, ReportEntity } from '@/lib/types';
import { changeCount, summaryLine } from '@/lib/diff/summary-line';
import { ArchivePanel } from './ArchivePanel';
import { JumpControls } from './JumpControls';
import { EntityList } from './EntityList';
import { MetadataPanel } from './MetadataPanel';
import { Notice } from './Notice';
import { PossibleEarlierNotice } from './PossibleEarlierNotice';
import { OwnArchivePanel, type OwnArchiveActions } from './OwnArchivePanel';
import type { OwnArchiveStatus } from '@/lib/store/status';
import { ResizeHandle } from './ResizeHandle';
import { VersionPicker } from './VersionPicker';
import { useT } from './i18n';

/**
 * Fields whose absence changes what the reader can trust. Missing optional ones (modified time,
 * section, content id, a lead on wire copy) just show "—" in the table.
 */
const ESSENTIAL = new Set(['title', 'paragraphs', 'body', 'published']);
const FIELD_NAME = { title: 'field.title', paragraphs: 'field.paragraphs', body: 'field.body', published: 'field.published' } as const;
const fieldName = (t: Translator['t'], field: string) => (field in FIELD_NAME ? t(FIELD_NAME[field as keyof typeof FIELD_NAME]) : field);

interface Props {
  /** The engine's answer, or null while the background has not answered or failed. */
  report: Report | null;
  /** Why there is no report, when the background failed. */
  error?: string | null;
  onFindEntity?: (entity: ReportEntity) => void;
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
  /** Slot in the archive section: "Look for earlier copies in the Wayback Machine" (components/WaybackPanel). */
  wayback?: ComponentChildren;
  /** The live article, shown (title, metadata) before the comparison arrives. */
  live?: Article | null;
  /** The panel's width in px, and what to call when the reader drags or keys its edge. */
  width?: number;
  onResize?: (width: number, done: boolean) => void;
}

/** The whole panel: header, metadata, entities, archive. Collapses to a small tab, never closes for good. */
export function Sidebar({ report, error, onFindEntity, initiallyCollapsed = false, onJump, onCollapsedChange, onChooseVersion, own, ownActions, ownMessage, watch, wayback, live = null, width, onResize }: Props) {
  const tr = useT();
  const { t } = tr;
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  useEffect(() => onCollapsedChange?.(collapsed), [collapsed]);

  if (collapsed) {
    return (
      <button type="button" class="tab" data-testid="open" aria-label={t('sidebar.open')} onClick={() => setCollapsed(false)}>
        {t('ext.name')}
        {report?.changes && <span class="tab__count">{changeCount(report.changes)}</span>}
      </button>
    );
  }
  return (
    <aside
      class="sidebar"
      data-testid="sidebar"
      aria-label={t('sidebar.label')}
      // Esc collapses while focus is in the panel; the page's own keys are left alone.
      onKeyDown={(e) => e.key === 'Escape' && setCollapsed(true)}
    >
      {onResize && width !== undefined && <ResizeHandle width={width} min={PANEL_WIDTH.min} max={PANEL_WIDTH.max} onResize={onResize} />}
      <header class="sidebar__head">
        <strong>{t('ext.name')}</strong>
        <span class="sidebar__status" data-testid="status">
          {report ? (report.changes ? summaryLine(report.changes, tr) : t('sidebar.notInArchive')) : error ? t('sidebar.error') : live ? t('sidebar.comparing') : t('sidebar.reading')}
        </span>
        {onJump && report?.changes && changeCount(report.changes) > 0 && <JumpControls onJump={onJump} />}
        <button type="button" class="sidebar__close" data-testid="collapse" aria-label={t('sidebar.collapse')} onClick={() => setCollapsed(true)}>
          ›
        </button>
      </header>
      <div class="sidebar__body">
        {error && <Notice tone="error" testId="error">{t('sidebar.couldNotCompare', error)}</Notice>}
        {!report && live && (
          // The shell, painted before the comparison: what the page itself says.
          <>
            <h2 class="sidebar__title" data-testid="title">{live.title}</h2>
            <details open>
              <summary>{t('sidebar.metadata')}</summary>
              <MetadataPanel live={live} archived={null} fields={null} />
            </details>
          </>
        )}
        {report && (
          <>
            <h2 class="sidebar__title" data-testid="title">{report.live.title}</h2>
            {watch}
            {report.liveWarnings.some((w) => ESSENTIAL.has(w.field ?? '')) && (
              <Notice tone="warn" testId="warnings">
                {t(
                  'sidebar.couldNotRead',
                  report.liveWarnings
                    .filter((w) => ESSENTIAL.has(w.field ?? ''))
                    .map((w) => fieldName(t, w.field ?? ''))
                    .join(t('sidebar.listSeparator')),
                )}
              </Notice>
            )}
            <details open>
              <summary>{t('sidebar.metadata')}</summary>
              <MetadataPanel live={report.live} archived={report.archived} fields={report.changes?.fields ?? null} />
            </details>
            <details open>
              <summary>{t('sidebar.names', report.entities.length)}</summary>
              <EntityList entities={report.entities} onFind={onFindEntity} />
            </details>
            <details open>
              <summary>{t('sidebar.archive')}</summary>
              {report.match && report.archived && (
                <VersionPicker versions={report.match.versions} selected={report.archived.source} onChoose={onChooseVersion} />
              )}
              <ArchivePanel archived={report.archived} changes={report.changes} onJump={onJump} />
              <PossibleEarlierNotice offers={report.possibleEarlier} />
              {wayback}
            </details>
            {own && (
              <details open>
                <summary>{t('own.heading')}</summary>
                <OwnArchivePanel own={own} canExport={report.archived !== null && report.changes !== null} message={ownMessage} {...ownActions} />
              </details>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
