import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_URL_EXAMPLES,
  NON_ARTICLE_URL_EXAMPLES,
  isArticleDocument,
  isArticleUrl,
} from '../../../lib/page/detect';
import { describeShared, readShared, REPO_ROOT } from '../../support/shared';

const fixture = (name: string) =>
  parseHTML(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages', name), 'utf8')).document;

describe('isArticleUrl', () => {
  it('has examples on both sides, none listed twice', () => {
    expect(ARTICLE_URL_EXAMPLES.length).toBeGreaterThanOrEqual(8);
    expect(NON_ARTICLE_URL_EXAMPLES.length).toBeGreaterThanOrEqual(8);
    const both = ARTICLE_URL_EXAMPLES.filter((u) => NON_ARTICLE_URL_EXAMPLES.includes(u));
    expect(both).toEqual([]);
  });

  it.each(ARTICLE_URL_EXAMPLES.map((u) => [u]))('accepts %s', (url) => {
    expect(isArticleUrl(url)).toBe(true);
  });

  it.each(NON_ARTICLE_URL_EXAMPLES.map((u) => [u]))('rejects %s', (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });

  it('covers the three article shapes of the brief and the listings', () => {
    expect(isArticleUrl('https://www.rfi.fr/cn/中国/20251129-标题')).toBe(true);
    expect(isArticleUrl('https://www.rfi.fr/cn/专栏检索/国际纵横/20251129-标题')).toBe(true);
    expect(isArticleUrl('https://www.rfi.fr/cn/contenu/20251129-标题')).toBe(true);
    // A 4-segment path is only an article under a column or programme root.
    expect(isArticleUrl('https://www.rfi.fr/cn/中国/台海/20251129-标题')).toBe(false);
    // A section segment alone, without a dated slug, is not an article.
    expect(isArticleUrl('https://www.rfi.fr/cn/中国/标题')).toBe(false);
  });
});

describe('isArticleDocument', () => {
  it('accepts a 2025 page (article[data-article-content])', () => {
    expect(isArticleDocument(fixture('cn-2025-mini.html'))).toBe(true);
  });

  it('accepts an older page by og:type alone', () => {
    const doc = fixture('cn-older-template.html');
    expect(doc.querySelector('article[data-article-content]')).toBeNull();
    expect(isArticleDocument(doc)).toBe(true);
  });

  it('rejects a listing page (og:type website, no article wrapper)', () => {
    const { document } = parseHTML(
      '<html><head><meta property="og:type" content="website"></head><body><main class="t-content t-content--page-builder"><h2>标题</h2></main></body></html>',
    );
    expect(isArticleDocument(document)).toBe(false);
  });
});

describeShared('isArticleDocument on the saved real pages', () => {
  it('is true for the article and false for the home page', () => {
    expect(isArticleDocument(parseHTML(readShared('pages', 'cn-article-2025.html')).document)).toBe(true);
    expect(isArticleDocument(parseHTML(readShared('pages', 'cn-home-2025.html')).document)).toBe(false);
  });
});
