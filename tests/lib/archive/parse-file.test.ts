import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repairGluedMarkup } from '../../../lib/archive/body';
import { parseArchiveFile, type ArchiveParseResult } from '../../../lib/archive/parse-file';
import type { ArchivedArticle } from '../../../lib/types';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/archive');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const NAMES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

function parseFixture(name: string): ArchiveParseResult {
  return parseArchiveFile(readFileSync(resolve(FIXTURES, `${name}.txt`), 'utf8'), `${name}.txt`);
}

function article(name: string): { value: ArchivedArticle; codes: string[] } {
  const r = parseFixture(name);
  if (!r.ok) throw new Error(`${name}: ${r.line}: ${r.reason}`);
  return { value: r.value, codes: r.warnings.map((w) => w.code) };
}

const texts = (a: ArchivedArticle) => a.paragraphs.map((b) => b.text);

describe('archive fixtures: golden', () => {
  it('has fixtures, each with its expected JSON', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(8);
    if (!UPDATE) for (const n of NAMES) expect(existsSync(resolve(FIXTURES, `${n}.expected.json`)), n).toBe(true);
  });

  it.each(NAMES)('%s parses to its expected JSON', (name) => {
    const actual = parseFixture(name);
    const path = resolve(FIXTURES, `${name}.expected.json`);
    if (UPDATE) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});

describe('parseArchiveFile: variants', () => {
  it('wire copy: suffix cut, no lead, dateline kept, copyright and blank paragraphs dropped', () => {
    const { value, codes } = article('wire-copy');
    expect(value.title).toBe('示例港口恢复夜间作业 货轮排队缩短');
    expect(value.rawTitle).toBe('示例港口恢复夜间作业  货轮排队缩短 – 法国国际广播电台 - RFI');
    expect(value.column).toBeNull();
    expect(value.lead).toBeNull();
    expect(texts(value)).toHaveLength(3);
    expect(texts(value)[0]).toMatch(/^（法新社示例城6日电） 示例港口/);
    expect(texts(value).join('')).not.toContain('AFP');
    expect(value.section).toBe('contenu');
    expect(value.edition).toBe('cn');
    expect(value.language).toBe('zh-Hans');
    expect(value.archivedAt).toBe(1594036800000);
    // 13:05 Paris summer time.
    expect(value.displayedAt).toBe('2020-07-06T11:05:00.000Z');
    expect(value.published).toBe(value.displayedAt);
    expect(value.modified).toBeNull();
    expect(value.contentId).toBeNull();
    expect(codes).toEqual(['no-author']);
  });

  it('column piece: lead, column, inline link and <em> text, heading, quote, list and loose text', () => {
    const { value, codes } = article('column-lead');
    expect(value.column).toBe('法国报纸摘要');
    expect(value.title).toBe('示例城的自行车道之争');
    expect(value.lead).toBe('示例城市政府上周决定保留疫情期间临时开辟的自行车道，引发商家与骑行者之间的争论。本台摘要法国报纸的相关评论。');
    expect(value.paragraphs).toEqual([
      { kind: 'p', text: '《示例日报》指出，临时车道使用人数在两个月内增加了一倍，“城市正在改变”。' },
      { kind: 'h', text: '商家的担忧' },
      { kind: 'p', text: '部分商家认为停车位减少影响了生意。' },
      { kind: 'quote', text: '“顾客来不了，我们就关门。”' },
      { kind: 'li', text: '车道总长：12公里' },
      { kind: 'li', text: '保留期限：至年底' },
      { kind: 'p', text: '市政府将在秋季公布评估报告。' },
    ]);
    expect(codes).toEqual(['no-author']);
  });

  it('glued ad markup leaves no 广告 and no lost paragraph', () => {
    const { value } = article('glued-ad');
    expect(texts(value)).toEqual(['新校区位于城市东部，占地约一百公顷。', '校方表示，第一批学生将于三年后入住。']);
  });

  it('feedx footer and the <br><hr> before it are dropped', () => {
    const { value } = article('feedx-footer');
    expect(texts(value)).toEqual(['（法新社示例岛8日电） 示例岛今天遭遇暴雨，多条道路被淹。', '气象部门预计降雨将持续到周末。']);
  });

  it('Jekyll variant: front matter skipped, entities in the title decoded, raw title kept', () => {
    const { value, codes } = article('jekyll');
    expect(value.rawTitle).toBe('示例议会通过&quot;开放数据&quot;法案 - 要闻分析');
    expect(value.title).toBe('示例议会通过"开放数据"法案');
    expect(value.column).toBe('要闻分析');
    expect(value.lead).toBe('示例议会周二通过开放数据法案，要求政府部门公开统计资料。');
    expect(texts(value)).toEqual(['法案规定，各部门须在一年内上线数据目录。', '反对党认为期限过短。']);
    // 10:55 Paris winter time.
    expect(value.displayedAt).toBe('2021-02-09T09:55:00.000Z');
    expect(value.section).toBe('政治');
    expect(codes).toEqual(['no-author']);
  });

  it('bracketed title `[[视频]…(…](url)`: the greedy line-2 rule keeps it whole', () => {
    const { value, codes } = article('bracket-title');
    expect(value.rawTitle).toBe('[视频]示例山区发生山体滑坡(更新');
    expect(value.title).toBe('[视频]示例山区发生山体滑坡(更新');
    expect(value.url).toMatch(/^http:\/\/www\.rfi\.fr\/\/cn\/%E4%BA%9A%E6%B4%B2\/20200630-/);
    expect(value.lead).toMatch(/^示例山区30日/);
    expect(value.paragraphs).toEqual([]);
    expect(codes).toEqual(['no-paragraphs', 'no-author']);
  });

  it('2023 form: author block → authors, share block and self-promo gone, column from the path', () => {
    const { value, codes } = article('author-share');
    expect(value.authors).toEqual(['示例记者']);
    expect(value.column).toBe('要闻分析');
    expect(value.section).toBeNull();
    expect(value.image).toBe('https://s.rfi.fr/media/display/00000000-0000-0000-0000-000000000007/w:1280/p:16x9/sommet.jpg');
    expect(texts(value)).toEqual(['东道国外长在闭幕记者会上表示，会议“仍然取得了进展”。', '分析人士认为，分歧主要集中在贸易议题上。']);
    expect(codes).toEqual([]);
  });
});

const HEADER = '<!--1594036800000-->\n[标题](http://www.rfi.fr//cn/%E4%B8%AD%E5%9B%BD/20200706-x)\n------\n\n';
const BODY = '<div>06/07/2020 - 13:05</div><p>正文。</p>\n';
const FRONT = '---\nlayout: post\ntitle: "标题"\nauthor: 法广\n---\n';

describe('parseArchiveFile: hard errors carry the file line', () => {
  const cases: [string, string, number, RegExp][] = [
    ['broken header fixture (line 2 without brackets)', readFileSync(resolve(FIXTURES, 'broken-header.txt'), 'utf8'), 2, /\[title\]\(url\)/],
    ['empty file', '', 1, /timestamp/],
    ['no timestamp line', HEADER.replace('<!--1594036800000-->', '<!-- x -->') + BODY, 1, /timestamp/],
    ['unparseable URL', HEADER.replace(/\(http[^)]*\)/, '(not-a-url)') + BODY, 2, /URL cannot be parsed/],
    ['URL off rfi.fr', HEADER.replace('www.rfi.fr', 'example.org') + BODY, 2, /not an rfi\.fr URL/],
    ['no rule line', HEADER.replace('------', '-----') + BODY, 3, /------/],
    ['no body', HEADER + '\n   \n', 5, /no body/],
    ['Jekyll: timestamp error counted after the front matter', FRONT + HEADER.replace('<!--1594036800000-->', 'x') + BODY, 6, /timestamp/],
    ['Jekyll: rule error counted after the front matter', FRONT + HEADER.replace('------', '') + BODY, 8, /------/],
    ['Jekyll: front matter never closed', '---\nlayout: post\n' + HEADER + BODY, 1, /front matter/],
  ];
  it.each(cases)('%s', (_, text, line, reason) => {
    const r = parseArchiveFile(text, 'x.md');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(line);
    expect(r.reason).toMatch(reason);
  });

  it('never throws on arbitrary input', () => {
    const junk = ['\u0000', '<!--1-->', '<!--1-->\n[](x)', HEADER + '<div><p', HEADER + '</div></div><<>>&&&;', '---'];
    for (const text of junk) expect(() => parseArchiveFile(text, 'junk.md')).not.toThrow();
    expect(parseArchiveFile(HEADER + '</div></div><<>>&&&;', 'junk.md').ok).toBe(true);
  });
});

