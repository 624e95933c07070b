// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../components/Sidebar';
import { VersionPicker } from '../../components/VersionPicker';
import { sampleReport, twoVersionReport } from './sample-report';
import { all, container, show } from './dom';

const inputs = () => all('[data-testid=version-input]') as HTMLInputElement[];

describe('VersionPicker', () => {
  const versions = twoVersionReport.match!.versions;

  it('lists every stored version newest first, with its capture time, the compared one checked', () => {
    show(<VersionPicker versions={versions} selected="000_test.txt" onChoose={() => {}} />);
    expect(all('[data-testid=version]').map((v) => v.getAttribute('data-source'))).toEqual(['000_test.txt', '000_older.txt']);
    expect(all('[data-testid=version] time').map((t) => t.textContent)).toEqual(['Mar 2, 2023, 22:15 (Paris time)', 'Mar 2, 2023, 21:05 (Paris time)']);
    expect(all('[data-testid=version]')[0]?.textContent).toContain('newest');
    // Only a headline that differs from the newest one is repeated.
    expect(all('.versions__title').map((t) => t.textContent)).toEqual([' · 测试标题 更旧']);
    expect(inputs().map((i) => i.checked)).toEqual([true, false]);
    expect(container().querySelector('legend')?.textContent).toBe('Compare with (2 versions stored)');
  });

  it('is one native radio group (arrow keys move within it) and reports the chosen source', () => {
    const onChoose = vi.fn();
    show(<VersionPicker versions={versions} selected="000_test.txt" onChoose={onChoose} />);
    expect(new Set(inputs().map((i) => `${i.type}:${i.name}`))).toEqual(new Set(['radio:rfi-lens-version']));
    expect(inputs().every((i) => !i.disabled)).toBe(true);
    act(() => inputs()[1]!.click());
    expect(onChoose).toHaveBeenCalledWith('000_older.txt');
    expect(onChoose).toHaveBeenCalledTimes(1);
  });

  it('says nothing for a single version and is read-only without a handler', () => {
    show(<VersionPicker versions={versions.slice(1)} selected="000_test.txt" onChoose={() => {}} />);
    expect(all('[data-testid=versions]')).toHaveLength(0);
    show(<VersionPicker versions={versions} selected="000_test.txt" />);
    expect(inputs().every((i) => i.disabled)).toBe(true);
  });
});

describe('Sidebar with versions', () => {
  it('puts the picker in the Archive section above the archived text and passes the choice on', () => {
    const onChoose = vi.fn();
    show(<Sidebar report={twoVersionReport} onChooseVersion={onChoose} />);
    const picker = container().querySelector('[data-testid=versions]')!;
    const archive = container().querySelector('[data-testid=archive]')!;
    expect(picker.parentElement).toBe(archive.parentElement);
    expect(picker.compareDocumentPosition(archive) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    act(() => inputs()[1]!.click());
    expect(onChoose).toHaveBeenCalledWith('000_older.txt');
  });

  it('checks the version the report compares with, and shows no picker for one version', () => {
    const olderChosen = { ...twoVersionReport, archived: { ...twoVersionReport.archived!, source: '000_older.txt' } };
    show(<Sidebar report={olderChosen} onChooseVersion={() => {}} />);
    expect(inputs().map((i) => i.checked)).toEqual([false, true]);
    show(<Sidebar report={sampleReport} onChooseVersion={() => {}} />);
    expect(all('[data-testid=versions]')).toHaveLength(0);
  });
});
