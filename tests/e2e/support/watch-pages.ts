// The pages the watch and follow tests serve: the real 2025 article edited, an edition feed, and
// "new" articles made from the seed in the real template (cli/render-page.ts).
import { renderArticlePage } from '../../../cli/render-page';
import { seedArticle, template } from './fixtures';

/** The real 2025 article with one sentence edited (a date), as rfi.fr would serve it after an edit. */
export function editedHtml(html: string): string {
  const edited = html.replace('于10月10日公开', '于10月11日公开');
  if (edited === html) throw new Error('the edit did not apply');
  return edited;
}

export function feedXml(items: { url: string; title: string; at: number }[]): string {
  const body = items
    .map((i) => `<item><title><![CDATA[${i.title}]]></title><link>${encodeURI(i.url)}</link><pubDate>${new Date(i.at).toUTCString()}</pubDate></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>法广 RFI</title><link>https://www.rfi.fr/cn/</link>\n${body}\n</channel></rss>`;
}

/** The seed article, re-titled and served at another URL: a "new" article of the edition. */
export function articlePage(url: string, title: string, edit = false): string {
  const seed = seedArticle();
  const paragraphs = edit ? seed.paragraphs.map((p, i) => (i === 1 ? { ...p, text: `${p.text}（更正）` } : p)) : seed.paragraphs;
  return renderArticlePage(template(), { ...seed, url, title, paragraphs });
}

