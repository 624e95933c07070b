// The loader's manifest filter (entrypoints/rfi.content/index.ts include_globs), matched as the
// browser matches them (plain-text globs on the URL's href: `*` any run, `?` one character):
// every article URL form the detector accepts gets the loader, home pages, listings and feeds do
// not (the browser then injects nothing there at all).
import { describe, expect, it } from 'vitest';
import loader from '../../entrypoints/rfi.content/index';
import { ARTICLE_URL_EXAMPLES } from '../../lib/page/detect';

const globs = ((loader.includeGlobs as string[] | undefined) ?? []).map((g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's'));
const injected = (url: string) => globs.some((g) => g.test(new URL(url).href));

describe('content script: include_globs', () => {
  it.each(ARTICLE_URL_EXAMPLES)('lets the loader into %s', (url) => {
    expect(injected(url)).toBe(true);
  });

  it.each(['https://www.rfi.fr/cn/', 'https://www.rfi.fr/', 'https://www.rfi.fr/cn/政治/', 'https://www.rfi.fr/cn/关键词/中国/', 'https://www.rfi.fr/cn/rss', 'http://cn.rfi.fr/中国/', 'https://rfi.fr/cn/'])(
    'keeps it out of %s (home, listing, feed)',
    (url) => {
      expect(injected(url)).toBe(false);
    },
  );

  it('lets it into the bare host too (a glob is plain text: no dot before `rfi.fr` there)', () => {
    expect(injected('https://rfi.fr/cn/中国/20251130-标题')).toBe(true);
  });
});
