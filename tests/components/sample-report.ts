// A small hand-made Report for component tests: one field changed, one paragraph of each status.
import type { ArchivedArticle, Article, Report } from '../../lib/types';

const live: Article = {
  url: 'https://www.rfi.fr/cn/中国/20230302-测试',
  title: '测试标题 新',
  column: null,
  lead: '导语',
  paragraphs: [
    { kind: 'p', text: '第一段没有变。' },
    { kind: 'p', text: '第二段说15分钟。' },
    { kind: 'p', text: '新加的一段。' },
  ],
  authors: ['肖曼'],
  published: '2023-03-02T20:57:00.000Z',
  modified: null,
  section: '中国',
  edition: 'cn',
  language: 'zh-Hans',
  image: null,
  contentId: null,
};

const archived: ArchivedArticle = {
  ...live,
  title: '测试标题 旧',
  paragraphs: [
    { kind: 'p', text: '第一段没有变。' },
    { kind: 'p', text: '第二段说10分钟。' },
    { kind: 'p', text: '<script>alert(1)</script>被删的一段。' },
  ],
  archivedAt: Date.UTC(2023, 2, 2, 21, 15),
  displayedAt: '2023-03-02T20:57:00.000Z',
  rawTitle: '测试标题 旧',
  source: '000_test.txt',
};

export const sampleReport: Report = {
  live,
  liveWarnings: [],
  match: {
    url: archived.url,
    archivedAt: archived.archivedAt,
    title: archived.title,
    method: 'url',
    confidence: 1,
    index: 0,
    versions: [{ source: archived.source, archivedAt: archived.archivedAt, displayedAt: archived.displayedAt, title: archived.title, url: archived.url }],
  },
  archived,
  entities: [
    { text: '布林肯', type: 'PER', count: 9, aliases: ['Blinken'], inLive: true, inArchive: false, mentions: [] },
    { text: '拉夫罗夫', type: 'PER', count: 3, aliases: [], inLive: true, inArchive: false, mentions: [] },
    { text: '印度', type: 'LOC', count: 4, aliases: [], inLive: true, inArchive: false, mentions: [] },
    { text: '3月1日', type: 'DATE', count: 1, aliases: [], inLive: true, inArchive: false, mentions: [] },
  ],
  changes: {
    summary: { unchanged: 1, changed: 1, added: 1, removed: 1 },
    paragraphs: [
      { status: 'unchanged', live: '第一段没有变。', archived: '第一段没有变。', liveIndex: 0, archivedIndex: 0 },
      { status: 'changed', live: '第二段说15分钟。', archived: '第二段说10分钟。', liveIndex: 1, archivedIndex: 1 },
      { status: 'removed', live: null, archived: '<script>alert(1)</script>被删的一段。', liveIndex: null, archivedIndex: 2 },
      { status: 'added', live: '新加的一段。', archived: null, liveIndex: 2, archivedIndex: null },
    ],
    fields: [
      { field: 'title', live: '测试标题 新', archived: '测试标题 旧', differs: true },
      { field: 'authors', live: '肖曼', archived: '肖曼', differs: false },
    ],
    kinds: ['headline', 'paragraphs'],
    silentEdit: null,
    sameAsEarlier: null,
    liveBlog: null,
  },
  possibleEarlier: [],
};

/** The sample with two stored versions: an older capture, then the one compared by default. */
export const twoVersionReport: Report = {
  ...sampleReport,
  match: {
    ...sampleReport.match!,
    versions: [
      { source: '000_older.txt', archivedAt: Date.UTC(2023, 2, 2, 20, 5), displayedAt: '2023-03-02T19:50:00.000Z', title: '测试标题 更旧', url: archived.url },
      ...sampleReport.match!.versions,
    ],
  },
};
