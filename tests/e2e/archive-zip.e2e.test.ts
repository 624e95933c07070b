// Export and import of the whole store in real browsers, through the options page's own controls:
// one visit stored, "Export my archive (.zip)" (the Blob link's zip kept by the test), the store
// emptied ("Forget all my visits"), the same zip chosen in "Import an archive (.zip)", and the next
// visit finds its capture back (nothing new to save). Team fixture: tests/fixtures/pages/cn-2025-mini.html.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { eachBrowser, SHOTS } from './support/browsers';
import { poll, type SidebarPage } from './support/driver';

const PAGE = {
  url: 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4',
  html: readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8'),
};

const text = (page: SidebarPage, sel: string) => page.evaluateWith((s) => document.querySelector(s)?.textContent ?? null, sel);
const waitText = async (page: SidebarPage, sel: string, what: string) => {
  await poll(async () => (await text(page, sel)) !== null, 15_000, what);
  return text(page, sel);
};

eachBrowser((b, driver) => {
  it('exports the store as a zip, and the zip imported into the emptied store brings the capture back', async () => {
    const visit = await driver().open(PAGE);
    await visit.waitFor('[data-testid=visit-outcome][data-outcome=stored]');
    await visit.close();

    const options = await driver().openExtension('/options.html');
    await poll(() => options.evaluate(() => document.querySelector('[data-testid=export-archive]') !== null), 10_000, 'the options page');
    // Keep the Blob link's URL instead of letting the browser save a file (no download prompt in tests).
    await options.evaluate(() => {
      const w = window as unknown as { exported?: string };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.exported = this.href;
      };
    });
    await options.evaluate(() => (document.querySelector('[data-testid=export-archive]') as HTMLButtonElement).click());
    const exported = await waitText(options, '[data-testid=transfer-result]', 'the export');
    expect(exported).toMatch(/^Exported 1 saved copy to rfi-lens-archive-\d{4}-\d\d-\d\d\.zip\.$/);
    expect(await options.evaluate(() => (window as unknown as { exported?: string }).exported?.startsWith('blob:'))).toBe(true);

    // Empty the store, asked twice.
    await options.evaluate(() => (document.querySelector('[data-testid=forget-all]') as HTMLButtonElement).click());
    await options.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    await options.evaluate(() => (document.querySelector('[data-testid=forget-all]') as HTMLButtonElement).click());
    expect(await waitText(options, '[data-testid=own-message]', 'forgotten')).toBe('Saved visits forgotten: 1.');

    // Choose the exported zip in the file input, as a reader would.
    await options.evaluate(async () => {
      const url = (window as unknown as { exported: string }).exported;
      const file = new File([await (await fetch(url)).blob()], 'rfi-lens-archive.zip', { type: 'application/zip' });
      const input = document.querySelector('[data-testid=import-archive]') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await poll(async () => /^Import/.test((await text(options, '[data-testid=transfer-result] p')) ?? ''), 15_000, 'the import');
    expect(await text(options, '[data-testid=transfer-result] p')).toBe('Import done: 1 new, 0 already in your archive.');
    expect(await options.evaluate(() => document.querySelector('[data-testid=transfer-errors]'))).toBeNull();
    await options.evaluate(() => document.querySelector('[data-testid=transfer-result]')?.scrollIntoView({ block: 'center' }));
    await options.screenshot(resolve(SHOTS, `${b.label}-options-import.png`));
    await options.close();

    // The capture is back: the same text again is nothing new to save.
    const again = await driver().open(PAGE);
    await again.waitFor('[data-testid=visit-outcome][data-outcome=unchanged]');
    await again.close();
  });
});
