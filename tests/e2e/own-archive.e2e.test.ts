// The reader's own archive in real browsers: the real 2025 article (not in the bundled corpus)
// served twice at its own URL, the second time with one paragraph edited. The first visit is
// stored (and said so, plainly, once); the second shows the edit against "your visit", after the
// background restarted in between (Chromium: the extension reloaded; the store is IndexedDB).
// Without ../shared the team fixture tests/fixtures/pages/cn-2025-mini.html is served instead.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { HAS_SHARED, readShared, REPO_ROOT } from '../support/shared';
import { eachBrowser, SHOTS } from './support/browsers';
import type { Served } from './support/driver';

const REAL = {
  url: 'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE%E5%A2%9E%E5%8A%A0400%E4%BA%BF%E7%BE%8E%E5%85%83%E5%9B%BD%E9%98%B2%E5%BC%80%E6%94%AF-%E5%8A%A0%E9%80%9F%E9%83%A8%E7%BD%B2t-dome%E9%98%B2%E7%A9%BA%E7%B3%BB%E7%BB%9F',
  html: () => readShared('pages', 'cn-article-2025.html'),
  paragraph: '与以色列的“铁穹”防御系统相比',
  before: '10月10日',
  after: '10月12日',
};
const MINI = {
  url: 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4',
  html: () => readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8'),
  paragraph: '目前巴黎地铁在凌晨一点左右停止运行',
  before: '凌晨一点',
  after: '凌晨两点',
};
const CASE = HAS_SHARED ? REAL : MINI;

/** The page as first read, and with one word of one paragraph edited (only inside that paragraph). */
function pages(): { first: Served; edited: Served } {
  const html = CASE.html();
  const at = html.indexOf(CASE.paragraph);
  if (at < 0 || !html.slice(at).includes(CASE.before)) throw new Error('the page no longer holds the paragraph this test edits');
  const edited = html.slice(0, at) + html.slice(at).replace(CASE.before, CASE.after);
  return { first: { url: CASE.url, html }, edited: { url: CASE.url, html: edited } };
}

eachBrowser((b, driver) => {
  it('stores the first visit, then shows the edit since "your visit" (background restarted between)', async () => {
    const { first, edited } = pages();
    const one = await driver().open(first);
    await one.waitFor('[data-testid=visit-outcome][data-outcome=stored]');
    expect(await one.texts('[data-testid=status]')).toEqual(['Not in the archive']);
    expect((await one.texts('[data-testid=visits-notice]'))[0]).toContain('nothing leaves your browser');
    await one.inRoot('sidebar', (root, [sel, block]) => root.querySelector(sel)?.scrollIntoView({ block }), ['[data-testid=own-archive]', 'start'] as [string, ScrollLogicalPosition]);
    await one.screenshot(resolve(SHOTS, `${b.label}-own-visit-1.png`));
    await one.close();

    await driver().restartBackground?.();

    const two = await driver().open(edited);
    await two.waitFor('[data-testid=paragraph][data-status=changed]');
    expect(await two.attrs('[data-testid=archived-origin]', 'data-origin')).toEqual(['visit']);
    expect((await two.texts('[data-testid=archived-origin]'))[0]).toContain('your visit');
    const changed = await two.texts('[data-testid=paragraph][data-status=changed]');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(CASE.after.slice(-2, -1));
    expect(await two.attrs('[data-testid=visit-outcome]', 'data-outcome')).toEqual(['stored']);
    expect(await two.texts('[data-testid=visits-notice]')).toEqual([]); // said once, the first time
    await two.inRoot('sidebar', (root, [sel, block]) => root.querySelector(sel)?.scrollIntoView({ block }), ['[data-testid=paragraph][data-status=changed]', 'center'] as [string, ScrollLogicalPosition]);
    await two.screenshot(resolve(SHOTS, `${b.label}-own-visit-2.png`));
    await two.close();

    // Read again unchanged: nothing new stored; both visits listed by source, and the comparison is
    // with the newest capture whose text differs (the first visit), not "nothing changed".
    const three = await driver().open(edited);
    await three.waitFor('[data-testid=visit-outcome][data-outcome=unchanged]');
    expect(await three.texts('[data-testid=version-origin]')).toEqual([' · your visit', ' · your visit']);
    expect(await three.attrs('[data-testid=version]', 'data-selected')).toEqual(['false', 'true']);
    await three.waitFor('[data-testid=paragraph][data-status=changed]');

    // Forget this article's visits: the next visit is a first one again.
    await three.click('[data-testid=forget-article]');
    await three.waitFor('[data-testid=own-message]');
    expect(await three.texts('[data-testid=own-message]')).toEqual(['Saved visits forgotten: 2.']);
    // Switched off: the next visit is not stored.
    await three.click('[data-testid=visits-toggle]');
    await three.close();
    const four = await driver().open(edited);
    await four.waitFor('[data-testid=visit-outcome][data-outcome=off]');
    expect(await four.texts('[data-testid=status]')).toEqual(['Not in the archive']);
    expect(await four.attrs('[data-testid=visits-toggle]', 'checked')).toEqual([null]);
    await four.click('[data-testid=visits-toggle]'); // back on for whoever comes next
    await four.close();
  });
});
