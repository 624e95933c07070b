import type { WatchItem, WatchList } from '@/lib/watch/view';
import { EDITION_NAMES } from '@/lib/watch/editions';
import { useT } from './i18n';
import { outcomeText } from './watch-format';

/** The editions offered first in the follow list; the others follow in RFI's order. */
export const FOLLOW_EDITIONS = ['cn', 'tw', 'fr', 'en', 'es', 'pt', 'br', 'ru', 'vi', 'km', 'fa', 'uk', 'ha', 'sw', 'ma', 'ff', 'ro'];

interface Props {
  list: WatchList;
  onFollow: (edition: string, on: boolean) => void;
  onNotify: (on: boolean) => void;
  notifyError?: string | null;
}

function Article({ item, testId }: { item: WatchItem; testId: string }) {
  const tr = useT();
  const { t, date } = tr;
  return (
    <li class={item.unseen ? 'watched__item watched__item--new' : 'watched__item'} data-testid={testId} data-url={item.url}>
      <a href={item.url} target="_blank" rel="noreferrer">
        {item.title}
      </a>
      {item.unseen && <strong class="watched__new"> {t('watch.editedSinceRead')}</strong>}
      <span class="watched__last">
        {item.lastEditAt !== null ? t('watch.editedOn', date(item.lastEditAt)) : outcomeText(item.last, tr)}
      </span>
    </li>
  );
}

/** The popup's watch lists: watched articles with their last change, followed editions and their edits, the notification switch. */
export function WatchedList({ list, onFollow, onNotify, notifyError = null }: Props) {
  const { t } = useT();
  const followed = new Set<string>(list.followed.map((f) => f.edition));
  return (
    <div class="watched" data-testid="watched">
      <h2 class="watched__heading">{t('watch.watchedHeading')}</h2>
      {list.watched.length === 0 ? (
        <p class="watched__none">{t('watch.noneWatched')}</p>
      ) : (
        <ul class="watched__list">
          {list.watched.map((item) => (
            <Article key={item.url} item={item} testId="watched-item" />
          ))}
        </ul>
      )}
      <label class="watched__notify">
        <input type="checkbox" data-testid="notify" checked={list.notify} onChange={(e) => onNotify((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('watch.notifyLabel')}
      </label>
      {notifyError && <p class="watched__error" role="alert">{notifyError}</p>}
      <details class="watched__follow" open={list.followed.length > 0}>
        <summary>{t('watch.followHeading')}</summary>
        <p class="watched__help">{t('watch.followHelp')}</p>
        <ul class="watched__editions">
          {FOLLOW_EDITIONS.map((ed) => (
            <li key={ed}>
              <label>
                <input type="checkbox" data-testid={`follow-${ed}`} checked={followed.has(ed)} onChange={(e) => onFollow(ed, (e.currentTarget as HTMLInputElement).checked)} />{' '}
                {EDITION_NAMES[ed] ?? ed}
              </label>
            </li>
          ))}
        </ul>
      </details>
      {list.followed.length > 0 && (
        <>
          <h2 class="watched__heading">{t('watch.editionEditsHeading')}</h2>
          {list.editionEdits.length === 0 ? (
            <p class="watched__none">{t('watch.noEditionEdits')}</p>
          ) : (
            <ul class="watched__list">
              {list.editionEdits.map((item) => (
                <Article key={item.url} item={item} testId="edition-edit" />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
