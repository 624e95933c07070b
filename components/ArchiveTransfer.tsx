import { FileChoice } from './FileChoice';
import { useT } from './i18n';

/** What the last export or import did; `errors`: `file:line: reason` for each file not imported. */
export type TransferResult =
  | { kind: 'exported'; captures: number; fileName: string }
  | { kind: 'imported'; stored: number; skipped: number; errors: string[]; evicted?: number }
  | { kind: 'failed'; error: string; errors?: string[] };

interface Props {
  onExport: () => void;
  /** The zip the reader chose. */
  onImport: (file: File) => void;
  /** An export or import is running: the controls wait. */
  busy?: boolean;
  result?: TransferResult | null;
}

/** The options page's "export my archive / import an archive" (a sibling of OwnArchiveOptions). */
export function ArchiveTransfer({ onExport, onImport, busy = false, result = null }: Props) {
  const { t, n } = useT();
  const errors = result?.kind === 'exported' ? [] : (result?.errors ?? []);
  return (
    <div class="own__transfer" data-testid="archive-transfer">
      <p>
        <button type="button" data-testid="export-archive" disabled={busy} onClick={onExport}>
          {t('own.exportArchive')}
        </button>
      </p>
      <FileChoice label={t('own.importArchive')} kind="zip" testId="import-archive" disabled={busy} onChoose={(files) => onImport(files[0]!)} />
      {result && (
        <div role="status" data-testid="transfer-result">
          <p>
            {result.kind === 'exported'
              ? n('own.exportedArchive', result.captures, result.captures, result.fileName)
              : result.kind === 'imported'
                ? t('own.importedArchive', result.stored, result.skipped)
                : t('own.transferFailed', result.error)}
          </p>
          {result.kind === 'imported' && (result.evicted ?? 0) > 0 && <p data-testid="transfer-evicted">{n('own.evicted', result.evicted!)}</p>}
          {errors.length > 0 && (
            <>
              <p>{t('own.importRejected')}</p>
              <ul data-testid="transfer-errors">
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
