// Structured data of an rfi.fr page: JSON-LD scripts and script#datalayer (RFI-PAGES.md §4).
// Every script is parsed on its own, in try/catch: one broken script costs a warning, not the rest.
import { normalizeSpace } from '../text';
import type { Warning } from '../types';
import { queryAll, queryFirst, selectorLabel, type Scope } from './query';
import { selectors } from './selectors';

/** A JSON object as parsed (values not yet checked). */
export type JsonObject = { [key: string]: unknown };

/** `@type`s that describe the article itself. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Arrays and `@graph` flattened into a list of nodes. */
function flatten(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, into);
  } else if (isObject(value)) {
    into.push(value);
    if ('@graph' in value) flatten(value['@graph'], into);
  }
}

/** Every JSON-LD node of the page, plus a warning per script that is not valid JSON. */
export function readJsonLd(scope: Scope): { nodes: JsonObject[]; warnings: Warning[] } {
  const nodes: JsonObject[] = [];
  const warnings: Warning[] = [];
  const scripts = queryAll(scope, selectors.jsonLd);
  scripts.forEach((script, index) => {
    const text = script.textContent ?? '';
    if (text.trim() === '') return;
    try {
      flatten(JSON.parse(text), nodes);
    } catch {
      // The engine's own message differs between runtimes, so it stays out of the warning.
      warnings.push({
        code: 'bad-json-ld',
        selector: selectorLabel(selectors.jsonLd),
        message: `JSON-LD script ${index + 1} of ${scripts.length} is not valid JSON; the others were still read.`,
      });
    }
  });
  return { nodes, warnings };
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** The first node describing an article (NewsArticle, ReportageNewsArticle, Article …), or null. */
export function findArticleNode(nodes: readonly JsonObject[]): JsonObject | null {
  return nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.includes(t))) ?? null;
}

/** A non-blank string value, normalised, or null. */
export function ldString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = normalizeSpace(value);
  return text === '' ? null : text;
}

/** Names from `author`: a Person, a list of them, or plain strings. */
export function ldNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    const name = isObject(item) ? ldString(item['name']) : ldString(item);
    if (name) names.push(name);
  }
  return names;
}

/** The first URL of `image`: a string, an ImageObject, or a list of either. */
export function ldFirstUrl(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (isObject(first)) return ldString(first['url']) ?? ldString(first['contentUrl']);
  return ldString(first);
}

/** script#datalayer as an object, or null (absent, or not a JSON object, with a warning). */
export function readDatalayer(scope: Scope): { data: JsonObject | null; warnings: Warning[] } {
  const script = queryFirst(scope, selectors.datalayer);
  if (!script) return { data: null, warnings: [] };
  try {
    const parsed: unknown = JSON.parse(script.textContent ?? '');
    if (isObject(parsed)) return { data: parsed, warnings: [] };
    throw new Error('not a JSON object');
  } catch {
    return {
      data: null,
      warnings: [
        {
          code: 'bad-datalayer',
          selector: selectorLabel(selectors.datalayer),
          message: 'script#datalayer is not a JSON object.',
        },
      ],
    };
  }
}
