// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { WatchControl } from '../../components/WatchControl';
import { WatchedList } from '../../components/WatchedList';
import { Sidebar } from '../../components/Sidebar';
import type { WatchItem, WatchList } from '../../lib/watch/view';
import { translatorFor } from '../support/i18n';
import { sampleReport } from './sample-report';
import { all, one, show } from './dom';

const AT = Date.parse('2025-11-30T10:00:00Z');
const item = (over: Partial<WatchItem> = {}): WatchItem => ({
  url: 'https://www.rfi.fr/cn/政治/20251130-a',
  title: '台湾增加国防开支',
  edition: 'cn',
  origin: 'reader',
  startedAt: AT,
  active: true,
  nextReadAt: AT + 3_600_000,
  last: null,
  lastEditAt: null,
  edits: 0,
  unseen: false,
  ...over,
});

describe('WatchControl', () => {
  it('offers to watch an unwatched article and says what watching does', () => {
    const onToggle = vi.fn();
    show(<WatchControl item={null} onToggle={onToggle} />);
    expect(one('[data-testid=watch-toggle]')?.textContent).toBe('Watch this article');
    expect(one('.watch__help')?.textContent).toContain('hourly on its first day');
    act(() => (one('[data-testid=watch-toggle]') as HTMLButtonElement).click());
    expect(onToggle).toHaveBeenCalledWith(true);
  });

  it('shows a watched article: since when, the next check, the last read and an unseen edit', () => {
    const onToggle = vi.fn();
    const edited = { kind: 'edited' as const, at: AT + 3_600_000, status: 200, detail: null };
    show(<WatchControl item={item({ last: edited, lastEditAt: edited.at, edits: 1, unseen: true })} onToggle={onToggle} />);
    expect(one('[data-testid=watch-toggle]')?.textContent).toBe('Stop watching');
    expect(one('[data-testid=watch-status]')?.textContent).toBe('Watching since Nov 30, 2025, 11:00 (Paris time). Next check Nov 30, 2025, 12:00 (Paris time).');
    expect(one('[data-testid=watch-last]')?.textContent).toBe('edited, found Nov 30, 2025, 12:00 (Paris time)');
    expect(one('[data-testid=watch-edit]')?.textContent).toBe('Edited since you read it');
    act(() => (one('[data-testid=watch-toggle]') as HTMLButtonElement).click());
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('says why a watch ended: the article is gone', () => {
    show(<WatchControl item={item({ active: false, nextReadAt: null, last: { kind: 'gone', at: AT, status: 404, detail: null } })} onToggle={() => {}} />);
    expect(one('[data-testid=watch-status]')?.textContent).toBe('Watch ended: removed from rfi.fr (HTTP 404)');
  });

  it('speaks the reader\'s language, outcome included', () => {
    const gone = item({ active: false, nextReadAt: null, last: { kind: 'gone', at: AT, status: 404, detail: null } });
    show(<WatchControl item={gone} onToggle={() => {}} />, translatorFor('zh_TW'));
    expect(one('[data-testid=watch-status]')?.textContent).toBe('追蹤已結束：已從 rfi.fr 刪除（HTTP 404）');
    expect(one('[data-testid=watch-toggle]')?.textContent).toBe('停止追蹤');
    show(<WatchControl item={gone} onToggle={() => {}} />, translatorFor('fr'));
    expect(one('[data-testid=watch-status]')?.textContent).toBe('Suivi terminé : retiré de rfi.fr (HTTP 404)');
  });

  it('sits in the sidebar slot under the headline', () => {
    show(<Sidebar report={sampleReport} watch={<WatchControl item={null} onToggle={() => {}} />} />);
    expect(one('[data-testid=title] + [data-testid=watch]')).not.toBeNull();
  });
});

describe('WatchedList', () => {
  const list: WatchList = {
    watched: [item({ lastEditAt: AT, edits: 2, unseen: true }), item({ url: 'https://www.rfi.fr/cn/中国/20251129-b', title: '香港大火', last: { kind: 'unchanged', at: AT, status: 200, detail: null } })],
    followed: [{ edition: 'cn', since: AT, lastReadAt: AT, last: null }],
    editionEdits: [item({ url: 'https://www.rfi.fr/cn/国际/20251130-c', title: '新文章乙', origin: 'edition', lastEditAt: AT, edits: 1, unseen: true })],
    unseen: 2,
    notify: false,
  };

  it('lists watched articles with their last change, the followed editions and their edited articles', () => {
    show(<WatchedList list={list} onFollow={() => {}} onNotify={() => {}} />);
    expect(all('[data-testid=watched-item]').map((li) => li.textContent)).toEqual([
      '台湾增加国防开支 Edited since you read itLast edited Nov 30, 2025, 11:00 (Paris time)',
      '香港大火unchanged at Nov 30, 2025, 11:00 (Paris time)',
    ]);
    expect((one('[data-testid=follow-cn]') as HTMLInputElement).checked).toBe(true);
    expect((one('[data-testid=follow-tw]') as HTMLInputElement).checked).toBe(false);
    expect(all('[data-testid=edition-edit]').map((li) => li.getAttribute('data-url'))).toEqual(['https://www.rfi.fr/cn/国际/20251130-c']);
  });

  it('follows an edition and turns notifications on through its callbacks', () => {
    const onFollow = vi.fn();
    const onNotify = vi.fn();
    show(<WatchedList list={list} onFollow={onFollow} onNotify={onNotify} />);
    act(() => (one('[data-testid=follow-tw]') as HTMLInputElement).click());
    act(() => (one('[data-testid=notify]') as HTMLInputElement).click());
    expect(onFollow).toHaveBeenCalledWith('tw', true);
    expect(onNotify).toHaveBeenCalledWith(true);
  });
});
