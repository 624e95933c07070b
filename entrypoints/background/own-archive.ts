// The reader's own archive in the background: each first look at an article is compared with every
// source, then stored as a "your visit" capture when its text differs from the last stored one
// (compared first, stored after: the comparison is with what the reader saw before, by default
// the newest capture of any source whose text differs from the page, usually their previous
// visit). Forget, switch, export.
import { buildReport } from '@/lib/report';
import { EmptyCaptureError, makeCapture, type CaptureStore } from '@/lib/store';
import { defaultVersion } from '@/lib/store/default-version';
import { exportFile } from '@/lib/store/export';
import type { OwnArchiveStatus } from '@/lib/store/status';
import { storeError } from '@/lib/store/store';
import type { RequestOf, ResponseOf } from '@/lib/protocol';
import type { Report } from '@/lib/types';
import { corpusFor } from './corpus';
import { ownArchiveSettings } from './settings';

const errorText = (error: unknown) => storeError(error).message;

/** The store's key of the matched article, when the store holds one of its versions. */
async function articleKeyOf(store: CaptureStore, report: Report): Promise<string | null> {
  for (const v of [...(report.match?.versions ?? [])].reverse()) {
    if (!v.origin || v.origin === 'bundled') continue;
    const c = await store.byVersion(v.source);
    if (c) return c.articleKey;
  }
  return null;
}

async function status(store: CaptureStore | null, over: Partial<OwnArchiveStatus>): Promise<OwnArchiveStatus> {
  const visits = await ownArchiveSettings().visitsOn.getValue();
  const usage = store ? await store.usage().catch(() => null) : null;
  return { visits, firstNotice: false, visit: 'none', evicted: 0, error: null, articleKey: null, usage, ...over };
}

/** Counts captures the size cap removed with no page to say so (watch, follow). */
export async function unsaidEvictions(count: number): Promise<void> {
  const item = ownArchiveSettings().evictedUnsaid;
  await item.setValue((await item.getValue()) + count);
}

/** The evictions not yet said, now said (cleared). */
async function takeUnsaid(): Promise<number> {
  const item = ownArchiveSettings().evictedUnsaid;
  const count = await item.getValue();
  if (count > 0) await item.setValue(0);
  return count;
}

export function createOwnArchive(getStore: () => Promise<CaptureStore>) {
  const settings = ownArchiveSettings();

  /** Stores this visit when visits are on and the text changed; never throws. */
  async function recordVisit(report: Report, pageUrl: string): Promise<OwnArchiveStatus> {
    let store: CaptureStore | null = null;
    try {
      store = await getStore();
      const key = await articleKeyOf(store, report);
      if (!(await settings.visitsOn.getValue())) return status(store, { visit: 'off', articleKey: key });
      const capture = await makeCapture(report.live, { source: 'visit', capturedAt: Date.now(), readUrl: pageUrl });
      const added = await store.addCapture(capture, key ? { articleKey: key } : {});
      const firstNotice = added.status === 'stored' && !(await settings.visitsNoticeShown.getValue());
      if (firstNotice) await settings.visitsNoticeShown.setValue(true);
      const evicted = added.evicted.length + (await takeUnsaid());
      return status(store, { visit: added.status, firstNotice, evicted, articleKey: added.capture.articleKey });
    } catch (error) {
      if (error instanceof EmptyCaptureError) return status(store, { visit: 'empty' });
      return status(store, { visit: 'failed', error: errorText(error) });
    }
  }

  /** `ready`: what must be out before the comparison's own work starts (the tab's `ui` answer); the parts are read meanwhile. */
  async function inspect({ pageUrl, live, version }: RequestOf<'inspect'>, ready?: Promise<void>): Promise<Report & Pick<ResponseOf<'inspect'>, 'own'>> {
    let storeFailure: string | null = null;
    const index = await corpusFor(live.value, pageUrl, getStore, (error) => (storeFailure = errorText(error)));
    await ready;
    let report = buildReport(live, pageUrl, index, version);
    if (version == null && report.match) {
      // Not chosen by the reader: the newest capture whose text differs (lib/store/default-version.ts).
      const bySource = new Map(index.articles.map((a) => [a.source, a]));
      const chosen = await defaultVersion(live.value, report.match.versions.flatMap((v) => bySource.get(v.source) ?? []));
      if (chosen && chosen !== report.archived?.source) report = buildReport(live, pageUrl, index, chosen);
    }
    if (storeFailure) return { ...report, own: await status(null, { visit: 'failed', error: storeFailure }) };
    if (version == null) return { ...report, own: await recordVisit(report, pageUrl) };
    const store = await getStore();
    return { ...report, own: await status(store, { articleKey: await articleKeyOf(store, report) }) };
  }

  return {
    inspect,
    exportFile: ({ report, pageUrl, kind }: RequestOf<'exportFile'>) => exportFile(report, pageUrl, kind, Date.now()),
    async visitsSet({ on }: { on: boolean }): Promise<OwnArchiveStatus> {
      await settings.visitsOn.setValue(on);
      return status(await getStore().catch(() => null), {});
    },
    async visitsForget({ articleKey }: { articleKey: string | null }) {
      const store = await getStore();
      const removed = articleKey ? await store.forgetArticle(articleKey, ['visit']) : await store.forgetAll(['visit']);
      return { removed, own: await status(store, { articleKey }) };
    },
  };
}
