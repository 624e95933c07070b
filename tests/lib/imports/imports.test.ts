// Imported archives over fake-indexeddb: compiled into their own database by the build's compiler,
// read by a lookup as the bundled parts are, removable, and never read half-written (an import
// stopped mid-way is swept away, a failed one removes itself).
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFromSources } from '@/lib/corpus/sources';
import { openImportsBackend } from '@/lib/imports/idb';
import { runImport, sweepAbandoned } from '@/lib/imports/run';
import { importedSources, LIST_TTL_MS } from '@/lib/imports/source';
import type { ImportFile, ImportsBackend } from '@/lib/imports/types';
import { buildReport } from '@/lib/report';
import type { Article } from '@/lib/types';
import { REPO_ROOT } from '../../support/shared';

const fixture = (dir: string, prefix = ''): ImportFile[] =>
  readdirSync(resolve(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = resolve(e.parentPath, e.name);
      const name = prefix + path.slice(resolve(REPO_ROOT, dir).length + 1);
      return { name, read: () => new Uint8Array(readFileSync(path)) };
    });
/** The team's archive fixtures (one broken), the imports folder (an earlier capture of cn-2025-mini) and a README. */
const FILES = [...fixture('tests/fixtures/archive', 'archive/'), ...fixture('tests/fixtures/imports/folder', 'folder/')];
const PAGE = JSON.parse(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.expected.json'), 'utf8')) as { pageUrl: string; article: Article };

let n = 0;
const fresh = () => openImportsBackend(indexedDB, `imports-test-${++n}`);
let clock = 1_700_000_000_000;
const options = (id: string) => ({ id, name: 'my folder', now: () => (clock += 1000) });

async function lookup(backend: ImportsBackend) {
  const index = await indexFromSources([importedSources(async () => backend)], PAGE.article, PAGE.pageUrl, (_, e) => {
    throw e;
  });
  return buildReport({ value: PAGE.article, warnings: [] }, PAGE.pageUrl, index, null);
}

describe('import into the imports database', () => {
  it('compiles a folder with the build compiler, lists it with its counts, and a lookup finds the imported capture', async () => {
    const backend = await fresh();
    const phases = new Set<string>();
    const summary = await runImport(backend, FILES, { ...options('imp-a'), onProgress: (phase) => phases.add(phase) });
    const archiveTxt = readdirSync(resolve(REPO_ROOT, 'tests/fixtures/archive')).filter((f) => f.endsWith('.txt')).length;
    expect(summary).toMatchObject({ id: 'imp-a', name: 'my folder', files: archiveTxt + 1, versions: archiveTxt, rejected: 1 });
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]).toMatch(/^archive\/broken-header\.txt:\d+: \S/);
    expect([...phases]).toEqual(['read', 'compile', 'write']);
    const [record] = await backend.list();
    expect(record).toMatchObject({ id: 'imp-a', state: 'ready', files: summary.files, articles: summary.articles, versions: summary.versions, rejected: 1 });
    expect(record!.chars).toBeGreaterThan(0);
    // Read as the bundled corpus is: its manifest, then parts.
    expect(JSON.parse(await backend.readPart('imp-a', 'corpus/manifest.json'))).toMatchObject({ version: 4, articles: summary.versions });

    const report = await lookup(backend);
    expect(report.match?.method).toBe('url');
    expect(report.archived?.origin).toBe('import');
    expect(report.archived?.source).toBe('import/imp-a/folder/2024-04/night-bus.txt');
    expect(report.changes?.summary).toMatchObject({ changed: 1, added: 1 });
  });

  it('removes a source with all its parts: the next lookup no longer finds it', async () => {
    const backend = await fresh();
    await runImport(backend, FILES, options('imp-b'));
    await runImport(backend, fixture('tests/fixtures/archive'), options('imp-c'));
    expect((await lookup(backend)).match).not.toBeNull();
    await backend.remove('imp-b');
    expect((await backend.list()).map((r) => r.id)).toEqual(['imp-c']);
    await expect(backend.readPart('imp-b', 'corpus/manifest.json')).rejects.toThrow(/missing/);
    expect((await lookup(backend)).match).toBeNull();
  });
});

