// What each kind of change is called, in one map: the sidebar's change list, the popup's list and
// the page markers each read their column, so a new kind is named everywhere or fails to compile.
import type { PlainKey } from '../i18n/translate';
import type { TargetKind } from './targets';

export interface KindLabels {
  /** The change list's label (`Edited`). */
  name: PlainKey;
  /** The popup's item label (`Edited:`). */
  item: PlainKey;
  /** The page marker's label (`Paragraph edited since the capture`). */
  marker: PlainKey;
}

export const KIND_LABELS: Record<TargetKind, KindLabels> = {
  headline: { name: 'change.headline', item: 'kind.headline', marker: 'marker.headline' },
  lead: { name: 'change.lead', item: 'kind.lead', marker: 'marker.lead' },
  changed: { name: 'change.changed', item: 'kind.changed', marker: 'marker.changed' },
  added: { name: 'change.added', item: 'kind.added', marker: 'marker.added' },
  removed: { name: 'change.removed', item: 'kind.removed', marker: 'marker.removed' },
  moved: { name: 'change.moved', item: 'kind.moved', marker: 'marker.moved' },
};
