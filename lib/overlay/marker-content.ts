// What one page marker says: its label and the tooltip content (what the archive said), built as
// DOM nodes with textContent only — archived text never becomes markup, and its bidi controls go. Plus the overlay's CSS.
import { neutraliseBidi } from '../bidi';
import { KIND_LABELS } from '../diff/kind-labels';
import type { ChangeTarget } from '../diff/targets';
import type { Translator } from '../i18n/translate';

function el(doc: Document, tag: string, className: string | null, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The tooltip body: the label, then the archived text with the edits marked (del/ins + words). */
export function tooltipContent(doc: Document, t: ChangeTarget, tr: Pick<Translator, 't'>): HTMLElement {
  const box = el(doc, 'div', 'tip__body');
  box.append(el(doc, 'strong', 'tip__label', tr.t(KIND_LABELS[t.kind].marker)));
  const text = el(doc, 'p', 'tip__text');
  if (t.kind === 'added') {
    text.textContent = tr.t('marker.notInArchive');
  } else if (t.kind === 'removed') {
    text.append(el(doc, 'span', 'tip__tag', `${tr.t('marker.archiveSaid')} `), el(doc, 'del', null, neutraliseBidi(t.archived ?? '')));
  } else if (t.kind === 'moved' && !t.spans) {
    text.textContent = tr.t('marker.movedUnchanged', (t.archivedIndex ?? 0) + 1);
  } else if (t.rewritten || !t.spans) {
    text.append(el(doc, 'span', 'tip__tag', `${tr.t('marker.archiveSaid')} `), el(doc, 'del', null, neutraliseBidi(t.archived ?? '')));
  } else {
    text.append(el(doc, 'span', 'tip__tag', `${tr.t('marker.archiveSaidMarked')} `));
    for (const s of t.spans) {
      if (s.op === 'equal') text.append(doc.createTextNode(neutraliseBidi(s.text)));
      else {
        const mark = el(doc, s.op === 'delete' ? 'del' : 'ins', null);
        mark.append(el(doc, 'span', 'sr', `${tr.t(s.op === 'delete' ? 'diff.deleted' : 'diff.inserted')} `), doc.createTextNode(neutraliseBidi(s.text)), el(doc, 'span', 'sr', tr.t('diff.end')));
        text.append(mark);
      }
    }
  }
  box.append(text);
  return box;
}

/** The overlay's style sheet (inside its own shadow root; px units so the page's root size does not matter). */
export const MARKER_CSS = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.m { position: absolute; width: 8px; pointer-events: auto; }
.m__bar { display: block; box-sizing: border-box; width: 8px; height: 100%; min-height: 10px; margin: 0; padding: 0;
  border: 0; border-radius: 3px; cursor: help; background: #d98a00; outline-offset: 2px; }
.m--added .m__bar { background: #2e7d4f; }
.m--moved .m__bar { background: repeating-linear-gradient(180deg, #3157a4 0 6px, transparent 6px 9px); }
.m--headline .m__bar, .m--lead .m__bar { background: #d98a00; }
.m--removed { width: 14px; height: 14px; }
.m--removed .m__bar { width: 14px; height: 14px; background: #fff; border: 2px solid #b3261e; border-radius: 50%; }
.m--current .m__bar { box-shadow: 0 0 0 3px #0b2c4d; }
.m__bar:focus-visible { outline: 3px solid #0b2c4d; }
.tip { display: none; position: absolute; left: 16px; top: 0; width: 320px; max-width: 70vw; z-index: 1;
  background: #fff; color: #1a1a1a; border: 1px solid #8a99a8; border-radius: 6px; padding: 8px 10px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); font: 13px/1.5 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; }
.m:hover .tip, .m:focus-within .tip { display: block; }
.tip__label { display: block; font-size: 12px; margin-bottom: 4px; }
.tip__text { margin: 0; white-space: pre-wrap; }
.tip__tag { color: #3b4a5a; }
del { text-decoration: line-through; color: #8c1d17; background: #fdecec; }
ins { text-decoration: underline; color: #1d5c38; background: #e9f7ee; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
