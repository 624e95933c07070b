// The pages the watch and follow tests serve: an unarchived article edited (support/fixtures.ts:
// the real 2025 article, or the team's page without ../shared), an edition feed, and "new" articles
// made from the seed in the 2025 template (cli/render-page.ts).
import { renderArticlePage } from '../../../cli/render-page';
import { seedArticle, template, type UnarchivedPage } from './fixtures';

/** The unarchived article with its edits made in turn (by default the one-word edit), as rfi.fr would serve it after them. */
export function editedHtml(page: UnarchivedPage, edits: [string, string][] = [page.edit]): string {
  let html = page.html;
  for (const [before, after] of edits) {
    const edited = html.replace(before, after);
    if (edited === html) throw new Error(`the edit "${before}" did not apply`);
    html = edited;
  }
  return html;
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

