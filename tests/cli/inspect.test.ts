// The `rfi-lens` command as a user runs it: a real process, its exit code, stdout and stderr.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeShared, REPO_ROOT, sharedPath } from '../support/shared';

const BIN = resolve(REPO_ROOT, 'bin/rfi-lens.mjs');
const MINI = resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html');
const MINI_URL = 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交?utm_source=test#top';
const work = mkdtempSync(join(tmpdir(), 'rfi-lens-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An archive file of the mini page's article as it was before an edit: one paragraph differs. */
function corpusWithEditedMini(): string {
  const dir = join(work, 'corpus');
  mkdirSync(dir, { recursive: true });
  const body = [
    '<div>15/04/2024 - 08:30</div>',
    '<img src="https://s.rfi.fr/media/display/00000000-0000-0000-0000-000000000001/w:310/p:16x9/bus.jpg">',
    '<p><strong>巴黎交通公司宣布，从下月起试点三条夜间公交线路，为期半年。</strong></p>',
    '<div class="t-content__body u-clearfix"><h2>为什么是夜间？</h2>',
    '<p>目前巴黎地铁在凌晨两点左右停止运行，巴黎的夜班工作者只能依靠出租车。</p>',
    '<h2>三条线路</h2><ul><li>北站至奥利机场</li><li>东站至拉德芳斯</li></ul>',
    '<blockquote>“我们希望先听听乘客的意见。”</blockquote><p>试点结束后，交通公司将公布乘客人数。</p></div>',
  ].join('');
  writeFileSync(
    join(dir, '001_mini.txt'),
    `<!--1713166200000-->\n[巴黎试点夜间公交 测试新线路](http://www.rfi.fr//cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4)\n------\n\n${body}\n`,
  );
  return dir;
}

describe('rfi-lens inspect', () => {
  it('reports the match and exactly the edited paragraph as JSON', () => {
    const r = cli('inspect', MINI, '--url', MINI_URL, '--corpus', corpusWithEditedMini(), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['live', 'match', 'entities', 'changes']));
    expect(out.live).toMatchObject({ title: '巴黎试点夜间公交 测试新线路', authors: ['林一', '王二'], section: '法国', language: 'zh-Hans' });
    expect(out.live.paragraphs).toContain('试点结束后，交通公司将公布乘客人数。');
    expect(out.match).toMatchObject({ method: 'url', confidence: 1, archivedAt: '2024-04-15T07:30:00.000Z', source: '001_mini.txt' });
    expect(out.changes.summary).toEqual({ unchanged: 6, changed: 1, added: 0, removed: 0 });
    const changed = out.changes.paragraphs.filter((p: { status: string }) => p.status === 'changed');
    expect(changed).toEqual([
      expect.objectContaining({
        status: 'changed',
        live: expect.stringContaining('一点'),
        archived: expect.stringContaining('两点'),
        spans: [expect.objectContaining({ op: 'equal' }), { op: 'delete', text: '两' }, { op: 'insert', text: '一' }, expect.objectContaining({ op: 'equal' })],
      }),
    ]);
    for (const e of out.entities) expect(['PER', 'LOC', 'ORG', 'DATE', 'MISC']).toContain(e.type);
    expect(out.entities.map((e: { text: string }) => e.text)).toContain('巴黎');
  });

  it('says "no archived copy" with match null when the corpus lacks the article', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = cli('inspect', MINI, '--url', MINI_URL, '--corpus', empty, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.match).toBeNull();
    expect(out.changes).toBeNull();
    expect(cli('inspect', MINI, '--url', MINI_URL, '--corpus', empty).stdout).toContain('no archived copy');
  });

  it('exits 2 with one line on stderr for a file that cannot be read', () => {
    const r = cli('inspect', join(work, 'missing.html'), '--url', MINI_URL);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read .*missing\.html: ENOENT/);
  });

  it('exits 2 with one line on stderr for a page that is not an RFI article', () => {
    const page = join(work, 'not-article.html');
    writeFileSync(page, '<!doctype html><html lang="zh-Hans"><head><meta property="og:type" content="website"><title>RFI</title></head><body><h1>首页</h1></body></html>');
    const r = cli('inspect', page, '--url', 'https://www.rfi.fr/cn/');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('not an RFI article')]);
  });

  it('exits 2 naming file:line when the corpus holds a file that cannot be parsed', () => {
    const bad = join(work, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'broken.txt'), '<!--1713166200000-->\nno title line here\n------\n\n<p>x</p>\n');
    const r = cli('inspect', MINI, '--url', MINI_URL, '--corpus', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.txt:2: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with usage when --url is missing', () => {
    const r = cli('inspect', MINI);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: rfi-lens inspect');
  });
});

