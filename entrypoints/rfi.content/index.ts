import { capArticle } from '@/lib/limits';
import { sendMessage } from '@/lib/messaging';
import { isArticleUrl } from '@/lib/page/detect';
import { extractArticle } from '@/lib/page/extract';
import { mountSidebar } from './mount';

// Detect → extract → ask the background → mount. Nothing here runs at import time.
export default defineContentScript({
  matches: ['*://*.rfi.fr/*'],
  runAt: 'document_idle',
  // The sidebar's CSS is inlined into its shadow root (mount.tsx): nothing web-accessible, no fetch.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const started = performance.now();
    try {
      if (window.top !== window || !isArticleUrl(location.href)) return;
      const extracted = extractArticle(document, location.href);
      if (!extracted) return; // not an article: the page is left untouched
      const live = capArticle(extracted); // a huge page is compared in part, and says so
      const reply = await sendMessage('inspect', { pageUrl: location.href, live });
      if (ctx.isInvalid) return;
      mountSidebar(ctx, reply.ok ? { report: reply.value } : { report: null, error: reply.error }, started);
    } catch (error) {
      // Never throw into the host page.
      console.warn('[RFI Lens]', error);
    }
  },
});
