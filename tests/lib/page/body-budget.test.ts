// A huge page is read only up to the caps of lib/limits.ts (issue 12 §1: the 5 MB page): the body
// walk stops there instead of reading everything and cutting afterwards, says that it stopped, and
// the extracted article carries one "too large to compare in full" warning.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capArticle, LIMITS, TOO_LARGE } from '../../../lib/limits';
import { walkBlocks, walkBlocksWithin, type TreeAdapter } from '../../../lib/page/body-walk';
import { BODY_BUDGET, readBody } from '../../../lib/page/body';
import { extractArticle } from '../../../lib/page/extract';
import { REPO_ROOT } from '../../support/shared';

/** A tiny tree of plain objects, with a count of the nodes whose children were read. */
type Node = { tag?: string; text?: string; kids?: Node[] };
function counted(): { dom: TreeAdapter<Node, Node>; read: () => number } {
  let reads = 0;
  return {
    dom: {
      children: (n) => {
        reads += 1;
        return n.kids ?? [];
      },
      element: (n) => (n.tag ? n : null),
      text: (n) => (n.tag ? null : (n.text ?? '')),
      tag: (n) => n.tag!,
    },
    read: () => reads,
  };
}
const p = (text: string, inline = false): Node => ({ tag: 'p', kids: inline ? [{ tag: 'b', kids: [{ text }] }] : [{ text }] });
const body = (kids: Node[]): Node => ({ tag: 'div', kids });

describe('the bounded body walk', () => {
  it('stops after the first block over the budget and reads nothing past it', () => {
    const tree = body(Array.from({ length: 25_000 }, (_, i) => p(`段落 ${i}`, i % 2 === 0)));
    const { dom, read } = counted();
    const { blocks, complete } = walkBlocksWithin(tree, dom, () => false, { blocks: 600, characters: 120_000 });
    expect(complete).toBe(false);
    expect(blocks).toHaveLength(601);
    expect(blocks.at(-1)!.block.text).toBe('段落 600');
    // A few looks into each of the 601 paragraphs read: the unbounded walk takes 30 times that.
    expect(read()).toBeLessThan(5_000);
    const all = counted();
    walkBlocks(tree, all.dom, () => false);
    expect(all.read()).toBeGreaterThan(30 * read());
  });

  it('stops at the character budget and cuts one huge paragraph while reading it', () => {
    const huge = body([p('长'.repeat(2_000_000)), p('后面')]);
    const cut = walkBlocksWithin(huge, counted().dom, () => false, { blocks: 600, characters: 120_000 });
    expect(cut.complete).toBe(false);
    expect(cut.blocks.map((b) => b.block.text.length)).toEqual([120_001]);
    const many = body(Array.from({ length: 100 }, () => p('字'.repeat(5_000))));
    const byChars = walkBlocksWithin(many, counted().dom, () => false, { blocks: 600, characters: 120_000 });
    expect(byChars.complete).toBe(false);
    expect(byChars.blocks).toHaveLength(25); // 25 × 5,000 > 120,000: the first block over the budget
  });

  it('reads a body that fits whole, as the unbounded walk does, and says it is complete', () => {
    const tree = body([...Array.from({ length: 600 }, (_, i) => p(`第${i}段`, true)), { tag: 'div', kids: [{ text: ' ' }] }]);
    const bounded = walkBlocksWithin(tree, counted().dom, () => false, { blocks: 600, characters: 120_000 });
    expect(bounded.complete).toBe(true);
    expect(bounded.blocks.map((b) => b.block)).toEqual(walkBlocks(tree, counted().dom, () => false).map((b) => b.block));
  });

  it('still finds block-level elements inside inline ones, at any depth', () => {
    let inner: Node = { tag: 'p', kids: [{ text: '深处' }] };
    for (let i = 0; i < 20_000; i++) inner = { tag: 'span', kids: [inner] };
    const tree = body([{ tag: 'span', kids: [{ text: '开头' }] }, inner, p('结尾')]);
    expect(walkBlocks(tree, counted().dom, () => false).map((b) => b.block.text)).toEqual(['开头', '深处', '结尾']);
  });
});

describe('a huge live page', () => {
  const page = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8');
  const url = 'https://www.rfi.fr/cn/中国/20250101-x';
  const withParagraphs = (n: number) =>
    page.replace(/(<div class="t-content__body[^"]*">)/, `$1${Array.from({ length: n }, (_, i) => `<p>巴黎交通公司补充说明 ${i}</p>`).join('')}`);

  it('is read up to the caps only, with one too-large warning that capArticle keeps', () => {
    const { document } = parseHTML(withParagraphs(25_000));
    const reading = readBody(document.querySelector('.t-content__body')!);
    expect(reading.complete).toBe(false);
    expect(reading.located).toHaveLength(BODY_BUDGET.blocks + 1);
    const extracted = extractArticle(document as unknown as Document, url)!;
    expect(extracted.warnings.filter((w) => w.code === TOO_LARGE)).toHaveLength(1);
    const capped = capArticle(extracted);
    expect(capped.value.paragraphs).toHaveLength(LIMITS.paragraphs);
    expect(capped.warnings.filter((w) => w.code === TOO_LARGE).map((w) => w.message)).toEqual([
      'This page is too large to compare in full: only part of it was compared (its first 600 paragraphs).',
    ]);
  });

  it('an ordinary page carries no such warning', () => {
    const { document } = parseHTML(page);
    const extracted = extractArticle(document as unknown as Document, url)!;
    expect(readBody(document.querySelector('.t-content__body')!).complete).toBe(true);
    expect(extracted.warnings.some((w) => w.code === TOO_LARGE)).toBe(false);
  });
});
