// The stable JSON shape of `rfi-lens inspect --json`.
import type { Report } from '../lib/types';

export function toInspectJson(report: Report) {
  const { live, match, changes } = report;
  return {
    live: {
      url: live.url,
      title: live.title,
      lead: live.lead,
      paragraphs: live.paragraphs.map((b) => b.text),
      authors: live.authors,
      published: live.published,
      modified: live.modified,
      section: live.section,
      column: live.column,
      edition: live.edition,
      language: live.language,
      image: live.image,
      contentId: live.contentId,
    },
    warnings: report.liveWarnings,
    match: match && {
      url: match.url,
      archivedAt: new Date(match.archivedAt).toISOString(),
      title: match.title,
      method: match.method,
      confidence: match.confidence,
      source: report.archived?.source ?? null,
      versions: match.versions.map((v) => ({
        archivedAt: new Date(v.archivedAt).toISOString(),
        displayedAt: v.displayedAt,
        title: v.title,
        url: v.url,
        source: v.source,
      })),
    },
    // No match only: captures that may be earlier versions (similarity 0..1), never compared with.
    possibleEarlier: report.possibleEarlier.map((p) => ({ ...p, archivedAt: new Date(p.archivedAt).toISOString() })),
    entities: report.entities.map(({ text, type, count, aliases, inLive, inArchive }) => ({
      text, type, count, aliases, inLive, inArchive,
    })),
    changes: changes && {
      summary: changes.summary,
      // The kinds that changed (headline, lead, authors, image, dates, paragraphs) and the silent-edit flag.
      kinds: changes.kinds,
      silentEdit: changes.silentEdit,
      // Flip-flop guard: the earlier version whose text the live page has again, or null.
      sameAsEarlier: changes.sameAsEarlier && {
        source: changes.sameAsEarlier.source,
        archivedAt: new Date(changes.sameAsEarlier.archivedAt).toISOString(),
        title: changes.sameAsEarlier.title,
        url: changes.sameAsEarlier.url,
      },
      // Live blog: entries posted since the capture (not counted as changes), or null.
      liveBlog: changes.liveBlog,
      fields: changes.fields,
      // Each paragraph in live reading order; an edited or moved one also carries its spans
      // (archived → live: equal / delete / insert), whether it was rewritten as a whole, and for a
      // move where it stood in the archive.
      paragraphs: changes.paragraphs.map((p) => ({
        status: p.status,
        live: p.live,
        archived: p.archived,
        ...(p.status === 'changed' || p.status === 'moved'
          ? { spans: p.spans ?? null, rewritten: p.rewritten ?? false, liveIndex: p.liveIndex, archivedIndex: p.archivedIndex }
          : {}),
      })),
    },
  };
}
