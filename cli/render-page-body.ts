// The fixture-page maker, stored-body variant: puts an archive file's body HTML *as stored* into a
// real saved RFI page. Only the template around the body is RFI's (title, chapo, dates, byline,
// image, metadata come from the parsed file, as renderArticlePage writes them); everything inside
// the page's body container is the archived markup, residue included (interstitials, ad labels,
// AFP copyright line, promo placeholders). Reading such a page back with extractArticle and
// comparing it with the parsed file shows every asymmetry between the live extractor and the
// archive parser. Node only.
import * as cheerio from 'cheerio';
import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { repairGluedMarkup } from '../lib/archive/body';
import { selectors } from '../lib/page/selectors';
import type { Article } from '../lib/types';
import { renderArticlePage, type RenderPageOptions } from './render-page';

/**
 * The inner HTML of the article body container of a stored feed body, as the live page held it:
 * `.t-content__body` (2020-21 bodies), else the container of the self-promo placeholders (2022-23
 * bodies, `<div >` without classes), else what is left after the date line, image and chapo.
 * The feed's line joining (`<divclass=`) is undone: it is a transport artefact, not page markup.
 * Scripts and inline handlers are dropped: the page must not run anything of the archive.
 */
export function storedBodyInnerHtml(stored: string): string {
  const $ = cheerio.load(repairGluedMarkup(stored), null, false);
  $('script, iframe, object, embed').remove();
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    for (const name of Object.keys(el.attribs)) if (/^on/iu.test(name)) $(el).removeAttr(name);
  });
  const container = $('.t-content__body').first();
  if (container.length > 0) {
    // Where the feed's glued ad markup closed the container early (`…</div></div><button
    // data-readmore-unlocker>…</div><p>…`), the text follows it: it belongs to the body too. The
    // feedx promo footer after the article (`<br><hr><div>获取更多RSS…`) is the feed's, not the page's.
    const after = container.nextAll().add(container.parents().nextAll());
    const trailing = after.toArray().filter((el) => {
      const node = $(el);
      return !node.is('br, hr') && !(node.is('div') && /^\s*获取更多RSS|feedx\./u.test(node.text() + (node.find('a').attr('href') ?? '')));
    });
    return (container.html() ?? '') + trailing.map((el) => $.html(el)).join('');
  }
  const promo = $('[data-selfpromo-newsletter], [data-selfpromo-app]').first().parent();
  if (promo.length > 0) return promo.html() ?? '';
  // Jekyll bodies are wrapped in one `<div>`: unwrap it.
  const only = $.root().children();
  const scope: Cheerio<AnyNode> = only.length === 1 && only.is('div') && !only.attr('class') ? only : $.root();
  scope.children('div').first().filter((_, el) => /^\d{2}\/\d{2}\/\d{4}\s*-\s*\d{2}:\d{2}$/u.test($(el).text().trim())).remove();
  scope.children('img').first().remove();
  scope.children('p').first().filter((_, el) => $(el).children('strong').length > 0).remove();
  return scope.html() ?? '';
}

/** The template page with the article's fields, and the stored body HTML inside its body container. */
export function renderStoredBodyPage(
  templateHtml: string,
  article: Article,
  storedBody: string,
  options: RenderPageOptions = {},
): string {
  const page = renderArticlePage(templateHtml, { ...article, paragraphs: [] }, options);
  const $ = cheerio.load(page);
  const root = $(selectors.articleRoot.join(', ')).first();
  const body = root.find(selectors.body.join(', ')).first();
  body.empty().append(storedBodyInnerHtml(storedBody));
  return $.html();
}
