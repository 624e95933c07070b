import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import { findPhrase } from '@/lib/page/find-text';
import type { Entity, Report } from '@/lib/types';
import css from './style.css?inline';

interface Shown {
  report: Report | null;
  error?: string;
}

/** Selects the next mention of an entity in the article and scrolls it into view. */
function finder(doc: Document): (entity: Entity) => void {
  const seen = new Map<string, number>();
  return (entity) => {
    const root = doc.querySelector('article') ?? doc.body;
    const n = seen.get(entity.text) ?? 0;
    const hit = findPhrase(root, [entity.text, ...entity.aliases], n);
    if (!hit) return;
    seen.set(entity.text, n + 1);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(hit.range);
    hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
}

/** Mounts the sidebar in a shadow root (host CSS cannot reach it) and removes it with the context. */
export async function mountSidebar(ctx: ContentScriptContext, shown: Shown, started: number): Promise<void> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'rfi-lens-root',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      const root = document.createElement('div');
      container.append(root);
      render(<Sidebar report={shown.report} error={shown.error ?? null} onFindEntity={finder(document)} />, root);
      // Time from content-script start to the first painted frame, read by the browser tests.
      requestAnimationFrame(() => host.setAttribute('data-paint-ms', (performance.now() - started).toFixed(1)));
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
}
