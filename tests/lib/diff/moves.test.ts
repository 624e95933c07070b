import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../lib/diff/align';
import { compareArticles } from '../../../lib/diff/compare';
import { findMoves } from '../../../lib/diff/moves';
import type { Article } from '../../../lib/types';
import { testArticle } from '../../support/article';

const P = [
  '美国国务卿布林肯周四在斯德哥尔摩与俄罗斯外长拉夫罗夫会面，双方讨论了乌克兰局势。',
  '会面持续了大约半个小时，双方都没有对媒体发表声明。',
  '拉夫罗夫随后表示，俄罗斯不会在北约东扩问题上让步，并指责西方国家煽动紧张局势。',
  '布林肯则警告说，如果俄罗斯对乌克兰采取军事行动，将面临严重后果。',
  '欧洲安全与合作组织的部长级会议当天在瑞典首都举行，来自五十多个国家的代表出席。',
];

describe('findMoves', () => {
  it('turns a paragraph moved to the end into one moved entry (not removed + added)', () => {
    const live = [P[0]!, P[2]!, P[3]!, P[4]!, P[1]!];
    const cs = findMoves(alignParagraphs(live, P));
    expect(cs.map((c) => c.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'moved']);
    expect(cs[4]).toMatchObject({ liveIndex: 4, archivedIndex: 1, live: P[1], archived: P[1] });
  });

  it('recognises a moved paragraph that was also edited, with its spans', () => {
    const edited = P[1]!.replace('半个小时', '四十分钟');
    const live: Article = { ...article(P), paragraphs: [P[0]!, P[2]!, P[3]!, edited, P[4]!].map((text) => ({ kind: 'p', text })) };
    const c = compareArticles(live, article(P));
    const moved = c.paragraphs.filter((p) => p.status === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.spans?.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['半个小时', '四十分钟']);
    expect(c.summary).toEqual({ unchanged: 4, changed: 0, added: 0, removed: 0, moved: 1 });
  });

  it('leaves unrelated removed and added paragraphs alone', () => {
    const live = [P[0]!, P[2]!, P[3]!, P[4]!, '另据报道，白宫当天也表示将与盟友协调，对北京的做法作出回应。'];
    const cs = findMoves(alignParagraphs(live, P));
    expect(cs.map((c) => c.status).sort()).toEqual(['added', 'removed', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });
});

const article = (paragraphs: string[]): Article => testArticle(paragraphs);
