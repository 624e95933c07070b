// @vitest-environment happy-dom
// The sidebar's flip-flop, live-blog and possible-earlier notices, on hand-made reports.
import { describe, expect, it } from 'vitest';
import { Sidebar } from '../../components/Sidebar';
import type { Report } from '../../lib/types';
import { all, one, show } from './dom';
import { sampleReport } from './sample-report';

const older = { source: '000_older.txt', archivedAt: Date.UTC(2023, 2, 2, 20, 5), displayedAt: null, title: '测试标题 旧', url: sampleReport.live.url };

describe('flip-flop notice', () => {
  it('says "same as the version of <date>" and folds the edits that were undone', () => {
    const report: Report = { ...sampleReport, changes: { ...sampleReport.changes!, sameAsEarlier: older } };
    show(<Sidebar report={report} />);
    expect(one('[data-testid=status]')?.textContent).toBe('Same as the version of Mar 2, 2023, 21:05 (Paris time)');
    expect(one('[data-testid=same-as-earlier]')?.textContent).toContain('The live text is the same as the version captured Mar 2, 2023, 21:05 (Paris time)');
    const folded = one('[data-testid=folded-changes]') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')?.textContent).toBe('Differences from the version of Mar 2, 2023, 22:15 (Paris time) (4)');
    expect(all('[data-testid=folded-changes] [data-testid=change]')).toHaveLength(4);
  });

  it('shows neither notice nor fold on an ordinary comparison', () => {
    show(<Sidebar report={sampleReport} />);
    expect(one('[data-testid=same-as-earlier]')).toBeNull();
    expect(one('[data-testid=folded-changes]')).toBeNull();
    expect(all('[data-testid=change]')).toHaveLength(4);
  });
});

describe('possible earlier versions', () => {
  const offers = [
    { url: 'http://www.rfi.fr//cn/contenu/20201010-%E5%B7%9D%E6%99%AE', title: '川普首度揭自己曾命危 称抗体疗法救了他', archivedAt: 1602320172000, source: 'v1.md', similarity: 0.59 },
    { url: 'javascript:alert(1)', title: '<b>不是链接</b>', archivedAt: 1602320172000, source: 'evil.md', similarity: 0.51 },
  ];
  const report: Report = { ...sampleReport, match: null, archived: null, changes: null, possibleEarlier: offers };

  it('offers them as "possibly an earlier version", beside "no archived copy", never as the comparison', () => {
    show(<Sidebar report={report} />);
    expect(one('[data-testid=no-archive]')).not.toBeNull();
    expect(one('[data-testid=status]')?.textContent).toBe('Not in the archive');
    const items = all('[data-testid=possible-earlier-item]');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toBe('川普首度揭自己曾命危 称抗体疗法救了他 Oct 10, 2020, 10:56 (Paris time)Possibly an earlier version of this article (similarity 59%)');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe(offers[0]!.url);
  });

  it('never makes a link of a non-rfi.fr URL, and shows archived titles as text', () => {
    show(<Sidebar report={report} />);
    const evil = all('[data-testid=possible-earlier-item]')[1]!;
    expect(evil.querySelector('a')).toBeNull();
    expect(evil.querySelector('b')).toBeNull();
    expect(evil.textContent).toContain('<b>不是链接</b>');
  });

  it('shows nothing when there is no offer', () => {
    show(<Sidebar report={sampleReport} />);
    expect(one('[data-testid=possible-earlier]')).toBeNull();
  });
});

describe('live blog', () => {
  const paragraphs = [
    { status: 'appended' as const, live: '数千名左翼支持者聚集在巴黎共和广场庆祝。', archived: null, liveIndex: 0, archivedIndex: null },
    ...sampleReport.changes!.paragraphs.map((p) => ({ ...p, liveIndex: p.liveIndex === null ? null : p.liveIndex + 1 })),
  ];
  const report: Report = {
    ...sampleReport,
    changes: { ...sampleReport.changes!, paragraphs, summary: { ...sampleReport.changes!.summary, appended: 1 }, liveBlog: { newEntries: 1 } },
  };

  it('counts new entries apart from the edits and labels their paragraphs', () => {
    show(<Sidebar report={report} />);
    expect(one('[data-testid=status]')?.textContent).toBe('1 new entry · headline changed · 1 paragraph edited · 1 added · 1 removed');
    expect(one('[data-testid=live-blog]')?.textContent).toContain('This is a live blog');
    expect(all('[data-testid=change]')).toHaveLength(4);
    const appended = one('[data-testid=paragraph][data-status=appended]');
    expect(appended?.querySelector('.para__label')?.textContent).toBe('New live-blog entry since the capture');
  });
});
