// The CDX server API (internetarchive/wayback, wayback-cdx-server/README.md): the query URL and
// readers for both of its outputs. `output=json` gives an array of arrays whose first row names the
// fields; the default output is plain text, one capture per line, fields separated by spaces, in
// `fl=` order (all seven default fields when a server ignores `fl=`). Both may end with an empty
// row / line followed by a resumption key, which is not a capture.
import { CDX_FIELDS, type CdxField, type CdxRow } from './types';

/** The seven fields a CDX server returns when `fl=` is not honoured, in its default order. */
const DEFAULT_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'];
/** Captures listed per query at most; an article URL has far fewer. */
export const CDX_LIMIT = 500;
const TIMESTAMP = /^\d{14}$/;

export interface CdxQueryOptions {
  /** `limit=`: first N rows (default CDX_LIMIT). */
  limit?: number;
  /** `filter=[!]field:regex` parameters, each sent as is. */
  filters?: string[];
}

/**
 * `<base>/cdx/search/cdx?url=<target>&output=json&fl=timestamp,original,statuscode,digest,mimetype
 * &collapse=digest&limit=500`. `collapse=digest` drops adjacent rows with the same digest on the
 * server (the client drops the rest). No status or type filter by default: redirects and error pages
 * must be listed to be shown as what they are.
 */
export function cdxQueryUrl(base: string, target: string, options: CdxQueryOptions = {}): string {
  const params = new URLSearchParams({
    url: target,
    output: 'json',
    fl: CDX_FIELDS.join(','),
    collapse: 'digest',
    limit: String(options.limit ?? CDX_LIMIT),
  });
  for (const filter of options.filters ?? []) params.append('filter', filter);
  return `${base.replace(/\/+$/, '')}/cdx/search/cdx?${params.toString()}`;
}

export type CdxParse = { ok: true; rows: CdxRow[]; warnings: string[] } | { ok: false; reason: string };

function toRow(fields: readonly string[], values: readonly unknown[], where: string, warnings: string[]): CdxRow | null {
  const get = (name: CdxField) => {
    const i = fields.indexOf(name);
    const v = i >= 0 ? values[i] : undefined;
    return typeof v === 'string' && v !== '' ? v : '-';
  };
  const row = Object.fromEntries(CDX_FIELDS.map((f) => [f, get(f)])) as CdxRow;
  if (!TIMESTAMP.test(row.timestamp) || row.original === '-') {
    warnings.push(`${where}: not a capture (timestamp ${row.timestamp}, original ${row.original})`);
    return null;
  }
  return row;
}

function parseJson(body: string): CdxParse {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'the CDX answer starts like JSON but is not valid JSON' };
  }
  if (!Array.isArray(data)) return { ok: false, reason: 'the CDX JSON answer is not an array' };
  if (data.length === 0) return { ok: true, rows: [], warnings: [] };
  const header = data[0];
  if (!Array.isArray(header) || !header.includes('timestamp') || !header.includes('original')) {
    return { ok: false, reason: 'the CDX JSON answer has no header row naming timestamp and original' };
  }
  const rows: CdxRow[] = [];
  const warnings: string[] = [];
  for (let n = 1; n < data.length; n++) {
    const values = data[n];
    if (Array.isArray(values) && values.length === 0) break; // resumption key follows
    if (!Array.isArray(values)) {
      warnings.push(`row ${n}: not an array`);
      continue;
    }
    const row = toRow(header as string[], values, `row ${n}`, warnings);
    if (row) rows.push(row);
  }
  return { ok: true, rows, warnings };
}

function parseText(body: string): CdxParse {
  const rows: CdxRow[] = [];
  const warnings: string[] = [];
  const lines = body.split(/\r?\n/);
  for (const [n, line] of lines.entries()) {
    if (line.trim() === '') {
      if (lines.slice(n + 1).some((l) => l.trim() !== '')) break; // resumption key follows
      continue;
    }
    const values = line.trim().split(/\s+/);
    const fields = values.length === CDX_FIELDS.length ? CDX_FIELDS : values.length === DEFAULT_FIELDS.length ? DEFAULT_FIELDS : null;
    if (!fields) {
      warnings.push(`line ${n + 1}: ${values.length} fields, expected ${CDX_FIELDS.length} or ${DEFAULT_FIELDS.length}`);
      continue;
    }
    const row = toRow(fields, values, `line ${n + 1}`, warnings);
    if (row) rows.push(row);
  }
  return { ok: true, rows, warnings };
}

/** Reads a CDX answer in either output; a body that is neither (an HTML page, broken JSON) is not ok. */
export function parseCdx(body: string): CdxParse {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text === '') return { ok: true, rows: [], warnings: [] };
  if (text.startsWith('[')) return parseJson(text);
  if (text.startsWith('<')) return { ok: false, reason: 'the CDX answer is an HTML page, not CDX data' };
  return parseText(text);
}