/** Every [source id, path] key of the parts store, read straight from the database. */
const partKeys = (name: string) =>
  new Promise<string[][]>((done) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const req = open.result.transaction('parts').objectStore('parts').getAllKeys();
      req.onsuccess = () => {
        done(req.result as string[][]);
        open.result.close();
      };
    };
  });

describe('the list of imported sources', () => {
  it('is kept between lookups until another page says it changed (or LIST_TTL_MS passes)', async () => {
    const backend = await fresh();
    let changed = () => undefined as void;
    let clockNow = 0;
    const source = importedSources(async () => backend, { subscribe: (f) => (changed = f), now: () => clockNow });
    const report = async () => {
      const index = await indexFromSources([source], PAGE.article, PAGE.pageUrl);
      return buildReport({ value: PAGE.article, warnings: [] }, PAGE.pageUrl, index, null);
    };
    expect((await report()).match).toBeNull();
    await runImport(backend, FILES, options('imp-later'));
    expect((await report()).match).toBeNull(); // not told yet: the kept list
    changed();
    expect((await report()).archived?.origin).toBe('import');
    await backend.remove('imp-later');
    clockNow += LIST_TTL_MS + 1; // never told, but the list is read again after the TTL
    expect((await report()).match).toBeNull();
  });
});

describe('an import stopped half way', () => {
  /** A backend whose writes stop for good after `batches` part writes: the page closed, the browser quit. */
  const stopping = (backend: ImportsBackend, batches: number): ImportsBackend => ({
    ...backend,
    putParts: (id, parts) => (batches-- > 0 ? backend.putParts(id, parts) : new Promise(() => undefined)),
  });

  it('is never read, and is swept away (parts too) once nothing runs it; a finished source stays', async () => {
    const name = `imports-test-${++n}`;
    const first = await openImportsBackend(indexedDB, name);
    await runImport(first, fixture('tests/fixtures/archive'), options('imp-done'));
    void runImport(stopping(first, 1), FILES, { ...options('imp-cut'), batchChars: 1 });
    await new Promise((r) => setTimeout(r, 200));
    first.close();

    // "After the restart": the same database opened again.
    const again = await openImportsBackend(indexedDB, name);
    expect((await again.list()).map((r) => [r.id, r.state])).toEqual([
      ['imp-done', 'ready'],
      ['imp-cut', 'writing'],
    ]);
    expect((await partKeys(name)).some((k) => k[0] === 'imp-cut')).toBe(true); // one batch was written
    // A lookup reads ready sources only: the half-written capture of the page is not found.
    expect((await lookup(again)).match).toBeNull();
    // Still running (another page holds its lock): left alone.
    expect(await sweepAbandoned(again, async () => true)).toEqual([]);
    expect(await sweepAbandoned(again, async (id) => id !== 'imp-cut')).toEqual(['imp-cut']);
    expect((await again.list()).map((r) => r.id)).toEqual(['imp-done']);
    const keys = await partKeys(name);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k[0] === 'imp-done')).toBe(true);
  });

  it('a write that fails (a full disk) removes the source before the error goes up', async () => {
    const backend = await fresh();
    let writes = 0;
    const failing: ImportsBackend = {
      ...backend,
      putParts: async (id, parts) => {
        if (++writes > 1) throw Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
        return backend.putParts(id, parts);
      },
    };
    await expect(runImport(failing, FILES, { ...options('imp-full'), batchChars: 1 })).rejects.toThrow(/quota/);
    expect(await backend.list()).toEqual([]);
    await expect(backend.readPart('imp-full', 'corpus/manifest.json')).rejects.toThrow(/missing/);
  });
});
