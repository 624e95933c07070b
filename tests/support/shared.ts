// Where the team's real test data lives: ../shared beside the repository (CI always has it).
// Suites that need it use `describeShared`, which skips with one line when it is absent, so a
// fresh clone without ../shared still passes its own tests.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(process.env.RFI_LENS_SHARED ?? resolve(REPO_ROOT, '../shared'));
export const HAS_SHARED = existsSync(resolve(SHARED_DIR, 'seeds'));

/** Absolute path of a file under ../shared. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}

/** Reads a UTF-8 file under ../shared. */
export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

/** A describe block that runs only when ../shared is present, and says so in one line otherwise. */
export function describeShared(name: string, fn: () => void): void {
  if (!HAS_SHARED) console.log(`skipped "${name}": ../shared not found (set RFI_LENS_SHARED)`);
  describe.skipIf(!HAS_SHARED)(name, fn);
}

/** One case of ../shared/corpus/revisions/index.json: one article stored more than once. */
export interface RevisionCase {
  n: string;
  versions: string[];
  noise_only: boolean;
}

/**
 * The revision cases, or none without ../shared. Suites build one test per case at collection
 * time, which runs even when `describeShared` skips, so this must not read a missing file.
 */
export function revisionCases(): RevisionCase[] {
  return HAS_SHARED ? (JSON.parse(readShared('corpus', 'revisions', 'index.json')) as RevisionCase[]) : [];
}
