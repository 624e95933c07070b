// Looking up the alternatives of lib/page/selectors.ts in a Document or an element.
import { normalizeSpace } from '../text';
import type { Alternatives } from './selectors';

/** Anything with querySelector/querySelectorAll: a Document, an Element or a fragment. */
export type Scope = Pick<ParentNode, 'querySelector' | 'querySelectorAll'>;

/** The first element matched by the first alternative that matches anything, or null. */
export function queryFirst(scope: Scope, alternatives: Alternatives): Element | null {
  for (const selector of alternatives) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matched by the first alternative that matches anything (tree order). */
export function queryAll(scope: Scope, alternatives: Alternatives): Element[] {
  for (const selector of alternatives) {
    const found = Array.from(scope.querySelectorAll(selector));
    if (found.length > 0) return found;
  }
  return [];
}

/** The whitespace-normalised `content` of the first matching meta tag, or null when absent/blank. */
export function metaContent(scope: Scope, alternatives: Alternatives): string | null {
  for (const selector of alternatives) {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      const value = normalizeSpace(el.getAttribute('content') ?? '');
      if (value !== '') return value;
    }
  }
  return null;
}

/** Normalised text content of an element, or null when it is missing or blank. */
export function textOf(el: Element | null): string | null {
  if (!el) return null;
  const text = normalizeSpace(el.textContent ?? '');
  return text === '' ? null : text;
}

/** The alternatives joined for a warning's `selector` field. */
export function selectorLabel(alternatives: Alternatives): string {
  return alternatives.join(' | ');
}
