import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { I18nProvider } from '@/components/i18n';
import { Sidebar } from '@/components/Sidebar';
import { neutraliseBidi, neutraliseBidiDeep } from '@/lib/bidi';
import { changeCount } from '@/lib/diff/summary-line';
import { articleSegments } from '@/lib/entities/segments';
import type { Translator } from '@/lib/i18n/translate';
import { TOO_LARGE } from '@/lib/limits';
import { sendMessage } from '@/lib/messaging';
import { createEntityFinder, createHighlighter, forgetLeftoverHighlights, type EntityFinder } from '@/lib/overlay/highlight';
import { confirmGate, createUiHost, raiseToTopLayer } from '@/lib/overlay/host';
import { setSideBySide, SIDE_BY_SIDE_MIN_WIDTH } from '@/lib/overlay/side-by-side';
import { withLive, type ResponseOf } from '@/lib/protocol';
import { startsOpen } from '@/lib/settings/settings';
import { translatorOf, type UiSetup } from '@/lib/settings/ui-setup';
import type { Article, Report, ReportEntity } from '@/lib/types';
import css from './style.css?inline';
import { ownArchiveActions } from './own-archive';
import { createMarkerController } from './page-markers';
import { rememberPanel } from './remember-panel';
import { WatchSlot } from './watch-slot';
import { WaybackSlot, type WaybackMemory } from './wayback-slot';

export interface Shown {
  /** The comparison with the live article put back, and the reader's own archive (`own`) when a store answered. */
  report: (Report & Pick<ResponseOf<'inspect'>, 'own'>) | null;
  error?: string;
  /** The outcome of the last own-archive action (own-archive.ts). */
  ownMessage?: string | null;
}

/** The box shown in place of the panel once the extension is gone (reloaded, updated, disabled). */
const STALE_CSS = `.stale { position: fixed; top: 12px; right: 12px; z-index: 2147483646; max-width: 320px; padding: 10px 14px;
  font: 14px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #fff8e1; border: 1px solid #d98a00; border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); }`;

/** The same live article compared with another stored version (its `source`). */
async function askVersion(report: Report | null, version: string, noArticle: string): Promise<Shown> {
  if (!report) return { report: null, error: noArticle };
  const live = { value: report.live, warnings: report.liveWarnings };
  const reply = await sendMessage('inspect', { pageUrl: location.href, live, version });
  return reply.ok ? { report: withLive(reply.value, live) } : { report: null, error: reply.error };
}

/** What the sidebar is given: bidi controls neutralised, the size cap said in the reader's words. */
function forDisplay(shown: Shown, { t, lang }: Translator): Shown {
  const report = shown.report ? neutraliseBidiDeep(shown.report) : null;
  const capped = report?.liveWarnings.some((w) => w.code === TOO_LARGE);
  const kept = report ? new Intl.NumberFormat(lang).format(report.live.paragraphs.length) : '';
  return { report, error: shown.error ? neutraliseBidi(shown.error) : capped ? t('limits.tooLarge', kept) : undefined };
}

/**
 * Mounts the sidebar in a closed shadow root under a host the page cannot predict or restyle
 * (lib/overlay/host.ts). It paints at once with the live article (title, metadata) in the reader's
 * language and theme, then fills in the comparison when `comparison` resolves; the settings say
 * whether it opens. When the extension goes away under the page, the panel is replaced by a notice
 * that says so (nothing dead is left on screen) and the markers and room are given back. Firefox
 * runs nothing of ours once the extension is gone: there `gate` (lib/overlay/host.ts newGate, its
 * sheet put in the page by the background) makes the hosts and the room vanish with it.
 */
