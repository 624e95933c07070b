import type { ComponentChildren } from 'preact';
import { useT } from './i18n';

/**
 * The options page's "Archive sources" section: the corpus bundled with the extension, then the
 * reader's own archive and outside sources (`children`: visits on/off, forget, export / import,
 * given by the options entry).
 */
export function ArchiveSources({ children }: { children?: ComponentChildren }) {
  const { t } = useT();
  return (
    <div class="sources" data-testid="archive-sources">
      <p>{t('options.sourcesBundled')}</p>
      {children}
    </div>
  );
}
