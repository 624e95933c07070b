// A Chromium trace of every process of the browser (a page session's Tracing domain records them
// all), summarised by process and slice name: where a slow lookup spends its time outside the
// worker's JavaScript (IndexedDB's backend, LevelDB, the browser's task queues). No hook in the product.
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; src_func?: string; src_file?: string };
}

export interface Trace {
  /** Stops; the slices' own CPU (tdur) and wall (dur) summed by process and name, biggest CPU first. */
  stop(): Promise<string[]>;
}

export async function traceBrowser(page: Page, categories: string[]): Promise<Trace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      const processName = new Map<number, string>();
      const threadName = new Map<string, string>();
      for (const e of events) {
        if (e.ph === 'M' && e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '');
        if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
      }
      const sums = new Map<string, { cpu: number; wall: number; n: number }>();
      for (const e of events) {
        if (e.ph !== 'X' || e.dur === undefined) continue;
        const where = e.args?.src_func ? ` (${e.args.src_file?.split('/').slice(-2).join('/')}: ${e.args.src_func})` : '';
        const key = `${processName.get(e.pid) ?? e.pid} / ${threadName.get(`${e.pid}:${e.tid}`) ?? e.tid}: ${e.name}${where}`;
        const s = sums.get(key) ?? { cpu: 0, wall: 0, n: 0 };
        s.cpu += (e.tdur ?? 0) / 1000;
        s.wall += e.dur / 1000;
        s.n++;
        sums.set(key, s);
      }
      return [...sums]
        .sort((a, b) => b[1].cpu - a[1].cpu || b[1].wall - a[1].wall)
        .slice(0, 25)
        .map(([key, s]) => `${s.cpu.toFixed(0).padStart(6)} ms CPU ${s.wall.toFixed(0).padStart(6)} ms wall ×${s.n}  ${key}`);
    },
  };
}
