// One archive file (duty-machine/news `perform.js` format, optionally behind Jekyll front matter)
// → ArchivedArticle. A file that cannot be read as an archive file is a hard error with its line;
// anything missing from a readable file is a warning. Never throws.
import type { ArchivedArticle, Warning } from '../types';
import { EDITION_LANGUAGE, parseRfiPath } from '../rfi-url';
import { normalizeSpace, splitTitle } from '../text';
import { readArchivedBody } from './body';

export type ArchiveParseResult =
  | { ok: true; value: ArchivedArticle; warnings: Warning[] }
  | { ok: false; line: number; reason: string };

const TIMESTAMP_LINE = /^<!--(\d{1,16})-->$/;
/** Greedy title, URL without white space: titles hold `[`, `]` and unbalanced parentheses. */
const LINK_LINE = /^\[(.*)\]\((\S+)\)$/;
const RULE_LINE = '------';
const FRONT_MATTER = '---';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the few HTML entities later feed titles carry (`&quot;`), and numeric ones. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function fail(line: number, reason: string): ArchiveParseResult {
  return { ok: false, line, reason };
}

/** Index (0-based) of the line after the Jekyll front matter, 0 without one, -1 when unterminated. */
function headerStart(lines: string[]): number {
  if (lines[0]?.trim() !== FRONT_MATTER) return 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trim() === FRONT_MATTER) return i + 1;
  return -1;
}

export function parseArchiveFile(text: string, source: string): ArchiveParseResult {
  try {
    return parse(text, source);
  } catch (error) {
    // The body reader is not expected to throw; if it ever does, the file is reported, not the build.
    return fail(1, `unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parse(text: string, source: string): ArchiveParseResult {
  const lines = text.replace(/^\ufeff/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const h = headerStart(lines);
  if (h < 0) return fail(1, 'front matter `---` is never closed');

  const stamp = TIMESTAMP_LINE.exec(lines[h]?.trim() ?? '');
  if (!stamp) return fail(h + 1, 'expected `<!--epoch ms-->` timestamp line');
  const archivedAt = Number(stamp[1]);
  if (!Number.isSafeInteger(archivedAt) || Number.isNaN(new Date(archivedAt).getTime())) {
    return fail(h + 1, 'timestamp is not a usable epoch in milliseconds');
  }

  const link = LINK_LINE.exec(lines[h + 1]?.trim() ?? '');
  if (!link) return fail(h + 2, 'expected `[title](url)` line');
  const rawTitle = link[1]!;
  const url = link[2]!;
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return fail(h + 2, `URL cannot be parsed: ${url.slice(0, 80)}`);
  }
  const path = parseRfiPath(parsedUrl.href);
  if (!path) return fail(h + 2, `not an rfi.fr URL: ${parsedUrl.hostname}`);
  if (normalizeSpace(rawTitle) === '') return fail(h + 2, 'title is empty');

  if (lines[h + 2]?.trim() !== RULE_LINE) return fail(h + 3, 'expected `------` line');

  const warnings: Warning[] = [];
  let bodyFrom = h + 3;
  if (lines[bodyFrom]?.trim() === '') bodyFrom++;
  else warnings.push({ code: 'bad-header', field: 'header', message: `line ${h + 4} should be empty` });
  const html = lines.slice(bodyFrom).join('\n');
  if (normalizeSpace(html) === '') return fail(bodyFrom + 1, 'no body after the header');

  const body = readArchivedBody(html);
  const { title, column: titleColumn } = splitTitle(decodeEntities(rawTitle));
  const column = path.column ?? titleColumn;

  if (!body.displayedAt) {
    warnings.push({ code: 'no-date', field: 'published', message: 'no `<div>DD/MM/YYYY - HH:MM</div>` date line' });
  }
  if (!body.image) warnings.push({ code: 'no-image', field: 'image', selector: 'img[src]', message: 'no lead image' });
  if (body.paragraphs.length === 0) {
    warnings.push({ code: 'no-paragraphs', field: 'paragraphs', message: 'no text blocks in the body' });
  }
  if (body.authors.length === 0) {
    warnings.push({ code: 'no-author', field: 'authors', message: 'no `作者：` block' });
  }
  if (!body.lead && !body.wireCopy) {
    warnings.push({ code: 'no-lead', field: 'lead', message: 'RFI piece without a `<p><strong>` lead' });
  }
  if (!path.edition) warnings.push({ code: 'no-edition', field: 'edition', message: 'no edition code in the URL path' });

  const value: ArchivedArticle = {
    url,
    title,
    column,
    lead: body.lead,
    paragraphs: body.paragraphs,
    authors: body.authors,
    published: body.displayedAt,
    modified: null,
    section: path.section,
    edition: path.edition,
    language: path.edition ? EDITION_LANGUAGE[path.edition] : null,
    image: body.image,
    contentId: null,
    archivedAt,
    displayedAt: body.displayedAt,
    rawTitle,
    source,
  };
  return { ok: true, value, warnings };
}
