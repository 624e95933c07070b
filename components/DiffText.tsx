import type { TextSpan } from '@/lib/types';
import { useT } from './i18n';

interface Props {
  spans: readonly TextSpan[] | null;
  /** Rewritten as a whole: shown as "Before: … After: …" rather than inline runs. */
  rewritten?: boolean;
  /** Fallback when there are no spans: the two texts (either may be null). */
  archived?: string | null;
  live?: string | null;
}

/**
 * An inline diff, archived → live: deletions struck through, insertions underlined, each announced
 * in words to screen readers ("deleted:", "inserted:"), never told by colour alone. Text only
 * (Preact text nodes), never HTML.
 */
export function DiffText({ spans, rewritten = false, archived = null, live = null }: Props) {
  const { t } = useT();
  if (rewritten || !spans) {
    const before = spans ? spans.filter((s) => s.op === 'delete').map((s) => s.text).join('') : archived;
    const after = spans ? spans.filter((s) => s.op === 'insert').map((s) => s.text).join('') : live;
    return (
      <span class="diff diff--whole" data-testid="diff" data-rewritten={rewritten ? 'true' : undefined}>
        {before && (
          <span class="diff__before">
            <span class="diff__tag">{t('diff.before')} </span>
            <del>{before}</del>
          </span>
        )}
        {before && after && <span aria-hidden="true"> → </span>}
        {after && (
          <span class="diff__after">
            <span class="diff__tag">{t('diff.after')} </span>
            <ins>{after}</ins>
          </span>
        )}
      </span>
    );
  }
  return (
    <span class="diff" data-testid="diff">
      {spans.map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'delete' ? (
          <del key={i}>
            <span class="sr">{t('diff.deleted')} </span>
            {s.text}
            <span class="sr">{t('diff.end')}</span>
          </del>
        ) : (
          <ins key={i}>
            <span class="sr">{t('diff.inserted')} </span>
            {s.text}
            <span class="sr">{t('diff.end')}</span>
          </ins>
        ),
      )}
    </span>
  );
}
