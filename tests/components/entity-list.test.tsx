// @vitest-environment happy-dom
// The entity list: groups by type with counts, added / removed in words against the archive,
// and "n of m" after a click (the page highlighting itself is tested in tests/e2e/entities).
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EntityList } from '../../components/EntityList';
import type { ReportEntity } from '../../lib/types';
import { all, one, show } from './dom';


const entities: ReportEntity[] = [
  { text: '纳瓦尔尼', type: 'PER', count: 9, aliases: ['Alexei Navalny'], inLive: true, inArchive: false, mentions: [] },
  { text: '纳瓦尼', type: 'PER', count: 8, aliases: [], inLive: false, inArchive: true, mentions: [] },
  { text: '柏林', type: 'LOC', count: 2, aliases: [], inLive: true, inArchive: true, mentions: [] },
  { text: '克里姆林宫', type: 'ORG', count: 3, aliases: [], inLive: true, inArchive: true, mentions: [] },
];

describe('EntityList', () => {
  it('marks names added and removed since the capture in words, not colour alone', () => {
    show(<EntityList entities={entities} />);
    expect(all('[data-testid=entity]').map((e) => [e.getAttribute('data-text'), e.getAttribute('data-change')])).toEqual([
      ['纳瓦尔尼', 'added'], ['纳瓦尼', 'removed'], ['柏林', 'same'], ['克里姆林宫', 'same'],
    ]);
    expect(all('[data-testid=entity-change]').map((e) => e.textContent)).toEqual([' (added)', ' (removed)']);
    expect(one('[data-text=纳瓦尼] del')?.textContent).toBe('纳瓦尼');
    expect(one('[data-text=纳瓦尔尼] ins')?.textContent).toBe('纳瓦尔尼');
    expect(one('[data-testid=entity-changes]')?.textContent).toBe('Names since the capture: 1 added, 1 removed.');
  });

  it('shows no added/removed marks when there is no archived copy', () => {
    show(<EntityList entities={entities.map((e) => ({ ...e, inLive: true, inArchive: false }))} />);
    expect(all('[data-testid=entity-change]')).toEqual([]);
    expect(one('[data-testid=entity-changes]')).toBeNull();
  });

  it('says which mention is shown after a click, and when a name is not on the live page', () => {
    let n = 0;
    const onFind = vi.fn((e: ReportEntity) => (e.inLive === false ? { index: 0, total: 0 } : { index: n++, total: 9 }));
    show(<EntityList entities={entities} onFind={onFind} />);
    act(() => (one('[data-text=纳瓦尔尼]') as HTMLElement).click());
    expect(one('[data-testid=entity-where]')?.textContent).toBe(' 1 of 9');
    expect(one('[data-text=纳瓦尔尼]')?.getAttribute('aria-pressed')).toBe('true');
    act(() => (one('[data-text=纳瓦尔尼]') as HTMLElement).click());
    expect(one('[data-testid=entity-where]')?.textContent).toBe(' 2 of 9');
    act(() => (one('[data-text=纳瓦尼]') as HTMLElement).click());
    expect(all('[data-testid=entity-where]').map((e) => e.textContent)).toEqual([' not on the live page']);
    expect(onFind).toHaveBeenCalledTimes(3);
  });
});
