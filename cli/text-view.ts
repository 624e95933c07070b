// The readable report of `rfi-lens inspect`.
import type { Report } from '../lib/types';

const time = (v: string | number | null) => (v === null ? '—' : new Date(v).toISOString());

/** `noCopy`: the line said when there is nothing to compare with (the Wayback lookup names its own source). */
export function toInspectText(report: Report, noCopy = 'Archive: no archived copy in the corpus.'): string {
  const { live, match, changes, archived } = report;
  const out: string[] = [];
  out.push(`${live.title}`, `  ${live.url}`);
  out.push(`  published ${time(live.published)} · modified ${time(live.modified)} · ${live.authors.join(', ') || 'no author'}`);
  out.push(`  section ${live.section ?? '—'} · column ${live.column ?? '—'} · ${live.language ?? '—'} · ${live.paragraphs.length} blocks`);
  for (const w of report.liveWarnings) out.push(`  could not read ${w.field ?? w.code}: ${w.message}`);
  out.push('');
  if (!match || !archived || !changes) {
    out.push(noCopy);
    for (const p of report.possibleEarlier) {
      out.push(`  possibly an earlier version of this article (similarity ${Math.round(p.similarity * 100)}%): ${p.title}, captured ${time(p.archivedAt)}, ${p.url}`);
    }
  } else {
    out.push(`Archive: ${archived.source}, captured ${time(match.archivedAt)} (matched by ${match.method}, confidence ${match.confidence})`);
    if (changes.sameAsEarlier) out.push(`  same as the version of ${time(changes.sameAsEarlier.archivedAt)} (${changes.sameAsEarlier.source}): the edits since then were undone`);
    if (changes.liveBlog) out.push(`  live blog: ${changes.liveBlog.newEntries} new entries since the capture (not counted as changes)`);
    const s = changes.summary;
    out.push(`  paragraphs: ${s.unchanged} unchanged, ${s.changed} changed, ${s.added} added, ${s.removed} removed`);
    for (const f of changes.fields.filter((x) => x.differs)) out.push(`  ${f.field} differs: ${f.archived ?? '—'} → ${f.live ?? '—'}`);
    for (const p of changes.paragraphs.filter((x) => x.status !== 'unchanged')) {
      out.push(`  [${p.status}]`);
      if (p.archived !== null) out.push(`    - ${p.archived}`);
      if (p.live !== null) out.push(`    + ${p.live}`);
    }
  }
  out.push('');
  out.push(`Entities (${report.entities.length}):`);
  // With an archived copy, names found only live are marked added and names only archived removed.
  const compared = archived !== null && match !== null;
  for (const e of report.entities) {
    const added = compared && e.inArchive === false;
    const removed = compared && e.inLive === false;
    const mark = added ? '+ ' : removed ? '- ' : '';
    const tag = added ? ' (added)' : removed ? ' (removed)' : '';
    out.push(`  ${e.type.padEnd(4)} ${mark}${e.text} ×${e.count}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}${tag}`);
  }
  return out.join('\n');
}
