// @vitest-environment happy-dom
// Reading the live body must not change or re-run anything of the page (issue 12 §1): no clone
// (a clone re-fetches images and re-runs their onerror handlers), no node added, moved or removed,
// and no recursion (a page nested 20,000 levels deep reads like any other: body-depth.stress.test.ts,
// apart from the inner loop). The residue the live extractor skips is the archive parser's
// (lib/page/body-residue.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readArchivedBody } from '../../../lib/archive/body';
import { locateBodyBlocks, readBodyBlocks } from '../../../lib/page/body';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readBodyBlocks on the live page', () => {
  it('reads without cloning, importing or changing any node, and without loading an image again', () => {
    document.body.innerHTML = `<div class="t-content__body"><p>第一段<img src="https://s.rfi.fr/x.jpg" onerror="window.__ran = (window.__ran || 0) + 1">。</p>
      <div class="m-interstitial"><img src="https://s.rfi.fr/ad.jpg"><p>广告</p></div><p>第二段。</p></div>`;
    const body = document.querySelector('.t-content__body')!;
    const before = body.innerHTML;
    const clone = vi.spyOn(Node.prototype, 'cloneNode');
    const importNode = vi.spyOn(Document.prototype, 'importNode');
    const created = vi.spyOn(Document.prototype, 'createElement');
    const observer = new MutationObserver(() => undefined);
    observer.observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
    expect(readBodyBlocks(body).map((b) => b.text)).toEqual(['第一段。', '第二段。']);
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(clone).not.toHaveBeenCalled();
    expect(importNode).not.toHaveBeenCalled();
    expect(created).not.toHaveBeenCalled();
    expect(body.innerHTML).toBe(before);
  });

  it('reads <div> paragraphs, blockquotes and residue exactly as the archive parser does', () => {
    const html = `<div class="m-interstitial"><div class="m-block-ad"><div class="m-block-ad__label">广告</div></div><button data-readmore-unlocker>继续浏览后续</button></div>
      <div>第一段在 div 里。</div><div> </div><div>第二段<br>换行。</div>
      <blockquote><p>引语一。</p><p>引语二。</p></blockquote><h4>小标题</h4><table><tr><td>表格</td></tr></table>
      <div class="m-em-flash"><video><p>视频</p></video></div><figure><figcaption>图片说明</figcaption></figure>
      <p>广告</p><p class="t-copyright">© 2020 AFP</p><p>© 2021 法新社</p><p>最后一段。</p>`;
    document.body.innerHTML = `<div class="t-content__body">${html}</div>`;
    const live = readBodyBlocks(document.querySelector('.t-content__body')!);
    expect(live).toEqual([
      { kind: 'p', text: '第一段在 div 里。' },
      { kind: 'p', text: '第二段 换行。' },
      { kind: 'quote', text: '引语一。' },
      { kind: 'quote', text: '引语二。' },
      { kind: 'h', text: '小标题' },
      { kind: 'p', text: '表格' },
      { kind: 'p', text: '最后一段。' },
    ]);
    expect(readArchivedBody(`<div class="t-content__body u-clearfix">${html}</div>`).paragraphs).toEqual(live);
  });
});
