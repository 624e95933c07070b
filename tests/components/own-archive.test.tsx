// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OwnArchivePanel } from '../../components/OwnArchivePanel';
import { Sidebar } from '../../components/Sidebar';
import { VersionPicker } from '../../components/VersionPicker';
import type { OwnArchiveStatus } from '../../lib/store/status';
import type { MatchVersion } from '../../lib/types';
import { all, one, show } from './dom';
import { sampleReport } from './sample-report';

const own = (over: Partial<OwnArchiveStatus> = {}): OwnArchiveStatus => ({
  visits: true,
  firstNotice: false,
  visit: 'stored',
  evicted: 0,
  error: null,
  articleKey: 'rfi.fr/cn/中国/20230302-测试',
  usage: { captures: 3, bytes: 15_000, cap: 200 * 1024 * 1024 },
  ...over,
});
const text = (sel: string) => one(sel)?.textContent ?? null;

describe('OwnArchivePanel', () => {
  it('says plainly, the first time, that visits stay on this computer', () => {
    show(<OwnArchivePanel own={own({ firstNotice: true })} canExport />);
    expect(text('[data-testid=visits-notice]')).toContain('on this computer only: nothing leaves your browser');
    expect(text('[data-testid=visit-outcome]')).toBe('This visit is saved in your archive.');
    expect(text('[data-testid=own-usage]')).toBe('Saved copies: 3, 15 KB of 200.0 MB.');
    show(<OwnArchivePanel own={own()} canExport />);
    expect(one('[data-testid=visits-notice]')).toBeNull();
  });

  it('shows store failures and evictions instead of hiding them', () => {
    show(<OwnArchivePanel own={own({ visit: 'failed', error: 'The browser has no room left', evicted: 2 })} canExport={false} />);
    expect(one('[data-testid=own-error]')?.getAttribute('role')).toBe('alert');
    expect(text('[data-testid=own-error]')).toContain('no room left');
    expect(text('[data-testid=evicted]')).toBe('To stay under the size limit, 2 older copies were removed from your archive.');
    expect(one('[data-testid=export-capture]')).toBeNull();
  });

  it('switches, forgets (all only after a second click) and exports through its handlers', () => {
    const onSetVisits = vi.fn();
    const onForget = vi.fn();
    const onExport = vi.fn();
    show(<OwnArchivePanel own={own()} canExport onSetVisits={onSetVisits} onForget={onForget} onExport={onExport} />);
    act(() => (one('[data-testid=visits-toggle]') as HTMLInputElement).click());
    expect(onSetVisits).toHaveBeenCalledWith(false);
    act(() => (one('[data-testid=forget-article]') as HTMLButtonElement).click());
    expect(onForget).toHaveBeenCalledWith('rfi.fr/cn/中国/20230302-测试');
    act(() => (one('[data-testid=forget-all]') as HTMLButtonElement).click());
    expect(onForget).toHaveBeenCalledTimes(1);
    expect(text('[data-testid=forget-all]')).toContain('Click again to confirm');
    act(() => (one('[data-testid=forget-all]') as HTMLButtonElement).click());
    expect(onForget).toHaveBeenLastCalledWith(null);
    for (const kind of ['capture', 'report-md', 'report-json']) act(() => (one(`[data-testid=export-${kind}]`) as HTMLButtonElement).click());
    expect(onExport.mock.calls.map((c) => c[0])).toEqual(['capture', 'report-md', 'report-json']);
  });

  it('sits in the sidebar only when a store answered', () => {
    show(<Sidebar report={sampleReport} />);
    expect(one('[data-testid=own-archive]')).toBeNull();
    show(<Sidebar report={sampleReport} own={own()} />);
    expect(one('[data-testid=own-archive]')).not.toBeNull();
  });
});

it('the version picker labels every version by its source', () => {
  const v = (source: string, at: number, origin?: MatchVersion['origin']): MatchVersion => ({ source, archivedAt: at, displayedAt: null, title: 't', url: 'u', ...(origin ? { origin } : {}) });
  show(<VersionPicker versions={[v('a.txt', 1), v('visit/2-x', 2, 'visit'), v('watch/3-y', 3, 'watch')]} selected="watch/3-y" />);
  expect(all('[data-testid=version-origin]').map((e) => e.textContent)).toEqual([' · watched', ' · your visit', ' · bundled archive']);
});
