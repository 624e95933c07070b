import { useState } from 'preact/hooks';
import type { ArchivedArticle, Changes } from '@/lib/types';
import { formatParisTime, plural } from './format';
import { Notice } from './Notice';
import { ParagraphChangeView } from './ParagraphChangeView';

interface Props {
  archived: ArchivedArticle | null;
  changes: Changes | null;
}

/** One line that says what changed, e.g. "2 paragraphs edited · 1 added · 1 removed". */
export function summarize(changes: Changes): string {
  const { changed, added, removed } = changes.summary;
  const parts: string[] = [];
  const fields = changes.fields.filter((f) => f.differs && (f.field === 'title' || f.field === 'lead'));
  for (const f of fields) parts.push(f.field === 'title' ? 'headline changed' : 'lead changed');
  if (changed) parts.push(`${plural(changed, 'paragraph')} edited`);
  if (added) parts.push(`${added} added`);
  if (removed) parts.push(`${removed} removed`);
  return parts.length ? parts.join(' · ') : 'No change to the text since the capture';
}

/** The archived snapshot, paragraph by paragraph, with what differs from the live text marked. */
export function ArchivePanel({ archived, changes }: Props) {
  const [onlyChanges, setOnlyChanges] = useState(false);
  if (!archived || !changes) {
    return (
      <Notice tone="info" testId="no-archive">
        No archived copy of this article in the bundled corpus. Metadata and names above are read from the live page only.
      </Notice>
    );
  }
  const shown = onlyChanges ? changes.paragraphs.filter((p) => p.status !== 'unchanged') : changes.paragraphs;
  return (
    <div class="archive" data-testid="archive">
      <p class="archive__when">
        Captured <time data-testid="archived-at" dateTime={new Date(archived.archivedAt).toISOString()}>{formatParisTime(archived.archivedAt)}</time>
        <span class="muted"> · {archived.source}</span>
      </p>
      <p class="archive__summary" data-testid="change-summary" aria-live="polite">{summarize(changes)}</p>
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
