// What the reader is told beyond edits, in real browsers: the flip-flop guard, live-blog growth and
// possible earlier versions. The extension is built here with its own corpus, copied to .tmp/ at
// test time: revision case 12 (two versions), case 47 v1 only, and an archive file of the team's
// live-blog fixture v1 (written from that page's own extraction). Without ../shared, the team's
// cases modelled on 12 and 47 (support/fixtures.ts: CORRECTED_CASE, REWRITE_CASE) stand in.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../cli/render-page';
import { parseArchiveFile } from '../../lib/archive/parse-file';
import { extractArticle } from '../../lib/page/extract';
import { REPO_ROOT } from '../support/shared';
import { eachBrowser, SHOTS, TMP } from './support/browsers';
import type { Served } from './support/driver';
import { CORRECTED_CASE, REWRITE_CASE, revisionFiles, revisionPage, template } from './support/fixtures';

const CORPUS = resolve(TMP, 'trust-e2e-corpus');
const OUT = resolve(TMP, `${process.env.RFI_LENS_OUT ? `${process.env.RFI_LENS_OUT.replace(/[\\/]+$/, '').split(/[\\/]/).pop()}-` : ''}trust-e2e-out`);
const LIVE_URL = 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240630-%E7%9B%B4%E6%92%AD-%E6%B3%95%E5%9B%BD%E8%AE%AE%E4%BC%9A%E9%80%89%E4%B8%BE%E7%AC%AC%E4%BA%8C%E8%BD%AE%E6%8A%95%E7%A5%A8';
const liveFixture = (v: string) => readFileSync(resolve(REPO_ROOT, `tests/fixtures/pages/cn-live-blog-${v}.html`), 'utf8');

/** The live-blog fixture v1 as an archive file: its extracted headline, lead and blocks, captured 21:58 Paris. */
function liveBlogArchiveFile(): string {
  const a = extractArticle(parseHTML(liveFixture('v1')).document as unknown as Document, LIVE_URL)!.value;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = a.paragraphs.map((b) => (b.kind === 'h' ? `<h2>${esc(b.text)}</h2>` : `<p>${esc(b.text)}</p>`)).join('');
  return `<!--${Date.parse('2024-06-30T19:58:00Z')}-->\n[${a.title}](${decodeURI(LIVE_URL)})\n------\n\n<div>30/06/2024 - 20:00</div><p><strong>${esc(a.lead!)}</strong></p><div class="t-content__body u-clearfix">${body}</div>\n`;
}

/** Case 12's (or the team case's) first version served at the newest version's URL: an edit undone since. */
function flipFlopPage(): Served {
  const [v1, v2] = revisionFiles(CORRECTED_CASE).map((f) => {
    const r = parseArchiveFile(f.text, f.name);
    if (!r.ok) throw new Error(f.name);
    return r.value;
  });
  return { url: v2!.url, html: renderArticlePage(template(), { ...v1!, url: v2!.url }) };
}

function build(args: string[]): void {
  execFileSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, RFI_LENS_CORPUS: CORPUS, RFI_LENS_OUT: OUT },
    stdio: 'pipe',
  });
}

describe('flip-flops, live blogs and possible earlier versions in real browsers', () => {
  beforeAll(() => {
    rmSync(CORPUS, { recursive: true, force: true });
    mkdirSync(CORPUS, { recursive: true });
    for (const f of revisionFiles(CORRECTED_CASE)) writeFileSync(resolve(CORPUS, f.name), f.text);
    const v1of47 = revisionFiles(REWRITE_CASE.n)[0]!;
    writeFileSync(resolve(CORPUS, v1of47.name), v1of47.text);
    writeFileSync(resolve(CORPUS, 'live-blog-v1.md'), liveBlogArchiveFile());
  });
  afterAll(() => rmSync(CORPUS, { recursive: true, force: true }));

  eachBrowser(
    (b, driver) => {
      it('says "same as the version of <date>" when the live text is the earlier capture again', async () => {
        const page = await driver().open(flipFlopPage());
        await page.waitFor('[data-testid=same-as-earlier]');
        expect(await page.texts('[data-testid=status]')).toEqual(['Same as the version of Jun 12, 2022, 19:15 (Paris time)']);
        expect((await page.texts('[data-testid=same-as-earlier]'))[0]).toContain('same as the version captured Jun 12, 2022, 19:15 (Paris time)');
        expect(await page.attrs('[data-testid=folded-changes]', 'open')).toEqual([null]);
        await page.inRoot('sidebar', (root, [sel, block]) => root.querySelector(sel)?.scrollIntoView({ block }), ['[data-testid=archive]', 'start'] as [string, ScrollLogicalPosition]);
        expect(await page.visible('[data-testid=same-as-earlier]')).toBe(true);
        await page.screenshot(resolve(SHOTS, `${b.label}-flip-flop.png`));
        await page.close();
      });

      it('counts a live blog’s new entries apart and lists only the edit to an earlier entry', async () => {
        const page = await driver().open({ url: LIVE_URL, html: liveFixture('v2') });
        await page.waitFor('[data-testid=live-blog]');
        expect(await page.texts('[data-testid=status]')).toEqual(['3 new entries · 1 paragraph edited']);
        expect(await page.attrs('[data-testid=change]', 'data-kind')).toEqual(['changed']);
        expect(await page.texts('[data-testid=paragraph][data-status=appended] .para__label')).toHaveLength(6);
        await page.inRoot('sidebar', (root, [sel, block]) => root.querySelector(sel)?.scrollIntoView({ block }), ['[data-testid=archive]', 'start'] as [string, ScrollLogicalPosition]);
        expect(await page.visible('[data-testid=live-blog]')).toBe(true);
        await page.screenshot(resolve(SHOTS, `${b.label}-live-blog.png`));
        await page.close();
      });

      it('offers a same-day rewrite under a new URL as a possible earlier version, not as the match', async () => {
        const page = await driver().open(revisionPage(REWRITE_CASE.n, 1));
        await page.waitFor('[data-testid=possible-earlier-item]');
        expect(await page.texts('[data-testid=status]')).toEqual(['Not in the archive']);
        const [item] = await page.texts('[data-testid=possible-earlier-item]');
        expect(item).toContain(REWRITE_CASE.title);
        expect(item).toContain(`Possibly an earlier version of this article (similarity ${REWRITE_CASE.similarity}%)`);
        await page.inRoot('sidebar', (root, [sel, block]) => root.querySelector(sel)?.scrollIntoView({ block }), ['[data-testid=possible-earlier]', 'start'] as [string, ScrollLogicalPosition]);
        expect(await page.visible('[data-testid=possible-earlier-item]')).toBe(true);
        await page.screenshot(resolve(SHOTS, `${b.label}-possible-earlier.png`));
        await page.close();
      });
    },
    {
      extension: (b) => {
        build(b.buildArgs);
        return resolve(OUT, b.build);
      },
      launchTimeoutMs: 120_000,
    },
  );
});
