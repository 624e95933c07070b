import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar } from '@/components/Sidebar';
import { neutraliseBidi, neutraliseBidiDeep } from '@/lib/bidi';
import { articleSegments } from '@/lib/entities/segments';
import { createEntityFinder } from '@/lib/page/highlight';
import { TOO_LARGE } from '@/lib/limits';
import { sendMessage } from '@/lib/messaging';
import { createUiHost, raiseToTopLayer } from '@/lib/page/host';
import { setSideBySide, SIDE_BY_SIDE_MIN_WIDTH } from '@/lib/page/side-by-side';
import type { ResponseOf } from '@/lib/protocol';
import css from './style.css?inline';
import { ownArchiveActions } from './own-archive';
import { createMarkerController } from './page-markers';
import { WatchSlot } from './watch-slot';

/** The sidebar's width in px (style.css `.sidebar`). */
const SIDEBAR_WIDTH = 400;

/** Reader-visible sentences of this file (to move into the i18n layer). */
const MESSAGES = {
  updated: 'RFI Lens was updated: reload the page.',
  noArticle: 'no article to compare',
};

interface Shown {
  /** The background's answer: the report and, when a store answered, the reader's own archive (`own`). */
  report: ResponseOf<'inspect'> | null;
  error?: string;
  /** The outcome of the last own-archive action (own-archive.ts). */
  ownMessage?: string | null;
}

/** The same live article compared with another stored version (its `source`). */
async function askVersion(report: ResponseOf<'inspect'> | null, version: string): Promise<Shown> {
  if (!report) return { report: null, error: MESSAGES.noArticle };
  const reply = await sendMessage('inspect', { pageUrl: location.href, live: { value: report.live, warnings: report.liveWarnings }, version });
  return reply.ok ? { report: reply.value } : { report: null, error: reply.error };
}

/** The box shown in place of the panel once the extension is gone (reloaded, updated, disabled). */
const STALE_CSS = `.stale { position: fixed; top: 12px; right: 12px; z-index: 2147483646; max-width: 320px; padding: 10px 14px;
  font: 14px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #fff8e1; border: 1px solid #d98a00; border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); }`;

/** What the sidebar is given: bidi controls neutralised, the size cap said in words. */
function forDisplay(shown: Shown): Shown {
  const report = shown.report ? neutraliseBidiDeep(shown.report) : null;
  const capped = report?.liveWarnings.find((w) => w.code === TOO_LARGE);
  return { report, error: shown.error ? neutraliseBidi(shown.error) : capped?.message };
}

/**
 * Mounts the sidebar in a closed shadow root under a host the page cannot predict or restyle
 * (lib/page/host.ts). When the extension goes away under the page, the panel is replaced by a
 * notice that says so (nothing dead is left on screen) and the markers and room are given back.
 */
export function mountSidebar(ctx: ContentScriptContext, shown: Shown, started: number): void {
  const { host, container } = createUiHost(document, `${css}\n${STALE_CSS}`, 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647');
  const root = document.createElement('div');
  container.append(root);
  // Mentions are highlighted with CSS.highlights (the page's text is never touched).
  const finder = createEntityFinder(document, shown.report ? articleSegments(shown.report.live) : []);
  // Change markers beside the page's paragraphs while the panel is open (page-markers.ts).
  let markers = createMarkerController(ctx, shown.report);
  // Open: room beside the article (wide windows), then markers on the reflowed page. Collapsed:
  // markers, highlights and the room all given back.
  const onCollapsedChange = (collapsed: boolean) => {
    if (ctx.isInvalid) return;
    setSideBySide(document, !collapsed && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH ? SIDEBAR_WIDTH : null);
    if (collapsed) finder.clear();
    markers.onCollapsedChange(collapsed);
  };
  ctx.onInvalidated(() => {
    try {
      finder.clear();
      setSideBySide(document, null);
      render(
        <div class="stale" role="status" data-testid="stale">
          {MESSAGES.updated}
        </div>,
        root,
      );
    } catch (error) {
      console.warn('[RFI Lens]', error); // never throw into the page
    }
  });
  // A click or key inside the panel first checks that the extension is still there.
  for (const type of ['pointerdown', 'keydown', 'focusin']) container.addEventListener(type, () => void ctx.isInvalid, { capture: true });
  // The reader chose another stored version: ask the background again and draw its answer. The
  // live article is the same (the entity finder stays); the markers follow the new comparison.
  const chooseVersion = async (version: string) => {
    const next = await askVersion(shown.report, version);
    if (ctx.isInvalid) return;
    if (next.report) {
      markers.dispose(); // the old comparison's markers and shortcut listener go
      markers = createMarkerController(ctx, next.report);
      markers.onCollapsedChange(false); // the panel is open: the reader chose in it
    }
    draw(next.report ? next : { report: shown.report, error: next.error });
  };
  const draw = (next: Shown) => {
    shown = next;
    const display = forDisplay(next);
    render(
      <Sidebar
        report={display.report}
        error={display.error ?? null}
        onFindEntity={finder.find}
        onJump={(target) => markers.onJump(target)}
        onCollapsedChange={onCollapsedChange}
        onChooseVersion={(version) => void chooseVersion(version).catch((error: unknown) => console.warn('[RFI Lens]', error))}
        own={display.report?.own ?? null}
        ownMessage={next.ownMessage ?? null}
        ownActions={ownArchiveActions(() => shown, draw, container)}
        watch={display.report ? <WatchSlot live={display.report.live} /> : null}
      />,
      root,
    );
  };
  draw(shown);
  (document.body ?? document.documentElement).append(host);
  raiseToTopLayer(host);
  // Time from content-script start to the first painted frame, read by the browser tests.
  requestAnimationFrame(() => host.setAttribute('data-paint-ms', (performance.now() - started).toFixed(1)));
}
