// writeParts over the whole of ../shared/corpus writes the very bytes partitionIndex writes from the
// whole index (its own vitest config, vitest.corpus.config.ts).
import { expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { describeShared, sharedPath } from '../../support/shared';
import { newParts, oldParts } from './write-parts-compare';

describeShared('writeParts over ../shared/corpus', () => {
  it('writes the parts partitionIndex writes, byte for byte', async () => {
    const files = readCorpusDir(sharedPath('corpus'));
    const before = oldParts(files);
    const after = await newParts(files);
    expect(after.errors).toEqual(before.errors);
    expect(after.warnings).toEqual(before.warnings);
    expect(after.parts.size).toBe(before.parts.size);
    const differing = [...before.parts].filter(([path, text]) => after.parts.get(path) !== text).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(after.manifest.articles).toBe(files.length);
  }, 120_000);
});
