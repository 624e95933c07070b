// @vitest-environment happy-dom
// The options page's own-archive part: the switch and "forget all" (asked twice), in the reader's language.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OwnArchiveOptions } from '../../components/OwnArchiveOptions';
import { translatorFor } from '../support/i18n';
import { one, show } from './dom';

describe('OwnArchiveOptions', () => {
  it('switches visits and forgets all only on the second click', () => {
    const onSetVisits = vi.fn();
    const onForgetAll = vi.fn();
    show(<OwnArchiveOptions visits onSetVisits={onSetVisits} onForgetAll={onForgetAll} message="Saved visits forgotten: 3." />);
    expect((one('[data-testid=visits-toggle]') as HTMLInputElement).checked).toBe(true);
    act(() => (one('[data-testid=visits-toggle]') as HTMLInputElement).click());
    expect(onSetVisits).toHaveBeenCalledWith(false);
    const forget = one('[data-testid=forget-all]') as HTMLButtonElement;
    expect(forget.textContent).toBe('Forget all my visits');
    act(() => forget.click());
    expect(onForgetAll).not.toHaveBeenCalled();
    expect(forget.textContent).toBe('Really forget all your visits? Click again to confirm.');
    act(() => forget.click());
    expect(onForgetAll).toHaveBeenCalledOnce();
    expect(one('[data-testid=own-message]')?.textContent).toBe('Saved visits forgotten: 3.');
  });

  it('sets the size cap in MB, refusing what is not a size', () => {
    const onSetCap = vi.fn();
    show(<OwnArchiveOptions visits onSetVisits={() => {}} onForgetAll={() => {}} capMb={200} onSetCap={onSetCap} />);
    const input = one('[data-testid=cap-mb]') as HTMLInputElement;
    expect(input.value).toBe('200');
    expect(input.closest('label')?.textContent).toBe('Size limit of your archive, in MB (past it, the oldest of your own copies are removed): ');
    for (const [typed, called] of [['50', 50], ['abc', null], ['3', null]] as const) {
      onSetCap.mockClear();
      input.value = typed;
      act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      if (called === null) {
        expect(onSetCap).not.toHaveBeenCalled();
        expect(input.value).toBe('200');
      } else expect(onSetCap).toHaveBeenCalledWith(called);
    }
  });

  it('speaks French and Simplified Chinese', () => {
    show(<OwnArchiveOptions visits={false} onSetVisits={() => {}} onForgetAll={() => {}} />, translatorFor('fr'));
    expect(one('h3')?.textContent).toBe('Votre archive');
    expect(one('[data-testid=forget-all]')?.textContent).toBe('Oublier toutes mes visites');
    show(<OwnArchiveOptions visits={false} onSetVisits={() => {}} onForgetAll={() => {}} />, translatorFor('zh_CN'));
    expect(one('h3')?.textContent).toBe('你的存档');
  });
});
