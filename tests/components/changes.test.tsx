// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ChangeList } from '../../components/ChangeList';
import { ChangeSummary } from '../../components/ChangeSummary';
import { DiffText } from '../../components/DiffText';
import { PopupView } from '../../components/PopupView';
import { Sidebar } from '../../components/Sidebar';
import { compareArticles } from '../../lib/diff/compare';
import { tabSummary } from '../../lib/diff/summary-line';
import { changeTargets } from '../../lib/diff/targets';
import type { Article, Report } from '../../lib/types';
import { all, one, show } from './dom';
import { testArticle } from '../support/article';


const P = [
  '美国国务卿布林肯周四在斯德哥尔摩与俄罗斯外长拉夫罗夫会面，会面持续了10分钟。',
  '双方都没有对媒体发表声明。<b>不是标记</b>',
  '拉夫罗夫随后表示，俄罗斯不会在北约东扩问题上让步，并指责西方国家煽动紧张局势。',
  '布林肯则警告说，如果俄罗斯对乌克兰采取军事行动，将面临严重后果。',
  '欧洲安全与合作组织的部长级会议当天在瑞典首都举行，来自五十多个国家的代表出席。',
];
const article = (title: string, paragraphs: string[], modified: string | null = null): Article =>
  testArticle(paragraphs, { title, published: '2023-03-02T20:57:00.000Z', modified });
const archived = { ...article('布林肯与拉夫罗夫在峰会间隙短暂会面', P), archivedAt: Date.parse('2023-03-02T21:30:00Z'), displayedAt: null, rawTitle: '', source: 'x.txt' };
// Headline rewritten, paragraph 0 edited (10 → 15), paragraph 1 removed, paragraph 4 moved to the top, one added.
const live = article('西方与俄罗斯在二十国集团外长会上各说各话', [P[4]!, P[0]!.replace('10分钟', '15分钟'), P[2]!, P[3]!, '编辑补充：会后双方均未发表联合声明。']);
const changes = compareArticles(live, archived);
const report: Report = { live, liveWarnings: [], match: null, archived, entities: [], changes, possibleEarlier: [] };

describe('DiffText', () => {
  it('strikes deletions and underlines insertions, with words for screen readers', () => {
    show(<DiffText spans={[{ op: 'equal', text: '会面持续了' }, { op: 'delete', text: '10' }, { op: 'insert', text: '15' }, { op: 'equal', text: '分钟' }]} />);
    expect(one('del')?.textContent).toBe('[deleted: 10]');
    expect(one('ins')?.textContent).toBe('[inserted: 15]');
    expect(one('del .sr')?.textContent).toBe('[deleted: ');
    expect(one('[data-testid=diff]')?.textContent).toBe('会面持续了[deleted: 10][inserted: 15]分钟');
  });

  it('shows a rewrite as Before → After', () => {
    show(<DiffText spans={[{ op: 'delete', text: '旧标题' }, { op: 'insert', text: '新标题' }]} rewritten />);
    expect(one('[data-testid=diff]')?.getAttribute('data-rewritten')).toBe('true');
    expect(one('.diff__before')?.textContent).toBe('Before: 旧标题');
    expect(one('.diff__after')?.textContent).toBe('After: 新标题');
  });
});

describe('ChangeSummary and ChangeList', () => {
  it('says in one line what changed, then lists each change in reading order', () => {
    show(<ChangeSummary changes={changes} />);
    expect(one('[data-testid=change-summary]')?.textContent).toBe('headline rewritten · 1 paragraph edited · 1 added · 1 removed · 1 moved');
    expect(one('[data-testid=silent-edit]')?.textContent).toContain('no modification time');
  });

  it('gives every change its diff and a control that jumps to it', () => {
    const onJump = vi.fn();
    show(<ChangeList targets={changeTargets(changes)} onJump={onJump} />);
    expect(all('[data-testid=change]').map((c) => c.getAttribute('data-kind'))).toEqual(['headline', 'moved', 'changed', 'removed', 'added']);
    const edited = one('[data-kind=changed]');
    expect(edited?.querySelector('del')?.textContent).toBe('[deleted: 10]');
    expect(edited?.querySelector('ins')?.textContent).toBe('[inserted: 15]');
    expect(one('[data-kind=moved]')?.textContent).toContain('was paragraph 5');
    // Archived text is text, never markup.
    expect(one('[data-kind=removed] del')?.textContent).toContain('<b>不是标记</b>');
    expect(one('[data-kind=removed] b')).toBeNull();
    act(() => (all('[data-testid=jump-to]')[2] as HTMLElement).click());
    expect(onJump).toHaveBeenCalledWith(2);
  });

  it('shows nothing when nothing changed', () => {
    show(<ChangeList targets={[]} />);
    expect(one('[data-testid=change-list]')).toBeNull();
  });
});

describe('Sidebar jump controls', () => {
  it('offers previous/next change and reports collapsing', () => {
    const onJump = vi.fn();
    const onCollapsedChange = vi.fn();
    act(() => show(<Sidebar report={report} onJump={onJump} onCollapsedChange={onCollapsedChange} />));
    expect(onCollapsedChange).toHaveBeenLastCalledWith(false);
    act(() => (one('[data-testid=jump-next]') as HTMLElement).click());
    act(() => (one('[data-testid=jump-previous]') as HTMLElement).click());
    expect(onJump.mock.calls).toEqual([['next'], ['previous']]);
    act(() => (one('[data-testid=collapse]') as HTMLElement).click());
    expect(onCollapsedChange).toHaveBeenLastCalledWith(true);
  });
});

describe('PopupView', () => {
  it('summarises the tab: line, silent edit, first changes', () => {
    show(<PopupView summary={tabSummary(report)} />);
    expect(one('[data-testid=popup-line]')?.textContent).toBe('headline rewritten · 1 paragraph edited · 1 added · 1 removed · 1 moved');
    expect(all('.popup__items li').map((li) => li.textContent?.split(':')[0])).toEqual(['Headline', 'Moved', 'Edited', 'Removed', 'Added']);
    expect(one('.popup__silent')).not.toBeNull();
  });

  it('says when no article was compared in the tab', () => {
    show(<PopupView summary={null} />);
    expect(one('[data-testid=popup-empty]')?.textContent).toContain('No RFI article');
  });
});
