// The hostile archive: every vector of vectors.ts inside archived articles (ten per article, one
// per paragraph), and for each article its live page (the same paragraphs without the vectors),
// made from the team-written mini template, so that the sidebar's archive view, the change list and
// the markers' tooltips all show the vectors' text. No ../shared needed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderArticlePage } from '../../cli/render-page';
import type { Article } from '../../lib/types';
import { REPO_ROOT } from '../support/shared';
import { vectors, type Vector } from './vectors';

export const PER_ARTICLE = 10;
const CAPTURED = 1713166200000; // 2024-04-15 07:30 UTC

export interface HostileArticle {
  url: string;
  vectors: Vector[];
  /** The live page, served at `url`. */
  html: string;
}

export function miniTemplate(): string {
  return readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8');
}

const sentence = (n: number, k: number) => `第${k + 1}段：巴黎交通公司宣布，第${n}号试点线路将在夜间运行，乘客人数将在半年后公布。`;

export function hostileArticles(): HostileArticle[] {
  const all = vectors();
  const out: HostileArticle[] = [];
  for (let n = 0; n * PER_ARTICLE < all.length; n++) {
    const group = all.slice(n * PER_ARTICLE, (n + 1) * PER_ARTICLE);
    const url = `https://www.rfi.fr/cn/法国/20240415-hostile-${String(n).padStart(2, '0')}`;
    const live: Article = {
      url, title: `夜间公交试点 第${n}篇`, column: null, lead: `巴黎交通公司宣布试点夜间公交线路（第${n}篇）。`,
      paragraphs: group.map((_v, k) => ({ kind: 'p' as const, text: sentence(n, k) })),
      authors: ['林一'], published: '2024-04-15T06:30:00.000Z', modified: null, section: '法国', edition: 'cn',
      language: 'zh-Hans', image: null, contentId: null,
    };
    out.push({ url, vectors: group, html: renderArticlePage(miniTemplate(), live) });
  }
  return out;
}

/** The archive file of article `n` (its vectors inside its paragraphs). */
export function archiveFile(a: HostileArticle, n: number): string {
  const body = [
    '<div>15/04/2024 - 08:30</div>',
    `<p><strong>巴黎交通公司宣布试点夜间公交线路（第${n}篇）。</strong></p>`,
    '<div class="t-content__body u-clearfix">',
    ...a.vectors.map((v, k) => `<p>${sentence(n, k)}${v.html}</p>`),
    '</div>',
  ].join('');
  return `<!--${CAPTURED}-->\n[夜间公交试点 第${n}篇](${new URL(a.url).href})\n------\n\n${body}\n`;
}

/** Writes the hostile archive folder (RFI_LENS_CORPUS for the hostile build); returns its articles. */
export function writeHostileCorpus(dir: string): HostileArticle[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articles = hostileArticles();
  articles.forEach((a, n) => writeFileSync(join(dir, `hostile_${String(n).padStart(2, '0')}.txt`), archiveFile(a, n)));
  return articles;
}
