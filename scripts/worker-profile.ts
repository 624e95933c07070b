// A CPU profile of an MV3 extension's service worker, taken over the DevTools protocol from a page's
// session (Playwright opens none on workers): the worker's target attached through the Target
// domain, the V8 sampling profiler started and stopped there. Summarised as self time by function,
// with the first characters of each function's code in the built file (the build is minified), so
// the lead can find it in the sources. No hook in the product.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

export interface WorkerProfiler {
  start(): Promise<void>;
  /** Stops and returns the profile's self time (ms) by function, biggest first. */
  stop(): Promise<{ key: string; ms: number }[]>;
  detach(): Promise<void>;
}

/** Attaches to the service worker at `scriptUrl` (chrome-extension://…/background.js) through `page`'s session. */
export async function profileWorker(page: Page, scriptUrl: string, builtFile: string, intervalUs = 200): Promise<WorkerProfiler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === scriptUrl);
  if (!target) throw new Error(`no service worker at ${scriptUrl} among ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    const w = m.id === undefined ? undefined : waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id!);
    if (m.error) w.reject(new Error(m.error.message));
    else w.resolve(m.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: intervalUs });
  const code = readFileSync(builtFile, 'utf8').split('\n');
  const snippet = (f: CallFrame) => (f.url.endsWith('background.js') ? (code[f.lineNumber] ?? '').slice(f.columnNumber, f.columnNumber + 70) : '');
  return {
    start: async () => void (await send('Profiler.start')),
    async stop() {
      const { profile } = (await send('Profiler.stop')) as { profile: Profile };
      const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const f = byId.get(id)!;
        const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
        const key = `${f.functionName || '(anonymous)'} ${where} ${snippet(f)}`.trim();
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      return [...self].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}
