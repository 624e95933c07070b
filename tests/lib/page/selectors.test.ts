// Every selector entry proves itself: each alternative matches on every saved page its proof names
// and on none it rules out (lib/page/selector-proofs.ts, kept apart from the selectors so the
// bundle does not ship them), and every selector has a proof. Pages of tests/fixtures are always checked, the
// real ones in ../shared/pages when it is present (as Refined GitHub's selectors.test.ts opens the
// URLs each selector lists, but on saved pages only, never the live site).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { makerSelectorEntries } from '../../../cli/render-page-selectors';
import { repairGluedMarkup } from '../../../lib/archive/body';
import { storedBodyHtml } from '../../../lib/archive/parse-file';
import type { Alternatives, Entry, Proof } from '../../../lib/page/alternatives';
import { selectorProofs } from '../../../lib/page/selector-proofs';
import { selectors } from '../../../lib/page/selectors';
import { HAS_SHARED, REPO_ROOT, sharedPath } from '../../support/shared';

const fixturePage = (name: string) => resolve(REPO_ROOT, 'tests/fixtures/pages', `${name}.html`);
const fixtureArchive = (name: string) => resolve(REPO_ROOT, 'tests/fixtures/archive', `${name}.txt`);
const sharedPage = (name: string) => sharedPath('pages', `${name}.html`);

/** Where a proof's page is: in the repo (always checked) or in ../shared (checked when present). */
function locate(proof: string): { path: string; inRepo: boolean } {
  if (proof.startsWith('archive:')) return { path: fixtureArchive(proof.slice('archive:'.length)), inRepo: true };
  const own = fixturePage(proof);
  return existsSync(own) ? { path: own, inRepo: true } : { path: sharedPage(proof), inRepo: false };
}

const docs = new Map<string, Document>();
function open(proof: string): Document {
  let doc = docs.get(proof);
  if (!doc) {
    const text = readFileSync(locate(proof).path, 'utf8');
    const html = proof.startsWith('archive:') ? `<!DOCTYPE html><html><body>${repairGluedMarkup(storedBodyHtml(text) ?? '')}</body></html>` : text;
    docs.set(proof, (doc = parseHTML(html).document as unknown as Document));
  }
  return doc;
}

type Row = [entry: string, css: string, proof: Proof];
const proofsOf = (name: string): Record<string, Proof> => (selectorProofs as Record<string, Record<string, Proof>>)[name] ?? {};
const rows: Row[] = [
  ...Object.entries(selectors as Record<string, Alternatives>).flatMap(([name, list]) =>
    list.map((css): Row => [`lib/page/selectors.ts ${name}`, css, proofsOf(name)[css] ?? { era: 'no proof', on: ['(no proof in lib/page/selector-proofs.ts)'] }]),
  ),
  // The page maker's selectors carry their proofs inline (never bundled: cli/ only).
  ...Object.entries(makerSelectorEntries as Record<string, Entry>).flatMap(([name, entry]) =>
    entry.map((alt): Row => [`cli/render-page-selectors.ts ${name}`, alt.css, alt]),
  ),
];

if (!HAS_SHARED) console.log('selectors: proofs on ../shared/pages skipped: ../shared not found (set RFI_LENS_SHARED)');

describe('selector proofs', () => {
  it('has one proof for every selector, in the same order, and none for a selector that is not there', () => {
    const listed = Object.fromEntries(Object.entries(selectors).map(([name, list]) => [name, [...list]]));
    const proved = Object.fromEntries(Object.entries(selectorProofs).map(([name, proofs]) => [name, Object.keys(proofs)]));
    expect(proved).toEqual(listed);
  });

  it.each(rows)('%s: %s', (_entry, css, alt) => {
    const checked = (proof: string) => locate(proof).inRepo || HAS_SHARED;
    const missing = alt.on.filter(checked).filter((proof) => open(proof).querySelector(css) === null);
    const wrong = (alt.notOn ?? []).filter(checked).filter((proof) => open(proof).querySelector(css) !== null);
    expect({ missing, wrong }).toEqual({ missing: [], wrong: [] });
  });

  it.each(rows)('%s: %s is proved on a fresh clone too (a page in tests/fixtures)', (_entry, _css, alt) => {
    expect(alt.on.filter((proof) => locate(proof).inRepo)).not.toEqual([]);
  });

  it('names only pages that exist', () => {
    const named = new Set(rows.flatMap(([, , alt]) => [...alt.on, ...(alt.notOn ?? [])]));
    const absent = [...named].filter((proof) => (locate(proof).inRepo || HAS_SHARED) && !existsSync(locate(proof).path));
    expect(absent).toEqual([]);
  });

  it('lists every entry the live reader and the archive parser share once: the residue is one list', () => {
    expect(selectors.bodyExclusions.slice(0, selectors.bodyInterstitial.length)).toEqual(selectors.bodyInterstitial);
    expect(selectors.bodyExclusions.slice(selectors.bodyInterstitial.length, selectors.bodyInterstitial.length + selectors.bodySelfPromo.length)).toEqual(selectors.bodySelfPromo);
  });
});
