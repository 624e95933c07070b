// @vitest-environment happy-dom
// The labelled file input the options page's export/import controls share.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FileChoice } from '../../components/FileChoice';
import { one, show } from './dom';

const choose = (input: HTMLInputElement, files: File[]) => {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
};

describe('FileChoice', () => {
  it('takes one zip, labelled, and hands it over', () => {
    const onChoose = vi.fn();
    show(<FileChoice label="Import an archive (.zip):" kind="zip" testId="pick" disabled={false} onChoose={onChoose} />);
    const input = one('label > input[data-testid=pick]') as HTMLInputElement;
    expect(one('label')?.textContent).toBe('Import an archive (.zip): ');
    expect(input.accept).toBe('.zip,application/zip');
    expect(input.multiple).toBe(false);
    expect(input.hasAttribute('webkitdirectory')).toBe(false);
    const zip = new File([new Uint8Array([1])], 'a.zip', { type: 'application/zip' });
    choose(input, [zip]);
    expect(onChoose).toHaveBeenCalledWith([zip]);
  });

  it('takes a whole folder, and says nothing when nothing was chosen', () => {
    const onChoose = vi.fn();
    show(<FileChoice label="Folder" kind="folder" testId="pick" disabled={false} onChoose={onChoose} />);
    const input = one('[data-testid=pick]') as HTMLInputElement;
    expect(input.hasAttribute('webkitdirectory')).toBe(true);
    expect(input.hasAttribute('directory')).toBe(true);
    expect(input.multiple).toBe(true);
    expect(input.hasAttribute('accept')).toBe(false);
    const a = new File(['x'], 'a.txt');
    const b = new File(['y'], 'b.txt');
    choose(input, [a, b]);
    expect(onChoose).toHaveBeenCalledWith([a, b]);
    choose(input, []);
    expect(onChoose).toHaveBeenCalledOnce();
  });

  it('is a folder picker where webkitdirectory is a property, as in Chromium and Firefox', () => {
    // happy-dom has no such property (Preact then sets the attribute); browsers define a boolean
    // reflecting the attribute, which Preact sets as a property: an empty string there is false.
    const proto = HTMLInputElement.prototype as unknown as Record<string, unknown>;
    Object.defineProperty(proto, 'webkitdirectory', {
      configurable: true,
      get(this: HTMLInputElement) {
        return this.hasAttribute('webkitdirectory');
      },
      set(this: HTMLInputElement, on: unknown) {
        this.toggleAttribute('webkitdirectory', Boolean(on));
      },
    });
    try {
      show(<FileChoice label="Folder" kind="folder" testId="pick" disabled={false} onChoose={() => {}} />);
      expect((one('[data-testid=pick]') as HTMLInputElement & { webkitdirectory: boolean }).webkitdirectory).toBe(true);
    } finally {
      delete proto.webkitdirectory;
    }
  });

  it('waits while disabled', () => {
    show(<FileChoice label="Folder" kind="folder" testId="pick" disabled onChoose={() => {}} />);
    expect((one('[data-testid=pick]') as HTMLInputElement).disabled).toBe(true);
  });
});
