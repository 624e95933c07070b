import type { WatchItem } from '@/lib/watch/view';
import { useT } from './i18n';
import { outcomeText } from './watch-format';

interface Props {
  /** The article's watch, or null when it is not watched. */
  item: WatchItem | null;
  /** Turn the watch on or off. */
  onToggle: (on: boolean) => void;
  /** A request is under way: the button waits. */
  busy?: boolean;
  error?: string | null;
}

/** "Watch this article": the button and, when watched, what the last re-read found. Sidebar and popup. */
export function WatchControl({ item, onToggle, busy = false, error = null }: Props) {
  const tr = useT();
  const { t, date } = tr;
  const watching = item !== null && item.origin === 'reader';
  return (
    <section class="watch" data-testid="watch" data-watching={watching ? 'yes' : 'no'}>
      <button type="button" class="watch__button" data-testid="watch-toggle" aria-pressed={watching} disabled={busy} onClick={() => onToggle(!watching)}>
        {watching ? t('watch.unwatch') : t('watch.watch')}
      </button>
      {item && (
        <p class="watch__status" data-testid="watch-status">
          {item.active
            ? t('watch.watchingSince', date(item.startedAt), date(item.nextReadAt))
            : t('watch.watchOver', item.last && (item.last.kind === 'gone' || item.last.kind === 'redirected') ? outcomeText(item.last, tr) : t('watch.scheduleOver'))}
        </p>
      )}
      {item && item.last && <p class="watch__last" data-testid="watch-last">{outcomeText(item.last, tr)}</p>}
      {item && item.lastEditAt !== null && (
        <p class={item.unseen ? 'watch__edit watch__edit--new' : 'watch__edit'} data-testid="watch-edit">
          {item.unseen ? t('watch.editedSinceRead') : t('watch.editedOn', date(item.lastEditAt))}
        </p>
      )}
      {!item && <p class="watch__help">{t('watch.help')}</p>}
      {error && <p class="watch__error" role="alert" data-testid="watch-error">{error}</p>}
    </section>
  );
}
