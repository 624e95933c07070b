// The pages the browser tests serve at real rfi.fr URLs, made with the project's own fixture
// tool (cli/render-page.ts) from a 2025 article template and the seed archive. The template is the
// real 2025 page in ../shared where it is present, else the team's page in RFI's markup
// (tests/fixtures/pages/cn-2025-mini.html), so that every browser suite runs on a fresh clone too.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import type { ArchivedArticle, Block } from '../../../lib/types';
import { renderArticlePage } from '../../../cli/render-page';
import { HAS_SHARED, readShared, REPO_ROOT, sharedPath } from '../../support/shared';
import type { Served } from './driver';

export const SEED_FILE = '000_53576f7386e4415b.txt';

export function seedArticle(): ArchivedArticle {
  const parsed = parseArchiveFile(readFileSync(resolve(REPO_ROOT, 'seeds', SEED_FILE), 'utf8'), SEED_FILE);
  if (!parsed.ok) throw new Error(`seed does not parse: ${parsed.line}: ${parsed.reason}`);
  return parsed.value;
}

/** What the edited fixture changes, so tests can assert exactly these. */
export const EDITS = {
  /** Index (in the seed's paragraphs) of the paragraph whose figure is corrected. */
  changed: 2,
  /** Index of the paragraph removed from the live page. */
  removed: 6,
  /** The paragraph added after the seed's paragraph 9. */
  addedAfter: 9,
  addedText: '编者按：本文发表后，美国国务院补充说明了布林肯与拉夫罗夫会面的细节。',
};

/** The seed with one paragraph edited (a number), one removed and one added. */
export function editedArticle(seed: ArchivedArticle): ArchivedArticle {
  const paragraphs: Block[] = [];
  seed.paragraphs.forEach((block, i) => {
    if (i === EDITS.removed) return;
    if (i === EDITS.changed) {
      const text = block.text.includes('10分钟') ? block.text.replace('10分钟', '15分钟') : `${block.text}（更正）`;
      paragraphs.push({ ...block, text });
    } else paragraphs.push(block);
    if (i === EDITS.addedAfter) paragraphs.push({ kind: 'p', text: EDITS.addedText });
  });
  return { ...seed, paragraphs };
}

const teamFile = (...parts: string[]): string => readFileSync(resolve(REPO_ROOT, 'tests/fixtures', ...parts), 'utf8');

/**
 * RFI's article layout, for the team page (which carries no stylesheet): the article in a centred
 * column with room in the margin, as on rfi.fr, where the change markers stand left of the text.
 */
const LAYOUT = '<style>body { margin: 0; font-size: 18px; } main { max-width: 760px; margin: 0 auto; padding: 0 24px; }</style>';

/** The 2025 article page the seed is put into: the real one, or the team's without ../shared. */
export function template(): string {
  return HAS_SHARED ? readShared('pages', 'cn-article-2025.html') : teamFile('pages', 'cn-2025-mini.html').replace('</head>', `${LAYOUT}</head>`);
}

export function seedPage(): Served {
  const seed = seedArticle();
  return { url: seed.url, html: renderArticlePage(template(), seed) };
}

export function editedPage(): Served {
  const seed = seedArticle();
  return { url: seed.url, html: renderArticlePage(template(), editedArticle(seed)) };
}

/** The CN home page, not an article: the real one, or the team's listing page without ../shared. */
export function homePage(): Served {
  return { url: 'https://www.rfi.fr/cn/', html: HAS_SHARED ? readShared('pages', 'cn-home-2025.html') : teamFile('listings', 'cn-home-mini.html') };
}

/** An article the bundled corpus does not hold, served as is, with what the suites assert and edit. */
export interface UnarchivedPage extends Served {
  title: string;
  /** A part of the decoded URL that names this article's requests. */
  slug: string;
  /** A one-word edit inside one body paragraph, and a second one made on top of it. */
  edit: [string, string];
  secondEdit: [string, string];
}

/** The real 2025 article, or the team's 2025 page (cn-2025-mini) without ../shared. */
export function unarchivedPage(): UnarchivedPage {
  if (!HAS_SHARED) {
    return {
      url: 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4',
      html: teamFile('pages', 'cn-2025-mini.html'),
      title: '巴黎试点夜间公交 测试新线路',
      slug: '20240415-巴黎试点夜间公交',
      edit: ['凌晨一点', '凌晨两点'],
      secondEdit: ['乘客人数', '乘客人数和意见'],
    };
  }
  return {
    url: 'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE%E5%A2%9E%E5%8A%A0400%E4%BA%BF%E7%BE%8E%E5%85%83%E5%9B%BD%E9%98%B2%E5%BC%80%E6%94%AF-%E5%8A%A0%E9%80%9F%E9%83%A8%E7%BD%B2t-dome%E9%98%B2%E7%A9%BA%E7%B3%BB%E7%BB%9F',
    html: readShared('pages', 'cn-article-2025.html'),
    title: '台湾增加400亿美元国防开支 加速部署T-Dome防空系统',
    slug: '20251130-台湾增加400亿',
    edit: ['于10月10日公开', '于10月11日公开'],
    secondEdit: ['与以色列', '与以色列的'],
  };
}

/**
 * A corrected article captured twice under two URL dates: real revision case 12, or without
 * ../shared the team's case modelled on it (invented text; the same capture times and the same
 * misspelt name, corrected in the second capture).
 */
export const CORRECTED_CASE = HAS_SHARED ? '12' : 'corrected';

/**
 * A wire item rewritten the same day under a new headline and URL: real revision case 47, or the
 * team's case modelled on it; with the first headline and the similarity the panel shows for it.
 */
export const REWRITE_CASE = HAS_SHARED
  ? { n: '47', title: '川普首度揭自己曾命危 称抗体疗法救了他', similarity: 59 }
  : { n: 'rewrite', title: '法国南部热浪提前来袭 葡萄农连夜抢收', similarity: 67 };

/**
 * The version files of a revision case, oldest first: ../shared/corpus/revisions/`NN`, or the
 * team's cases in tests/fixtures/revisions without ../shared.
 */
export function revisionFiles(n: string): { name: string; text: string }[] {
  const dir = HAS_SHARED ? sharedPath('corpus', 'revisions', n) : resolve(REPO_ROOT, 'tests/fixtures/revisions', n);
  return readdirSync(dir)
    .filter((name) => /^v\d+__/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));
}

/** Version `k` (0-based) of a revision case put into the 2025 template, served at its own URL. */
export function revisionPage(n: string, k: number): Served {
  const file = revisionFiles(n)[k];
  if (!file) throw new Error(`revision case ${n} has no version ${k + 1}`);
  const parsed = parseArchiveFile(file.text, file.name);
  if (!parsed.ok) throw new Error(`${file.name}:${parsed.line}: ${parsed.reason}`);
  return { url: parsed.value.url, html: renderArticlePage(template(), parsed.value) };
}
