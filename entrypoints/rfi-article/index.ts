import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startOnArticle } from '../rfi.content/start';

// The article script: not in the manifest; the background injects it into an article's top frame
// when the loader (entrypoints/rfi.content) asks (entrypoints/background/inject.ts), with
// scripting.executeScript (MV3) or tabs.executeScript (Firefox MV2). It runs in the content
// script's isolated world, so nothing of it is visible to the page. Nothing runs at import time.
export default defineUnlistedScript(() => {
  // Injected twice into one document (a second request): one panel. The mark lives in our isolated
  // world's global object, which the page cannot see.
  const started = Symbol.for('rfi-lens.article');
  const world = globalThis as unknown as Record<symbol, true | undefined>;
  if (world[started]) return;
  world[started] = true;
  void startOnArticle(new ContentScriptContext('rfi'));
});
