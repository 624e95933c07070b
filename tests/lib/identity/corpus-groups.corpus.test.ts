// Identity over the real corpus: every revision case of ../shared/corpus/revisions is one article
// with its versions in order, and no other captures are joined but those listed and read by hand.
import { beforeAll, expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { groupCaptures, type Grouping } from '../../../lib/identity/group';
import { urlKey } from '../../../lib/match/url-key';
import type { ArchivedArticle } from '../../../lib/types';
import { describeShared, revisionCases, sharedPath, type RevisionCase } from '../../support/shared';

/** Cases whose versions share feed time and display time: the README argues their order from the content. */
const ORDER_ARGUED = new Set(['17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '51', '58', '60', '63', '64', '65', '66', '68']);

/** Archive file ids of the README's "not counted" pairs that are different articles, not re-filings. */
const DIFFERENT_ARTICLES: [string, string][] = [
  ['1047404', '1047406'], // parallel AFP stories, same minute, headlines sharing the first half
  ['1048400', '1048347'], // UN experts' statement vs a long piece quoting it
  ['1047318', '1047317'],
  ['1047152', '1047140'],
  ['1048053', '1048029'],
  ['1047145', '1047139'],
  ['1047725', '1047713'],
  ['1048109', '1048030'], // a day apart
  ['1048093', '1048068'], // a day apart
];

/**
 * Multi-capture groups outside the revision cases, read by hand: an AFP wire item and RFI's re-filing
 * of it under a section the same day (the pattern of revision cases 16, 30, 35, 41, 43, 54, 57), an
 * AFP write-through of the same minute, and Jekyll / transcribed copies of the same capture.
 */
const READ_BY_HAND = [
  '美扣押人发制品', '全球冠状病毒疫情突破52万死', '重话批评习近平', '宝莱坞老牌巨星阿米塔巴昌染疫', '法2情报员对中国泄密',
  '染疫埃及军人违反隔离规定', '你来我往：传台湾拒向香港驻台办事处人员续发签证', '英国预计将暂停与港引渡协议',
];

describeShared('article identity over ../shared/corpus', () => {
  let articles: ArchivedArticle[] = [];
  let grouping: Grouping;
  const cases = revisionCases();
  const position = new Map<string, number>();

  beforeAll(() => {
    for (const f of readCorpusDir(sharedPath('corpus'))) {
      const r = parseArchiveFile(f.text, f.name);
      if (r.ok) articles.push(r.value);
    }
    articles.forEach((a, i) => position.set(a.source, i));
    grouping = groupCaptures(articles, urlKey);
  });

  const versionsOf = (c: RevisionCase) => c.versions.map((v) => position.get(`revisions/${c.n}/${v}`)!);

  it.each(cases.map((c) => [c.n, c] as const))('revision case %s is one article', (_, c) => {
    const ids = versionsOf(c);
    expect(ids.every((i) => i !== undefined)).toBe(true);
    expect(new Set(ids.map((i) => grouping.groupOf[i]))).toHaveLength(1);
  });

  it('orders the versions as the README does wherever feed or display time tells them apart', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      if (ORDER_ARGUED.has(c.n)) continue;
      const ids = versionsOf(c);
      const order = grouping.groups[grouping.groupOf[ids[0]!]!]!.filter((i) => ids.includes(i));
      if (order.join() !== ids.join()) wrong.push(c.n);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the different articles with overlapping text apart', () => {
    const byId = (id: string) => articles.findIndex((a) => a.source.startsWith(`archive/${id}_`));
    for (const [a, b] of DIFFERENT_ARTICLES) {
      expect(byId(a)).toBeGreaterThanOrEqual(0);
      expect(grouping.groupOf[byId(a)], `${a} / ${b}`).not.toBe(grouping.groupOf[byId(b)]);
    }
  });

  it('joins nothing else: every multi-capture group is a revision case or one read by hand', () => {
    const inCase = new Set(cases.flatMap((c) => versionsOf(c)));
    const multi = grouping.groups.filter((g) => g.length > 1);
    const unexplained: string[] = [];
    for (const g of multi) {
      const titles = g.map((i) => articles[i]!.title);
      const explained =
        g.some((i) => inCase.has(i)) ||
        READ_BY_HAND.some((t) => titles.some((title) => title.startsWith(t)));
      // A group of captures with one URL key and one headline is one capture stored twice.
      const copies = new Set(g.map((i) => `${urlKey(articles[i]!.url)}|${articles[i]!.title}`)).size === 1;
      if (!explained && !copies) unexplained.push(titles.join(' | '));
    }
    console.log(`identity: ${articles.length} captures → ${grouping.groups.length} articles, ${multi.length} with several versions`);
    for (const g of multi.filter((x) => !x.some((i) => inCase.has(i)))) {
      console.log(`  ${g.map((i) => `${articles[i]!.source.slice(0, 24)}… ${articles[i]!.title}`).join('\n    = ')}`);
    }
    expect(unexplained).toEqual([]);
    // Wrong groups would merge cases: each case must own its group alone.
    const groupsOfCases = cases.map((c) => grouping.groupOf[versionsOf(c)[0]!]);
    expect(new Set(groupsOfCases).size).toBe(cases.length);
  });
});
