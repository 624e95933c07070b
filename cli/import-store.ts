// Imported sources in a folder (`rfi-lens import … --store DIR`), the CLI's twin of
// lib/imports/idb.ts: each ready source is `DIR/<id>/` holding `record.json` and its parts under the
// package's own paths (`corpus/manifest.json`, `corpus/days/…`). An import is written into
// `DIR/.writing-<id>/` (with the writing process's id) and renamed into place only when complete,
// so a reader never sees half of one; a removal renames the folder away before deleting it.
// Node only.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexFromSources } from '../lib/corpus/sources';
import { importedSources } from '../lib/imports/source';
import type { ImportRecord, ImportsBackend } from '../lib/imports/types';
import type { Article, CorpusIndex } from '../lib/types';

/** The file that makes a folder an imports store (what `inspect --corpus` looks for). */
export const STORE_MARK = 'rfi-lens-imports.json';
const WRITING = '.writing-';
const RECORD = 'record.json';
const SAFE_ID = /^imp-[0-9a-z]+-[0-9a-z]+$/;

export const isImportStore = (dir: string): boolean => existsSync(join(dir, STORE_MARK));

function checkId(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`not an import id: ${id}`);
  return id;
}

/** Whether the process that was writing `.writing-<id>` still runs. */
function writerAlive(dir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

export function folderBackend(root: string): ImportsBackend & { running(id: string): Promise<boolean> } {
  const ready = (id: string) => join(root, checkId(id));
  const writing = (id: string) => join(root, WRITING + checkId(id));
  const readRecord = (dir: string) => JSON.parse(readFileSync(join(dir, RECORD), 'utf8')) as ImportRecord;
  return {
    async list() {
      if (!existsSync(root)) return [];
      const records: ImportRecord[] = [];
      for (const entry of readdirSync(root, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const id = entry.name.startsWith(WRITING) ? entry.name.slice(WRITING.length) : entry.name;
        if (!SAFE_ID.test(id) || !existsSync(join(root, entry.name, RECORD))) continue;
        records.push(readRecord(join(root, entry.name)));
      }
      return records.sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1));
    },
    async putRecord(record) {
      mkdirSync(root, { recursive: true });
      writeFileSync(join(root, STORE_MARK), `${JSON.stringify({ format: 'rfi-lens-imports/1' })}\n`);
      if (record.state === 'writing') {
        mkdirSync(writing(record.id), { recursive: true });
        writeFileSync(join(writing(record.id), 'pid'), String(process.pid));
        writeFileSync(join(writing(record.id), RECORD), JSON.stringify(record));
        return;
      }
      const from = existsSync(writing(record.id)) ? writing(record.id) : ready(record.id);
      writeFileSync(join(from, RECORD), JSON.stringify(record));
      rmSync(join(from, 'pid'), { force: true });
      if (from !== ready(record.id)) renameSync(from, ready(record.id)); // the import appears whole
    },
    async putParts(id, parts) {
      for (const [path, text] of parts) {
        if (path.split('/').some((p) => p === '..' || p === '')) throw new Error(`bad part path ${path}`);
        const file = join(writing(id), path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    },
    async readPart(id, path) {
      try {
        return readFileSync(join(ready(id), path), 'utf8');
      } catch {
        throw new Error(`imported source ${id}: part ${path} missing`);
      }
    },
    async remove(id) {
      for (const dir of [ready(id), writing(id)]) {
        if (!existsSync(dir)) continue;
        const gone = join(root, `.removing-${id}-${process.pid}`);
        renameSync(dir, gone);
        rmSync(gone, { recursive: true, force: true });
      }
    },
    async running(id) {
      return existsSync(writing(id)) && writerAlive(writing(id));
    },
  };
}

/** The small index one lookup needs, from every ready source of an imports store folder. */
export function importedCorpus(dir: string, live: Article, pageUrl: string): Promise<CorpusIndex> {
  const backend = folderBackend(dir);
  return indexFromSources([importedSources(async () => backend)], live, pageUrl, (_, error) => {
    throw error;
  });
}
