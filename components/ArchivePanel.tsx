import { useState } from 'preact/hooks';
import { changeTargets } from '@/lib/diff/targets';
import type { Translator } from '@/lib/i18n/translate';
import type { ArchivedArticle, Changes } from '@/lib/types';
import { ChangeList } from './ChangeList';
import { ChangeSummary } from './ChangeSummary';
import { Notice } from './Notice';
import { ParagraphChangeView } from './ParagraphChangeView';
import { useT } from './i18n';
import { ORIGIN_KEY } from './origin';

interface Props {
  archived: ArchivedArticle | null;
  changes: Changes | null;
  /** Scrolls the page to change `i` of `changeTargets(changes)`. */
  onJump?: (i: number) => void;
}

/** Flip-flop: the change list is folded, its edits having been undone (lib/diff/flip-flop.ts). */
function foldedLabel(changes: Changes, comparedAt: number, { t, date }: Pick<Translator, 't' | 'date'>): string | null {
  if (!changes.sameAsEarlier) return null;
  return t('trust.sameAsEarlierFolded', date(comparedAt), changeTargets(changes).length);
}

/** The archived snapshot, paragraph by paragraph, with what differs from the live text marked. */
export function ArchivePanel({ archived, changes, onJump }: Props) {
  const { t, date } = useT();
  const [onlyChanges, setOnlyChanges] = useState(false);
  if (!archived || !changes) {
    return (
      <Notice tone="info" testId="no-archive">
        {t('archive.none')}
      </Notice>
    );
  }
  const shown = onlyChanges ? changes.paragraphs.filter((p) => p.status !== 'unchanged') : changes.paragraphs;
  return (
    <div class="archive" data-testid="archive">
      <p class="archive__when">
        {t('archive.captured')}{' '}
        <time data-testid="archived-at" dateTime={new Date(archived.archivedAt).toISOString()}>{date(archived.archivedAt)}</time>
        <span class="muted" data-testid="archived-origin" data-origin={archived.origin ?? 'bundled'}> · {t(ORIGIN_KEY[archived.origin ?? 'bundled'])}</span>
      </p>
      <ChangeSummary changes={changes} comparedAt={archived.archivedAt} />
      <ChangeList targets={changeTargets(changes)} onJump={onJump} foldedLabel={foldedLabel(changes, archived.archivedAt, { t, date })} />
      <label class="archive__filter">
        <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.currentTarget.checked)} /> {t('archive.onlyChanges')}
      </label>
      <ol class="paras">
        {shown.map((change, i) => (
          <ParagraphChangeView key={i} change={change} />
        ))}
      </ol>
    </div>
  );
}
