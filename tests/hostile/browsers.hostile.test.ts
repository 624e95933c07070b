// The hostile suite in real browsers (Chromium MV3, Firefox ESR MV2 and MV3), on the extension
// built with the hostile archive (scripts/test-hostile.mjs builds it into .output-hostile):
// - archive vectors: every vector's article opened; its text reaches the sidebar and the markers'
//   tooltips as text: 0 executed, 0 requests, 0 page restyles, 0 page errors;
// - hostile live pages: each still gets a visible sidebar, with the same four zeros and no leak;
// - the extension reloaded, disabled or removed under an open article: a notice or nothing, never
//   a dead panel or painted highlights, 0 page errors.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { eachBrowser } from '../e2e/support/browsers';
import { poll, type SidebarPage } from '../e2e/support/driver';
import { hostileArticles } from './corpus';
import { HOSTILE_PAGES, REFERENCE_PAGE } from './pages';
import { probeScript, withHead, type ProbeReport } from './probe';
import { record } from './results';

const OUT = resolve(REPO_ROOT, process.env.RFI_LENS_HOSTILE_OUT ?? '.output-hostile');
const articles = hostileArticles();

async function probe(page: SidebarPage): Promise<ProbeReport> {
  await new Promise((r) => setTimeout(r, 150)); // the probe writes every 50 ms
  const json = await page.isolated(() => document.querySelector('template[data-hostile-test=probe]')?.getAttribute('data-probe') ?? null);
  if (!json) throw new Error('the probe wrote nothing');
  return JSON.parse(json) as ProbeReport;
}

/**
 * An error that is ours to answer for: any uncaught error in the page, and console errors that name
 * the extension (the browser's own console notes about the page's markup, such as Firefox's "tree
 * is too deep" or the page's CSP blocking its own image, are the page's).
 */
const ours = (e: string) => (!e.startsWith('console: ') && !/document tree is too deep/.test(e)) || /RFI Lens|rfi-lens|-extension:\/\//i.test(e);

/** The four zeros, and what broke them. */
function failures(p: ProbeReport, problems: { errors: string[]; blocked: string[] }): string[] {
  return [
    ...p.hits.map((h) => `executed: ${h}`),
    ...problems.blocked.map((u) => `request: ${u}`),
    ...p.restyles.map((r) => `page changed: ${r}`),
    ...problems.errors.filter(ours).map((e) => `page error: ${e}`),
    ...p.leaks.map((l) => `leak: ${l}`),
  ];
}

const sidebarShown = (page: SidebarPage) => page.waitFor('[data-testid=sidebar]', 20_000);

/**
 * Our mention highlights as the page has them (read in its own world): how many ranges are still
 * registered, and whether the browser paints them (the ::highlight() background of the first one).
 */
