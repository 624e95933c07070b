// Smoke part of the hostile suite in the normal browser run (the full one: npm run test:hostile):
// a page that forges WXT's start-up event with the real extension id, defines `rfi-lens-root`
// first, holds a fake host and hides unknown elements with !important still gets a visible
// sidebar, sees no message or event of ours, and is not changed. Team fixtures only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { renderArticlePage } from '../../cli/render-page';
import { REPO_ROOT } from '../support/shared';
import { HOSTILE_PAGES } from '../hostile/pages';
import { probeScript, withHead, type ProbeReport } from '../hostile/probe';
import { eachBrowser } from './support/browsers';
import { seedArticle } from './support/fixtures';

const SMOKE = ['forges the WXT start-up event', 'defines rfi-lens-root first', 'holds a fake host', 'hides unknown elements with !important', 'reads every shadow root it can reach'];

eachBrowser((b, driver) => {
  it('a page that forges, pre-empts, fakes, hides and reads still gets its sidebar, and nothing of ours reaches it', async () => {
    const seed = seedArticle();
    let html = renderArticlePage(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8'), seed);
    for (const name of SMOKE) html = HOSTILE_PAGES.find((p) => p.name === name)!.make(html, driver().extensionId);
    const page = await driver().open({ url: seed.url, html: withHead(html, probeScript(driver().extensionId)) });
    await page.waitFor('[data-testid=archive]');
    await new Promise((r) => setTimeout(r, 1500)); // the forged events fire every 400 ms
    expect(await page.visible('[data-testid=sidebar]')).toBe(true);
    const report = JSON.parse((await page.isolated(() => document.querySelector('template[data-hostile-test=probe]')?.getAttribute('data-probe') ?? null)) ?? 'null') as ProbeReport;
    expect(report).toMatchObject({ hits: [], restyles: [], leaks: [] });
    expect(page.problems().blocked).toEqual([]);
    expect(page.problems().errors.filter((e) => !e.startsWith('console: ') || /RFI Lens|rfi-lens/i.test(e))).toEqual([]);
    await page.close();
  });
});
