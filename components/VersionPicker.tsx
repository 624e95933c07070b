import type { MatchVersion } from '@/lib/types';
import { useT } from './i18n';
import { ORIGIN_KEY } from './origin';
import { waybackHref } from './WaybackPanel';

interface Props {
  /** Every stored version of the article, oldest first (Match.versions). */
  versions: MatchVersion[];
  /** The `source` of the version compared with now. */
  selected: string;
  /** The reader chose another version; absent: the list is shown read-only. */
  onChoose?: (source: string) => void;
}

/**
 * The stored versions of the article from every source (bundled archive, your visits, watched …),
 * newest first, each labelled by its source, as one radio group: arrow keys move between
 * them (native radios), and choosing one asks for the comparison with it. A headline is shown only
 * where it differs from the newest version's.
 */
export function VersionPicker({ versions, selected, onChoose }: Props) {
  const { n, t, date } = useT();
  if (versions.length < 2) return null;
  const newest = versions.length - 1;
  const rows = versions.map((version, index) => ({ version, index })).reverse();
  return (
    <fieldset class="versions" data-testid="versions">
      <legend>{n('versions.legend', versions.length)}</legend>
      {rows.map(({ version, index }) => (
        <label class="versions__row" key={version.source} data-testid="version" data-source={version.source} data-selected={String(version.source === selected)}>
          <input
            type="radio"
            name="rfi-lens-version"
            value={version.source}
            data-testid="version-input"
            data-version-index={index}
            checked={version.source === selected}
            disabled={!onChoose}
            onChange={() => version.source !== selected && onChoose?.(version.source)}
          />{' '}
          <time dateTime={new Date(version.archivedAt).toISOString()}>{date(version.archivedAt)}</time>
          <span class="versions__origin" data-testid="version-origin"> · {t(ORIGIN_KEY[version.origin ?? 'bundled'])}</span>
          {index === newest && <span class="muted"> · {t('versions.newest')}</span>}
          {version.title !== versions[newest]!.title && <span class="versions__title muted"> · {version.title}</span>}
          {version.link && waybackHref(version.link) && (
            <>
              {' · '}
              <a href={waybackHref(version.link)!} target="_blank" rel="noopener noreferrer" data-testid="version-link">
                {t('wayback.open')}
              </a>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
