// The sidebar's own-archive actions in the content script: ask the background (switch, forget,
// export) and redraw with its answer; an exported file is saved through a download link (a Blob:
// no request, no permission). Never throws into the page: failures become the panel's message.
import type { OwnArchiveActions } from '@/components/OwnArchivePanel';
import type { Translator } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging';
import type { ExportedFile } from '@/lib/protocol';
import type { Shown } from './mount';

/** Saves a file through a temporary download link inside the sidebar's shadow root. */
function save(file: ExportedFile, where: HTMLElement): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName.replace(/[/\\]/g, '_');
  link.hidden = true;
  where.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ownArchiveActions(get: () => Shown, draw: (next: Shown) => void, where: HTMLElement, { t }: Translator): OwnArchiveActions {
  const withOwn = (own: NonNullable<NonNullable<Shown['report']>['own']>, ownMessage: string | null) => {
    const shown = get();
    if (shown.report) draw({ ...shown, report: { ...shown.report, own }, ownMessage });
  };
  const failed = (error: string) => draw({ ...get(), ownMessage: t('own.failed', error) });
  return {
    onSetVisits(on) {
      void sendMessage('visitsSet', { on }).then((r) => (r.ok ? withOwn(r.value, null) : failed(r.error)));
    },
    onForget(articleKey) {
      void sendMessage('visitsForget', { articleKey }).then((r) =>
        r.ok ? withOwn(r.value.own, t('own.forgotten', r.value.removed)) : failed(r.error),
      );
    },
    onExport(kind) {
      const report = get().report;
      if (!report) return;
      const { own: _own, ...plain } = report;
      void sendMessage('exportFile', { report: plain, pageUrl: location.href, kind }).then((r) => {
        if (r.ok) save(r.value, where);
        else draw({ ...get(), ownMessage: t('own.exportFailed', r.error) });
      });
    },
  };
}
