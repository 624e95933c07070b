// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { VersionPicker } from '../../components/VersionPicker';
import { WaybackPanel } from '../../components/WaybackPanel';
import { emptyOutcome, type ListedCapture, type WaybackOutcome } from '../../lib/wayback/outcome';
import { twoVersionReport } from './sample-report';
import { all, one, show } from './dom';

const capture = (over: Partial<ListedCapture>): ListedCapture => ({
  timestamp: '20240601093000',
  capturedAt: '2024-06-01T09:30:00.000Z',
  waybackUrl: 'https://web.archive.org/web/20240601093000/https://www.rfi.fr/cn/a/20240415-x',
  statuscode: '200',
  duplicates: 0,
  lastSeen: '2024-06-01T09:30:00.000Z',
  verdict: 'unchecked',
  target: null,
  version: null,
  ...over,
});
const panel = (outcome: WaybackOutcome | null, over: Partial<Parameters<typeof WaybackPanel>[0]> = {}) =>
  show(<WaybackPanel mode="ask" outcome={outcome} busy={false} hasMatch={false} selected={null} onLook={() => {}} onChoose={() => {}} {...over} />);
const status = () => one('[data-testid=wayback-status]')?.textContent ?? null;

describe('WaybackPanel', () => {
  it('offers the look where nothing is held, "more" where something is, and nothing when the setting says never', () => {
    const onLook = vi.fn();
    panel(null, { onLook });
    expect(one('[data-testid=wayback-look]')?.textContent).toBe('Look for earlier copies in the Wayback Machine');
    expect(status()).toBeNull();
    act(() => (one('[data-testid=wayback-look]') as HTMLButtonElement).click());
    expect(onLook).toHaveBeenCalledWith();
    panel(null, { hasMatch: true });
    expect(one('[data-testid=wayback-look]')?.textContent).toBe('Look for more copies in the Wayback Machine');
    panel(null, { mode: 'never' });
    expect(one('[data-testid=wayback]')).toBeNull();
  });

  it('says each state as what it is, never as "no edits"', () => {
    const said = (o: WaybackOutcome) => {
      panel(o);
      return status();
    };
    expect(said(emptyOutcome('no-capture'))).toBe('The Wayback Machine has no capture of this article, under any of its addresses.');
    expect(said(emptyOutcome('outage', { httpStatus: 503 }))).toBe('The Wayback Machine did not answer (HTTP 503), so nothing was compared. Try again later.');
    expect(said(emptyOutcome('outage'))).toContain('it may be down or unreachable');
    expect(said(emptyOutcome('rate-limited', { retryAt: Date.UTC(2026, 11, 7, 19, 30) }))).toBe(
      'The Wayback Machine asks for a pause (too many requests), so nothing was compared. RFI Lens will send nothing before Dec 7, 2026, 20:30 (Paris time).',
    );
    expect(one('[data-testid=wayback-look]')).toBeNull(); // no button while the back-off lasts
    expect(said(emptyOutcome('asking'))).toContain('A small RFI Lens window asks');
    expect(one('[data-testid=wayback-look]')?.textContent).toBe('Ask again');
    expect(said(emptyOutcome('declined'))).toBe('You did not allow web.archive.org, so nothing was sent.');
    expect(said(emptyOutcome('not-article', { captures: [capture({ verdict: 'home-page', target: 'https://www.rfi.fr/cn/' })] }))).toContain('none of those checked is this article');
    expect(one('[data-testid=wayback-verdict]')?.textContent).toBe('a redirect to the home page (the article was taken down or moved)');
    panel(emptyOutcome('no-capture'), { busy: true });
    expect(status()).toBe('Asking the Wayback Machine…');
  });

  it('lists captures with their verdicts and Wayback links; compares with a stored one or looks for an unchecked one', () => {
    const onLook = vi.fn();
    const onChoose = vi.fn();
    const found = emptyOutcome('found', {
      version: 'wayback/2',
      checkedAt: Date.UTC(2026, 11, 7, 18),
      captures: [
        capture({ verdict: 'article', version: 'wayback/2', duplicates: 2, lastSeen: '2024-07-01T00:00:00.000Z' }),
        capture({ timestamp: '20240501000000', capturedAt: '2024-05-01T00:00:00.000Z', verdict: 'error-page', statuscode: '404' }),
        capture({ timestamp: '20240416000000', capturedAt: '2024-04-16T00:00:00.000Z', waybackUrl: 'javascript:alert(1)' }),
      ],
    });
    panel(found, { onLook, onChoose, selected: 'visit/9' });
    expect(status()).toBe('Compared with the Wayback Machine capture of Jun 1, 2024, 11:30 (Paris time).');
    expect(all('[data-testid=wayback-verdict]').map((v) => v.textContent)).toEqual(['this article', 'an error page (HTTP 404)', 'not checked yet']);
    expect(all('[data-testid=wayback-capture]')[0]?.textContent).toContain('and 2 identical captures until Jul 1, 2024');
    // Only Wayback Machine pages are links.
    expect(all('[data-testid=wayback-link]').map((a) => a.getAttribute('href'))).toEqual([
      'https://web.archive.org/web/20240601093000/https://www.rfi.fr/cn/a/20240415-x',
      'https://web.archive.org/web/20240601093000/https://www.rfi.fr/cn/a/20240415-x',
    ]);
    expect(all('[data-testid=wayback-link]').every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    const compare = all('[data-testid=wayback-compare]') as HTMLButtonElement[];
    expect(compare).toHaveLength(2);
    act(() => compare[0]!.click());
    expect(onChoose).toHaveBeenCalledWith('wayback/2');
    act(() => compare[1]!.click());
    expect(onLook).toHaveBeenCalledWith('20240416000000');
  });

  it('the version picker links a Wayback version to its page', () => {
    const versions = twoVersionReport.match!.versions.map((v, i) => (i === 0 ? { ...v, origin: 'wayback' as const, link: 'https://web.archive.org/web/20230302000000/https://www.rfi.fr/cn/x' } : v));
    show(<VersionPicker versions={versions} selected={versions[1]!.source} onChoose={() => {}} />);
    expect(all('[data-testid=version-link]').map((a) => a.getAttribute('href'))).toEqual(['https://web.archive.org/web/20230302000000/https://www.rfi.fr/cn/x']);
    expect(all('[data-testid=version-origin]').map((o) => o.textContent)).toContain(' · Wayback Machine');
  });
});
