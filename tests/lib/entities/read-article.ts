// Reads an archive file (seed or corpus) into an Article for the entity tests: the project's
// archive parser when it reads the file, else a minimal local reader of the format (line 2
// `[title](url)`, body = the HTML line after `------`, paragraphs = <p> texts).
import type { Article } from '../../../lib/types';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { splitTitle, normalizeSpace } from '../../../lib/text';

function localReader(text: string): Article {
  const lines = text.split('\n');
  const m = /^\[(.*)\]\((\S+)\)$/.exec(lines[1] ?? '');
  const { title, column } = splitTitle(m?.[1] ?? '');
  const body = lines.slice(lines.indexOf('------') + 1).join(' ');
  const strip = (html: string): string =>
    normalizeSpace(html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&'));
  const paragraphs = [...body.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)]
    .map((p) => strip(p[1] ?? ''))
    .filter(Boolean)
    .map((t) => ({ kind: 'p' as const, text: t }));
  return {
    url: m?.[2] ?? '', title, column, lead: null, paragraphs, authors: [], published: null, modified: null,
    section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
  };
}

export function readArticle(text: string, source: string): Article {
  try {
    const r = parseArchiveFile(text, source);
    if (r.ok && r.value.paragraphs.length > 0) return r.value;
  } catch {
    // fall through to the local reader
  }
  return localReader(text);
}
