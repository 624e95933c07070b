import { useState } from 'preact/hooks';
import { changeTargets } from '@/lib/diff/targets';
import { parisTimeLabel, trustMessage } from '@/lib/diff/trust-messages';
import type { ArchivedArticle, Changes } from '@/lib/types';
import { ChangeList } from './ChangeList';
import { ChangeSummary } from './ChangeSummary';
import { formatParisTime } from './format';
import { originLabel } from './own-archive-text';
import { Notice } from './Notice';
import { ParagraphChangeView } from './ParagraphChangeView';

interface Props {
  archived: ArchivedArticle | null;
  changes: Changes | null;
  /** Scrolls the page to change `i` of `changeTargets(changes)`. */
  onJump?: (i: number) => void;
}

/** Flip-flop: the change list is folded, its edits having been undone (lib/diff/flip-flop.ts). */
function foldedLabel(changes: Changes, comparedAt: number): string | null {
  if (!changes.sameAsEarlier) return null;
  return trustMessage('sameAsEarlierFolded', { compared: parisTimeLabel(comparedAt), count: changeTargets(changes).length });
}

/** The archived snapshot, paragraph by paragraph, with what differs from the live text marked. */
export function ArchivePanel({ archived, changes, onJump }: Props) {
  const [onlyChanges, setOnlyChanges] = useState(false);
  if (!archived || !changes) {
    return (
      <Notice tone="info" testId="no-archive">
        No archived copy of this article yet. Metadata and names above are read from the live page only.
      </Notice>
    );
  }
  const shown = onlyChanges ? changes.paragraphs.filter((p) => p.status !== 'unchanged') : changes.paragraphs;
  return (
    <div class="archive" data-testid="archive">
      <p class="archive__when">
        Captured <time data-testid="archived-at" dateTime={new Date(archived.archivedAt).toISOString()}>{formatParisTime(archived.archivedAt)}</time>
        <span class="muted" data-testid="archived-origin" data-origin={archived.origin ?? 'bundled'}> · {originLabel(archived.origin)}</span>
      </p>
      <ChangeSummary changes={changes} comparedAt={archived.archivedAt} />
      <ChangeList targets={changeTargets(changes)} onJump={onJump} foldedLabel={foldedLabel(changes, archived.archivedAt)} />
      <label class="archive__filter">
        <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.currentTarget.checked)} /> Show only changes
      </label>
      <ol class="paras">
        {shown.map((change, i) => (
          <ParagraphChangeView key={i} change={change} />
        ))}
      </ol>
    </div>
  );
}
