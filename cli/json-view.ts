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
    },
    entities: report.entities.map(({ text, type, count, aliases }) => ({ text, type, count, aliases })),
    changes: changes && {
      summary: changes.summary,
      fields: changes.fields,
      paragraphs: changes.paragraphs.map(({ status, live: l, archived: a }) => ({ status, live: l, archived: a })),
    },
  };
}
