// What kinds of change a comparison holds (headline, lead, authors, image, dates, paragraphs), and
// whether the text changed silently: the page's modified time does not tell (missing, equal to the
// published time, or earlier than the archived capture) and the page carries no correction note.
import type { Article, ChangeKind, FieldChange, ParagraphChange, SilentEdit } from '../types';

const KIND_OF_FIELD: Partial<Record<FieldChange['field'], ChangeKind>> = {
  title: 'headline',
  lead: 'lead',
  authors: 'authors',
  image: 'image',
  published: 'dates',
  modified: 'dates',
};

const ORDER: readonly ChangeKind[] = ['headline', 'lead', 'authors', 'image', 'dates', 'paragraphs'];

/** The kinds of change, in ChangeKind order (section and url are not among them: they are not text). */
export function changeKinds(fields: readonly FieldChange[], paragraphs: readonly ParagraphChange[]): ChangeKind[] {
  const kinds = new Set<ChangeKind>();
  for (const f of fields) {
    const kind = KIND_OF_FIELD[f.field];
    if (f.differs && kind) kinds.add(kind);
  }
  if (paragraphs.some((p) => p.status !== 'unchanged' && p.status !== 'appended')) kinds.add('paragraphs');
  return ORDER.filter((k) => kinds.has(k));
}

/**
 * A correction or update note in the text, in the languages RFI publishes in: 更正, 勘误, 编者按,
 * 修正, "Correction", "Rectificatif", "Erratum", "Mise à jour", "Editor's note", "Update:".
 */
const CORRECTION_NOTE =
  /更正|勘误|勘誤|编者按|編者按|编按|修正启事|\bcorrection\b|\brectificatif\b|\berratum\b|mise à jour|editor['’]s note|note de la rédaction|\bupdate[ds]?\s*:/iu;

/** True when the article carries a correction or update note (lead or any paragraph). */
export function hasCorrectionNote(article: Article): boolean {
  return [article.lead ?? '', ...article.paragraphs.map((b) => b.text)].some((t) => CORRECTION_NOTE.test(t));
}

/**
 * Silent edit: the text changed (headline, lead or paragraphs), the live page's modified time
 * does not say so, and there is no correction note. `capturedAt` is the capture time of the
 * archived copy (epoch ms), when known.
 */
export function silentEdit(live: Article, kinds: readonly ChangeKind[], capturedAt: number | null): SilentEdit | null {
  const textChanged = kinds.includes('headline') || kinds.includes('lead') || kinds.includes('paragraphs');
  if (!textChanged || hasCorrectionNote(live)) return null;
  const modified = live.modified ? Date.parse(live.modified) : NaN;
  if (Number.isNaN(modified)) return { reason: 'missing' };
  const published = live.published ? Date.parse(live.published) : NaN;
  if (!Number.isNaN(published) && Math.floor(modified / 60_000) <= Math.floor(published / 60_000)) {
    return { reason: 'equals-published' };
  }
  if (capturedAt !== null && modified < capturedAt) return { reason: 'before-capture' };
  return null;
}
