import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '@/components/i18n';
import { Sidebar } from '@/components/Sidebar';
import { changeCount } from '@/lib/diff/summary-line';
import { articleSegments } from '@/lib/entities/segments';
import { createEntityFinder } from '@/lib/page/highlight';
import { sendMessage } from '@/lib/messaging';
import { withLive } from '@/lib/protocol';
import { setSideBySide, SIDE_BY_SIDE_MIN_WIDTH } from '@/lib/page/side-by-side';
import { startsOpen } from '@/lib/settings/settings';
import { translatorOf, type UiSetup } from '@/lib/settings/ui-setup';
import type { Article, Report } from '@/lib/types';
import css from './style.css?inline';
import { createMarkerController } from './page-markers';
import { rememberPanel } from './remember-panel';

export interface Shown {
  report: Report | null;
  error?: string;
}

/** The same live article compared with another stored version (its `source`). */
async function askVersion(report: Report | null, version: string): Promise<Shown> {
  if (!report) return { report: null, error: 'no article to compare' };
  const live = { value: report.live, warnings: report.liveWarnings };
  const reply = await sendMessage('inspect', { pageUrl: location.href, live, version });
  return reply.ok ? { report: withLive(reply.value, live) } : { report: null, error: reply.error };
}

/**
 * Mounts the sidebar in a shadow root (host CSS cannot reach it) and removes it with the context.
 * It paints at once with the live article (title, metadata) in the reader's language and theme,
 * then fills in the comparison when `comparison` resolves; the settings say whether it opens.
 */
export async function mountSidebar(ctx: ContentScriptContext, setup: UiSetup, live: Article, comparison: Promise<Shown>, started: number): Promise<void> {
  const translator = translatorOf(setup);
  const { settings } = setup;
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'rfi-lens-root',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      const root = document.createElement('div');
      root.className = `theme theme--${settings.theme}`;
      root.lang = translator.lang;
      container.append(root);
      let shown: Shown = { report: null };
      const panel = rememberPanel(setup.panel, root, (change) => void sendMessage('panel', change));
      // Mentions are highlighted with CSS.highlights (the page's text is never touched).
      const finder = createEntityFinder(document, articleSegments(live));
      let markers = createMarkerController(ctx, null, translator);
      // Open: room beside the article (wide windows, if the reader wants it), then markers on the
      // reflowed page. Collapsed: markers, highlights and the room all given back.
      const onCollapsedChange = (collapsed: boolean) => {
        panel.onCollapsedChange(collapsed);
        const room = settings.sideBySide && !collapsed && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH;
        setSideBySide(document, room ? panel.width() : null);
        if (collapsed) finder.clear();
        markers.onCollapsedChange(collapsed);
      };
      panel.onWidthChange((width) => {
        if (settings.sideBySide && !panel.collapsed() && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH) setSideBySide(document, width);
      });
      ctx.onInvalidated(() => {
        finder.clear();
        setSideBySide(document, null);
      });
      const useComparison = (next: Shown) => {
        markers.dispose(); // the old comparison's markers and shortcut listener go
        markers = createMarkerController(ctx, next.report, translator);
        if (!panel.collapsed()) markers.onCollapsedChange(false); // already open: draw them now
      };
      // The reader chose another stored version: ask the background again and draw its answer.
      const chooseVersion = async (version: string) => {
        const next = await askVersion(shown.report, version);
        if (ctx.isInvalid) return;
        if (next.report) {
          useComparison(next);
          markers.onCollapsedChange(false); // the panel is open: the reader chose in it
        }
        draw(next.report ? next : { report: shown.report, error: next.error }, 'open');
      };
      // `key` remounts the panel when the comparison decides it opens (settings: only with edits).
      const draw = (next: Shown, key: string) => {
        shown = next;
        panel.expect(key === 'closed');
        render(
          <I18nProvider translator={translator}>
            <Sidebar
              key={key}
              report={next.report}
              live={live}
              error={next.error ?? null}
              initiallyCollapsed={key === 'closed'}
              onFindEntity={finder.find}
              onJump={(target) => markers.onJump(target)}
              onCollapsedChange={onCollapsedChange}
              width={panel.width()}
              onResize={panel.resize}
              onChooseVersion={(version) => void chooseVersion(version).catch((error: unknown) => console.warn('[RFI Lens]', error))}
            />
          </I18nProvider>,
          root,
        );
      };
      const first = startsOpen(settings, setup.panel, null) ? 'open' : 'closed';
      draw(shown, first);
      // Time from content-script start to the first painted frame, read by the browser tests.
      requestAnimationFrame(() => host.setAttribute('data-paint-ms', (performance.now() - started).toFixed(1)));
      void comparison.then((next) => {
        if (ctx.isInvalid) return;
        useComparison(next);
        const count = next.report?.changes ? changeCount(next.report.changes) : null;
        const open = first === 'open' || (!panel.touched() && startsOpen(settings, setup.panel, count));
        draw(next, open ? 'open' : 'closed');
        host.setAttribute('data-compared', 'true');
      });
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
      setSideBySide(document, null);
    },
  });
  ui.mount();
}
