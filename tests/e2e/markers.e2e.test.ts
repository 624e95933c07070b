// Change markers on the live page, in real browsers (Chromium MV3, Firefox ESR MV2 and MV3): the
// edited fixture (one paragraph edited, one removed, one added) gets a marker beside each change,
// focusing one shows what the archive said, the sidebar's jump controls (the in-page equivalent of
// the Alt+Shift+J / K commands) move between them, and collapsing the sidebar takes them off.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachBrowser, SHOTS } from './support/browsers';
import { poll, type SidebarPage } from './support/driver';
import { editedPage, SEED_FILE, seedArticle, seedPage } from './support/fixtures';



interface MarkerInfo {
  kind: string | null;
  current: boolean;
  /** Marker box in page coordinates. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** The box of the page paragraph whose text starts with `anchorText` (page coordinates). */
}

/** Every marker in the overlay's (closed) shadow root, in order. */
const readMarkers = (root: ShadowRoot): MarkerInfo[] => {
  return Array.from(root.querySelectorAll('.m'), (m) => {
    const r = m.getBoundingClientRect();
    return {
      kind: m.getAttribute('data-kind'),
      current: m.classList.contains('m--current'),
      left: r.left + scrollX,
      top: r.top + scrollY,
      width: r.width,
      height: r.height,
    };
  });
};

/** The page's body paragraphs (page coordinates) and whether the page holds anything of ours. */
const readParagraphs = () => {
  const body = document.querySelector('.t-content__body');
  const ps = body ? Array.from(body.querySelectorAll('p')) : [];
  return {
    paragraphs: ps.map((p) => {
      const r = p.getBoundingClientRect();
      return { text: (p.textContent ?? '').trim(), left: r.left + scrollX, top: r.top + scrollY, bottom: r.bottom + scrollY, inView: r.top >= 0 && r.bottom <= innerHeight };
    }),
    ourNodesInArticle: Array.from(document.querySelectorAll('article *')).some((e) => e.localName.startsWith('rfi-lens') || /rfi-lens/.test(e.className.toString())),
  };
};

async function markers(page: SidebarPage): Promise<MarkerInfo[]> {
  return (await page.inRoot('markers', readMarkers, null)) ?? [];
}

describe('change markers on the page in real browsers', () => {
  eachBrowser((b, driver) => {
    it('marks the edited, removed and added paragraphs beside them; focus shows what the archive said', async () => {
      const seed = seedArticle();
      const page = await driver().open(editedPage());
      await page.waitFor('[data-testid=change-list]');
      await poll(async () => (await markers(page)).length === 3, 5000, 'three markers');
      const ms = await markers(page);
      expect(ms.map((m) => m.kind)).toEqual(['changed', 'removed', 'added']);
      const { paragraphs, ourNodesInArticle } = await page.evaluate(readParagraphs);
      expect(ourNodesInArticle).toBe(false);
      const find = (start: string) => paragraphs.find((p) => p.text.startsWith(start.slice(0, 12)))!;
      const edited = find(seed.paragraphs[2]!.text);
      const after = find(seed.paragraphs[7]!.text); // the removed paragraph 6 stood before it
      // Each marker sits in the margin just left of its paragraph, at its height.
      const [changed, removed] = ms as [MarkerInfo, MarkerInfo];
      expect(changed.width).toBeGreaterThan(4);
      expect(changed.left + changed.width).toBeLessThanOrEqual(edited.left + 1);
      expect(changed.left).toBeGreaterThan(edited.left - 40);
      expect(Math.abs(changed.top - edited.top)).toBeLessThan(2);
      expect(Math.abs(removed.top + removed.height / 2 - after.top)).toBeLessThan(4);
      // Focus (as by Tab) shows the tooltip with the archived wording.
      const tip = await page.inRoot('markers', (root) => {
        const bar = root.querySelector<HTMLElement>('.m--changed .m__bar');
        bar?.focus();
        const t = root.querySelector('.m--changed .tip');
        return t ? { shown: getComputedStyle(t).display !== 'none', text: t.textContent ?? '', deleted: t.querySelector('del')?.textContent ?? '' } : null;
      }, null);
      expect(tip?.shown).toBe(true);
      expect(tip?.deleted).toContain('10');
      expect(tip?.text).toContain('15');
      await page.inRoot('markers', (root) => root.querySelector('.m--changed')?.scrollIntoView({ block: 'center' }), null);
      await page.screenshot(resolve(SHOTS, `${b.label}-markers.png`));
      await page.close();
    });

    it('jumps from change to change and takes the markers off when the sidebar collapses', async () => {
      const page = await driver().open(editedPage());
      await page.waitFor('[data-testid=jump-next]');
      await poll(async () => (await markers(page)).length === 3, 5000, 'three markers');
      const currentAfter = async (control: string) => {
        await page.click(control);
        return (await markers(page)).findIndex((m) => m.current);
      };
      expect(await currentAfter('[data-testid=jump-next]')).toBe(0);
      expect(await currentAfter('[data-testid=jump-next]')).toBe(1);
      expect(await currentAfter('[data-testid=jump-next]')).toBe(2);
      expect(await currentAfter('[data-testid=jump-next]')).toBe(0);
      expect(await currentAfter('[data-testid=jump-previous]')).toBe(2);
      // The jumped-to change is on screen: the added paragraph is centred in the viewport.
      const added = await page.inRoot('markers', (root) => {
        const r = root.querySelector('.m--current')?.getBoundingClientRect();
        return r ? r.top >= 0 && r.bottom <= innerHeight : false;
      }, null);
      expect(added).toBe(true);
      // "Show on page" in the change list goes to that change.
      await page.click('[data-testid=change]:nth-child(2) [data-testid=jump-to]');
      expect((await markers(page)).findIndex((m) => m.current)).toBe(1);
      await page.inRoot('sidebar', (root) => root.querySelector('[data-testid=change-list]')?.scrollIntoView({ block: 'start' }), null);
      await page.screenshot(resolve(SHOTS, `${b.label}-change-list.png`));

      await page.click('[data-testid=collapse]');
      await poll(async () => (await page.inRoot('markers', () => true, null)) === null, 3000, 'markers removed');
      await page.click('[data-testid=open]');
      await poll(async () => (await markers(page)).length === 3, 3000, 'markers back');
      await page.close();
    });

    it('draws nothing on an unchanged article', async () => {
      const page = await driver().open(seedPage());
      await page.waitFor('[data-testid=archive]');
      // The edited page visited above is now the reader's newest capture (issue 8): compare with the bundled one.
      await page.click(`[data-testid=version-input][value="${SEED_FILE}"]`);
      await page.waitFor(`[data-testid=version][data-selected=true][data-source="${SEED_FILE}"]`);
      await poll(async () => (await page.texts('[data-testid=jump-next]')).length === 0, 3000, 'the bundled comparison');
      expect(await page.inRoot('markers', () => true, null)).toBeNull();
      expect(await page.texts('[data-testid=jump-next]')).toEqual([]);
      await page.close();
    });
  });
});
