// The sidebar's Wayback Machine section, wired: asks the background to look (the reader's click,
// or by itself where the setting says `always` and the article has no capture), hears the answer
// given in the permission window, and compares with the capture found through `inspect`
// (mount.tsx chooseVersion), as with any stored version. The last answer outlives a redraw.
import { useEffect, useState } from 'preact/hooks';
import { WaybackPanel } from '@/components/WaybackPanel';
import { onWaybackEvents, sendMessage } from '@/lib/messaging';
import type { WaybackMode } from '@/lib/settings/settings';
import type { Report } from '@/lib/types';
import { emptyOutcome, type WaybackOutcome } from '@/lib/wayback/outcome';

/** What the section remembers across the panel's redraws on one page. */
export interface WaybackMemory {
  outcome: WaybackOutcome | null;
  /** The `always` lookup was made on this page. */
  autoDone: boolean;
}

interface Props {
  report: Report;
  mode: WaybackMode;
  memory: WaybackMemory;
  /** Compare with a stored version (mount.tsx chooseVersion). */
  onCompare: (version: string) => Promise<void>;
}

export function WaybackSlot({ report, mode, memory, onCompare }: Props) {
  const [outcome, setOutcome] = useState<WaybackOutcome | null>(memory.outcome);
  const [busy, setBusy] = useState(false);
  const remember = (next: WaybackOutcome) => {
    memory.outcome = next;
    setOutcome(next);
  };
  const look = async (prefer: string | undefined, asked: boolean) => {
    setBusy(true);
    const live = { value: report.live, warnings: report.liveWarnings };
    const reply = await sendMessage('waybackLookup', { pageUrl: location.href, live, prefer: prefer ?? null, asked });
    const next = reply.ok ? reply.value : emptyOutcome('failed');
    remember(next);
    if (next.state === 'found' && next.version) await onCompare(next.version);
    setBusy(false);
  };
  useEffect(() => {
    // The reader answered in our permission window: look now (granted) or say nothing was sent.
    const stop = onWaybackEvents(({ granted }) => (granted ? void look(undefined, true) : remember(emptyOutcome('declined'))));
    if (mode === 'always' && !report.match && !memory.autoDone) {
      memory.autoDone = true;
      void look(undefined, false);
    }
    return stop;
  }, []);
  return (
    <WaybackPanel
      mode={mode}
      outcome={outcome}
      busy={busy}
      hasMatch={report.match !== null}
      selected={report.archived?.source ?? null}
      onLook={(prefer) => void look(prefer, true)}
      onChoose={(version) => void onCompare(version)}
    />
  );
}
