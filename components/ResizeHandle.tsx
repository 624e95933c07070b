import { useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

interface Props {
  width: number;
  min: number;
  max: number;
  /** New width in px; `done` when the drag or key press ended. */
  onResize: (width: number, done: boolean) => void;
}

const STEP = 20;

/**
 * The panel's left edge: drag it, or focus it and use ← → (Home / End for the limits), to change
 * the panel's width. A focusable separator with its value, as WAI-ARIA's window splitter.
 */
export function ResizeHandle({ width: initial, min, max, onResize: report }: Props) {
  const { t } = useT();
  // The width shown to assistive technology follows the drag; the parent only stores it.
  const [width, setWidth] = useState(initial);
  const current = useRef(initial); // between renders too (key repeat)
  const onResize = (next: number, done: boolean) => {
    const w = Math.round(Math.min(max, Math.max(min, next)));
    current.current = w;
    setWidth(w);
    report(w, done);
  };
  const onPointerDown = (e: PointerEvent) => {
    const handle = e.currentTarget as HTMLElement;
    const right = handle.ownerDocument.defaultView?.innerWidth ?? 0;
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => onResize(right - m.clientX, false);
    const up = (u: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      onResize(right - u.clientX, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    e.preventDefault();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next = { ArrowLeft: current.current + STEP, ArrowRight: current.current - STEP, Home: max, End: min }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onResize(next, true);
  };
  return (
    <div
      class="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar.resize')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      data-testid="resize"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
