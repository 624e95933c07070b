// A fresh container per component test, emptied and removed after it, with query shorthands.
import { render, type ComponentChild } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import type { Translator } from '../../lib/i18n/translate';
import { english } from '../support/i18n';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Renders into this test's container, in English unless another translator is given. */
export const show = (vnode: ComponentChild, translator: Translator = english): void =>
  render(<I18nProvider translator={translator}>{vnode}</I18nProvider>, root);
export const all = (sel: string): Element[] => Array.from(root.querySelectorAll(sel));
export const one = (sel: string): Element | null => root.querySelector(sel);
/** This test's container. */
export const container = (): HTMLElement => root;
