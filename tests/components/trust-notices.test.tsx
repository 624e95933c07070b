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
    expect(one('[data-testid=status]')?.textContent).toBe('Same as the version of 2023-03-02 21:05 Paris');
    expect(one('[data-testid=same-as-earlier]')?.textContent).toContain('The live text is the same as the version captured 2023-03-02 21:05 Paris');
    const folded = one('[data-testid=folded-changes]') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')?.textContent).toBe('Differences from the version of 2023-03-02 22:15 Paris (4)');
    expect(all('[data-testid=folded-changes] [data-testid=change]')).toHaveLength(4);
  });

  it('shows neither notice nor fold on an ordinary comparison', () => {
    show(<Sidebar report={sampleReport} />);
    expect(one('[data-testid=same-as-earlier]')).toBeNull();
    expect(one('[data-testid=folded-changes]')).toBeNull();
    expect(all('[data-testid=change]')).toHaveLength(4);
  });
});