function markState(): { registered: number; painted: boolean } {
  const all = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('rfi-lens-mention');
  const first = all ? [...all][0] : undefined;
  const el = first?.startContainer.parentElement;
  const background = el ? getComputedStyle(el, '::highlight(rfi-lens-mention)').backgroundColor : '';
  return { registered: all?.size ?? 0, painted: /^rgba?\(/.test(background) && !/^rgba\(.*,\s*0\)$/.test(background) };
}

eachBrowser(
  (b, driver) => {
    it(`archive vectors: ${articles.reduce((n, a) => n + a.vectors.length, 0)} in ${articles.length} articles`, async () => {
      const failed: string[] = [];
      for (const a of articles) {
        const page = await driver().open({ url: a.url, html: withHead(a.html, probeScript(driver().extensionId)) });
        let why: string[] = [];
        try {
          await sidebarShown(page);
          await page.waitFor('[data-testid=archive]');
          // Focus every marker (tooltips show) and open every section of the panel.
          await page.inRoot('markers', (root) => root.querySelectorAll<HTMLElement>('.m__bar').forEach((m) => m.focus()), null);
          await page.inRoot('sidebar', (root) => root.querySelectorAll('details').forEach((d) => (d.open = true)), null);
          await new Promise((r) => setTimeout(r, 400));
          const shown = (await page.inRoot('sidebar', (root) => root.textContent ?? '', null)) ?? '';
          why = failures(await probe(page), page.problems());
          for (const v of a.vectors) {
            const bad = why.filter((w) => w.includes(v.id));
            record({ kind: 'archive vector', browser: b.label, name: `${v.id} ${v.payload}/${v.encoding}`, ok: bad.length === 0, detail: { bad, shownAsText: shown.includes(v.id) } });
          }
        } catch (error) {
          why = [`no sidebar: ${(error as Error).message}`];
          for (const v of a.vectors) record({ kind: 'archive vector', browser: b.label, name: `${v.id} ${v.payload}/${v.encoding}`, ok: false, detail: why });
        }
        if (why.length) failed.push(`${a.url}: ${why.join('; ')}`);
        await page.close();
      }
      expect(failed).toEqual([]);
    }, 600_000);

    // The unchanged article's sidebar time in this browser run: the budgeted pages' ratios are to it.
    let referenceMs: number | null = null;
    it(`sidebar time of ${REFERENCE_PAGE.name}`, async () => {
      const base = articles[0]!;
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await driver().open({ url: base.url, html: withHead(REFERENCE_PAGE.make(base.html, driver().extensionId), probeScript(driver().extensionId)) });
        await sidebarShown(page);
        times.push(Number(await page.hostAttr('data-paint-ms')));
        await page.close();
      }
      referenceMs = times.sort((x, y) => x - y)[1]!; // the median of three
      record({ kind: 'sidebar time of the unchanged article (figure)', browser: b.label, name: REFERENCE_PAGE.name, ok: true, detail: { paintMs: referenceMs, times, load1: loadavg()[0] } });
      expect(referenceMs).toBeGreaterThan(0);
    }, 120_000);

    for (const hp of HOSTILE_PAGES) {
      it(`hostile page: ${hp.name}`, async () => {
        const base = articles[0]!;
        const html = withHead(hp.make(base.html, driver().extensionId), probeScript(driver().extensionId));
        const page = await driver().open({ url: base.url, html });
        const why: string[] = [];
        let paintMs: number | null = null;
        try {
          await sidebarShown(page);
          paintMs = Number(await page.hostAttr('data-paint-ms'));
          await new Promise((r) => setTimeout(r, 1500)); // forged events, late scripts
          if (!(await page.visible('[data-testid=sidebar]'))) why.push('sidebar not visible');
          if (hp.says) {
            const says = hp.says;
            try {
              await poll(async () => (await page.inRoot('sidebar', (root, text) => (root.textContent ?? '').includes(text), says)) === true, 30_000, 'the sidebar says it');
            } catch {
              why.push(`the sidebar does not say "${says}"`);
            }
          }
          if (!(await page.hasHost())) why.push('sidebar gone');
          // Keys typed inside the panel stay inside it.
          await page.inRoot('sidebar', (root) => {
            const b = root.querySelector<HTMLElement>('[data-testid=collapse]');
            b?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
          }, null);
          const p = await probe(page);
          if (p.keys > 0) why.push(`page saw ${p.keys} key events typed in the panel`);
          why.push(...failures(p, page.problems()));
          // Time is a figure, not an assertion (the machine is shared): recorded with the load.
          if (hp.paintBudgetMs) record({ kind: 'sidebar within 1 s (figure)', browser: b.label, name: hp.name, ok: paintMs <= hp.paintBudgetMs, detail: { paintMs, referenceMs, ratio: referenceMs ? Number((paintMs / referenceMs).toFixed(2)) : null, load1: loadavg()[0] } });
          record({ kind: 'hostile page', browser: b.label, name: hp.name, ok: why.length === 0, detail: { why, paintMs, maxGapMs: p.maxGapMs } });
        } catch (error) {
          why.push(`no sidebar: ${(error as Error).message.split('\n')[0]}`);
          record({ kind: 'hostile page', browser: b.label, name: hp.name, ok: false, detail: { why, problems: page.problems() } });
        }
        await page.close();
        expect(why).toEqual([]);
      }, 120_000);
    }

    // Last in each browser: each takes the extension away (and brings it back for the next).
    // Chromium keeps running what we drew, which says "reload the page"; Firefox runs nothing of
    // ours once the extension is gone, and what we drew must vanish with its sheet (host.ts gate).
    // Removing the extension in Chromium ends the test browser, so there it is disabled and reloaded
    // (a reloaded extension's pages are refused there for a while: reload last).
    const ways = b.label.startsWith('chromium') ? (['disable', 'reload'] as const) : (['reload', 'disable', 'remove'] as const);
    for (const how of ways) {
      it(`extension ${how === 'reload' ? 'reloaded' : how === 'disable' ? 'disabled' : 'removed'} under an open article: no dead panel, no highlights left, no page error`, async () => {
        const a = articles[1]!;
        const page = await driver().open({ url: a.url, html: withHead(a.html, probeScript(driver().extensionId)) });
        await sidebarShown(page);
        await poll(async () => (await page.inRoot('markers', () => true, null)) === true, 5000, 'markers');
        // A name found on the page: its mentions are highlighted (CSS.highlights) and painted.
        await page.click('[data-testid=entity]');
        await poll(async () => (await page.evaluate(markState)).painted, 5000, 'highlights painted');
        const ourHosts = () => page.isolated(() => JSON.stringify([...document.querySelectorAll('html > *, body > *')]
          .filter((e) => e.localName.startsWith('rfi-lens-'))
          .map((e) => ({ tag: e.localName, shown: getComputedStyle(e).display !== 'none' }))));
        const before = (JSON.parse((await ourHosts()) ?? '[]') as { tag: string }[]).map((h) => h.tag);
        await driver().dropExtension(how);
        const why: string[] = [];
        // Within 5 s, every host drawn before is gone or hidden, or (the sidebar) says "reload the page".
        const check = async (): Promise<string[]> => {
          const hosts = JSON.parse((await ourHosts()) ?? '[]') as { tag: string; shown: boolean }[];
          const old = hosts.filter((h) => before.includes(h.tag) && h.shown);
          const problems: string[] = [];
          for (const h of old) {
            if (/^rfi-lens-m-/.test(h.tag)) problems.push(`markers left on the page (${h.tag})`);
            else {
              const stale = await page.inRoot('sidebar', (root) => ({ notice: root.querySelector('[data-testid=stale]')?.textContent ?? null, panel: root.querySelector('[data-testid=sidebar]') !== null }), null);
              if (!stale?.notice?.includes('reload the page') || stale.panel) problems.push(`dead panel left (${h.tag}: ${JSON.stringify(stale)})`);
            }
          }
          const newPanel = hosts.some((h) => !before.includes(h.tag) && h.shown);
          const margin = await page.isolated(() => getComputedStyle(document.documentElement).marginRight);
          if (!newPanel && margin !== '0px') problems.push(`room kept beside the article: margin-right ${margin}`);
          const marks = await page.evaluate(markState);
          if (marks.painted) problems.push(`highlights left painted (${marks.registered} mentions)`);
          return problems;
        };
        try {
          await poll(async () => (await check()).length === 0, 5000, 'no dead panel');
        } catch {
          why.push(...(await check()));
        }
        await page.evaluate(() => undefined);
        why.push(...page.problems().errors.filter(ours).map((e) => `page error: ${e}`));
        record({ kind: 'extension taken away', browser: b.label, name: `${how} under an open article`, ok: why.length === 0, detail: why });
        await page.close();
        if (how === 'disable') await driver().restoreExtension?.(); // back for the next way
        expect(why).toEqual([]);
      }, 60_000);
    }
  },
  {
    extension: (b) => {
      const dir = resolve(OUT, b.build);
      if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run test:hostile (it builds the extension with the hostile archive)`);
      return dir;
    },
  },
);
