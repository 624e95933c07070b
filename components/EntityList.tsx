import { useState } from 'preact/hooks';
import type { PlainKey } from '@/lib/i18n/translate';
import type { FindResult } from '@/lib/protocol';
import type { EntityType, ReportEntity } from '@/lib/types';
import { useT } from './i18n';

interface Props {
  entities: ReportEntity[];
  /** Called when the reader asks to find an entity on the page (click or Enter); again = next mention. */
  onFind?: (entity: ReportEntity) => FindResult | void;
}

const GROUPS: { type: EntityType; label: PlainKey }[] = [
  { type: 'PER', label: 'entities.people' },
  { type: 'LOC', label: 'entities.places' },
  { type: 'ORG', label: 'entities.organisations' },
  { type: 'DATE', label: 'entities.dates' },
  { type: 'MISC', label: 'entities.other' },
];

type Change = 'added' | 'removed' | null;

/**
 * Added: named live but not in the archived copy; removed: only in the archived copy. Only shown
 * when there is a copy to compare with (some entity is marked inArchive).
 */
function changeOf(e: ReportEntity, compared: boolean): Change {
  if (!compared) return null;
  if (e.inLive === false) return 'removed';
  if (e.inArchive === false) return 'added';
  return null;
}

const keyOf = (e: ReportEntity): string => `${e.type}:${e.text}:${e.inLive === false ? 'archived' : 'live'}`;

/** Entities grouped by type, most mentioned first, with counts, each marked added/removed against the archive. */
export function EntityList({ entities, onFind }: Props) {
  const { t, n } = useT();
  const [found, setFound] = useState<{ key: string; result: FindResult } | null>(null);
  if (entities.length === 0) return <p class="muted">{t('entities.none')}</p>;
  const compared = entities.some((e) => e.inArchive === true);
  const added = compared ? entities.filter((e) => changeOf(e, true) === 'added').length : 0;
  const removed = compared ? entities.filter((e) => changeOf(e, true) === 'removed').length : 0;

  const find = (e: ReportEntity): void => {
    const result = onFind?.(e);
    setFound(result ? { key: keyOf(e), result } : null);
  };

  return (
    <div class="entities" data-testid="entities">
      {compared && (
        <p class="muted" data-testid="entity-changes">
          {added === 0 && removed === 0 ? t('entities.same') : t('entities.sinceCapture', added, removed)}
        </p>
      )}
      {GROUPS.map(({ type, label }) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count);
        if (group.length === 0) return null;
        return (
          <section key={type} class="entities__group" aria-label={t(label)}>
            <h4>
              {t(label)} <span class="muted">({group.length})</span>
            </h4>
            <ul>
              {group.map((e) => {
                const change = changeOf(e, compared);
                const key = keyOf(e);
                const here = found?.key === key ? found.result : null;
                const Name = change === 'added' ? 'ins' : change === 'removed' ? 'del' : 'span';
                return (
                  <li key={key}>
                    <button
                      type="button"
                      class={`entity entity--${type}${change ? ` entity--${change}` : ''}`}
                      data-testid="entity"
                      data-type={type}
                      data-text={e.text}
                      data-change={change ?? 'same'}
                      aria-pressed={here ? 'true' : 'false'}
                      title={[
                        e.aliases.length ? t('entities.also', e.aliases.join(t('sidebar.listSeparator'))) : '',
                        change === 'removed' ? t('entities.onlyArchived') : t('entities.highlight'),
                      ].filter(Boolean).join(' · ')}
                      onClick={() => find(e)}
                    >
                      <Name class="entity__text">{e.text}</Name>
                      {change && (
                        <span class="entity__change" data-testid="entity-change">
                          {' '}
                          {change === 'added' ? t('entities.added') : t('entities.removed')}
                        </span>
                      )}
                      <span class="entity__count" aria-label={n('entities.mentions', e.count)}>{e.count}</span>
                    </button>
                    {here && (
                      <span class="muted entity__where" data-testid="entity-where" role="status">
                        {' '}
                        {here.total === 0
                          ? change === 'removed'
                            ? t('entities.notOnLive')
                            : t('entities.notFound')
                          : t('entities.position', here.index + 1, here.total)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
