// axe-core inside the real browsers, against our three surfaces (the sidebar with its page
// markers, the popup, the options page) in the light and the dark theme: no serious or critical
// WCAG 2.1 A/AA violation. Counts per page and theme go to artifacts/axe/<browser>.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, REPO_ROOT } from '../support/shared';
import { eachBrowser, ENGLISH_ALWAYS_OPEN } from './support/browsers';
import type { SidebarPage } from './support/driver';
import { editedPage } from './support/fixtures';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OUT = resolve(REPO_ROOT, 'artifacts', 'axe');

interface Finding {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

/**
 * Runs axe on `include` (CSS selectors of our hosts; null: the whole page) and lists the
 * violations, with the number of text nodes axe checked for contrast (so a run that saw nothing
 * of our UI cannot pass).
 */
async function axe(page: SidebarPage, include: string[] | null): Promise<{ findings: Finding[]; contrastChecked: number }> {
  await page.evaluateSource(AXE);
  const context = include ? JSON.stringify({ include: include.map((s) => [s]) }) : 'document';
  const json = await page.evaluateSource(`axe.run(${context}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => JSON.stringify({
        findings: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })),
        contrastChecked: [...r.passes, ...r.violations, ...r.incomplete].filter((x) => x.id === 'color-contrast').reduce((n, x) => n + x.nodes.length, 0),
      }))`);
  return JSON.parse(json as string) as { findings: Finding[]; contrastChecked: number };
}

const serious = (fs: Finding[]) => fs.filter((f) => f.impact === 'serious' || f.impact === 'critical');

describeShared('accessibility (axe-core) in real browsers', () => {
  eachBrowser(
    (b, driver) => {
      const results: Record<string, { violations: number; seriousOrCritical: number; contrastChecked: number; findings: Finding[] }> = {};
      const record = (name: string, { findings, contrastChecked }: { findings: Finding[]; contrastChecked: number }) => {
        results[name] = { violations: findings.length, seriousOrCritical: serious(findings).length, contrastChecked, findings };
        mkdirSync(OUT, { recursive: true });
        writeFileSync(resolve(OUT, `${b.label}.json`), `${JSON.stringify(results, null, 2)}\n`);
      };

      for (const theme of ['light', 'dark'] as const) {
        it(`sidebar and page markers, ${theme}: no serious or critical violation`, async () => {
          await driver().setStorage({ settings: { ...ENGLISH_ALWAYS_OPEN.settings, theme } });
          const page = await driver().open(editedPage());
          await page.waitFor('[data-testid=change-list]');
          await page.click('[data-testid=jump-next]'); // draws the markers too
          // axe judges contrast on what is in view: run it with the panel's body scrolled through.
          const result = { findings: [] as Finding[], contrastChecked: 0 };
          for (const at of [0, 0.25, 0.5, 0.75, 1]) {
            await page.evaluateSource(`(() => { const b = document.querySelector('rfi-lens-root').shadowRoot.querySelector('.sidebar__body'); b.scrollTop = ${at} * (b.scrollHeight - b.clientHeight); })()`);
            const step = await axe(page, ['rfi-lens-root', 'rfi-lens-markers']);
            result.findings.push(...step.findings.filter((f) => !result.findings.some((g) => g.id === f.id)));
            result.contrastChecked += step.contrastChecked;
          }
          await page.evaluateSource(`document.querySelector('rfi-lens-root').shadowRoot.querySelector('.sidebar__body').scrollTop = 0`);
          record(`sidebar-${theme}`, result);
          expect(result.contrastChecked).toBeGreaterThan(40);
          expect(serious(result.findings)).toEqual([]);
          // The harness sees inside the shadow root: a pale line put there is reported.
          await page.evaluate(() => {
            const pale = document.createElement('p');
            pale.textContent = 'pale text';
            pale.style.cssText = 'color:#e6e6e6;background:#ffffff';
            document.querySelector('rfi-lens-root')?.shadowRoot?.querySelector('.sidebar__body')?.prepend(pale);
          });
          expect(serious((await axe(page, ['rfi-lens-root'])).findings).map((f) => f.id)).toContain('color-contrast');
          await page.close();
        });

        for (const surface of ['popup', 'options'] as const) {
          it(`${surface} page, ${theme}: no serious or critical violation`, async () => {
            await driver().setStorage({ settings: { ...ENGLISH_ALWAYS_OPEN.settings, theme } });
            const page = await driver().openExtension(`/${surface}.html`);
            await page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // its first render
            const result = await axe(page, null);
            record(`${surface}-${theme}`, result);
            expect(result.contrastChecked).toBeGreaterThan(surface === 'popup' ? 0 : 10);
            expect(serious(result.findings)).toEqual([]);
            await page.close();
          });
        }
      }
    },
    { storage: null },
  );
});
