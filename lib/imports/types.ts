// Imported archives (issue 9): folders or zips of archive files compiled by the build's own compiler
// (lib/archive/compile.ts, lib/corpus/partition.ts) into the same parts the package ships, kept
// apart from the reader's store (lib/store) in a backend of their own: IndexedDB in the browser
// (lib/imports/idb.ts), a folder from the CLI (cli/import-store.ts).

/** One imported folder or zip, as the list of imported sources shows it. */
export interface ImportRecord {
  /** Never reused: `imp-<time base 36>-<random>`. Part of every imported capture's `source`. */
  id: string;
  /** The folder's or the zip's name, as the reader chose it. */
  name: string;
  importedAt: number;
  /** `writing` until every part is stored; only `ready` sources are read by lookups. */
  state: 'writing' | 'ready';
  /** Archive files read (a `.txt` / `.md` file: read, even if rejected). */
  files: number;
  /** Articles (identities) and versions (captures) compiled. */
  articles: number;
  versions: number;
  /** Files rejected, and the first MAX_KEPT_ERRORS of them as `file:line: reason`. */
  rejected: number;
  errors: string[];
  /** Characters of compiled parts stored. */
  chars: number;
}

/** At most this many `file:line: reason` lines are kept with a source (the count is exact). */
export const MAX_KEPT_ERRORS = 200;

/** Where compiled imports are kept. Every method may throw (a quota, a disk): the caller says so. */
export interface ImportsBackend {
  /** Every source, `writing` ones included, oldest first. */
  list(): Promise<ImportRecord[]>;
  /** Stores a record (new or updated). */
  putRecord(record: ImportRecord): Promise<void>;
  /** Stores parts of a source: `[path, text]`, paths as in the package (`corpus/days/…`). */
  putParts(id: string, parts: [path: string, text: string][]): Promise<void>;
  /** One part's text; throws when missing. */
  readPart(id: string, path: string): Promise<string>;
  /** The source and all its parts, in one step (nothing left half removed). */
  remove(id: string): Promise<void>;
}

/** What one import did, for the summary. */
export type ImportSummary = Pick<ImportRecord, 'id' | 'name' | 'files' | 'articles' | 'versions' | 'rejected' | 'errors'>;

/** A file of the chosen folder or zip: its path inside it (`/` separators) and a reader of its bytes. */
export interface ImportFile {
  name: string;
  read(): Promise<Uint8Array> | Uint8Array;
}

export type ImportPhase = 'read' | 'compile' | 'write';
/** Progress: `done` of `total` in a phase (read: files; compile: 0 or 1; write: parts). */
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

/** The `source` an imported capture gets: unique across sources, the file's own name kept. */
export const importedSourceName = (id: string, file: string): string => `import/${id}/${file}`;

export function newImportId(now: number, random: () => number = Math.random): string {
  return `imp-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}
