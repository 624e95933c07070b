import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../lib/diff/align';
import type { ParagraphChange } from '../../../lib/types';

const ZH = [
  '（法新社华盛顿8日电） 美国今天批评中国对国际媒体祭出的新限制，指控中国害怕自由的媒体。',
  '美国国务院发言人欧塔加斯表示，中国外交部已知会美方，他们计划进一步限制美国媒体在华的采访。',
  '欧塔加斯在推特质疑说：“为何中国共产党害怕独立与调查性媒体的报导？”',
  '北京去年已驱逐《华尔街日报》三名记者，今年又要求多家美国媒体申报在华员工和财产。',
  '中国外交部发言人则表示，这些措施是对美方此前限制中国官方媒体的对等反制。',
];
const FR = [
  "Le président de la République a annoncé mardi soir une série de mesures destinées à soutenir le pouvoir d'achat.",
  "Selon les chiffres publiés par l'Insee, les prix à la consommation ont progressé de 5,2 % sur un an en octobre.",
  "L'opposition a aussitôt dénoncé des annonces « insuffisantes » et réclamé un débat au Parlement.",
];
const NEW = '另据报道，白宫当天也表示将与盟友协调，对北京的做法作出回应，但没有透露具体措施。';

const statuses = (cs: ParagraphChange[]) => cs.map((c) => c.status);
const summary = (cs: ParagraphChange[]) => {
  const s = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const c of cs) if (c.status !== 'moved' && c.status !== 'appended') s[c.status]++;
  return s;
};

