// @vitest-environment happy-dom
// Reading the live body uses no recursion: a page nested 20,000 levels deep (a stack overflow
// before) reads like any other. Seconds of DOM building, so apart from the inner loop
// (vitest.corpus.config.ts); the rest of the live body's cases are body.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { locateBodyBlocks, readBodyBlocks } from '../../../lib/page/body';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readBodyBlocks on the live page', () => {
  it('reads a body nested 20,000 <div>s deep (a stack overflow before)', () => {
    const depth = 20000;
    const body = document.createElement('div');
    let at: Element = body;
    for (let i = 0; i < depth; i++) at = at.appendChild(document.createElement('div'));
    at.appendChild(document.createElement('p')).textContent = '最深处的段落。';
    expect(readBodyBlocks(body)).toEqual([{ kind: 'p', text: '最深处的段落。' }]);
    expect(locateBodyBlocks(body)).toEqual([at.firstElementChild]);
  });
});
