import { useT } from './i18n';

/** null: not answered yet. */
export type PermissionAnswer = 'granted' | 'denied' | null;

interface Props {
  answer: PermissionAnswer;
  onAllow: () => void;
  onCancel: () => void;
}

/** The permission window: what will be sent to web.archive.org, then the reader's yes or no. */
export function WaybackPermissionView({ answer, onAllow, onCancel }: Props) {
  const { t } = useT();
  return (
    <main class="options wayback-permission" data-testid="wayback-permission">
      <h1>{t('waybackPermission.title')}</h1>
      <p>{t('waybackPermission.body')}</p>
      {answer === null ? (
        <>
          <p>{t('waybackPermission.browserWill')}</p>
          <p class="options__row">
            <button type="button" data-testid="wayback-allow" onClick={onAllow}>
              {t('waybackPermission.allow')}
            </button>{' '}
            <button type="button" data-testid="wayback-cancel" onClick={onCancel}>
              {t('waybackPermission.cancel')}
            </button>
          </p>
        </>
      ) : (
        <p role="status" data-testid="wayback-answer">
          {t(answer === 'granted' ? 'waybackPermission.done' : 'waybackPermission.denied')}
        </p>
      )}
    </main>
  );
}
