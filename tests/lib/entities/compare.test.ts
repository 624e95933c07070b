// Live entities beside archived ones: revision case 41 of the shared corpus renames 纳瓦尼 → 纳瓦尔尼
// and 梅克尔 → 默克尔 between two captures; the report must show both spellings, added and removed.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeShared, readShared, sharedPath } from '../../support/shared';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { reportEntities } from '../../../lib/entities/compare';
import type { Article, ReportEntity } from '../../../lib/types';
import { testArticle } from '../../support/article';

const article = (paragraphs: string[], title = '标题'): Article => testArticle(paragraphs, { title });

const find = (es: ReportEntity[], text: string): ReportEntity | undefined => es.find((e) => e.text === text || e.aliases.includes(text));

describe('reportEntities', () => {
  it('without an archived copy: every entity live only, with its live mentions', () => {
    const es = reportEntities(article(['美国国务卿布林肯3月1日抵达新德里。布林肯表示……']), null);
    const b = find(es, '布林肯');
    expect(b).toMatchObject({ type: 'PER', count: 2, inLive: true, inArchive: false });
    expect(b?.mentions?.length).toBe(2);
    expect(es.every((e) => e.inLive && !e.inArchive)).toBe(true);
  });

  it('marks names found only live or only archived, and keeps shared ones once', () => {
    const live = article(['德国副总理朔尔茨在柏林表示，外长拉夫罗夫将访问北京。']);
    const archived = article(['外长拉夫罗夫将访问北京，法国总统马克龙表示欢迎。']);
    const es = reportEntities(live, archived);
    expect(find(es, '拉夫罗夫')).toMatchObject({ inLive: true, inArchive: true });
    expect(find(es, '朔尔茨')).toMatchObject({ inLive: true, inArchive: false });
    const gone = find(es, '马克龙');
    expect(gone).toMatchObject({ inLive: false, inArchive: true, mentions: [] });
    expect(es.filter((e) => e.text === '北京').length).toBe(1);
  });
});

describeShared('revision case 41 (纳瓦尼 → 纳瓦尔尼, 梅克尔 → 默克尔)', () => {
  it('shows the corrected spellings as added and the old ones as removed', () => {
    const dir = sharedPath('corpus', 'revisions', '41');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'NOTES.md').sort();
    const read = (f: string): Article => {
      const r = parseArchiveFile(readShared('corpus', 'revisions', '41', f), f);
      if (!r.ok) throw new Error(`${f}: ${r.reason}`);
      return r.value;
    };
    const [v1, v2] = [read(files[0]!), read(files[1]!)];
    const es = reportEntities(v2, v1);
    expect(find(es, '纳瓦尔尼')).toMatchObject({ type: 'PER', inLive: true, inArchive: false });
    expect(find(es, '纳瓦尼')).toMatchObject({ type: 'PER', inLive: false, inArchive: true });
    expect(find(es, '默克尔')).toMatchObject({ type: 'PER', inLive: true, inArchive: false });
    expect(find(es, '梅克尔')).toMatchObject({ type: 'PER', inLive: false, inArchive: true });
    expect(find(es, '纳瓦尔尼')!.count).toBeGreaterThanOrEqual(8);
    // Unchanged names are one entity present in both.
    expect(find(es, '克里姆林宫')).toMatchObject({ inLive: true, inArchive: true });
    expect(find(es, '柏林')).toMatchObject({ inLive: true, inArchive: true });
  });
});
