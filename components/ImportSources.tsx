import { FileChoice } from './FileChoice';
import { useT } from './i18n';
import type { ImportPhase, ImportRecord, ImportSummary } from '@/lib/imports/types';

/** Where a running import is: a phase and how far (read: files; compile: 0/1; write: parts). */
export interface ImportProgressState {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** The outcome of the last import or removal, shown until the next one. */
export type ImportOutcome =
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'removed'; name: string }
  | { kind: 'failed'; error: string };

interface Props {
  sources: ImportRecord[];
  /** A running import (controls wait), or null. */
  progress: ImportProgressState | null;
  outcome: ImportOutcome | null;
  /** An interrupted import was swept away when the page opened. */
  interrupted: boolean;
  /** The chosen folder's files (copied: the input is cleared for the next choice). */
  onFolder: (files: File[]) => void;
  onZip: (file: File) => void;
  onRemove: (source: ImportRecord) => void;
}

/** At most this many rejected files are listed under a summary. */
const LISTED = 100;

/** The progress bar's value 0..1 over the three phases (reading is most of the work). */
const share = ({ phase, done, total }: ImportProgressState) => {
  const part = total > 0 ? done / total : 0;
  return phase === 'read' ? 0.8 * part : phase === 'compile' ? 0.8 + 0.05 * part : 0.85 + 0.15 * part;
};

function Summary({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useT();
  if (outcome.kind === 'removed') return <p>{t('imports.removed', outcome.name)}</p>;
  if (outcome.kind === 'failed') return <p>{t('imports.failed', outcome.error)}</p>;
  const s = outcome.summary;
  const listed = s.errors.slice(0, LISTED);
  return (
    <>
      <p data-testid="import-summary">{t('imports.summary', s.name, s.files, s.articles, s.versions, s.rejected)}</p>
      {listed.length > 0 && (
        <>
          <p>{t('imports.rejected')}</p>
          <ul class="imports__rejected" data-testid="import-rejected">
            {listed.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
          {s.rejected > listed.length && <p>{t('imports.rejectedMore', listed.length, s.rejected - listed.length)}</p>}
        </>
      )}
    </>
  );
}

/** The options page's imported archives: import a folder or a zip, the progress, the summary, the list. */
export function ImportSources({ sources, progress, outcome, interrupted, onFolder, onZip, onRemove }: Props) {
  const { t, date } = useT();
  const busy = progress !== null;
  const ready = sources.filter((s) => s.state === 'ready');
  return (
    <div class="imports" data-testid="imports">
      <h3>{t('imports.heading')}</h3>
      <p class="options__hint">{t('imports.hint')}</p>
      <FileChoice label={t('imports.folder')} kind="folder" testId="import-folder" disabled={busy} onChoose={onFolder} />
      <FileChoice label={t('imports.zip')} kind="zip" testId="import-zip" disabled={busy} onChoose={(files) => onZip(files[0]!)} />
      {progress && (
        <div data-testid="import-progress" data-phase={progress.phase}>
          <progress class="imports__bar" max={1000} value={Math.round(share(progress) * 1000)} aria-describedby="import-progress-text" />
          <p id="import-progress-text" role="status">
            {progress.phase === 'read'
              ? t('imports.reading', progress.done, progress.total)
              : progress.phase === 'compile'
                ? t('imports.compiling')
                : t('imports.writing', progress.done, progress.total)}
          </p>
        </div>
      )}
      {interrupted && <p data-testid="import-interrupted">{t('imports.interrupted')}</p>}
      {outcome && !busy && (
        <div role="status" data-testid="import-outcome" data-kind={outcome.kind}>
          <Summary outcome={outcome} />
        </div>
      )}
      {ready.length === 0 ? (
        <p data-testid="imports-none">{t('imports.none')}</p>
      ) : (
        <ul class="imports__list" data-testid="imports-list">
          {ready.map((s) => (
            <li key={s.id} data-testid="import-source" data-id={s.id}>
              {t('imports.source', s.name, date(s.importedAt), s.articles, s.versions, s.files, s.rejected)}{' '}
              <button type="button" disabled={busy} aria-label={t('imports.removeLabel', s.name)} data-testid="import-remove" onClick={() => onRemove(s)}>
                {t('imports.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
