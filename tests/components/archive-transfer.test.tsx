// @vitest-environment happy-dom
// The options page's export / import controls: the actions, and every outcome said in words.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveTransfer } from '../../components/ArchiveTransfer';
import { translatorFor } from '../support/i18n';
import { all, one, show } from './dom';

describe('ArchiveTransfer', () => {
  it('exports on the button and imports the chosen file', () => {
    const onExport = vi.fn();
    const onImport = vi.fn();
    show(<ArchiveTransfer onExport={onExport} onImport={onImport} />);
    const button = one('[data-testid=export-archive]') as HTMLButtonElement;
    expect(button.textContent).toBe('Export my archive (.zip)');
    act(() => button.click());
    expect(onExport).toHaveBeenCalledOnce();
    const input = one('[data-testid=import-archive]') as HTMLInputElement;
    const file = new File([new Uint8Array([1])], 'a.zip', { type: 'application/zip' });
    Object.defineProperty(input, 'files', { value: [file] });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onImport).toHaveBeenCalledWith(file);
    expect(one('[data-testid=transfer-result]')).toBeNull();
  });

  it('says what an export and an import did, and lists each rejected file', () => {
    show(<ArchiveTransfer onExport={() => {}} onImport={() => {}} result={{ kind: 'exported', captures: 3, fileName: 'rfi-lens-archive-2025-11-30.zip' }} />);
    expect(one('[data-testid=transfer-result]')?.textContent).toBe('Exported 3 saved copies to rfi-lens-archive-2025-11-30.zip.');
    show(<ArchiveTransfer onExport={() => {}} onImport={() => {}} result={{ kind: 'imported', stored: 2, skipped: 1, errors: ['bad.txt:1: expected `<!--epoch ms-->` timestamp line'] }} />);
    expect(one('[data-testid=transfer-result] p')?.textContent).toBe('Import done: 2 new, 1 already in your archive.');
    expect(all('[data-testid=transfer-errors] li').map((li) => li.textContent)).toEqual(['bad.txt:1: expected `<!--epoch ms-->` timestamp line']);
    expect(one('[data-testid=transfer-evicted]')).toBeNull();
    show(<ArchiveTransfer onExport={() => {}} onImport={() => {}} result={{ kind: 'imported', stored: 4, skipped: 0, errors: [], evicted: 2 }} />);
    expect(one('[data-testid=transfer-evicted]')?.textContent).toBe('To stay under the size limit, 2 older copies were removed from your archive.');
  });

  it('shows a failure and its reasons, and waits while busy', () => {
    show(<ArchiveTransfer onExport={() => {}} onImport={() => {}} busy result={{ kind: 'failed', error: 'zip: invalid zip data', errors: ['x.txt: no parser'] }} />);
    expect(one('[data-testid=transfer-result] p')?.textContent).toBe('The archive could not be moved: zip: invalid zip data');
    expect(all('[data-testid=transfer-errors] li')).toHaveLength(1);
    expect((one('[data-testid=export-archive]') as HTMLButtonElement).disabled).toBe(true);
    expect((one('[data-testid=import-archive]') as HTMLInputElement).disabled).toBe(true);
  });

  it('speaks French and Traditional Chinese', () => {
    show(<ArchiveTransfer onExport={() => {}} onImport={() => {}} result={{ kind: 'exported', captures: 1, fileName: 'f.zip' }} />, translatorFor('fr'));
    expect(one('[data-testid=export-archive]')?.textContent).toBe('Exporter mon archive (.zip)');
    expect(one('[data-testid=transfer-result]')?.textContent).toBe('1 copie enregistrée exportée dans f.zip.');
    show(<ArchiveTransfer onExport={() => {}} onImport={() => {}} result={{ kind: 'imported', stored: 1, skipped: 0, errors: [] }} />, translatorFor('zh_TW'));
    expect(one('[data-testid=export-archive]')?.textContent).toBe('匯出我的存檔（.zip）');
    expect(one('[data-testid=transfer-result]')?.textContent).toBe('匯入完成：新增 1 份，0 份已在你的存檔中。');
  });
});
