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
/** Capture times RFI Lens accepts: rfi.fr went online in the 1990s; nothing is filed after 2100. */
const EARLIEST_CAPTURE = Date.UTC(1995, 0, 1);
const LATEST_CAPTURE = Date.UTC(2100, 0, 1);
/** C0 controls other than tab, line feed and carriage return, DEL and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
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

/**
 * Line 2, `[title](url)`, read as the greedy regex `^\[(.*)\]\((\S+)\)$` reads it (titles hold
 * `[`, `]` and unbalanced parentheses; the URL is the rest after the last `](` that leaves no white
 * space) but in one linear pass: the regex backtracks quadratically on runs of `](`.
 */
export function splitLinkLine(line: string): { title: string; url: string } | null {
  if (!line.startsWith('[') || !line.endsWith(')') || /[\r\u2028\u2029]/u.test(line)) return null;
  let lastSpace = -1;
  for (let i = line.length - 1; i >= 0; i--) {
    if (/\s/u.test(line[i]!)) {
      lastSpace = i;
      break;
    }
  }
  // The greedy title ends at the last `](` that leaves a URL of one character or more before the
  // final `)`; if that URL holds white space, so does every longer one: no match.
  const at = line.lastIndexOf('](', line.length - 4);
  if (at < 1 || at + 2 <= lastSpace) return null;
  return { title: line.slice(1, at), url: line.slice(at + 2, -1) };
}

/** Why a capture time cannot be right, or null when it can. */
function badTimestamp(ms: number): string | null {
  if (ms === 0) return 'timestamp is 0';
  if (ms * 1000 >= EARLIEST_CAPTURE && ms * 1000 < LATEST_CAPTURE) return `timestamp ${ms} is in seconds, not milliseconds`;
  if (ms < EARLIEST_CAPTURE || ms >= LATEST_CAPTURE) return `timestamp ${ms} is not between 1995 and 2100`;
  return null;
}

/** Why a line-2 URL is not an article URL an archive may hold, or null when it is. */
function badUrl(url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `URL scheme ${url.protocol} is not http or https`;
  if (url.username !== '' || url.password !== '') return 'URL carries a user name or password';
  return null;
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

function fileLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split('\n').map((l) => l.replace(/\r$/, ''));
}

/** The body HTML of an archive file as stored (line 5 on), or null when the header is not there. */
export function storedBodyHtml(text: string): string | null {
  const lines = fileLines(text);
  const h = headerStart(lines);
  if (h < 0 || lines.length < h + 4) return null;
  const from = lines[h + 3]?.trim() === '' ? h + 4 : h + 3;
  return lines.slice(from).join('\n');
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
  const lines = fileLines(text);
  const controlLine = lines.findIndex((line) => CONTROL.test(line));
  if (controlLine >= 0) {
    const code = CONTROL.exec(lines[controlLine]!)![0].codePointAt(0)!;
    return fail(controlLine + 1, `control character U+${code.toString(16).toUpperCase().padStart(4, '0')} (binary data?)`);
  }
  const h = headerStart(lines);
  if (h < 0) return fail(1, 'front matter `---` is never closed');

  const stamp = TIMESTAMP_LINE.exec(lines[h]?.trim() ?? '');
  if (!stamp) return fail(h + 1, 'expected `<!--epoch ms-->` timestamp line');
  const archivedAt = Number(stamp[1]);
  if (!Number.isSafeInteger(archivedAt) || Number.isNaN(new Date(archivedAt).getTime())) {
    return fail(h + 1, 'timestamp is not a usable epoch in milliseconds');
  }
  const stampProblem = badTimestamp(archivedAt);
  if (stampProblem) return fail(h + 1, stampProblem);

  const link = splitLinkLine(lines[h + 1]?.trim() ?? '');
  if (!link) return fail(h + 2, 'expected `[title](url)` line');
  const rawTitle = link.title;
  const url = link.url;
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return fail(h + 2, `URL cannot be parsed: ${url.slice(0, 80)}`);
  }
  const path = parseRfiPath(parsedUrl.href);
  if (!path) return fail(h + 2, `not an rfi.fr URL: ${parsedUrl.hostname}`);
  const urlProblem = badUrl(parsedUrl);
  if (urlProblem) return fail(h + 2, urlProblem);
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
  const lost = lines.findIndex((line) => line.includes('\ufffd'));
  if (lost >= 0) {
    warnings.push({
      code: 'replacement-char',
      field: 'body',
      message: `line ${lost + 1} holds U+FFFD: characters were lost before the archive (kept as they are)`,
    });
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
