// An Article as the extension reads it from a live page: rendered into the real 2025 RFI page
// template (cli/render-page.ts) and extracted again (lib/page/extract.ts) in linkedom.
import { parseHTML } from 'linkedom';
import { renderArticlePage } from '../../../cli/render-page';
import { extractArticle } from '../../../lib/page/extract';
import type { Article } from '../../../lib/types';

export function asLivePage(template: string, article: Article): Article {
  const live = extractArticle(parseHTML(renderArticlePage(template, article)).document, article.url);
  if (!live) throw new Error(`${article.url}: not read as an article`);
  return live.value;
}
