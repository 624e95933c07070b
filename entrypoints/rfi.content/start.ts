import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { capArticle } from '@/lib/limits';
import { sendMessage } from '@/lib/messaging';
import { withLive } from '@/lib/protocol';
import { isArticleDocument, isArticleUrl } from '@/lib/page/detect';
import { extractArticle } from '@/lib/page/extract';
import { mountSidebar, type Shown } from './mount';
import { takeSetup } from './setup-ask';

/**
 * The article script's work (entrypoints/rfi-article, injected by the background when the loader,
 * index.ts, found an article): detect → ask the background for settings and language → extract →
 * ask for the comparison → paint the panel with the live article → fill in the comparison. Never
 * throws: a failure is logged in our own console, never thrown into the host page.
 */
export async function startOnArticle(ctx: ContentScriptContext): Promise<void> {
  const started = performance.now();
  try {
    // The loader checked this already; checked again, as the tab may have moved on meanwhile.
    if (window.top !== window || !isArticleUrl(location.href) || !isArticleDocument(document)) return;
    // Settings and messages (and Firefox's gate): asked by the loader already, while this script
    // was being injected (setup-ask.ts); the worker answers while we extract.
    const { gate, answer: setup } = takeSetup();
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
}
