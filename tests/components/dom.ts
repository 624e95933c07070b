// A fresh container per component test, emptied and removed after it, with query shorthands.
import { render, type ComponentChild } from 'preact';
import { afterEach, beforeEach } from 'vitest';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Renders into this test's container. */
export const show = (vnode: ComponentChild): void => render(vnode, root);
export const all = (sel: string): Element[] => Array.from(root.querySelectorAll(sel));
export const one = (sel: string): Element | null => root.querySelector(sel);
/** This test's container. */
export const container = (): HTMLElement => root;
