// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../components/Sidebar';
import { sampleReport } from './sample-report';
import { all, container, one, show } from './dom';


describe('Sidebar', () => {
  it('shows title, metadata live beside archived, flagged when they differ', () => {
    show(<Sidebar report={sampleReport} />);
    expect(one('[data-testid=title]')?.textContent).toBe('测试标题 新');
    expect(one('[data-testid=meta-title-live]')?.textContent).toBe('测试标题 新');
    expect(one('[data-testid=meta-title-archived]')?.textContent).toBe('测试标题 旧');
    expect(one('[data-testid=meta-title]')?.getAttribute('data-differs')).toBe('true');
    expect(one('[data-testid=meta-title]')?.textContent).toContain('changed');
    expect(one('[data-testid=meta-authors]')?.getAttribute('data-differs')).toBe('false');
    // Equal values are shown once, across both columns.
    expect(one('[data-testid=meta-authors-live]')?.parentElement?.getAttribute('colspan')).toBe('2');
    expect(one('[data-testid=meta-authors-archived]')).toBeNull();
    expect(one('[data-testid=meta-published-live]')?.textContent).toBe('Mar 2, 2023, 21:57 (Paris time)');
  });

  it('groups entities by type, most mentioned first, and finds one on click', () => {
    const onFind = vi.fn();
    show(<Sidebar report={sampleReport} onFindEntity={onFind} />);
    const people = all('[data-testid=entity][data-type=PER]').map((e) => e.getAttribute('data-text'));
    expect(people).toEqual(['布林肯', '拉夫罗夫']);
    expect(all('[data-testid=entity][data-type=LOC]').length).toBe(1);
    act(() => (all('[data-testid=entity]')[0] as HTMLElement).click());
    expect(onFind).toHaveBeenCalledWith(sampleReport.entities[0]);
  });

  it('shows each paragraph with its status in words and archived text as text, never markup', () => {
    show(<Sidebar report={sampleReport} />);
    expect(all('[data-testid=paragraph]').map((p) => p.getAttribute('data-status'))).toEqual(['unchanged', 'changed', 'removed', 'added']);
    expect(one('[data-status=removed]')?.textContent).toContain('Removed since the capture');
    expect(one('[data-status=removed] del')?.textContent).toBe('<script>alert(1)</script>被删的一段。');
    expect(container().querySelector('script')).toBeNull();
    expect(one('[data-status=changed] del')?.textContent).toBe('第二段说10分钟。');
    expect(one('[data-status=changed] ins')?.textContent).toBe('第二段说15分钟。');
    expect(one('[data-testid=change-summary]')?.textContent).toBe('headline changed · 1 paragraph edited · 1 added · 1 removed');
  });

  it('filters to the changes only', () => {
    show(<Sidebar report={sampleReport} />);
    const box = one('.archive__filter input') as HTMLInputElement;
    act(() => box.click());
    expect(all('[data-testid=paragraph]').map((p) => p.getAttribute('data-status'))).toEqual(['changed', 'removed', 'added']);
  });

  it('collapses to a tab with the change count, reopens, and Esc collapses', () => {
    show(<Sidebar report={sampleReport} />);
    act(() => (one('[data-testid=collapse]') as HTMLElement).click());
    expect(one('[data-testid=sidebar]')).toBeNull();
    // The same figure as the toolbar badge: headline + edited + removed + added paragraph.
    expect(one('[data-testid=open] .tab__count')?.textContent).toBe('4');
    act(() => (one('[data-testid=open]') as HTMLElement).click());
    expect(one('[data-testid=sidebar]')).not.toBeNull();
    act(() => {
      one('[data-testid=sidebar]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(one('[data-testid=sidebar]')).toBeNull();
  });

  it('says plainly when there is no archived copy, still showing metadata and names', () => {
    show(<Sidebar report={{ ...sampleReport, match: null, archived: null, changes: null }} />);
    expect(one('[data-testid=no-archive]')?.textContent).toContain('No archived copy');
    expect(one('[data-testid=status]')?.textContent).toBe('Not in the archive');
    expect(one('[data-testid=meta-title-archived]')).toBeNull();
    expect(all('[data-testid=entity]').length).toBe(4);
  });

  it('names what could not be read, and shows a background failure', () => {
    show(<Sidebar report={{ ...sampleReport, liveWarnings: [{ code: 'missing-lead', field: 'lead', message: 'no lead' }] }} />);
    expect(one('[data-testid=warnings]')).toBeNull(); // a missing lead is normal (wire copy)
    show(<Sidebar report={{ ...sampleReport, liveWarnings: [{ code: 'missing-title', field: 'title', message: 'no title' }] }} />);
    expect(one('[data-testid=warnings]')?.textContent).toContain('Could not read from this page: Title.');
    show(<Sidebar report={null} error="corpus index missing from the package (404)" />);
    expect(one('[data-testid=error]')?.textContent).toContain('corpus index missing');
  });
});
