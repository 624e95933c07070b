// The team's archive fixtures, each rendered with its body HTML as stored into the team's 2025 page
// (cli/render-page-body.ts), read back as a live page: no change at all, on a fresh clone. The same
// check over the real corpus is tests/lib/diff/archive-identity.corpus.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderStoredBodyPage, storedBodyInnerHtml } from '../../../cli/render-page-body';
import { parseArchiveFile, storedBodyHtml } from '../../../lib/archive/parse-file';
import { compareArticles } from '../../../lib/diff/compare';
import { extractArticle } from '../../../lib/page/extract';
import { REPO_ROOT } from '../../support/shared';

const ARCHIVE = resolve(REPO_ROOT, 'tests/fixtures/archive');
const TEMPLATE = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8');
const names = readdirSync(ARCHIVE).filter((f) => f.endsWith('.txt')).sort();

describe('archive fixtures, stored body as their own live page', () => {
  it.each(names)('%s', (name) => {
    const text = readFileSync(resolve(ARCHIVE, name), 'utf8');
    const parsed = parseArchiveFile(text, name);
    if (!parsed.ok) {
      expect(name).toBe('broken-header.txt');
      return;
    }
    const page = renderStoredBodyPage(TEMPLATE, parsed.value, storedBodyHtml(text) ?? '');
    const live = extractArticle(parseHTML(page).document, parsed.value.url);
    expect(live?.value.paragraphs).toEqual(parsed.value.paragraphs);
    const changes = compareArticles(live!.value, parsed.value);
    expect({ kinds: changes.kinds, summary: changes.summary }).toEqual({
      kinds: [],
      summary: { unchanged: parsed.value.paragraphs.length, changed: 0, added: 0, removed: 0 },
    });
  });
});

describe('storedBodyInnerHtml', () => {
  it('takes the body container, the text a glued ad pushed out of it, and leaves the feed footer out', () => {
    const html = storedBodyInnerHtml(
      '<div>01/01/2020 - 10:00</div><img src="x.jpg"><div class="t-content__body u-clearfix"><div class="m-interstitial"></div></div></div>' +
        '<button data-readmore-unlocker>继续浏览后续</button></div><p>正文。</p><p class="t-copyright">© 2020 AFP</p><br><hr><div>获取更多RSS：<a href="https://feedx.net">https://feedx.net</a></div>',
    );
    expect(html).toBe('<div class="m-interstitial"></div><button data-readmore-unlocker="">继续浏览后续</button><p>正文。</p><p class="t-copyright">© 2020 AFP</p>');
  });

  it('takes the promo container of 2022-23 bodies, and never a script or a handler', () => {
    const html = storedBodyInnerHtml('<p><strong>导语</strong></p><div ><p onclick="x()">正文<script>alert(1)</script></p><div data-selfpromo-newsletter></div></div><div><div>分享 :</div></div>');
    expect(html).toBe('<p>正文</p><div data-selfpromo-newsletter=""></div>');
  });
});
