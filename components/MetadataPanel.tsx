import type { Article, ArchivedArticle, FieldChange } from '@/lib/types';
import { formatParisTime } from './format';

interface Props {
  live: Article;
  archived: ArchivedArticle | null;
  fields: FieldChange[] | null;
}

interface Row {
  key: FieldChange['field'] | 'edition' | 'column';
  label: string;
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

function rows(live: Article, archived: ArchivedArticle | null): Row[] {
  const a = archived;
  return [
    { key: 'title', label: 'Title', live: text(live.title), archived: text(a?.title ?? null) },
    { key: 'lead', label: 'Lead', live: text(live.lead), archived: text(a?.lead ?? null) },
    { key: 'published', label: 'Published', live: formatParisTime(live.published), archived: formatParisTime(a?.published ?? null) },
    { key: 'modified', label: 'Modified', live: formatParisTime(live.modified), archived: formatParisTime(a?.modified ?? null) },
    { key: 'authors', label: 'Authors', live: text(live.authors.join(', ')), archived: text(a ? a.authors.join(', ') : null) },
    { key: 'section', label: 'Section', live: text(live.section), archived: text(a?.section ?? null) },
    { key: 'column', label: 'Column', live: text(live.column), archived: text(a?.column ?? null) },
    { key: 'edition', label: 'Edition', live: text([live.edition, live.language].filter(Boolean).join(' · ')), archived: text(a ? [a.edition, a.language].filter(Boolean).join(' · ') : null) },
    { key: 'image', label: 'Image', live: readableUrl(live.image), archived: a ? readableUrl(a.image) : '—' },
    { key: 'url', label: 'URL', live: readableUrl(live.url), archived: a ? readableUrl(a.url) : '—' },
  ];
}

/** Live value beside archived value, one row per field; rows that differ are flagged in words. */
export function MetadataPanel({ live, archived, fields }: Props) {
  const differs = new Set((fields ?? []).filter((f) => f.differs).map((f) => f.field));
  return (
    <table class="meta" data-testid="metadata">
      {archived && <caption>A value shown once is the same in both; rows that differ are marked.</caption>}
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Live</th>
          {archived && <th scope="col">Archived</th>}
        </tr>
      </thead>
      <tbody>
        {rows(live, archived).map((row) => {
          const changed = differs.has(row.key as FieldChange['field']);
          const same = archived !== null && !changed && row.live === row.archived;
          const cls = row.key === 'image' || row.key === 'url' ? 'meta__url' : undefined;
          return (
            <tr key={row.key} class={changed ? 'meta__row--changed' : undefined} data-testid={`meta-${row.key}`} data-differs={changed ? 'true' : 'false'}>
              <th scope="row">
                {row.label}
                {changed && <span class="flag">changed</span>}
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
