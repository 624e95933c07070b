// Public API: extractEntities(article) → one Entity per referent; analyseEntities for the located
// mentions a UI highlights; findMentions for one entity in any text.
import type { Article, Entity } from '../types';
import { ruleLanguage, type RuleLanguage } from './language';
import { zhCandidates } from './extract-zh';
import { zhLexicon } from './lexicon-zh';
import { repeatedNames } from './patterns-zh-repeated';
import { latinCandidates } from './extract-latin';
import { groupEntities, markEchoes, resolveOverlaps, type EntityWithMentions, type Mention } from './merge';
import { articleSegments } from './segments';
import { foldForMatch, foldKey, isHan, isWordChar, span, type Span } from './span';

export type { EntityWithMentions, Mention } from './merge';
export type { RuleLanguage } from './language';

export interface RelativeDate {
  segment: number;
  start: number;
  end: number;
  surface: string;
}

export interface EntityAnalysis {
  language: RuleLanguage;
  /** The texts mentions point into: title, lead (when present), then each paragraph. */
  segments: string[];
  entities: EntityWithMentions[];
  /** 上周二, last week …: found, kept apart from the entities (they need a reference date). */
  relativeDates: RelativeDate[];
}

export { articleSegments };

/** Rules whose finds are names worth looking for again in bare mentions. */
const PERSON_CUE_RULES = new Set(['byline', 'dotted-name', 'title-name', 'paren-latin', 'administration', 'cap-cue', 'cap-name', 'paren-latin-org', 'quoted-org', 'place-latin',
  'cue-latin-org', 'dateline', 'reported-by', 'abbrev-paren', 'national-body', 'repeated-name', 'company-latin',
  'admin-suffix', 'feature-suffix', 'acronym-org', 'title-latin', 'camel-latin']);

/** Up to this many propagated forms, each is found with indexOf (fast on articles); beyond, one bucketed pass. */
const FEW_FORMS = 200;

/** The short forms a person is later called by: 惠兰 for 保罗·惠兰, Whelan for Paul Whelan. */
function shortForms(surface: string, lang: RuleLanguage): string[] {
  const f = foldForMatch(surface);
  if (f.includes('·')) {
    const last = f.split('·').pop() ?? '';
    return last.length >= 2 ? [last] : [];
  }
  if (lang !== 'zh' || !isHan(f[0])) {
    const words = f.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    return words.length >= 2 && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) ? [last] : [];
  }
  return [];
}

/**
 * Gives every person one key across its forms, then adds a span for each bare later mention of
 * a name found once by a cue (布林肯 after 国务卿布林肯; Whelan after Paul Whelan).
 */
