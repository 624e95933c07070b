import type { Entity, EntityType } from '@/lib/types';

interface Props {
  entities: Entity[];
  /** Called when the reader asks to find an entity on the page. */
  onFind?: (entity: Entity) => void;
}

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'PER', label: 'People' },
  { type: 'LOC', label: 'Places' },
  { type: 'ORG', label: 'Organisations' },
  { type: 'DATE', label: 'Dates' },
  { type: 'MISC', label: 'Other names' },
];

/** Entities grouped by type, most mentioned first, with counts; each one a button that finds it. */
export function EntityList({ entities, onFind }: Props) {
  if (entities.length === 0) return <p class="muted">No names found in this article.</p>;
  return (
    <div class="entities" data-testid="entities">
      {GROUPS.map(({ type, label }) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count);
        if (group.length === 0) return null;
        return (
          <section key={type} class="entities__group" aria-label={label}>
            <h4>
              {label} <span class="muted">({group.length})</span>
            </h4>
            <ul>
              {group.map((e) => (
                <li key={`${type}:${e.text}`}>
                  <button
                    type="button"
                    class={`entity entity--${type}`}
                    data-testid="entity"
                    data-type={type}
                    data-text={e.text}
                    title={e.aliases.length ? `Also: ${e.aliases.join(', ')}` : 'Find on the page'}
                    onClick={() => onFind?.(e)}
                  >
                    <span class="entity__text">{e.text}</span>
                    <span class="entity__count" aria-label={`${e.count} mentions`}>{e.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
