import type { PlainKey } from '@/lib/i18n/translate';
import type { WaybackMode } from '@/lib/settings/settings';
import type { ListedCapture, WaybackOutcome, WaybackState } from '@/lib/wayback/outcome';
import { useT } from './i18n';

interface Props {
  mode: WaybackMode;
  /** The last answer (null: not asked on this page yet). */
  outcome: WaybackOutcome | null;
  /** A lookup is running. */
  busy: boolean;
  /** The article already has a capture (then the offer is "look for more"). */
  hasMatch: boolean;
  /** The version compared with now (Report.archived.source). */
  selected: string | null;
  /** Look (again), or read the listed capture `prefer` (its timestamp). */
  onLook: (prefer?: string) => void;
  /** Compare with a capture already stored (its version id). */
  onChoose: (version: string) => void;
}

/** Only Wayback Machine pages are links; anything else is shown as text. */
export function waybackHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname === 'web.archive.org' && u.pathname.startsWith('/web/') && !u.username && !u.password ? u.href : null;
  } catch {
    return null;
  }
}

const VERDICT: Record<ListedCapture['verdict'], PlainKey> = {
  article: 'wayback.verdict.article',
  unchecked: 'wayback.verdict.unchecked',
  redirect: 'wayback.verdict.redirect',
  'home-page': 'wayback.verdict.homePage',
  'error-page': 'wayback.verdict.errorPage',
  'not-article': 'wayback.verdict.notArticle',
  'other-article': 'wayback.verdict.otherArticle',
  unavailable: 'wayback.verdict.unavailable',
};

const STATE: Partial<Record<WaybackState, PlainKey>> = {
  off: 'wayback.off',
  'permission-needed': 'wayback.permissionNeeded',
  asking: 'wayback.asking',
  declined: 'wayback.declined',
  'no-capture': 'wayback.noCapture',
  'not-article': 'wayback.notArticle',
  failed: 'wayback.failed',
};

/** Listed captures shown at most (newest first); the rest are on the Wayback Machine's own page. */
const SHOWN = 30;

/** The states that still offer the button (the others say all there is until the cache ages). */
const OFFERED: (WaybackState | null)[] = [null, 'permission-needed', 'asking', 'declined', 'outage', 'failed'];

/**
 * "Look for earlier copies in the Wayback Machine": the offer, each outcome said as what it is (no
 * capture, outage, rate limit, captures that are not the article, the reader's no), never as "no
 * edits", and the captures listed with what each is, each linking to its Wayback page.
 */
export function WaybackPanel({ mode, outcome, busy, hasMatch, selected, onLook, onChoose }: Props) {
  const tr = useT();
  const { t, n, date } = tr;
  if (mode === 'never') return null;
  const state = outcome?.state ?? null;
  const found = outcome?.captures.find((c) => c.version !== null && c.version === outcome.version);
  let status: string | null = null;
  if (busy) status = t('wayback.looking');
  else if (state === 'found' && found) status = t('wayback.found', date(found.capturedAt));
  else if (state === 'outage') status = outcome?.httpStatus ? t('wayback.outageStatus', String(outcome.httpStatus)) : t('wayback.outage');
  else if (state === 'rate-limited') status = t('wayback.rateLimited', date(outcome?.retryAt ?? Date.now()));
  else if (state && STATE[state]) status = t(STATE[state]!);
  const offerKey: PlainKey = state === 'asking' || state === 'declined' ? 'wayback.askAgain' : state === 'outage' || state === 'failed' ? 'wayback.retry' : hasMatch ? 'wayback.offerMore' : 'wayback.offer';
  const captures = outcome?.captures ?? [];
  return (
    <section class="wayback" data-testid="wayback" data-state={busy ? 'looking' : (state ?? 'offer')} aria-labelledby="rfi-lens-wayback">
      <h3 id="rfi-lens-wayback" class="wayback__heading">{t('wayback.heading')}</h3>
      {status && (
        <p class={`notice ${state === 'outage' || state === 'rate-limited' || state === 'failed' ? 'notice--warn' : 'notice--info'}`} role="status" data-testid="wayback-status">
          {status}
        </p>
      )}
      {!busy && OFFERED.includes(state) && state !== 'off' && (
        <>
          <button type="button" class="wayback__look" data-testid="wayback-look" onClick={() => onLook()}>
            {t(offerKey)}
          </button>
          {state === null && <p class="muted wayback__hint">{t('wayback.offerHint')}</p>}
        </>
      )}
      {captures.length > 0 && (
        <>
          <p class="muted" data-testid="wayback-checked">
            {outcome?.checkedAt ? t(outcome.fromCache ? 'wayback.fromCache' : 'wayback.checked', date(outcome.checkedAt)) : ''}
          </p>
          <ul class="wayback__list" aria-label={t('wayback.listLegend')} data-testid="wayback-captures">
            {captures.slice(0, SHOWN).map((c) => {
              const href = waybackHref(c.waybackUrl);
              const verdict = c.verdict === 'error-page' ? t(VERDICT[c.verdict], c.statuscode) : t(VERDICT[c.verdict]);
              const canCompare = !busy && ((c.version !== null && c.version !== selected) || c.verdict === 'unchecked');
              return (
                <li key={c.timestamp} data-testid="wayback-capture" data-verdict={c.verdict} data-timestamp={c.timestamp}>
                  <time dateTime={c.capturedAt}>{date(c.capturedAt)}</time> · <span data-testid="wayback-verdict">{verdict}</span>
                  {c.duplicates > 0 && <span class="muted"> · {n('wayback.duplicates', c.duplicates, c.duplicates, date(c.lastSeen))}</span>}
                  {href && (
                    <>
                      {' · '}
                      <a href={href} target="_blank" rel="noopener noreferrer" data-testid="wayback-link">
                        {t('wayback.open')}
                      </a>
                    </>
                  )}
                  {canCompare && (
                    <>
                      {' '}
                      <button type="button" class="wayback__compare" data-testid="wayback-compare" onClick={() => (c.version ? onChoose(c.version) : onLook(c.timestamp))}>
                        {t('wayback.compare')}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
