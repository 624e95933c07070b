// axe-core over one of our closed shadow roots, as shipped (issue 12 keeps them closed, under a
// random tag). axe in the page cannot see into a closed root, so it runs in the realm the drivers'
// `inRoot` already uses (Chromium: a CDP isolated world; Firefox: a WebDriver BiDi sandbox), which
// is handed the root itself. There, and only there, `Element.prototype.shadowRoot` is taught to
// answer our host with that root for the length of the run: axe walks shadow DOM through that
// getter (its flat tree, and color-contrast's elementsFromPoint descent), so it analyses the real
// nodes with their real computed styles and layout. The page's realm and the extension's content
// script keep their own prototypes: nothing they see changes. The suite's planted pale line proves
// axe really looked inside.
// `inRoot` returns synchronously and `axe.run` is asynchronous, and in Chromium each call gets a
// fresh world; so the run leaves its summary in an inert <template> inside the closed root (which
// the page cannot read), and the next calls collect and remove it.
import { poll, type RootKind, type SidebarPage } from './driver';

export interface Finding {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
  /** Where (axe's selectors, the first three nodes); what axe's check data said of the first. */
  where?: string[];
  data?: unknown;
}

export interface AxeSummary {
  findings: Finding[];
  /** How many nodes axe judged for colour contrast (a run that saw nothing cannot pass). */
  contrastChecked: number;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Starts axe on `root`'s host (the root as its shadow tree); the summary lands in a template tagged `id`. */
function start(root: ShadowRoot, [source, tags, id]: [string, string[], string]): boolean {
  const g = globalThis as unknown as { axe?: AxeApi; eval: (s: string) => unknown };
  type AxeApi = { run(ctx: Element, opts: object): Promise<{ violations: R[]; passes: R[]; incomplete: R[] }> };
  type R = { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; any: { data: unknown }[]; all: { data: unknown }[]; none: { data: unknown }[] }[] };
  if (!g.axe) (0, g.eval)(source);
  const axe = g.axe ?? (window as unknown as { axe: AxeApi }).axe;
  const host = root.host;
  const proto = Element.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'shadowRoot')!;
  Object.defineProperty(proto, 'shadowRoot', {
    configurable: true,
    get(this: Element) {
      return this === host ? root : own.get!.call(this);
    },
  });
  const done = (summary: object) => {
    Object.defineProperty(proto, 'shadowRoot', own);
    const t = document.createElement('template');
    t.setAttribute('data-rfi-lens-axe', id);
    t.setAttribute('data-summary', JSON.stringify(summary));
    root.append(t);
  };
  axe.run(host, { runOnly: { type: 'tag', values: tags } }).then(
    (r) =>
      done({
        findings: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          nodes: v.nodes.length,
          help: v.help,
          where: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
          data: [...(v.nodes[0]?.all ?? []), ...(v.nodes[0]?.none ?? []), ...(v.nodes[0]?.any ?? [])].map((c) => c.data).filter((d) => d != null)[0] ?? null,
        })),
        contrastChecked: [...r.passes, ...r.violations, ...r.incomplete].filter((x) => x.id === 'color-contrast').reduce((n, x) => n + x.nodes.length, 0),
      }),
    (e: unknown) => done({ error: String(e) }),
  );
  return true;
}

/** The summary left by the run tagged `id` (removed as it is read); null while axe is still running. */
function collect(root: ShadowRoot, id: string): string | null {
  const t = root.querySelector(`template[data-rfi-lens-axe="${id}"]`);
  if (!t) return null;
  t.remove();
  return t.getAttribute('data-summary');
}

let runs = 0;

/** axe over our `kind` root on `page`; throws when that host is absent or axe failed. */
export async function axeInRoot(page: SidebarPage, kind: RootKind, axeSource: string): Promise<AxeSummary> {
  const id = `run-${++runs}`;
  if ((await page.inRoot(kind, start, [axeSource, WCAG_TAGS, id] as [string, string[], string])) !== true) throw new Error(`no ${kind} host to check`);
  let summary: string | null = null;
  await poll(async () => (summary = await page.inRoot(kind, collect, id)) !== null, 30_000, `axe in the ${kind} root`);
  const out = JSON.parse(summary!) as AxeSummary & { error?: string };
  if (out.error) throw new Error(`axe in the ${kind} root: ${out.error}`);
  return out;
}
