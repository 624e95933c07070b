// The reader's version choice in real browsers. The extension is built here with a corpus of one
// real revision case (../shared/corpus/revisions/12, two captures of one article under different
// URL dates; without ../shared the team's case modelled on it, support/fixtures.ts) copied to .tmp/
// at test time; the later version is served as the live page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { eachBrowser, SHOTS, TMP } from './support/browsers';
import { CORRECTED_CASE, revisionFiles, revisionPage } from './support/fixtures';

const CASE = CORRECTED_CASE;
const CORPUS = resolve(TMP, 'versions-e2e-corpus');
const OUT = resolve(TMP, `${process.env.RFI_LENS_OUT ? `${process.env.RFI_LENS_OUT.replace(/[\\/]+$/, '').split(/[\\/]/).pop()}-` : ''}versions-e2e-out`);

function build(args: string[]): void {
  execFileSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, RFI_LENS_CORPUS: CORPUS, RFI_LENS_OUT: OUT },
    stdio: 'pipe',
  });
}

describe('choosing the archived version in real browsers', () => {
  beforeAll(() => {
    rmSync(CORPUS, { recursive: true, force: true });
    mkdirSync(CORPUS, { recursive: true });
    for (const f of revisionFiles(CASE)) writeFileSync(resolve(CORPUS, f.name), f.text);
  });
  afterAll(() => rmSync(CORPUS, { recursive: true, force: true }));

  eachBrowser(
    (b, driver) => {
      it('lists both captures, compares with the newest, and switches to the older one on choice', async () => {
        const [v1, v2] = revisionFiles(CASE).map((f) => f.name);
        const page = await driver().open(revisionPage(CASE, 1));
        await page.waitFor('[data-testid=versions]');
        // Newest first, the newest checked and compared with: the live page is that version.
        expect(await page.attrs('[data-testid=version]', 'data-source')).toEqual([v2, v1]);
        expect(await page.attrs('[data-testid=version]', 'data-selected')).toEqual(['true', 'false']);
        expect(await page.texts('[data-testid=change-summary]')).toEqual(['No change to the text since the capture']);
        expect((await page.texts('[data-testid=archived-at]'))[0]).toBe('Jun 13, 2022, 11:15 (Paris time)');
        await page.inRoot('sidebar', (root) => root.querySelector('[data-testid=versions]')?.scrollIntoView({ block: 'start' }), null);
        expect(await page.visible('[data-testid=versions]')).toBe(true);

        await page.click('[data-testid=version-input][data-version-index="0"]');
        await page.waitFor(`[data-testid=version][data-selected=true][data-source="${v1}"]`);
        await page.waitFor('[data-testid=paragraph][data-status=changed]');
        expect((await page.texts('[data-testid=archived-at]'))[0]).toBe('Jun 12, 2022, 19:15 (Paris time)');
        expect((await page.texts('[data-testid=change-summary]'))[0]).not.toBe('No change to the text since the capture');
        const changed = (await page.texts('[data-testid=paragraph][data-status=changed]')).join('\n');
        expect(changed).toContain('泽伦斯基'); // v1's misspelling, corrected in v2 (NOTES.md)
        await page.screenshot(resolve(SHOTS, `${b.label}-versions.png`));

        // And back to the newest: nothing changed again.
        await page.click('[data-testid=version-input][data-version-index="1"]');
        await page.waitFor(`[data-testid=version][data-selected=true][data-source="${v2}"]`);
        expect(await page.texts('[data-testid=change-summary]')).toEqual(['No change to the text since the capture']);
        await page.close();
      });
    },
    {
      // Its own build, with a corpus holding two versions of one article.
      extension: (b) => {
        build(b.buildArgs);
        return resolve(OUT, b.build);
      },
      launchTimeoutMs: 90_000,
    },
  );
});
