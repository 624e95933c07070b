// Overlap resolution (longest span wins, then priority, then earliest) and grouping of spans into
// one Entity per referent with its count, canonical form and aliases.
import type { Entity, EntityType } from '../types';
import { foldKey, type Span } from './span';

/** Keeps a non-overlapping subset: longer first, then higher priority, then earlier. */
export function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Span[] = [];
  // One flag per character taken: a span is checked over its own length, not against every span kept.
  const used = new Uint8Array(spans.reduce((n, s) => Math.max(n, s.end), 0));
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    let free = true;
    for (let i = s.start; i < s.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    taken.push(s);
    used.fill(1, s.start, s.end);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** A located mention: which text segment (0 = title, then lead, then paragraphs) and where. */
export interface Mention {
  segment: number;
  start: number;
  end: number;
  /** The exact substring of the segment. */
  surface: string;
  /** True for a parenthesised alias right after its name: highlighted, not counted. */
  echo: boolean;
}

export interface EntityWithMentions extends Entity {
  mentions: Mention[];
  /** Grouping key (type + folded canonical). */
  key: string;
}

interface Located {
  span: Span;
  segment: number;
  surface: string;
}

/**
 * Groups resolved spans by key. The canonical text is the preferred form when it occurs on the
 * page, else the longest surface form, so that every form (text and aliases) is a substring.
 */
export function groupEntities(located: Located[]): EntityWithMentions[] {
  const groups = new Map<string, Located[]>();
  for (const l of located) {
    if (l.span.type === 'REL') continue;
    const list = groups.get(l.span.key) ?? [];
    list.push(l);
    groups.set(l.span.key, list);
  }
  const out: Array<EntityWithMentions & { first: number }> = [];
  let order = 0;
  const firstSeen = new Map<string, number>();
  for (const l of located) if (!firstSeen.has(l.span.key)) firstSeen.set(l.span.key, order++);
  for (const [key, list] of groups) {
    const first = list[0] as Located;
    const type = first.span.type as EntityType;
    const surfaces = [...new Set(list.map((l) => l.surface))];
    const preferred = first.span.canonical;
    let text = surfaces.find((s) => foldKey(s) === foldKey(preferred));
    if (!text) {
      const counted = list.filter((l) => !l.span.echo).map((l) => l.surface);
      text = [...(counted.length ? counted : surfaces)].sort((a, b) => b.length - a.length)[0] as string;
    }
    out.push({
      key,
      text,
      type,
      count: list.filter((l) => !l.span.echo).length,
      aliases: surfaces.filter((s) => s !== text),
      mentions: list.map((l) => ({
        segment: l.segment,
        start: l.span.start,
        end: l.span.end,
        surface: l.surface,
        echo: !!l.span.echo,
      })),
      first: firstSeen.get(key) ?? 0,
    });
  }
  out.sort((a, b) => b.count - a.count || a.first - b.first);
  return out.map(({ first: _first, ...e }) => e);
}

/**
 * Marks as echo a span wrapped in （…）/(…) right after a span with the same key: 七国集团（G7）.
 */
export function markEchoes(text: string, spans: Span[]): void {
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1] as Span;
    const cur = spans[i] as Span;
    if (cur.key !== prev.key || cur.echo) continue;
    const between = text.slice(prev.end, cur.start);
    if (/^\s*[（(]\s*$/.test(between) && /^\s*[）)]/.test(text.slice(cur.end))) cur.echo = true;
  }
}
