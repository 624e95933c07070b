import { summaryLine } from '@/lib/diff/summary-line';
import { parisTimeLabel, trustMessage } from '@/lib/diff/trust-messages';
import type { Changes } from '@/lib/types';
import { Notice } from './Notice';

interface Props {
  changes: Changes;
  /** Capture time of the version compared with (epoch ms): named by the flip-flop notice. */
  comparedAt?: number | null;
}

/** The summary line; when the edit is silent, a flag that says why; flip-flop and live-blog notices. */
export function ChangeSummary({ changes, comparedAt = null }: Props) {
  const silent = changes.silentEdit;
  const earlier = changes.sameAsEarlier;
  return (
    <>
      <p class="archive__summary" data-testid="change-summary" aria-live="polite">
        {summaryLine(changes)}
      </p>
      {earlier && (
        <Notice tone="info" testId="same-as-earlier">
          {trustMessage('sameAsEarlierNotice', {
            date: parisTimeLabel(earlier.archivedAt),
            compared: comparedAt === null ? '—' : parisTimeLabel(comparedAt),
          })}
        </Notice>
      )}
      {changes.liveBlog && (
        <Notice tone="info" testId="live-blog">
          {trustMessage('liveBlogNotice')}
        </Notice>
      )}
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
