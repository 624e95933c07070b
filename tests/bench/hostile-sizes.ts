// Times the spots issue 12 §1 found super-linear or recursive, on inputs that hung or overflowed
// before: nested <div>s through the archive body reader, bracket runs on line 2 of an archive
// file, a deeply nested live page through the body walker, 200,000 top-level siblings. Prints the median of 3 runs per size
// (ms) and the ratio to the smallest size; rerun with `npx tsx tests/bench/hostile-sizes.ts`.
// `live`: the live body walker on 5,000 to 100,000 paragraphs, stopping at the caps of
// lib/limits.ts and (the floor it is measured against) reading the whole body, as before.
import { parseHTML } from 'linkedom';
import { readArchivedBody } from '../../lib/archive/body';
import { parseArchiveFile } from '../../lib/archive/parse-file';
import { readBody, readBodyBlocks } from '../../lib/page/body';

function median(fn: () => unknown, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function row(name: string, sizes: number[], make: (n: number) => () => unknown): void {
  let floor = 0;
  for (const n of sizes) {
    let ms: number;
    try {
      ms = median(make(n));
    } catch (error) {
      console.log(`${name} n=${n}: threw ${(error as Error).message.slice(0, 60)}`);
      continue;
    }
    floor ||= ms;
    console.log(`${name} n=${n}: ${ms.toFixed(1)} ms (x${(ms / floor).toFixed(1)})`);
  }
}

const only = process.argv[2];
const header = (line2: string) => `<!--1593435382000-->\n${line2}\n------\n\n<div>29/06/2020 - 13:05</div><p>x</p>\n`;

if (!only || only === 'divs') {
  row('archive body, nested <div>', [250, 500, 1000, 2000], (n) => () =>
    readArchivedBody(`${'<div>'.repeat(n)}<p>文本</p>${'</div>'.repeat(n)}`));
  row('archive body, nested <span>', [250, 500, 1000, 2000], (n) => () =>
    readArchivedBody(`<p>${'<span>'.repeat(n)}文本${'</span>'.repeat(n)}</p>`));
}
if (!only || only === 'siblings') {
  // Top-level siblings (quadratic before: css-select's context de-duplication and cheerio's
  // removal, one splice per node): 25,000 sibling <p> took 32 s, 200,000 hours.
  const each = (n: number, html: (i: number) => string) => Array.from({ length: n }, (_, i) => html(i)).join('');
  const sizes = [25_000, 50_000, 100_000, 200_000];
  row('archive body, sibling <p>', sizes, (n) => () => readArchivedBody(each(n, (i) => `<p>段落${i}</p>`)));
  row('archive body, sibling <img> + <p> (removed)', sizes, (n) => () => readArchivedBody(each(n, () => '<img src="x"><p>a</p>')));
  row('archive body, sibling <figure> + <p> (noise)', sizes, (n) => () => readArchivedBody(each(n, () => '<figure>x</figure><p>a</p>')));
  row('archive body, sibling author boxes', sizes, (n) => () => readArchivedBody(each(n, (i) => `<p><span>作者：</span><a title="名${i}">x</a></p><p>a</p>`)));
  row('archive body, sibling feedx footers', sizes, (n) => () => readArchivedBody(each(n, () => '<br><hr><div>获取更多RSS <a href="https://feedx.net">f</a></div><p>a</p>')));
}
if (!only || only === 'line2') {
  row('line 2, `](` runs', [2500, 5000, 10000, 20000], (n) => () =>
    parseArchiveFile(header(`[t${'](x'.repeat(n)}`), 'bench.txt'));
  row('line 2, `[` runs', [2500, 5000, 10000, 20000], (n) => () =>
    parseArchiveFile(header(`${'['.repeat(n)}t](https://www.rfi.fr/cn/a/20200101-b)x`), 'bench.txt'));
}
if (!only || only === 'deep') {
  row('live body, nested <div>', [5000, 10000, 20000], (n) => {
    const { document } = parseHTML(`<html><body><div class="t-content__body">${'<div>'.repeat(n)}<p>文本</p>${'</div>'.repeat(n)}</div></body></html>`);
    const body = document.querySelector('.t-content__body')!;
    return () => readBodyBlocks(body);
  });
}
if (!only || only === 'live') {
  const page = (n: number) => {
    const { document } = parseHTML(`<html><body><div class="t-content__body">${Array.from({ length: n }, (_, i) => `<p>巴黎交通公司补充说明，夜班工作者只能依靠出租车。<b>${i}</b></p>`).join('')}</div></body></html>`);
    return document.querySelector('.t-content__body')!;
  };
  const sizes = [5_000, 25_000, 100_000];
  row('live body, sibling <p>, the whole body read', sizes, (n) => {
    const body = page(n);
    return () => readBody(body, { blocks: Infinity, characters: Infinity });
  });
  row('live body, sibling <p>, read up to the caps', sizes, (n) => {
    const body = page(n);
    return () => readBody(body);
  });
}
