// "Export" from the sidebar and `rfi-lens export`: the compared capture as an archive file (seed
// format), or the edit report as Markdown or JSON. One function, so both write the same files.
import type { ExportedFile, ExportKind } from '../protocol';
import type { Report } from '../types';
import { archiveFileName, archiveFileOf } from './archive-file';
import { captureHash } from './capture';
import { captureRef, editReport, editReportMarkdown, liveRef } from './edit-report';

/** `now`: the time the live page is read (the report's "after" capture) and the file is made. */
export async function exportFile(report: Report, pageUrl: string, kind: ExportKind, now: number): Promise<ExportedFile> {
  const archived = report.archived;
  if (!archived) throw new Error('There is no archived capture to export for this page.');
  if (kind === 'capture') return { fileName: archiveFileName(archived), mime: 'text/plain', text: archiveFileOf(archived) };
  const before = captureRef(archived, archived.hash ?? (await captureHash(archived)));
  const after = liveRef(report.live, pageUrl, now, await captureHash(report.live));
  const r = editReport(report, before, after);
  if (!r) throw new Error('There is no comparison to report for this page.');
  const base = `edit-report_${new Date(now).toISOString().slice(0, 10)}`;
  if (kind === 'report-json') return { fileName: `${base}.json`, mime: 'application/json', text: `${JSON.stringify(r, null, 2)}\n` };
  return { fileName: `${base}.md`, mime: 'text/markdown', text: editReportMarkdown(r, now) };
}
