// Hostile archive input (issue 12 §1), its sizes: input that hung or overflowed the readers before,
// asserted on the results, never on time (tests/bench/hostile-sizes.ts measures). Seconds of work,
// so apart from the inner loop (vitest.corpus.config.ts); the refused files are hostile.test.ts.
import { describe, expect, it } from 'vitest';
import { readArchivedBody } from '../../../lib/archive/body';
import { splitLinkLine } from '../../../lib/archive/parse-file';

describe('archive body: deep and wide input', () => {
  it('reads 2,000 nested <div>s around a paragraph (cubic before: 15 s)', () => {
    const body = readArchivedBody(`${'<div>'.repeat(2000)}<p>文本</p>${'</div>'.repeat(2000)}`);
    expect(body.paragraphs).toEqual([{ kind: 'p', text: '文本' }]);
  });

  it('reads 20,000 nested <div>s and <span>s without overflowing the stack', () => {
    expect(readArchivedBody(`${'<div>'.repeat(20000)}<p>深</p>${'</div>'.repeat(20000)}`).paragraphs).toEqual([{ kind: 'p', text: '深' }]);
    expect(readArchivedBody(`<p>${'<span>'.repeat(20000)}深${'</span>'.repeat(20000)}</p>`).paragraphs).toEqual([{ kind: 'p', text: '深' }]);
  });

  it('reads 5,000 share and author labels nested in one another and still drops them', () => {
    const n = 5000;
    const body = readArchivedBody(`<p>正文。</p>${'<div><span>分享 :</span>'.repeat(n)}${'</div>'.repeat(n)}<div><span>作者：</span><a title="甲">甲</a></div>`);
    expect(body.paragraphs).toEqual([{ kind: 'p', text: '正文。' }]);
    expect(body.authors).toEqual(['甲']);
    const authors = readArchivedBody(`<p>正文。</p>${'<div><span>作者：</span><a title="乙">乙</a>'.repeat(n)}${'</div>'.repeat(n)}`);
    expect(authors.paragraphs).toEqual([{ kind: 'p', text: '正文。' }]);
    expect(authors.authors).toEqual(['乙']);
    const footers = readArchivedBody(`<p>正文。</p>${'<div>获取更多RSS：<a href="https://feedx.net">https://feedx.net</a>'.repeat(n)}${'</div>'.repeat(n)}`);
    expect(footers.paragraphs[0]).toEqual({ kind: 'p', text: '正文。' });
  });
});

describe('line 2: `[title](url)`', () => {
  it('splits as the greedy regex ^\\[(.*)\\]\\((\\S+)\\)$ does, on 20,000 random lines', () => {
    const RE = /^\[(.*)\]\((\S+)\)$/;
    const parts = ['[', ']', '(', ')', 'a', ' ', '](', ')(', '\u3000'];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i++) {
      let line = random() < 0.7 ? '[' : '';
      const len = Math.floor(random() * 10);
      for (let k = 0; k < len; k++) line += parts[Math.floor(random() * parts.length)];
      if (random() < 0.7) line += ')';
      const m = RE.exec(line);
      expect(splitLinkLine(line), JSON.stringify(line)).toEqual(m ? { title: m[1], url: m[2] } : null);
    }
  });

  it('reads a title of 100,000 `](` pairs (quadratic before) and refuses one with white space in the URL', () => {
    const title = '](x'.repeat(100000);
    expect(splitLinkLine(`[${title}](https://www.rfi.fr/cn/a/20200101-b)`)).toEqual({ title, url: 'https://www.rfi.fr/cn/a/20200101-b' });
    expect(splitLinkLine(`[t${'](x'.repeat(100000)} y)`)).toBeNull();
  });
});
