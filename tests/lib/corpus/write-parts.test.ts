// writeParts (records, one day at a time) writes the very bytes partitionIndex writes from the whole
// index, on seeds/ and the team's archive fixtures, with the cases grouping and ordering turn on:
// the same file twice (equal capture times, two sources), a later capture of a file, a capture
// without a URL key.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import type { CorpusFile } from '../../../lib/archive/compile';
import { REPO_ROOT } from '../../support/shared';
import { newParts, oldParts } from './write-parts-compare';

const dir = (path: string) => readCorpusDir(resolve(REPO_ROOT, path));

/** Each file again under `again/` and once more captured a day later with its first paragraph's text changed. */
function withVersions(files: CorpusFile[]): CorpusFile[] {
  const later = files.map((f) => ({
    name: `later/${f.name}`,
    text: f.text.replace(/<!--(\d+)-->/, (_, t: string) => `<!--${Number(t) + 86_400_000}-->`).replace(/<p>([^<]{3})/, '<p>$1 (mis à jour)'),
  }));
  return [...files, ...files.map((f) => ({ ...f, name: `again/${f.name}` })), ...later];
}

describe('writeParts', () => {
  const sets: [string, CorpusFile[]][] = [
    ['seeds/', dir('seeds')],
    ['tests/fixtures/archive', dir('tests/fixtures/archive').filter((f) => f.name !== 'broken-header.txt')],
    ['tests/fixtures/revisions', dir('tests/fixtures/revisions')],
    ['tests/fixtures/imports', dir('tests/fixtures/imports')],
    ['every fixture, twice and a day later', withVersions([...dir('seeds'), ...dir('tests/fixtures/archive'), ...dir('tests/fixtures/revisions')])],
  ];
  for (const [name, files] of sets) {
    it(`writes the parts partitionIndex writes: ${name}`, async () => {
      expect(files.length).toBeGreaterThan(0);
      const before = oldParts(files);
      const after = await newParts(files);
      expect(after.errors).toEqual(before.errors);
      expect(after.warnings).toEqual(before.warnings);
      expect([...after.parts.keys()].sort()).toEqual([...before.parts.keys()].sort());
      for (const [path, text] of before.parts) expect(after.parts.get(path), path).toBe(text);
    });
  }

  it('groups a later capture with its first one and counts both', async () => {
    const files = withVersions(dir('tests/fixtures/revisions'));
    const { manifest } = await newParts(files);
    expect(manifest.articles).toBe(files.length);
    expect(manifest.groups).toBeLessThan(files.length);
  });

  it('keeps a capture without a URL key, with its warning', async () => {
    const wire = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/archive/wire-copy.txt'), 'utf8');
    const files = [{ name: 'wire-copy.txt', text: wire }];
    const none = await newParts(files, () => null);
    expect(none.warnings.filter((w) => w.includes('no-url-key'))).toEqual([expect.stringMatching(/^wire-copy\.txt: no-url-key /)]);
    expect(none.manifest.keyBuckets).toBe(1);
    expect(none.parts.get('corpus/keys/0.json')).toBe('{}');
    expect(none.parts).toEqual(oldParts(files, () => null).parts);
  });

  it('empties each record\'s texts once its day is written, and writes the manifest last', async () => {
    const { records, order } = await newParts(dir('tests/fixtures/revisions'));
    expect(records.every((r) => r.texts === '')).toBe(true);
    expect(order.at(-1)).toBe('corpus/manifest.json');
  });
});
