// Change markers on the live page. Nothing of the page is rewritten: the markers live in their own
// shadow-root overlay (a zero-size absolutely positioned host at the document's origin) and are
// placed beside the paragraphs' boxes, re-placed when the window or the page's body resizes. Each
// marker is a focusable button whose tooltip (hover or focus) shows what the archive said.
// Removed paragraphs get a small round marker at the top edge of the paragraph that now follows
// them. `remove()` takes everything off again (element, listeners, observer).
import type { ChangeTarget } from '../diff/targets';
import type { Translator } from '../i18n/translate';
import type { JumpTarget } from '../protocol';
import { repeatsLead, walkBodyBlocks } from '../page/body';
import { KIND_LABELS } from '../diff/kind-labels';
import { MARKER_CSS, tooltipContent } from './marker-content';
import { createUiHost } from './host';
import { queryFirst } from '../page/query';
import { selectors } from '../page/selectors';

/** The live page's elements that changes are drawn beside. */
export interface PageElements {
  title: Element | null;
  lead: Element | null;
  /** One element per extracted paragraph: `paragraphs[i]` is `Article.paragraphs[i]`. */
  paragraphs: Element[];
}

export interface MarkerLayer {
  /** Number of changes (markers that could be placed and those that could not). */
  readonly count: number;
  /** The change shown last by `show` (−1 before any). */
  readonly current: number;
  /** Places the markers beside their elements again (layout changed). */
  update(): void;
  /** Scrolls change `target` (an index, or the next/previous placed one) into view and focuses its marker. Returns the index, −1 if none. */
  show(target: JumpTarget): number;
  /** The overlay's closed shadow root (for tests; the page cannot reach it). */
  readonly root: ShadowRoot;
  /** Takes the overlay, its listeners and observer off the page. */
  remove(): void;
}

/**
 * Prefix of the overlay host's random tag (host.ts). Its z-index is low on purpose: above the
 * article's text (not positioned), below the page's fixed header and our sidebar, so a marker of a
 * paragraph scrolled under the header goes under it too.
 */
export const MARKERS_TAG = 'rfi-lens-m';

/** At most this many markers are drawn (the comparison itself is bounded by lib/limits.ts). */
export const MAX_MARKERS = 300;

/**
 * Finds the elements extraction read, in the same order: headline, chapo and the body blocks
 * (the one body walker, lib/page/body.ts), without the blocks that repeat the lead (the same
 * `repeatsLead` test `withoutLead` drops them by, on the same blocks).
 */
export function locatePage(doc: Document, lead: string | null): PageElements {
  const root = queryFirst(doc, selectors.articleRoot) ?? doc;
  const body = queryFirst(root, selectors.body);
  const blocks = body ? walkBodyBlocks(body) : [];
  return {
    title: queryFirst(root, selectors.title),
    lead: queryFirst(root, selectors.lead),
    paragraphs: blocks.filter((b) => !repeatsLead(b.block, lead)).map((b) => b.element),
  };
}

function anchorOf(t: ChangeTarget, page: PageElements): { el: Element; edge: 'side' | 'top' | 'bottom' } | null {
  if (t.kind === 'headline') return page.title ? { el: page.title, edge: 'side' } : null;
  if (t.kind === 'lead') return page.lead ? { el: page.lead, edge: 'side' } : null;
  if (t.kind === 'removed') {
    const next = t.before === null ? null : page.paragraphs[t.before];
    if (next) return { el: next, edge: 'top' };
    const last = page.paragraphs[page.paragraphs.length - 1];
    return last ? { el: last, edge: 'bottom' } : null;
  }
  const el = t.liveIndex === null ? undefined : page.paragraphs[t.liveIndex];
  return el ? { el, edge: 'side' } : null;
}

/** Draws one marker per change target beside `page`'s elements; `gate`: see host.ts newGate (Firefox). */
export function installMarkers(doc: Document, targets: readonly ChangeTarget[], page: PageElements, tr: Pick<Translator, 't'>, gate: string | null = null): MarkerLayer {
  const view = doc.defaultView;
  // A closed root under a random tag (host.ts): the page cannot read the archived text in the tips.
  const { host, shadow, container: layer } = createUiHost(doc, MARKER_CSS, 'position:absolute;top:0;left:0;width:0;height:0;z-index:2;pointer-events:none', MARKERS_TAG, gate);
  layer.className = 'layer';

  const placed = targets.slice(0, MAX_MARKERS).map((t, i) => {
    const anchor = anchorOf(t, page);
    if (!anchor) return null;
    const marker = doc.createElement('div');
    marker.className = `m m--${t.kind}`;
    marker.setAttribute('data-change', String(i));
    marker.setAttribute('data-kind', t.kind);
    const bar = doc.createElement('button');
    bar.type = 'button';
    bar.className = 'm__bar';
    bar.setAttribute('aria-label', tr.t('marker.position', tr.t(KIND_LABELS[t.kind].marker), i + 1, targets.length));
    const tip = doc.createElement('div');
    tip.className = 'tip';
    tip.id = `rfi-lens-tip-${i}`;
    tip.setAttribute('role', 'tooltip');
    tip.append(tooltipContent(doc, t, tr));
    bar.setAttribute('aria-describedby', tip.id);
    marker.append(bar, tip);
    layer.append(marker);
    return { marker, anchor };
  });

  // Every position is read first, then every style written: one layout per update, not one per
  // marker (reading a box after writing a style forces the browser to lay the page out again).
  const update = () => {
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    const boxes = placed.map((p) => (p ? p.anchor.el.getBoundingClientRect() : null));
    placed.forEach((p, i) => {
      const r = boxes[i];
      if (!p || !r) return;
      const s = p.marker.style;
      const removed = p.anchor.edge !== 'side';
      s.left = `${Math.max(2, r.left + sx - (removed ? 22 : 16))}px`;
      s.top = `${(p.anchor.edge === 'bottom' ? r.bottom : r.top) + sy - (removed ? 7 : 0)}px`;
      if (!removed) s.height = `${Math.max(10, r.height)}px`;
    });
  };
  // Resizes come in bursts (every frame of a window drag, every image that loads): one update per frame.
  let frame: number | null = null;
  const schedule = () => {
    if (frame !== null || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = null;
      update();
    });
  };

  let current = -1;
  const show = (target: JumpTarget): number => {
    const indexes = placed.flatMap((p, i) => (p ? [i] : []));
    if (!indexes.length) return -1;
    let i: number;
    if (target === 'next') i = indexes.find((x) => x > current) ?? (indexes[0] as number);
    else if (target === 'previous') i = [...indexes].reverse().find((x) => x < current) ?? (indexes[indexes.length - 1] as number);
    else i = target;
    const p = placed[i];
    if (!p) return -1;
    placed.forEach((q) => q?.marker.classList.remove('m--current'));
    p.marker.classList.add('m--current');
    p.anchor.el.scrollIntoView({ block: 'center' });
    update();
    (p.marker.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });
    current = i;
    return i;
  };

  const Observer = view?.ResizeObserver;
  const observer = Observer ? new Observer(schedule) : null;
  observer?.observe(doc.body ?? doc.documentElement);
  view?.addEventListener('resize', schedule);
  doc.documentElement.append(host);
  update();

  return {
    get count() {
      return targets.length;
    },
    get current() {
      return current;
    },
    update,
    show,
    root: shadow,
    remove() {
      observer?.disconnect();
      view?.removeEventListener('resize', schedule);
      if (frame !== null) view?.cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
