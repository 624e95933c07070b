import { summaryLine } from '@/lib/diff/summary-line';
import type { Changes } from '@/lib/types';

/** The summary line and, when the edit is silent, a flag that says why. */
export function ChangeSummary({ changes }: { changes: Changes }) {
  const silent = changes.silentEdit;
  return (
    <>
      <p class="archive__summary" data-testid="change-summary" aria-live="polite">
        {summaryLine(changes)}
      </p>
      {silent && (
        <p class="archive__silent" data-testid="silent-edit">
          <strong>Silent edit:</strong>{' '}
          {silent.reason === 'missing'
            ? 'the text changed, but the page gives no modification time'
            : silent.reason === 'equals-published'
              ? 'the text changed, but the page’s modification time is its publication time'
              : 'the text changed, but the page’s modification time is earlier than the capture'}
          , and there is no correction note.
        </p>
      )}
    </>
  );
}