describe('parseArchiveFile: soft problems are warnings', () => {
  it('no date line, no image, no paragraphs', () => {
    const r = parseArchiveFile(HEADER + '<p><strong>只有导语。</strong></p>\n', 's.md');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lead).toBe('只有导语。');
    expect(r.value.displayedAt).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['no-date', 'no-image', 'no-paragraphs', 'no-author']);
    expect(r.warnings[0]!.field).toBe('published');
  });

  it('an RFI piece without lead is flagged, wire copy is not', () => {
    const own = parseArchiveFile(HEADER + BODY, 'own.md');
    const wire = parseArchiveFile(HEADER + '<div><p>（法新社巴黎6日电）正文。</p></div>\n', 'wire.md');
    expect(own.ok && own.warnings.map((w) => w.code)).toContain('no-lead');
    expect(wire.ok && wire.warnings.map((w) => w.code)).not.toContain('no-lead');
  });

  it('a missing empty line 4 is a bad-header warning, the body still read', () => {
    const r = parseArchiveFile(HEADER.replace('------\n\n', '------\n') + BODY, 'h.md');
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('bad-header');
    expect(r.ok && r.value.paragraphs).toEqual([{ kind: 'p', text: '正文。' }]);
  });

  it('keeps loose text between blocks and the producer-bug `Array` out', () => {
    const r = parseArchiveFile(HEADER + '<div>06/07/2020 - 13:05</div>Array<div>开头<p>段落。</p>结尾<em>强调</em>。</div>\n', 'l.md');
    expect(r.ok && r.value.paragraphs.map((b) => b.text)).toEqual(['开头', '段落。', '结尾强调。']);
  });
});

describe('repairGluedMarkup', () => {
  it('separates a glued tag name and glued attributes', () => {
    expect(repairGluedMarkup('<divclass="m-block-ad "data-tms-ad-type="box"data-tms-ad-pos="1">x</div>')).toBe(
      '<div class="m-block-ad " data-tms-ad-type="box" data-tms-ad-pos="1">x</div>',
    );
    expect(repairGluedMarkup('<img src="a.png" alt="a=b"class="c"/>')).toBe('<img src="a.png" alt="a=b" class="c"/>');
  });

  it('leaves well-formed markup and text alone', () => {
    const html = '<p class="a" id="b">“引号”="x" <a href="https://e.org/?a=1&amp;b=2">链接</a></p>';
    expect(repairGluedMarkup(html)).toBe(html);
  });
});