export function mountSidebar(ctx: ContentScriptContext, setup: UiSetup, live: Article, comparison: Promise<Shown>, started: number, gate: string | null = null): void {
  const translator = translatorOf(setup);
  const { settings } = setup;
  // Before the comparison the panel shows the page's title and metadata, never its paragraphs:
  // only those are neutralised on the way to the first paint.
  const shownLive = neutraliseBidiDeep({ ...live, paragraphs: [] });
  const { host, container } = createUiHost(document, `${css}\n${STALE_CSS}`, 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647', undefined, gate);
  const root = document.createElement('div');
  root.className = `theme theme--${settings.theme}`;
  root.lang = translator.lang;
  container.append(root);
  let shown: Shown = { report: null };
  const panel = rememberPanel(setup.panel, root, (change) => void sendMessage('panel', change));
  // Mentions are highlighted with CSS.highlights (the page's text is never touched); the finder is
  // made on the reader's first click on a name, not on the way to the first paint.
  let entityFinder: EntityFinder | null = null;
  forgetLeftoverHighlights(document); // a reloaded extension's earlier run (Firefox) left its marks
  const finder = {
    // Gated (Firefox): the ::highlight() rules are in the gate's sheet, gone with the extension.
    find: (entity: ReportEntity) => (entityFinder ??= createEntityFinder(document, articleSegments(live), createHighlighter(document, gate !== null))).find(entity),
    clear: () => entityFinder?.clear(),
  };
  // Change markers beside the page's paragraphs while the panel is open (page-markers.ts).
  let markers = createMarkerController(ctx, null, translator, gate);
  // Open: room beside the article (wide windows, if the reader wants it), then markers on the
  // reflowed page. Collapsed: markers, highlights and the room all given back.
  const onCollapsedChange = (collapsed: boolean) => {
    if (ctx.isInvalid) return;
    panel.onCollapsedChange(collapsed);
    const room = settings.sideBySide && !collapsed && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH;
    setSideBySide(document, room ? panel.width() : null, gate);
    if (collapsed) finder.clear();
    markers.onCollapsedChange(collapsed);
  };
  panel.onWidthChange((width) => {
    if (settings.sideBySide && !panel.collapsed() && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH) setSideBySide(document, width, gate);
  });
  ctx.onInvalidated(() => {
    try {
      finder.clear();
      setSideBySide(document, null);
      render(
        <div class="stale" role="status" data-testid="stale">
          {translator.t('sidebar.updated')}
        </div>,
        root,
      );
    } catch (error) {
      console.warn('[RFI Lens]', error); // never throw into the page
    }
  });
  // A click or key inside the panel first checks that the extension is still there.
  for (const type of ['pointerdown', 'keydown', 'focusin']) container.addEventListener(type, () => void ctx.isInvalid, { capture: true });
  const useComparison = (next: Shown) => {
    markers.dispose(); // the old comparison's markers and shortcut listener go
    markers = createMarkerController(ctx, next.report, translator, gate);
    if (!panel.collapsed()) markers.onCollapsedChange(false); // already open: draw them now
  };
  // The reader chose another stored version: ask the background again and draw its answer.
  const chooseVersion = async (version: string) => {
    const next = await askVersion(shown.report, version, translator.t('sidebar.noArticle'));
    if (ctx.isInvalid) return;
    if (next.report) {
      useComparison(next);
      markers.onCollapsedChange(false); // the panel is open: the reader chose in it
    }
    draw(next.report ? next : { report: shown.report, error: next.error }, 'open');
  };
  // The Wayback section's last answer, kept across redraws (wayback-slot.tsx).
  const wayback: WaybackMemory = { outcome: null, autoDone: false };
  // `key` remounts the panel when the comparison decides it opens (settings: only with edits).
  let key = startsOpen(settings, setup.panel, null) ? 'open' : 'closed';
  const draw = (next: Shown, nextKey = key) => {
    shown = next;
    key = nextKey;
    panel.expect(key === 'closed');
    const display = forDisplay(next, translator);
    render(
      <I18nProvider translator={translator}>
        <Sidebar
          key={key}
          report={display.report}
          live={shownLive}
          error={display.error ?? null}
          initiallyCollapsed={key === 'closed'}
          onFindEntity={finder.find}
          onJump={(target) => markers.onJump(target)}
          onCollapsedChange={onCollapsedChange}
          width={panel.width()}
          onResize={panel.resize}
          onChooseVersion={(version) => void chooseVersion(version).catch((error: unknown) => console.warn('[RFI Lens]', error))}
          own={display.report?.own ?? null}
          ownMessage={next.ownMessage ?? null}
          ownActions={ownArchiveActions(() => shown, (n) => draw(n), container, translator)}
          watch={display.report ? <WatchSlot live={display.report.live} /> : null}
          wayback={display.report ? <WaybackSlot report={display.report} mode={settings.wayback} memory={wayback} onCompare={chooseVersion} /> : null}
        />
      </I18nProvider>,
      root,
    );
  };
  const first = key;
  draw(shown, first);
  (document.body ?? document.documentElement).append(host);
  raiseToTopLayer(host);
  // The gate's sheet did not reach the page: shown without it (the notice then relies on ctx).
  if (gate !== null && !confirmGate(host, gate, window)) gate = null;
  // Time from content-script start to the first painted frame, read by the browser tests.
  requestAnimationFrame(() => host.setAttribute('data-paint-ms', (performance.now() - started).toFixed(1)));
  void comparison
    .then((next) => {
      if (ctx.isInvalid) return;
      useComparison(next);
      const count = next.report?.changes ? changeCount(next.report.changes) : null;
      const open = first === 'open' || (!panel.touched() && startsOpen(settings, setup.panel, count));
      draw(next, open ? 'open' : 'closed');
      host.setAttribute('data-compared', 'true');
    })
    .catch((error: unknown) => console.warn('[RFI Lens]', error));
}
