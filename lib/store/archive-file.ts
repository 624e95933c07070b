// A capture → an archive file in the seed format (README "The archive: seeds/"; the format of the
// public RFI archive repositories), written so that lib/archive/parse-file.ts reads back the same
// article: line 1 the capture time, line 2 the raw title and URL, then one body line with the
// display time, the image, the lead as `<p><strong>`, the blocks in RFI's body container and the
// `作者：` block. Pure string building; every text is HTML-escaped.
import { parisParts } from '../text';
import type { ArchivedArticle, Block } from '../types';

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/** `DD/MM/YYYY - HH:MM` in Paris time, as RFI's feed shows it. */
function displayLine(iso: string): string {
  const p = parisParts(iso);
  return `${p.day}/${p.month}/${p.year} - ${p.hour}:${p.minute}`;
}

function blockHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      const text = escapeText(b.text);
      if (b.kind === 'h') return `<h2>${text}</h2>`;
      if (b.kind === 'quote') return `<blockquote><p>${text}</p></blockquote>`;
      if (b.kind === 'li') return `<ul><li>${text}</li></ul>`;
      return `<p>${text}</p>`;
    })
    .join('');
}

/** Line 2 must stay one line: a title or URL with a line break is flattened. */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

/** The archive file of a capture (ends with one `\n`, no CR, the body on one physical line). */
export function archiveFileOf(article: ArchivedArticle): string {
  const parts: string[] = [];
  if (article.displayedAt) parts.push(`<div>${displayLine(article.displayedAt)}</div>`);
  if (article.image) parts.push(`<img src="${escapeAttribute(article.image)}">`);
  if (article.lead !== null) parts.push(`<p><strong>${escapeText(article.lead)}</strong></p>`);
  parts.push(`<div class="t-content__body u-clearfix">${blockHtml(article.paragraphs)}</div>`);
  if (article.authors.length > 0) {
    const links = article.authors.map((a) => `<a title="${escapeAttribute(a)}">${escapeText(a)}</a>`).join('');
    parts.push(`<div><span>作者：</span>${links}</div>`);
  }
  const title = oneLine(article.rawTitle || article.title);
  return `<!--${article.archivedAt}-->\n[${title}](${oneLine(article.url).replace(/\s/g, '%20')})\n------\n\n${parts.join('')}\n`;
}

/**
 * A file name for a capture: `<origin>/<YYYYMMDD>_<capture time>_<hash prefix>.txt`, safe on every
 * file system; bundled captures keep their own name.
 */
export function archiveFileName(article: ArchivedArticle): string {
  if (!article.origin || article.origin === 'bundled') return article.source.endsWith('.txt') || article.source.endsWith('.md') ? article.source : `${article.source}.txt`;
  const p = parisParts(article.archivedAt);
  const hash = (article.hash ?? '').slice(0, 12) || 'nohash';
  return `${article.origin}/${p.year}${p.month}${p.day}_${article.archivedAt}_${hash}.txt`;
}
