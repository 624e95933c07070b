// Every reader-visible sentence of the reader's own archive (sidebar panel, version labels), in one
// place for the i18n layer (issue 10): whole sentences with {placeholders}, never glued fragments.
import type { CaptureSource } from '@/lib/types';

/** How each source of captures is named beside a capture. */
export const ORIGIN_LABEL: Record<CaptureSource, string> = {
  bundled: 'bundled archive',
  visit: 'your visit',
  watch: 'watched',
  feed: 'followed edition',
  wayback: 'Wayback Machine',
  import: 'imported',
};

export const originLabel = (origin: CaptureSource | undefined): string => ORIGIN_LABEL[origin ?? 'bundled'];

export const OWN_TEXT = {
  heading: 'Your archive',
  firstNotice:
    'RFI Lens now keeps a copy of each article you read, on this computer only: nothing leaves your browser. Next time you open an article, you will see what changed since you read it. You can turn this off or forget your visits below.',
  stored: 'This visit is saved in your archive.',
  unchanged: 'The text is the same as the last saved copy: nothing new to save.',
  off: 'Saving your visits is off: this visit was not saved.',
  empty: 'This page gave no article text, so nothing was saved.',
  failed: 'Your archive could not be used: {error}',
  evicted: 'To stay under the size limit, older copies were removed from your archive: {count}.',
  usage: 'Saved copies: {captures}, {size} of {cap}.',
  toggle: 'Save my visits (on this computer only)',
  forgetArticle: 'Forget my visits to this article',
  forgetAll: 'Forget all my visits',
  confirmAll: 'Really forget all your visits? Click again to confirm.',
  forgotten: 'Saved visits forgotten: {count}.',
  exportHeading: 'Export',
  exportCapture: 'Compared copy (archive file)',
  exportMarkdown: 'Edit report (Markdown)',
  exportJson: 'Edit report (JSON)',
  exportFailed: 'Export failed: {error}',
  comparedWith: 'Compared with {source}, captured {time}.',
} as const;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** Bytes as the reader reads them: `12.3 MB`, `850 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
