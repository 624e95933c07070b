// Text helpers shared by the archive parser, the page extractor and the comparison.

/** Every kind of white space RFI text carries: ASCII, U+00A0, U+3000, line breaks. */
const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
/**
 * Zero-width space U+200B and U+FEFF: not white space but invisible word-break hints (the Khmer
 * edition writes them between every word; Chinese text carries strays). They are dropped, never
 * turned into a visible space. Joiners (U+200C, U+200D) are letters' business and kept.
 */
const ZERO_WIDTH = /[\u200b\ufeff]/g;

/**
 * Collapses runs of white space to one ASCII space and trims. Used for what is shown and compared
 * as "the same text"; U+3000 inside a headline becomes a plain space as well.
 */
export function normalizeSpace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(SPACE_RUN, ' ').trim();
}

/** True when the text holds nothing but white space (the `<p>\u00a0</p>` placeholders). */
export function isBlank(text: string): boolean {
  return normalizeSpace(text) === '';
}

/** The wire suffix of AFP items in the feed titles: ` – 法国国际广播电台 - RFI` (EN DASH). */
const WIRE_SUFFIX = /\s*[–-]\s*法国国际广播电台\s*-\s*RFI\s*$/u;
/** RFI column suffix, e.g. ` - 要闻分析`. A column name is short and has no spaces or dashes. */
const COLUMN_SUFFIX = /\s+-\s+([^\s\-–][^-–]{0,11})$/u;

/**
 * Splits a feed or page title into the headline and the column named by its ` - <column>` suffix.
 * `20国外长会：… - 要闻分析` → { title: '20国外长会：…', column: '要闻分析' }.
 */
export function splitTitle(raw: string): { title: string; column: string | null } {
  let title = normalizeSpace(raw).replace(WIRE_SUFFIX, '');
  const m = COLUMN_SUFFIX.exec(title);
  let column: string | null = null;
  if (m && m[1] && !/\s/.test(m[1])) {
    column = m[1];
    title = title.slice(0, m.index);
  }
  return { title: title.trim(), column };
}

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Paris wall-clock fields of an instant, zero-padded: { year: '2023', month: '03', … }. */
export function parisParts(instant: number | string | Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = PARIS_PARTS.formatToParts(new Date(instant));
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Offset of Paris from UTC, in minutes, at a given UTC instant. */
function parisOffsetMinutes(utcMs: number): number {
  const p = parisParts(utcMs);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/**
 * Reads RFI's display time `DD/MM/YYYY - HH:MM` (Paris local time) and returns ISO UTC, or null.
 * `02/03/2023 - 21:57` → `2023-03-02T20:57:00.000Z`.
 */
export function parisDisplayTimeToIso(text: string): string | null {
  const m = /(\d{2})\/(\d{2})\/(\d{4})\s*-\s*(\d{2}):(\d{2})/.exec(text);
  if (!m) return null;
  const [, dd, mm, yyyy, hh, mi] = m.map(Number) as [number, number, number, number, number, number];
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31 || hh > 23 || mi > 59) return null;
  const naive = Date.UTC(yyyy, mm - 1, dd, hh, mi);
  // Two passes settle the offset across a DST change.
  let utc = naive - parisOffsetMinutes(naive) * 60000;
  utc = naive - parisOffsetMinutes(utc) * 60000;
  return new Date(utc).toISOString();
}

/** Normalises an ISO-ish timestamp with offset to ISO UTC; null when it cannot be read. */
export function toIsoUtc(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
