// The edit report a reader can cite: the article, the two captures compared (with provenance and
// hashes) and every change with its text before and after, as JSON and as Markdown. Pure.
import type { ArchivedArticle, Article, CaptureSource, Changes, Report } from '../types';

export interface CaptureRef {
  source: CaptureSource;
  /** Version id (`archived.source`), or `live` for the page as read now. */
  id: string;
  capturedAt: string;
  readUrl: string;
  url: string;
  title: string;
  hash: string;
}

export interface ReportChange {
  /** `title`, `lead`, … for a field; `paragraph` for the body. */
  what: string;
  status: 'changed' | 'added' | 'removed' | 'moved' | 'appended'; // appended: a live blog's new entry
  before: string | null;
  after: string | null;
  /** Paragraph positions, before and after (null when absent on that side). */
  position?: { before: number | null; after: number | null };
}

export interface EditReport {
  format: 'rfi-lens-edit-report/1';
  article: { title: string; url: string; edition: string | null; published: string | null; modified: string | null };
  before: CaptureRef;
  after: CaptureRef;
  summary: Changes['summary'];
  changes: ReportChange[];
}

/** The captured side: provenance from the capture, `bundled` when it has none. */
export function captureRef(a: ArchivedArticle, hash: string): CaptureRef {
  return {
    source: a.origin ?? 'bundled',
    id: a.source,
    capturedAt: new Date(a.archivedAt).toISOString(),
    readUrl: a.readUrl ?? a.url,
    url: a.url,
    title: a.title,
    hash,
  };
}

/** The live side: the page as the reader reads it now. */
export function liveRef(live: Article, pageUrl: string, readAt: number, hash: string): CaptureRef {
  return { source: 'visit', id: 'live', capturedAt: new Date(readAt).toISOString(), readUrl: pageUrl, url: live.url, title: live.title, hash };
}

/** Report (with a comparison) → the edit report; null when there is nothing compared. */
export function editReport(report: Report, before: CaptureRef, after: CaptureRef): EditReport | null {
  if (!report.changes || !report.archived) return null;
  const changes: ReportChange[] = [];
  for (const f of report.changes.fields) {
    if (f.differs) changes.push({ what: f.field, status: f.archived === null ? 'added' : f.live === null ? 'removed' : 'changed', before: f.archived, after: f.live });
  }
  for (const p of report.changes.paragraphs) {
    if (p.status === 'unchanged') continue;
    changes.push({ what: 'paragraph', status: p.status, before: p.archived, after: p.live, position: { before: p.archivedIndex, after: p.liveIndex } });
  }
  const live = report.live;
  return {
    format: 'rfi-lens-edit-report/1',
    article: { title: live.title, url: live.url, edition: live.edition, published: live.published, modified: live.modified },
    before,
    after,
    summary: report.changes.summary,
    changes,
  };
}

/** Reader-visible labels of the Markdown report, gathered for the i18n layer (issue 10). */
export const REPORT_TEXT = {
  heading: 'Edit report: {title}',
  article: 'Article',
  before: 'Before',
  after: 'After',
  captureLine: '{source}, captured {capturedAt}, read at <{readUrl}>, SHA-256 `{hash}`',
  summary: 'Paragraphs: {unchanged} unchanged, {changed} changed, {added} added, {removed} removed.',
  none: 'No change between the two captures.',
  change: '{what} ({status})',
  empty: '(none)',
  made: 'Made by RFI Lens on {date}.',
} as const;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** Quoted Markdown block of a text (every line prefixed), or the empty marker. */
const quote = (text: string | null): string => (text === null || text === '' ? `> ${REPORT_TEXT.empty}` : text.split('\n').map((l) => `> ${l}`).join('\n'));

export function editReportMarkdown(r: EditReport, madeAt: number): string {
  const capture = (c: CaptureRef) => fill(REPORT_TEXT.captureLine, { ...c });
  const lines = [
    `# ${fill(REPORT_TEXT.heading, { title: r.article.title })}`,
    '',
    `- ${REPORT_TEXT.article}: <${r.article.url}>`,
    `- ${REPORT_TEXT.before}: ${capture(r.before)}`,
    `- ${REPORT_TEXT.after}: ${capture(r.after)}`,
    '',
    fill(REPORT_TEXT.summary, { ...r.summary }),
    '',
  ];
  if (r.changes.length === 0) lines.push(REPORT_TEXT.none, '');
  r.changes.forEach((c, n) => {
    lines.push(`## ${n + 1}. ${fill(REPORT_TEXT.change, { what: c.what, status: c.status })}`, '', `**${REPORT_TEXT.before}**`, '', quote(c.before), '', `**${REPORT_TEXT.after}**`, '', quote(c.after), '');
  });
  lines.push(`_${fill(REPORT_TEXT.made, { date: new Date(madeAt).toISOString() })}_`, '');
  return lines.join('\n');
}
