// The shape of a selector entry (lib/page/selectors.ts, body-residue.ts, and the fixture-page
// maker's own in cli/): a list of alternatives, each with the saved pages that prove it, checked by
// tests/lib/page/selectors.test.ts (as Refined GitHub keeps its selectors beside their test URLs).

/** A list of alternative CSS selectors, most specific / most current first. */
export type Alternatives = readonly [string, ...string[]];

/**
 * One alternative and its proof. A page is named by its file: `<name>` is
 * tests/fixtures/pages/<name>.html (or ../shared/pages/<name>.html for the real ones), and
 * `archive:<name>` the body of tests/fixtures/archive/<name>.txt.
 */
export interface Alternative {
  css: string;
  /** The template era or page type it is for. */
  era: string;
  /** Saved pages where it must match. */
  on: readonly [string, ...string[]];
  /** Saved pages where it must not match (a home page is not an article). */
  notOn?: readonly string[];
}

/** An entry: its alternatives, tried in order (or, for lists of nodes to drop, all applying). */
export type Entry = readonly [Alternative, ...Alternative[]];

/** The selectors of an entry, as the readers use them. */
export function cssOf(entry: Entry): Alternatives {
  return entry.map((a) => a.css) as unknown as Alternatives;
}

/** Every entry of a table as its selectors. */
export function cssTable<T extends Record<string, Entry>>(table: T): { readonly [K in keyof T]: Alternatives } {
  return Object.fromEntries(Object.entries(table).map(([name, entry]) => [name, cssOf(entry)])) as { [K in keyof T]: Alternatives };
}
