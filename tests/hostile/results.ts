// Every hostile check appends one line here; scripts/test-hostile.mjs prints tried/failed per kind.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { REPO_ROOT } from '../support/shared';

export const RESULTS = resolve(REPO_ROOT, '.tmp', 'hostile', 'results.jsonl');

export interface Result {
  kind: string;
  browser?: string;
  name: string;
  ok: boolean;
  detail?: unknown;
}

export function record(r: Result): void {
  mkdirSync(dirname(RESULTS), { recursive: true });
  appendFileSync(RESULTS, `${JSON.stringify(r)}\n`);
}
