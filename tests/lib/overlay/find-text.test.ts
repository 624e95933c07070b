// The page text find-text reads agrees with normalizeSpace (lib/text.ts) character for character,
// so offsets in extracted text land on the right page characters: white space collapsed, zero-width
// spaces (the Khmer edition's word breaks) skipped, never counted as a space.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../../lib/overlay/find-text';
import { normalizeSpace } from '../../../lib/text';

const body = (html: string): Element => parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body as unknown as Element;

describe('pageText', () => {
  it('reads the text as normalizeSpace does, zero-width spaces dropped', () => {
    const raw = 'ផ្លូវ\u200bថ្មី\u200b \u200bនេះ\ufeff';
    const page = pageText(body(`<p>  ${raw}</p>\n<p>中\u200b国\u00a0 外交部</p>`));
    expect(page.text).toBe(`${normalizeSpace(raw)} ${normalizeSpace('中\u200b国\u00a0 外交部')}`);
    expect(page.text).not.toMatch(/[\u200b\ufeff]/);
  });

  it('maps each character back to its own offset in its text node', () => {
    const page = pageText(body('<p>ក\u200bខ\u200bគ</p>'));
    expect(page.text).toBe('កខគ');
    expect(page.offsets).toEqual([0, 2, 4]);
    expect(page.nodes.every((n) => n.data === 'ក\u200bខ\u200bគ')).toBe(true);
  });
});
