// recordFiles gives the same outcomes, in the same order, from worker threads as on this thread:
// the path the build and `rfi-lens import` take from 5,000 files on, tried here on a few.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeOfBytes } from '../../../lib/archive/capture-record';
import { listCorpusDir } from '../../../lib/archive/corpus-dir';
import { recordFiles, type FileJob } from '../../../lib/archive/record-files';
import { urlKey } from '../../../lib/match/url-key';
import { REPO_ROOT } from '../../support/shared';

describe('recordFiles', () => {
  const listed = [...listCorpusDir(resolve(REPO_ROOT, 'tests/fixtures/archive')), ...listCorpusDir(resolve(REPO_ROOT, 'tests/fixtures/revisions'))];
  const jobs: FileJob[] = [
    ...listed,
    { name: 'empty.txt', bytes: new Uint8Array() },
    { name: 'zip/entry.txt', bytes: readFileSync(listed[0]!.path) },
  ];
  const here = (importId?: string) => jobs.map((j) => outcomeOfBytes('bytes' in j ? j.bytes : readFileSync(j.path), j.name, urlKey, importId));

  it('records in worker threads exactly what this thread records, in order, with progress', async () => {
    const seen: number[] = [];
    const outcomes = await recordFiles(jobs, { root: REPO_ROOT, workersFrom: 1, onProgress: (done) => seen.push(done) });
    expect(outcomes).toEqual(here());
    expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && [o.error, o.rejected])).toEqual([
      ['broken-header.txt:2: expected `[title](url)` line', false],
      ['empty.txt:1: empty file', true],
    ]);
    expect(seen.at(-1)).toBe(jobs.length);
  }, 60_000);

  it('tags the captures of an import with its id', async () => {
    const outcomes = await recordFiles(jobs, { root: REPO_ROOT, importId: 'imp-1-a', workersFrom: 1 });
    expect(outcomes).toEqual(here('imp-1-a'));
    const first = outcomes.find((o) => o.ok);
    expect(first?.ok && JSON.parse(first.record.texts.split('\t')[0]!)).toMatchObject({ source: `import/imp-1-a/${listed[0]!.name}`, origin: 'import' });
  }, 60_000);
});
