// A capture's sketch (lib/corpus/sketch.ts) bounds the page's containment in it from above, never
// below, on the team's archive fixtures paired every way and on texts cut, extended and mixed; it
// keeps the first characters of the opening exactly; and it rules out most unrelated captures
// (the point of it: a day's texts are read for the few it lets through).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../../lib/archive/compile';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { DaySketches, OPENING, sketchesFile } from '../../../lib/corpus/sketch';
import { identityFeatures, type IdentityFeatures } from '../../../lib/identity/features';
import { MIN_CONTAINED } from '../../../lib/identity/same-article';
import { containment, shingles } from '../../../lib/identity/text-similarity';
import { urlKey } from '../../../lib/match/url-key';
import { rng } from '../../support/rng';
import { REPO_ROOT } from '../../support/shared';

const featuresOfText = (text: string): Pick<IdentityFeatures, 'text' | 'shingles'> => ({ text, shingles: shingles(text) });

describe('sketches', () => {
  const dirs = ['seeds', 'tests/fixtures/archive', 'tests/fixtures/revisions'].map((d) => resolve(REPO_ROOT, d));
  const { index } = compileCorpus(dirs.flatMap((d) => readCorpusDir(d)), { builtAt: 'T', urlKey });
  const real = index.articles.map((a) => identityFeatures(a));
  const random = rng(20261208);
  // Texts made from the real ones: cut, extended by another, halves of two, and a few characters.
  const made = real.flatMap((f, n) =>
    Array.from({ length: 8 }, (_, k) => {
      const other = real[(n + k + 1) % real.length]!.text;
      const cut = Math.floor(random() * f.text.length);
      return [f.text.slice(0, cut), f.text + other, f.text.slice(0, cut) + other.slice(cut), f.text.slice(cut, cut + 3)].map((t) => featuresOfText(t.slice(0, 600)));
    }).flat(),
  );
  const all = [...real, ...made, featuresOfText(''), featuresOfText('a')];
  const day = new DaySketches(sketchesFile(all));

  it('bounds containment from above on every pair', () => {
    expect(all.length).toBeGreaterThan(100);
    let under = 0;
    let pairs = 0;
    for (const page of all) {
      all.forEach((capture, i) => {
        const exact = containment(page.shingles, capture.shingles);
        const bound = day.containmentBound(page.shingles, i, capture.shingles.length);
        pairs++;
        if (!(bound >= exact && bound <= 1)) under++;
      });
    }
    expect(pairs).toBeGreaterThan(10_000);
    expect(under).toBe(0);
  });

  it('keeps the opening characters and reads back an empty day', () => {
    all.forEach((f, i) => expect(day.opening(i)).toBe(f.text.slice(0, OPENING)));
    expect(new DaySketches(sketchesFile([])).size).toBe(0);
    expect(day.size).toBe(all.length);
  });

  it('rules out unrelated captures: most pairs of openings (50 shingles or more) sharing little are under MIN_CONTAINED', () => {
    let unrelated = 0;
    let ruledOut = 0;
    all.forEach((page) => {
      if (page.shingles.length < 50) return;
      all.forEach((capture, i) => {
        if (containment(page.shingles, capture.shingles) >= 0.3 || capture.shingles.length < 50) return;
        unrelated++;
        if (day.containmentBound(page.shingles, i, capture.shingles.length) < MIN_CONTAINED) ruledOut++;
      });
    });
    expect(unrelated).toBeGreaterThan(5000);
    expect(ruledOut / unrelated).toBeGreaterThan(0.97);
  });
});
