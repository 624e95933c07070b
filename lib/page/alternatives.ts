// The shape of a selector entry (lib/page/selectors.ts, body-residue.ts, and the fixture-page
// maker's own in cli/): a list of alternative CSS selectors, and beside it, as separate data, the
// saved pages that prove each one (lib/page/selector-proofs.ts), checked by
// tests/lib/page/selectors.test.ts — as Refined GitHub keeps selectors.ts beside its test URLs.
// The proofs are separate so the extension's bundle carries the selectors only: nothing in the
// content script imports selector-proofs.ts, so the build drops it.

/** A list of alternative CSS selectors, most specific / most current first. */
export type Alternatives = readonly [string, ...string[]];

/**
 * The proof of one alternative. A page is named by its file: `<name>` is
 * tests/fixtures/pages/<name>.html (or ../shared/pages/<name>.html for the real ones), and
 * `archive:<name>` the body of tests/fixtures/archive/<name>.txt.
 */
export interface Proof {
  /** The template era or page type it is for. */
  era: string;
  /** Saved pages where it must match. */
  on: readonly [string, ...string[]];
  /** Saved pages where it must not match (a home page is not an article). */
  notOn?: readonly string[];
}

/** The proofs of a table of alternatives: every selector of every entry, by its CSS text. */
export type ProofsOf<T extends Record<string, Alternatives>> = { readonly [K in keyof T]: { readonly [Css in T[K][number]]: Proof } };

/** One alternative and its proof together (the fixture-page maker's form, cli/render-page-selectors.ts). */
export interface Alternative extends Proof {
  css: string;
}

/** An entry with its proofs inline: its alternatives, tried in order. */
export type Entry = readonly [Alternative, ...Alternative[]];

/** The selectors of an entry, as the readers use them. */
export function cssOf(entry: Entry): Alternatives {
  return entry.map((a) => a.css) as unknown as Alternatives;
}

/** Every entry of a table as its selectors. */
export function cssTable<T extends Record<string, Entry>>(table: T): { readonly [K in keyof T]: Alternatives } {
  return Object.fromEntries(Object.entries(table).map(([name, entry]) => [name, cssOf(entry)])) as { [K in keyof T]: Alternatives };
}
