// Wiring of the on-page change markers (lib/overlay/markers.ts): drawn while the sidebar is open,
// taken off when it collapses, when the UI is removed and when the extension context goes away;
// moved between by the sidebar's controls and by the jump shortcut the background relays.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { changeTargets } from '@/lib/diff/targets';
import { onTabEvents } from '@/lib/messaging';
import { installMarkers, locatePage, type MarkerLayer } from '@/lib/overlay/markers';
import type { Translator } from '@/lib/i18n/translate';
import type { JumpTarget } from '@/lib/protocol';
import type { Report } from '@/lib/types';

export interface MarkerController {
  onCollapsedChange(collapsed: boolean): void;
  onJump(target: JumpTarget): void;
  /** Markers off and the shortcut listener gone: for a controller replaced by a new comparison. */
  dispose(): void;
}

/** `gate`: hosts shown only while the gate's sheet is in the page (lib/overlay/host.ts newGate, Firefox). */
export function createMarkerController(ctx: ContentScriptContext, report: Report | null, tr: Pick<Translator, 't'>, gate: string | null = null): MarkerController {
  const targets = report?.changes ? changeTargets(report.changes) : [];
  let layer: MarkerLayer | null = null;
  let open = false;
  const install = () => {
    if (layer || !open || !report || !targets.length || ctx.isInvalid) return;
    try {
      layer = installMarkers(document, targets, locatePage(document, report.live.lead), tr, gate);
    } catch (error) {
      console.warn('[RFI Lens] markers', error); // never throw into the page
    }
  };
  const remove = () => {
    layer?.remove();
    layer = null;
  };
  const onJump = (target: JumpTarget) => {
    install();
    layer?.show(target);
  };
  const stop = onTabEvents((event) => open && onJump(event.direction));
  const dispose = () => {
    open = false;
    stop();
    remove();
  };
  ctx.onInvalidated(dispose);
  return {
    onCollapsedChange(collapsed) {
      open = !collapsed;
      if (collapsed) remove();
      else install();
    },
    onJump,
    dispose,
  };
}
