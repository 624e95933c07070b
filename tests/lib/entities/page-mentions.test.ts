// @vitest-environment happy-dom
// Mention positions from the extractor become Ranges on a page whose markup splits the text
// (links, extra white space), and the finder cycles through them; the DOM is never changed.
import { describe, expect, it } from 'vitest';
import { analyseEntities } from '../../../lib/entities/extract';
import { articleSegments } from '../../../lib/entities/segments';
import { createEntityFinder, locateMentions, type Highlighter } from '../../../lib/overlay/highlight';
import type { Article, ReportEntity } from '../../../lib/types';

const live: Article = {
  url: 'https://www.rfi.fr/cn/x', title: '布林肯与拉夫罗夫短暂会面', column: null, lead: null,
  paragraphs: [
    { kind: 'p', text: '美国国务卿布林肯（Blinken）3月2日在新德里与俄罗斯外长拉夫罗夫交谈。' },
    // As the page extractor reads it: white space runs collapsed to one space.
    { kind: 'p', text: '布林肯说， 美方不会改变立场。' },
  ],
  authors: [], published: null, modified: null, section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
};

function page(): Document {
  document.body.innerHTML =
    '<header><a>布林肯专题</a></header><article><h1>布林肯与拉夫罗夫短暂会面</h1>' +
    '<p>美国国务卿<a href="#">布林</a>肯（Blinken）3月2日在新德里与俄罗斯外长拉夫罗夫交谈。</p>\n' +
    '<p>  布林肯说，\n  美方不会改变立场。</p></article>';
  return document;
}

function entity(text: string): ReportEntity {
  const e = analyseEntities(live).entities.find((x) => x.text === text)!;
  return { text: e.text, type: e.type, count: e.count, aliases: e.aliases, inLive: true, inArchive: false, mentions: e.mentions.map(({ segment, start, end }) => ({ segment, start, end })) };
}

describe('locateMentions', () => {
  it('maps every mention to the page, across inline markup and collapsed white space', () => {
    const doc = page();
    const html = doc.body.innerHTML;
    const ranges = locateMentions(doc.body, articleSegments(live), entity('布林肯').mentions!);
    expect(ranges.map((r) => r.toString())).toEqual(['布林肯', '布林肯', 'Blinken', '布林肯']);
    // The header's "布林肯专题" is not a mention: positions come from the article text.
    expect(ranges.every((r) => r.startContainer.parentElement?.closest('article'))).toBe(true);
    expect(doc.body.innerHTML).toBe(html);
  });

  it('finder: first click shows mention 1, again the next, wrapping; clear() removes the marks', () => {
    const doc = page();
    const shown: Array<{ n: number; current: string }> = [];
    let cleared = 0;
    const fake: Highlighter = {
      mode: 'highlight',
      show: (ranges, i) => (shown.push({ n: ranges.length, current: ranges[i]!.toString() }), true),
      clear: () => void cleared++,
    };
    const finder = createEntityFinder(doc, articleSegments(live), fake);
    const b = entity('布林肯');
    expect(finder.find(b)).toEqual({ index: 0, total: 4 });
    expect(finder.find(b)).toEqual({ index: 1, total: 4 });
    for (let i = 0; i < 3; i++) finder.find(b);
    expect(finder.find(b)).toEqual({ index: 1, total: 4 });
    expect(finder.find(entity('拉夫罗夫'))).toEqual({ index: 0, total: 2 });
    expect(shown.at(-1)).toEqual({ n: 2, current: '拉夫罗夫' });
    finder.clear();
    expect(cleared).toBeGreaterThan(0);
    expect(finder.find({ text: '马克龙', type: 'PER', count: 1, aliases: [], inLive: true, inArchive: false, mentions: [] })).toEqual({ index: 0, total: 0 });
  });
});