describe('alignParagraphs', () => {
  it('reports identical texts as all unchanged, with both indexes', () => {
    const cs = alignParagraphs(ZH, ZH);
    expect(statuses(cs)).toEqual(Array(5).fill('unchanged'));
    expect(cs.map((c) => [c.liveIndex, c.archivedIndex])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
    expect(statuses(alignParagraphs(FR, FR))).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('treats white-space, NBSP, full-width and quote-only differences as unchanged', () => {
    const live = [
      ZH[0]!.replace('美国今天', '美国\u00a0今天'),
      ZH[1]!.replace('，', '\u3000，').replace('美方', '美\u200b方'),
      ZH[2]!.replace('“', '「').replace('”', '」'),
      ZH[3]!.replace('。', '｡'),
      ZH[4]!.replace('，', ','),
    ];
    const frLive = [FR[0]!.replace('mardi soir', 'mardi\u00a0 soir'), FR[1]!.replace('5,2 %', '5,2\u202f%'), FR[2]!.replace('«', '"').replace('»', '"')];
    expect(statuses(alignParagraphs(live, ZH))).toEqual(Array(5).fill('unchanged'));
    expect(statuses(alignParagraphs(frLive, FR))).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(statuses(alignParagraphs(['２０１３年１月'], ['2013年1月']))).toEqual(['unchanged']);
  });

  it('reports one changed digit as changed, in place', () => {
    const live = [...ZH];
    live[3] = ZH[3]!.replace('三名', '四名');
    const frLive = [...FR];
    frLive[1] = FR[1]!.replace('5,2', '6,2');
    const cs = alignParagraphs(live, ZH);
    expect(statuses(cs)).toEqual(['unchanged', 'unchanged', 'unchanged', 'changed', 'unchanged']);
    expect(cs[3]).toEqual({ status: 'changed', live: live[3], archived: ZH[3], liveIndex: 3, archivedIndex: 3 });
    expect(statuses(alignParagraphs(frLive, FR))).toEqual(['unchanged', 'changed', 'unchanged']);
    expect(statuses(alignParagraphs(['至少６人死亡'], ['至少7人死亡']))).toEqual(['changed']);
  });

  it.each([
    ['start', 0],
    ['middle', 2],
    ['end', 5],
  ])('reports a paragraph inserted at the %s as added there only', (_, at) => {
    const live = [...ZH];
    live.splice(at, 0, NEW);
    const cs = alignParagraphs(live, ZH);
    expect(summary(cs)).toEqual({ unchanged: 5, changed: 0, added: 1, removed: 0 });
    expect(cs.map((c) => c.liveIndex)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cs[at]).toEqual({ status: 'added', live: NEW, archived: null, liveIndex: at, archivedIndex: null });
  });

  it('reports a removed paragraph at the place it stood', () => {
    const live = ZH.filter((_, i) => i !== 2);
    const cs = alignParagraphs(live, ZH);
    expect(statuses(cs)).toEqual(['unchanged', 'unchanged', 'removed', 'unchanged', 'unchanged']);
    expect(cs[2]).toEqual({ status: 'removed', live: null, archived: ZH[2], liveIndex: null, archivedIndex: 2 });
    expect(cs.map((c) => c.archivedIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reports an edit, a removal and an addition at once as exactly those', () => {
    // archived: 0 1 2 3 4 → live: 0 1' 3 NEW 4 (1 edited, 2 removed, NEW added after 3)
    const edited = ZH[1]!.replace('进一步限制', '进一步严格限制').replace('采访', '采访活动');
    const live = [ZH[0]!, edited, ZH[3]!, NEW, ZH[4]!];
    const cs = alignParagraphs(live, ZH);
    expect(cs.map((c) => [c.status, c.liveIndex, c.archivedIndex])).toEqual([
      ['unchanged', 0, 0],
      ['changed', 1, 1],
      ['removed', null, 2],
      ['unchanged', 2, 3],
      ['added', 3, null],
      ['unchanged', 4, 4],
    ]);
  });

  it('pairs an edited paragraph with its old version even when a new paragraph precedes it', () => {
    const edited = ZH[2]!.replace('为何', '为什么');
    const cs = alignParagraphs([ZH[0]!, ZH[1]!, NEW, edited, ZH[3]!, ZH[4]!], ZH);
    expect(cs.map((c) => [c.status, c.liveIndex, c.archivedIndex])).toEqual([
      ['unchanged', 0, 0],
      ['unchanged', 1, 1],
      ['added', 2, null],
      ['changed', 3, 2],
      ['unchanged', 4, 3],
      ['unchanged', 5, 4],
    ]);
  });

  it('reports unrelated paragraphs as removed and added, not changed', () => {
    const cs = alignParagraphs([ZH[0]!, FR[0]!, ZH[4]!], [ZH[0]!, ZH[2]!, ZH[4]!]);
    expect(statuses(cs)).toEqual(['unchanged', 'removed', 'added', 'unchanged']);
  });

  it('reports a moved paragraph as removed where it stood and added where it is now', () => {
    // 0 1 2 3 4 → 0 3 1 2 4: the LCS keeps 0 1 2 4; paragraph 3 moved up.
    const cs = alignParagraphs([ZH[0]!, ZH[3]!, ZH[1]!, ZH[2]!, ZH[4]!], ZH);
    expect(cs.map((c) => [c.status, c.liveIndex, c.archivedIndex])).toEqual([
      ['unchanged', 0, 0],
      ['added', 1, null],
      ['unchanged', 2, 1],
      ['unchanged', 3, 2],
      ['removed', null, 3],
      ['unchanged', 4, 4],
    ]);
    // Two paragraphs swapped: one of them stays anchored, the other is removed and re-added.
    const swapped = alignParagraphs([ZH[1]!, ZH[0]!], [ZH[0]!, ZH[1]!]);
    expect(summary(swapped)).toEqual({ unchanged: 1, changed: 0, added: 1, removed: 1 });
  });

  it('reports a paragraph split in two as one entry per piece, unchanged when only the break moved', () => {
    const whole = ZH[1]! + ZH[2]!;
    const cs = alignParagraphs([ZH[0]!, ZH[1]!, ZH[2]!, ZH[3]!], [ZH[0]!, whole, ZH[3]!]);
    expect(cs.map((c) => [c.status, c.liveIndex, c.archivedIndex, c.archived])).toEqual([
      ['unchanged', 0, 0, ZH[0]],
      ['unchanged', 1, 1, ZH[1]],
      ['unchanged', 2, 1, ZH[2]],
      ['unchanged', 3, 2, ZH[3]],
    ]);
  });

  it('reports a split with an edit in one piece as changed for that piece only', () => {
    const whole = ZH[1]! + ZH[2]!;
    const piece = ZH[2]!.replace('为何', '为什么');
    const cs = alignParagraphs([ZH[1]!, piece], [whole]);
    expect(cs.map((c) => [c.status, c.archived])).toEqual([
      ['unchanged', ZH[1]],
      ['changed', ZH[2]],
    ]);
  });

  it('reports two paragraphs merged into one as one entry holding both former texts', () => {
    const cs = alignParagraphs([ZH[0]!, ZH[1]! + ZH[2]!, ZH[3]!], [ZH[0]!, ZH[1]!, ZH[2]!, ZH[3]!]);
    expect(cs.map((c) => [c.status, c.liveIndex, c.archivedIndex])).toEqual([
      ['unchanged', 0, 0],
      ['unchanged', 1, 1],
      ['unchanged', 2, 3],
    ]);
    expect(cs[1]!.archived).toBe(`${ZH[1]}\n${ZH[2]}`);
    const edited = alignParagraphs([ZH[1]! + ZH[2]!.replace('独立', '自由')], [ZH[1]!, ZH[2]!]);
    expect(statuses(edited)).toEqual(['changed']);
  });

  it('leaves out empty paragraphs and ad labels on either side', () => {
    const cs = alignParagraphs([ZH[0]!, '\u00a0', '广告', ZH[1]!], [ZH[0]!, ZH[1]!, '继续浏览后续']);
    expect(cs.map((c) => [c.status, c.liveIndex, c.archivedIndex])).toEqual([
      ['unchanged', 0, 0],
      ['unchanged', 3, 1],
    ]);
  });

  it('handles empty sides', () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(statuses(alignParagraphs(ZH.slice(0, 2), []))).toEqual(['added', 'added']);
    expect(statuses(alignParagraphs([], ZH.slice(0, 2)))).toEqual(['removed', 'removed']);
  });
});