function propagatePeople(folded: string[], perSegment: Span[][], lang: RuleLanguage): void {
  const keyOfForm = new Map<string, { key: string; canonical: string; type: 'PER' | 'ORG' | 'LOC' }>();
  const cued = perSegment.flat().filter((s) => (s.type === 'PER' || s.type === 'ORG' || s.type === 'LOC') && PERSON_CUE_RULES.has(s.rule));
  const isCued = new Set(cued);
  // Full names first so that short forms attach to them.
  cued.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const seg of perSegment.keys()) {
    for (const s of perSegment[seg] as Span[]) {
      if (!isCued.has(s) || s.echo) continue;
      const form = folded[seg]?.slice(s.start, s.end) ?? '';
      const known = keyOfForm.get(form);
      if (known) {
        s.key = known.key;
        s.canonical = known.canonical;
        continue;
      }
      const owner = { key: s.key, canonical: s.canonical, type: s.type === 'ORG' || s.type === 'LOC' ? s.type : ('PER' as const) };
      keyOfForm.set(form, owner);
      if (owner.type !== 'PER') continue;
      for (const short of shortForms(form, lang)) {
        if (!keyOfForm.has(short)) keyOfForm.set(short, owner);
      }
    }
  }
  // Echoes (Latin aliases) share their name's key and are searchable too.
  const ownerOfKey = new Map<string, { key: string; canonical: string; type: 'PER' | 'ORG' | 'LOC' }>();
  for (const v of keyOfForm.values()) if (!ownerOfKey.has(v.key)) ownerOfKey.set(v.key, v);
  for (const seg of perSegment.keys()) {
    for (const s of perSegment[seg] as Span[]) {
      if (!s.echo || (s.type !== 'PER' && s.type !== 'ORG' && s.type !== 'LOC')) continue;
      const owner = ownerOfKey.get(s.key);
      const form = folded[seg]?.slice(s.start, s.end) ?? '';
      if (owner && !keyOfForm.has(form)) keyOfForm.set(form, owner);
    }
  }
  // Re-key cued spans whose form is a short form of another person (克里滕布林克 → full name).
  for (const seg of perSegment.keys()) {
    for (const s of perSegment[seg] as Span[]) {
      if (s.type !== 'PER' && s.type !== 'ORG' && s.type !== 'LOC') continue;
      const owner = keyOfForm.get(folded[seg]?.slice(s.start, s.end) ?? '');
      if (owner && owner.type === s.type) {
        s.key = owner.key;
        s.canonical = owner.canonical;
      }
    }
  }
  // Every occurrence of every form. A few forms: one native indexOf sweep per form. Many forms
  // (a hostile page): one pass per text with the form lengths bucketed by first character, so the
  // cost grows with the text, not with texts × forms.
  const push = (seg: number, i: number, len: number, owner: { key: string; canonical: string; type: 'PER' | 'ORG' | 'LOC' }): void => {
    const text = folded[seg] as string;
    if (!isHan(text[i]) && (isWordChar(text[i - 1]) || isWordChar(text[i + len]))) return;
    (perSegment[seg] as Span[]).push(span(i, i + len, owner.type, owner.canonical, 'propagate', 1, owner.key));
  };
  const forms = [...keyOfForm.entries()].filter(([form]) => form.length >= 2);
  if (forms.length <= FEW_FORMS) {
    folded.forEach((text, seg) => {
      for (const [form, owner] of forms) {
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) push(seg, i, form.length, owner);
      }
    });
    return;
  }
  const lengths = new Map<string, number[]>();
  for (const [form] of forms) {
    const list = lengths.get(form[0] as string) ?? [];
    if (!list.includes(form.length)) list.push(form.length);
    lengths.set(form[0] as string, list);
  }
  folded.forEach((text, seg) => {
    for (let i = 0; i < text.length; i++) {
      for (const len of lengths.get(text[i] as string) ?? []) {
        const owner = i + len <= text.length ? keyOfForm.get(text.slice(i, i + len)) : undefined;
        if (owner) push(seg, i, len, owner);
      }
    }
  });
}

/** Full analysis: entities with located mentions, plus relative dates. */
export function analyseEntities(article: Article): EntityAnalysis {
  const segments = articleSegments(article);
  const lang = ruleLanguage(article.language, segments.join('\n'));
  return analyseTexts(segments, lang);
}

/** The same analysis over arbitrary texts in a known rule language. */
export function analyseTexts(segments: string[], lang: RuleLanguage): EntityAnalysis {
  const folded = segments.map(foldForMatch);
  const candidates = folded.map((t) => (lang === 'zh' ? zhCandidates(t) : latinCandidates(t, lang)));
  if (lang === 'zh') repeatedNames(folded, zhLexicon()).forEach((spans, seg) => candidates[seg]?.push(...spans));
  propagatePeople(folded, candidates, lang);
  const located: Array<{ span: Span; segment: number; surface: string }> = [];
  const relativeDates: RelativeDate[] = [];
  candidates.forEach((spans, segment) => {
    const text = segments[segment] as string;
    const kept = resolveOverlaps(spans);
    markEchoes(folded[segment] as string, kept);
    for (const s of kept) {
      const surface = text.slice(s.start, s.end);
      if (s.type === 'REL') relativeDates.push({ segment, start: s.start, end: s.end, surface });
      else located.push({ span: s, segment, surface });
    }
  });
  return { language: lang, segments, entities: groupEntities(located), relativeDates };
}

/** One Entity per referent, sorted by count (desc) then first appearance. */
export function extractEntities(article: Article): Entity[] {
  return analyseEntities(article).entities.map(({ text, type, count, aliases }) => ({ text, type, count, aliases }));
}

/**
 * Where an entity is mentioned in `text`: the extractor is re-run on the text and the spans that
 * belong to the entity (its text or any alias, same type) are returned; echoes included.
 */
export function findMentions(text: string, entity: Entity, language: string | null = null): Array<{ start: number; end: number }> {
  const lang = ruleLanguage(language, text);
  const forms = new Set([entity.text, ...entity.aliases].map(foldKey));
  const found = analyseTexts([text], lang).entities.filter(
    (e) => e.type === entity.type && [e.text, ...e.aliases].some((f) => forms.has(foldKey(f))),
  );
  return found
    .flatMap((e) => e.mentions.map((m: Mention) => ({ start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
}
