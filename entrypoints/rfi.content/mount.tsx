import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import { articleSegments } from '@/lib/entities/segments';
import { createEntityFinder } from '@/lib/page/highlight';
import { sendMessage } from '@/lib/messaging';
import { setSideBySide, SIDE_BY_SIDE_MIN_WIDTH } from '@/lib/page/side-by-side';
import type { ResponseOf } from '@/lib/protocol';
import css from './style.css?inline';
import { ownArchiveActions } from './own-archive';
import { createMarkerController } from './page-markers';
import { WatchSlot } from './watch-slot';

/** The sidebar's width in px (style.css `.sidebar`). */
const SIDEBAR_WIDTH = 400;

interface Shown {
  /** The background's answer: the report and, when a store answered, the reader's own archive (`own`). */
  report: ResponseOf<'inspect'> | null;
  error?: string;
  /** The outcome of the last own-archive action (own-archive.ts). */
  ownMessage?: string | null;
}

/** The same live article compared with another stored version (its `source`). */
async function askVersion(report: ResponseOf<'inspect'> | null, version: string): Promise<Shown> {
  if (!report) return { report: null, error: 'no article to compare' };
  const reply = await sendMessage('inspect', { pageUrl: location.href, live: { value: report.live, warnings: report.liveWarnings }, version });
  return reply.ok ? { report: reply.value } : { report: null, error: reply.error };
}

/** Mounts the sidebar in a shadow root (host CSS cannot reach it) and removes it with the context. */
export async function mountSidebar(ctx: ContentScriptContext, shown: Shown, started: number): Promise<void> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'rfi-lens-root',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      const root = document.createElement('div');
      container.append(root);
      // Mentions are highlighted with CSS.highlights (the page's text is never touched).
      const finder = createEntityFinder(document, shown.report ? articleSegments(shown.report.live) : []);
      // Change markers beside the page's paragraphs while the panel is open (page-markers.ts).
      let markers = createMarkerController(ctx, shown.report);
      // Open: room beside the article (wide windows), then markers on the reflowed page. Collapsed:
      // markers, highlights and the room all given back. Also when the context goes away.
      const onCollapsedChange = (collapsed: boolean) => {
        setSideBySide(document, !collapsed && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH ? SIDEBAR_WIDTH : null);
        if (collapsed) finder.clear();
        markers.onCollapsedChange(collapsed);
      };
      ctx.onInvalidated(() => {
        finder.clear();
        setSideBySide(document, null);
      });
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
        render(
          <Sidebar
            report={next.report}
            error={next.error ?? null}
            onFindEntity={finder.find}
            onJump={(target) => markers.onJump(target)}
            onCollapsedChange={onCollapsedChange}
            onChooseVersion={(version) => void chooseVersion(version).catch((error: unknown) => console.warn('[RFI Lens]', error))}
            own={next.report?.own ?? null}
            ownMessage={next.ownMessage ?? null}
            ownActions={ownArchiveActions(() => shown, draw, container)}
            watch={next.report ? <WatchSlot live={next.report.live} /> : null}
          />,
          root,
        );
      };
      draw(shown);
      // Time from content-script start to the first painted frame, read by the browser tests.
      requestAnimationFrame(() => host.setAttribute('data-paint-ms', (performance.now() - started).toFixed(1)));
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
      setSideBySide(document, null);
    },
  });
  ui.mount();
}