describeShared('rfi-lens on real pages', () => {
  it('finds the seed in the bundled corpus with zero changed paragraphs', () => {
    const page = join(work, 'seed.html');
    const made = cli('render-page', resolve(REPO_ROOT, 'seeds/000_53576f7386e4415b.txt'), '--template', sharedPath('pages/cn-article-2025.html'), '--out', page);
    expect(made.code).toBe(0);
    const url = 'https://www.rfi.fr/cn/专栏检索/要闻分析/20230302-20国外长会-美中不搭话-美俄场边会-俄中合力阻宣言';
    const out = JSON.parse(cli('inspect', page, '--url', url, '--json').stdout);
    expect(out.match).toMatchObject({ method: 'url', confidence: 1, source: '000_53576f7386e4415b.txt' });
    expect(out.changes.summary).toMatchObject({ changed: 0, added: 0, removed: 0, unchanged: 16 });
    expect(out.live.authors).toEqual(['肖曼']);
  });

  it('reads the real 2025 article and reports no archived copy for it', () => {
    const r = cli('inspect', sharedPath('pages/cn-article-2025.html'), '--url', 'https://www.rfi.fr/cn/政治/20251130-x', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.live.title).toBe('台湾增加400亿美元国防开支 加速部署T-Dome防空系统');
    expect(out.match).toBeNull();
  });

  it('refuses the real home page as not an article', () => {
    const r = cli('inspect', sharedPath('pages/cn-home-2025.html'), '--url', 'https://www.rfi.fr/cn/');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not an RFI article');
  });
});

describe('rfi-lens inspect: entity changes in the text view', () => {
  it('marks names found only live as added and only archived as removed', () => {
    // The archived copy named 柏林, which the live page dropped, and not yet 巴黎交通公司.
    const dir = join(work, 'corpus-entities');
    mkdirSync(dir, { recursive: true });
    const body = [
      '<div>15/04/2024 - 08:30</div>',
      '<p><strong>交通公司宣布，从下月起试点三条夜间公交线路，为期半年。</strong></p>',
      '<div class="t-content__body u-clearfix"><h2>为什么是夜间？</h2>',
      '<p>目前巴黎地铁在凌晨一点左右停止运行，巴黎的夜班工作者只能依靠出租车。</p>',
      '<h2>三条线路</h2><ul><li>北站至奥利机场</li><li>东站至西郊</li></ul>',
      '<blockquote>“我们希望先听听乘客的意见。”</blockquote><p>试点结束后，交通公司将与柏林同行公布乘客人数。</p></div>',
    ].join('');
    writeFileSync(
      join(dir, '001_mini.txt'),
      `<!--1713166200000-->\n[巴黎试点夜间公交 测试新线路](http://www.rfi.fr//cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4)\n------\n\n${body}\n`,
    );
    const r = cli('inspect', MINI, '--url', MINI_URL, '--corpus', dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}LOC {2}- 柏林 ×1 \(removed\)$/m);
    expect(r.stdout).toMatch(/^ {2}ORG {2}\+ 巴黎交通公司 ×1 \(added\)$/m);
    // A name in both versions carries no mark.
    expect(r.stdout).toMatch(/^ {2}LOC {2}巴黎 ×\d+$/m);
  });
});
