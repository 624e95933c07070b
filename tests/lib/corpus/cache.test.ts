// The part cache: a bucket searched as text gives what the parsed bucket gives, for every key and
// for keys it does not hold; both bounds (parts, characters) hold.
import { describe, expect, it } from 'vitest';
import { cachedPartSource, refsIn } from '@/lib/corpus/cache';
import type { KeyBucket } from '@/lib/corpus/partition';

describe('refsIn', () => {
  const bucket: KeyBucket = {
    'rfi.fr/cn/a': [['20230301', 0]],
    'x"rfi.fr/cn/a': [['20230302', 1], ['20230303', 4]],
    'rfi.fr/cn/a/b': [['undated', 2]],
    'k:"[]': [['20230304', 3]],
  };
  const text = JSON.stringify(bucket);
  it('finds every key as the parsed bucket does, never inside another key', () => {
    for (const key of Object.keys(bucket)) expect(refsIn(text, key)).toEqual(bucket[key]);
  });
  it('is undefined for a key the bucket does not hold', () => {
    for (const key of ['rfi.fr/cn', 'cn/a', 'rfi.fr/cn/a/b/c', '']) expect(refsIn(text, key)).toBeUndefined();
    expect(refsIn('{}', 'rfi.fr/cn/a')).toBeUndefined();
  });
});

describe('cachedPartSource', () => {
  const files = new Map<string, string>();
  for (let n = 0; n < 6; n++) files.set(`corpus/keys/${n}.json`, JSON.stringify({ [`k${n}`]: [['20230301', n]] }).padEnd(1000));
  const read = async (path: string) => files.get(path) ?? Promise.reject(new Error(`missing ${path}`));
  it('keeps at most the parts and the characters it is given, the newest first', async () => {
    const byParts = cachedPartSource(read, { parts: 3, chars: Infinity });
    for (let n = 0; n < 6; n++) expect(await byParts.keyRefs!(n, `k${n}`)).toEqual([['20230301', n]]);
    expect(byParts.cachedParts()).toBe(3);
    const byChars = cachedPartSource(read, { parts: 100, chars: 2500 });
    for (let n = 0; n < 6; n++) await byChars.keyRefs!(n, `k${n}`);
    expect(byChars.cachedParts()).toBe(2);
  });
});
