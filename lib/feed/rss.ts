// An edition's feed (`https://www.rfi.fr/{ed}/rss`, RSS 2.0; Atom entries read too) → its items.
// Pure: takes the feed's text. A feed only needs four fields of each item, so this reads those
// instead of bundling an XML parser (htmlparser2's parseFeed adds 60 KB gzip to the background).
// Never throws: a feed it cannot read gives no items and a warning.
import type { Warning } from '../types';

export interface FeedItem {
  /** The article URL (`<link>`, else a URL-shaped `<guid>`; Atom: `<link href>`). */
  url: string;
  title: string;
  /** ISO time of `<pubDate>` / `<published>` / `<updated>`, or null. */
  published: string | null;
}

export interface Feed {
  items: FeedItem[];
  warnings: Warning[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text content of an XML fragment: CDATA unwrapped, tags dropped, entities decoded. */
export function xmlText(fragment: string): string {
  const parts: string[] = [];
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m = cdata.exec(fragment); m; m = cdata.exec(fragment)) {
    parts.push(decodeEntities(fragment.slice(last, m.index).replace(/<[^>]*>/g, '')), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(decodeEntities(fragment.slice(last).replace(/<[^>]*>/g, '')));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inner text of the first `<name>` element in `xml` (a prefixed name such as `dc:date` too), or null. */
function child(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(xml);
  return m ? xmlText(m[1]!) : null;
}

/** `href` of the first Atom `<link>` that is an alternate (or has no rel). */
function atomLink(xml: string): string | null {
  for (const m of xml.matchAll(/<link\b([^>]*)\/?>/gi)) {
    const attrs = m[1]!;
    const rel = /\brel\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1] ?? 'alternate';
    const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
    if (href && rel === 'alternate') return decodeEntities(href.trim());
  }
  return null;
}

function isoTime(text: string | null): string | null {
  if (!text) return null;
  const at = Date.parse(text);
  return Number.isFinite(at) ? new Date(at).toISOString() : null;
}

function absoluteHttpUrl(text: string | null, base: string): string | null {
  if (!text) return null;
  try {
    const u = new URL(text.trim(), base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Reads the items of an RSS 2.0 or Atom feed; `feedUrl` resolves relative links. */
export function parseFeed(xml: string, feedUrl: string): Feed {
  const warnings: Warning[] = [];
  const rss = [...xml.matchAll(/<item(?:\s[^>]*)?>([\s\S]*?)<\/item>/gi)].map((m) => m[1]!);
  const atom = rss.length === 0 ? [...xml.matchAll(/<entry(?:\s[^>]*)?>([\s\S]*?)<\/entry>/gi)].map((m) => m[1]!) : [];
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml)) {
    warnings.push({ code: 'not-a-feed', message: 'The answer is not an RSS or Atom feed.' });
    return { items: [], warnings };
  }
  const items: FeedItem[] = [];
  for (const body of rss.length > 0 ? rss : atom) {
    const link = rss.length > 0 ? child(body, 'link') : atomLink(body);
    const guid = child(body, 'guid') ?? child(body, 'id');
    const url = absoluteHttpUrl(link, feedUrl) ?? absoluteHttpUrl(guid, feedUrl);
    if (!url) {
      warnings.push({ code: 'item-without-link', message: `A feed item has no link: ${child(body, 'title') ?? '(no title)'}` });
      continue;
    }
    const published = isoTime(child(body, 'pubDate') ?? child(body, 'published') ?? child(body, 'updated') ?? child(body, 'dc:date'));
    items.push({ url, title: child(body, 'title') ?? '', published });
  }
  return { items, warnings };
}
