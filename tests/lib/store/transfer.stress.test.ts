// The options page's export / import over the store at scale: a store whose zip is larger than
// any one message could carry (the 24 MiB zip the message path was capped at), exported in chunks
// and imported whole. Seconds of deflate, so apart from the inner loop (vitest.corpus.config.ts);
// the rest of the transfer cases are transfer.test.ts.
import { describe, expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { importZip } from '@/lib/store/transfer';
import { capture, fresh, streamed, T } from '../../support/store-transfer';

let seed = 5;
/** mulberry32: a repeatable random sequence good enough that deflate finds no pattern in it. */
function random(): number {
  let t = (seed = (seed + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
/** Han text that compresses badly (random characters over a wide range): a large zip from a small test. */
const noise = (length: number) => Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 20000))).join('');

describe('export and import over the store', () => {
  it('exports and imports a store whose zip is over 24 MiB (what one message could carry), in many chunks', async () => {
    const source = await fresh(Number.MAX_SAFE_INTEGER);
    const count = 110;
    for (let i = 0; i < count; i++) {
      await source.addCapture(await capture([noise(40_000), noise(40_000)], T + i * 60_000, `https://www.rfi.fr/cn/中国/20251130-大${i}`));
    }
    const usage = await source.usage();
    expect(usage.bytes).toBeGreaterThan(24 * 1024 * 1024);
    const out = await streamed(source);
    expect(out.bytes.length).toBeGreaterThan(24 * 1024 * 1024);
    expect(out.chunks).toBeGreaterThan(count);
    expect(out.captures).toBe(count);
    const target = await fresh(Number.MAX_SAFE_INTEGER);
    expect(await importZip(target, out.bytes, parseArchiveFile)).toEqual({ stored: count, skipped: 0, evicted: 0, errors: [], read: count });
    expect(await target.usage()).toEqual(usage);
    expect((await target.all()).map((c) => c.hash)).toEqual((await source.all()).map((c) => c.hash));
    source.close();
    target.close();
  }, 240_000);
});
