import { describe, expect, it } from 'vitest';
import { parseFeed, xmlText } from '../../../lib/feed/rss';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>法广 - RFI</title><link>https://www.rfi.fr/cn/</link>
<item>
  <title><![CDATA[台湾增加400亿美元国防开支 & 加速部署T-Dome]]></title>
  <link>https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE</link>
  <guid isPermaLink="false">WBMZ146377-RFI-CN-20251130</guid>
  <pubDate>Sun, 30 Nov 2025 09:13:47 GMT</pubDate>
</item>
<item><title>Marché &amp; prix &#233;t&#xE9;</title><guid>https://www.rfi.fr/fr/france/20251130-titre</guid><dc:date>2025-11-30T10:00:00+01:00</dc:date></item>
<item><title>no link</title></item>
</channel></rss>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: link (or a URL guid), CDATA and entity titles, pubDate as ISO', () => {
    const feed = parseFeed(RSS, 'https://www.rfi.fr/cn/rss');
    expect(feed.items).toEqual([
      { url: 'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE', title: '台湾增加400亿美元国防开支 & 加速部署T-Dome', published: '2025-11-30T09:13:47.000Z' },
      { url: 'https://www.rfi.fr/fr/france/20251130-titre', title: 'Marché & prix été', published: '2025-11-30T09:00:00.000Z' },
    ]);
    expect(feed.warnings.map((w) => w.code)).toEqual(['item-without-link']);
  });

  it('reads Atom entries by their alternate link', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">A &lt;b&gt;title&lt;/b&gt;</title>
      <link rel="self" href="https://x/self"/><link href="/en/africa/20251130-a-headline"/><updated>2025-11-30T08:00:00Z</updated></entry></feed>`;
    expect(parseFeed(atom, 'https://www.rfi.fr/en/rss').items).toEqual([
      { url: 'https://www.rfi.fr/en/africa/20251130-a-headline', title: 'A <b>title</b>', published: '2025-11-30T08:00:00.000Z' },
    ]);
  });

  it('gives no items and a warning for an HTML page or garbage, never throws', () => {
    for (const text of ['<html><body>Access denied</body></html>', '', '<rss><item><link>javascript:alert(1)</link></item>']) {
      const feed = parseFeed(text, 'https://www.rfi.fr/cn/rss');
      expect(feed.items).toEqual([]);
      expect(feed.warnings.length).toBeGreaterThan(0);
    }
  });

  it('xmlText keeps CDATA verbatim and decodes entities outside it', () => {
    expect(xmlText('a &lt; <![CDATA[&lt; raw]]> &#x4E2D;')).toBe('a < &lt; raw 中');
  });
});
