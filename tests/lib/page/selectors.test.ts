// Every selector entry proves itself: each alternative matches on every saved page it names and on
// none it rules out (lib/page/alternatives.ts). Pages of tests/fixtures are always checked, the
// real ones in ../shared/pages when it is present (as Refined GitHub's selectors.test.ts opens the
// URLs each selector lists, but on saved pages only, never the live site).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { makerSelectorEntries } from '../../../cli/render-page-selectors';
import { repairGluedMarkup } from '../../../lib/archive/body';
import { storedBodyHtml } from '../../../lib/archive/parse-file';
import type { Alternative, Entry } from '../../../lib/page/alternatives';
import { selectorEntries } from '../../../lib/page/selectors';
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

const tables: [string, Record<string, Entry>][] = [
  ['lib/page/selectors.ts', selectorEntries],
  ['cli/render-page-selectors.ts', makerSelectorEntries],
];
const rows = tables.flatMap(([file, table]) =>
  Object.entries(table).flatMap(([name, entry]) => entry.map((alt) => [`${file} ${name}`, alt.css, alt] as [string, string, Alternative])),
);

if (!HAS_SHARED) console.log('selectors: proofs on ../shared/pages skipped: ../shared not found (set RFI_LENS_SHARED)');

describe('selector proofs', () => {
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
    expect(selectorEntries.bodyExclusions.slice(0, selectorEntries.bodyInterstitial.length)).toEqual(selectorEntries.bodyInterstitial);
  });
});
