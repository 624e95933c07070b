// A minimal valid Article for tests: plain paragraphs, no metadata; override what a test needs.
import type { Article } from '../../lib/types';

export function testArticle(paragraphs: string[], over: Partial<Article> = {}): Article {
  return {
    url: 'https://www.rfi.fr/cn/x',
    title: 't',
    column: null,
    lead: null,
    paragraphs: paragraphs.map((text) => ({ kind: 'p', text })),
    authors: [],
    published: null,
    modified: null,
    section: null,
    edition: 'cn',
    language: 'zh-Hans',
    image: null,
    contentId: null,
    ...over,
  };
}
