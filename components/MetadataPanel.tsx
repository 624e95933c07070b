import type { Article, ArchivedArticle, FieldChange } from '@/lib/types';
import type { PlainKey, Translator } from '@/lib/i18n/translate';
import { useT } from './i18n';

interface Props {
  live: Article;
  archived: ArchivedArticle | null;
  fields: FieldChange[] | null;
}

interface Row {
  key: FieldChange['field'] | 'edition' | 'column';
  label: PlainKey;
  live: string;
  archived: string;
}

const text = (v: string | null) => (v === null || v === '' ? '—' : v);

/** URLs as a reader can read them: percent-encoded Chinese decoded. */
function readableUrl(v: string | null): string {
  if (!v) return '—';
  try {
    return decodeURI(v);
  } catch {
    return v;
  }
}

function rows(live: Article, archived: ArchivedArticle | null, date: Translator['date']): Row[] {
  const a = archived;
  return [
    { key: 'title', label: 'field.title', live: text(live.title), archived: text(a?.title ?? null) },
    { key: 'lead', label: 'field.lead', live: text(live.lead), archived: text(a?.lead ?? null) },
    { key: 'published', label: 'field.published', live: date(live.published), archived: date(a?.published ?? null) },
    { key: 'modified', label: 'field.modified', live: date(live.modified), archived: date(a?.modified ?? null) },
    { key: 'authors', label: 'field.authors', live: text(live.authors.join(', ')), archived: text(a ? a.authors.join(', ') : null) },
    { key: 'section', label: 'field.section', live: text(live.section), archived: text(a?.section ?? null) },
    { key: 'column', label: 'field.column', live: text(live.column), archived: text(a?.column ?? null) },
    { key: 'edition', label: 'field.edition', live: text([live.edition, live.language].filter(Boolean).join(' · ')), archived: text(a ? [a.edition, a.language].filter(Boolean).join(' · ') : null) },
    { key: 'image', label: 'field.image', live: readableUrl(live.image), archived: a ? readableUrl(a.image) : '—' },
    { key: 'url', label: 'field.url', live: readableUrl(live.url), archived: a ? readableUrl(a.url) : '—' },
  ];
}

/** Live value beside archived value, one row per field; rows that differ are flagged in words. */
export function MetadataPanel({ live, archived, fields }: Props) {
  const { t, date } = useT();
  const differs = new Set((fields ?? []).filter((f) => f.differs).map((f) => f.field));
  return (
    <table class="meta" data-testid="metadata">
      {archived && <caption>{t('meta.caption')}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('meta.field')}</th>
          <th scope="col">{t('meta.live')}</th>
          {archived && <th scope="col">{t('meta.archived')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows(live, archived, date).map((row) => {
          const changed = differs.has(row.key as FieldChange['field']);
          const same = archived !== null && !changed && row.live === row.archived;
          const cls = row.key === 'image' || row.key === 'url' ? 'meta__url' : undefined;
          return (
            <tr key={row.key} class={changed ? 'meta__row--changed' : undefined} data-testid={`meta-${row.key}`} data-differs={changed ? 'true' : 'false'}>
              <th scope="row">
                {t(row.label)}
                {changed && <span class="flag">{t('meta.changed')}</span>}
              </th>
              {same ? (
                // One cell for both sides when they agree: the eye goes to the rows that differ.
                <td colSpan={2} class={cls} title={row.live}>
                  <span data-testid={`meta-${row.key}-live`}>{row.live}</span>
                </td>
              ) : (
                <>
                  <td class={cls} title={row.live}>
                    <span data-testid={`meta-${row.key}-live`}>{row.live}</span>
                  </td>
                  {archived && (
                    <td class={cls} title={row.archived}>
                      <span data-testid={`meta-${row.key}-archived`}>{row.archived}</span>
                    </td>
                  )}
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
