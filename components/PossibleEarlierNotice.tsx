import type { PossibleEarlier } from '@/lib/types';
import { useT } from './i18n';

interface Props {
  /** Report.possibleEarlier: captures below the match cut-off, best first. */
  offers: readonly PossibleEarlier[];
}

/** Only http(s) links on rfi.fr are links; any other archived URL is shown as text. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && (u.hostname === 'rfi.fr' || u.hostname.endsWith('.rfi.fr')) && !u.username && !u.password
      ? u.href
      : null;
  } catch {
    return null;
  }
}

/**
 * With no match: the captures that may be earlier versions of the article, each said to be only
 * "possibly" one, with its similarity. Never presented as the comparison.
 */
export function PossibleEarlierNotice({ offers }: Props) {
  const { t, date } = useT();
  if (!offers.length) return null;
  return (
    <div class="notice notice--info possible-earlier" role="status" data-testid="possible-earlier">
      <p>{t('trust.possibleEarlierIntro')}</p>
      <ul>
        {offers.map((o) => {
          const href = safeHref(o.url);
          return (
            <li key={o.source} data-testid="possible-earlier-item" data-source={o.source}>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {o.title}
                </a>
              ) : (
                <span>{o.title}</span>
              )}{' '}
              <span class="muted">
                <time dateTime={new Date(o.archivedAt).toISOString()}>{date(o.archivedAt)}</time>
              </span>
              <br />
              {t('trust.possibleEarlierItem', Math.round(o.similarity * 100))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
