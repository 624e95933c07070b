import { sendMessage } from '@/lib/messaging';
import { articleMarker } from '@/lib/page/selectors';
import { askSetupAhead } from './setup-ask';

// The loader: the one script the manifest puts in rfi.fr pages, kept to a few hundred bytes so a
// page that is not an article pays next to nothing for it. On an article-shaped document it asks
// the background to inject the article script (entrypoints/rfi-article → start.ts), which extracts,
// compares and paints; everywhere else it leaves at once. Nothing here runs at import time, and
// nothing is shown or sent to the page (no start-up signal a page script could read).
export default defineContentScript({
  matches: ['*://*.rfi.fr/*'],
  // Only where an article can be (a dated slug, or CN wire copy): the browser does not even inject
  // the loader into home pages, listings and feeds, so they cost nothing (the background checks the
  // URL with isArticleUrl before it injects anything). `*rfi.fr`, not `*.rfi.fr`: a glob is plain
  // text, and the bare host `rfi.fr` has no dot before it (`matches` keeps other hosts out).
  includeGlobs: ['*://*rfi.fr/*/19??????-*', '*://*rfi.fr/*/20??????-*', '*://*rfi.fr/*/contenu/*'],
  runAt: 'document_idle',
  // The sidebar's CSS is inlined into its shadow root (mount.tsx): nothing web-accessible, no fetch.
  cssInjectionMode: 'manual',
  main() {
    try {
      // One selector query, no URL parsing (its first run costs more than the query: the background
      // checks the URL before it injects anything, and the article script checks both again).
      if (window.top !== window || !articleMarker.some((css) => document.querySelector(css))) return;
      // The panel's settings travel while the article script is injected (setup-ask.ts).
      askSetupAhead();
      void sendMessage('load', {});
    } catch (error) {
      console.warn('[RFI Lens]', error); // never throw into the host page
    }
  },
});
