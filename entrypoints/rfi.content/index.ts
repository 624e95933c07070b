import { capArticle } from '@/lib/limits';
import { sendMessage } from '@/lib/messaging';
import { withLive } from '@/lib/protocol';
import { newGate } from '@/lib/overlay/host';
import { isArticleDocument, isArticleUrl } from '@/lib/page/detect';
import { extractArticle } from '@/lib/page/extract';
import { parseRfiPath } from '@/lib/rfi-url';
import { mountSidebar, type Shown } from './mount';

// Detect → ask the background for settings and language → extract → ask for the comparison →
// paint the panel with the live article → fill in the comparison. Nothing here runs at import time.
export default defineContentScript({
  matches: ['*://*.rfi.fr/*'],
  // Only where an article can be (a dated slug, or CN wire copy): the browser does not even inject
  // the script into home pages, listings and feeds, so they cost nothing (isArticleUrl decides the rest).
  includeGlobs: ['*://*.rfi.fr/*/19??????-*', '*://*.rfi.fr/*/20??????-*', '*://*.rfi.fr/*/contenu/*'],
  runAt: 'document_idle',
  // The sidebar's CSS is inlined into its shadow root (mount.tsx): nothing web-accessible, no fetch.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const started = performance.now();
    try {
      // A page that is not an article costs one selector query and asks the background nothing.
      if (window.top !== window || !isArticleUrl(location.href) || !isArticleDocument(document)) return;
      // Firefox runs nothing of ours once the extension is gone: our hosts are shown by a sheet the
      // background puts in the page, which Firefox takes away with the extension (host.ts newGate).
      const gate = import.meta.env.FIREFOX ? newGate() : null;
      // Settings and messages first (the edition from the URL): the worker answers while we extract.
      const setup = sendMessage('ui', { edition: parseRfiPath(location.href)?.edition ?? null, languages: [...navigator.languages], ...(gate ? { gate } : {}) });
      const extracted = extractArticle(document, location.href);
      if (!extracted) return; // not an article: the page is left untouched
      const live = capArticle(extracted); // a huge page is compared in part, and says so
      const comparison: Promise<Shown> = sendMessage('inspect', { pageUrl: location.href, live }).then((reply) =>
        reply.ok ? { report: withLive(reply.value, live) } : { report: null, error: reply.error },
      );
      const ui = await setup;
      if (ctx.isInvalid) return;
      if (!ui.ok) throw new Error(`no settings or messages from the background: ${ui.error}`);
      mountSidebar(ctx, ui.value, live.value, comparison, started, gate);
    } catch (error) {
      // Never throw into the host page.
      console.warn('[RFI Lens]', error);
    }
  },
});
