import { sendMessage } from '@/lib/messaging';
import { isArticleUrl } from '@/lib/page/detect';
import { extractArticle } from '@/lib/page/extract';
import { mountSidebar, type Shown } from './mount';

// Detect → extract → ask the background (settings and language; comparison, at once) → paint the
// panel with the live article → fill in the comparison. Nothing here runs at import time.
export default defineContentScript({
  matches: ['*://*.rfi.fr/*'],
  runAt: 'document_idle',
  // The sidebar's CSS is inlined into its shadow root (mount.tsx): nothing web-accessible, no fetch.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const started = performance.now();
    try {
      if (window.top !== window || !isArticleUrl(location.href)) return;
      const live = extractArticle(document, location.href);
      if (!live) return; // not an article: the page is left untouched
      const setup = sendMessage('ui', { edition: live.value.edition, languages: [...navigator.languages] });
      const comparison: Promise<Shown> = sendMessage('inspect', { pageUrl: location.href, live }).then((reply) =>
        reply.ok ? { report: reply.value } : { report: null, error: reply.error },
      );
      const ui = await setup;
      if (ctx.isInvalid) return;
      if (!ui.ok) throw new Error(`no settings or messages from the background: ${ui.error}`);
      await mountSidebar(ctx, ui.value, live.value, comparison, started);
    } catch (error) {
      // Never throw into the host page.
      console.warn('[RFI Lens]', error);
    }
  },
});
