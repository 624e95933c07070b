// Quality on real RFI text: the shared seed gold (TEXT-TOOLS.md §3) and this suite's own golds
// for three other archive articles (tests/fixtures/entities: file name + entities, no text).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, readShared, REPO_ROOT } from '../../support/shared';
import { analyseEntities, extractEntities } from '../../../lib/entities/extract';
import { formatScore, relativeRecall, scoreEntities, type GoldEntity } from './score';
import { readArticle } from './read-article';

const SEED = '000_53576f7386e4415b.txt';
const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/entities');

interface GoldFile {
  source: string;
  entities: GoldEntity[];
}

/** Floors measured on these golds when they were written (typed F1), a few points below. */
const FLOORS: Record<string, number> = {
  'archive-1046909-ballon-dor.json': 0.9,
  'archive-1046912-uk-hong-kong.json': 0.85,
  'archive-1046917-floods.json': 0.9,
  // Blind gold: 0.58 on the first run; 0.88 after general fixes (dotted-name chains, 2-char names).
  'archive-1046916-india-politics.json': 0.8,
  // Seen golds added with the held-out set (tests/fixtures/entities/held-out): tuned on.
  'archive-1047242-thailand-egypt.json': 0.9,
  'archive-1047908-switzerland-remdesivir.json': 0.9,
  'archive-1048070-messi.json': 0.85,
  'archive-1048178-franco-german.json': 0.9,
  'archive-1047422-hk-primaries.json': 0.85,
  'archive-1047350-china-sanctions.json': 0.9,
  // Second round (issue 5): 7 more seen golds, first scored at pooled F1 0.728 before any rule
  // change, then tuned on (Taiwan-usage names, name + （Latin） boundaries, datelines …).
  'archive-1046938-philips.json': 0.95,
  'archive-1046975-greek-opera.json': 0.9,
  'archive-1047391-iran-airliner.json': 0.95,
  'archive-1047650-meng-hongwei.json': 0.95,
  'archive-1047748-dominican-election.json': 0.95,
  'archive-1047822-yankees-tanaka.json': 0.9,
  'archive-1048197-senegal-goree.json': 0.95,
  // Third round (issue 11 §3): 10 more seen golds, picks 16-25 of the seeded draw that chose the
  // third held-out set (tests/lib/entities/select-held-out-3.mjs), first scored at pooled F1 0.873
  // (picks 16-20) and 0.844 (picks 21-25) before the rules they prompted, then tuned on.
  'archive-1048161-xinjiang-birth-control.json': 0.9,
  'archive-1047408-nba-lebron.json': 0.85,
  'archive-1048399-beijing-cases.json': 0.9,
  'archive-1048103-north-korea-leaflets.json': 0.9,
  'archive-1048027-volvo-recall.json': 0.9,
  'archive-1048145-nationals-zimmerman.json': 0.8,
  'archive-1046956-eu-recovery-summit.json': 0.95,
  'archive-1047335-us-execution.json': 0.85,
  'archive-1047893-luckin.json': 0.9,
  'archive-1046983-tsai-constitution.json': 0.9,
  // Picks 26-30, first scored at pooled F1 0.771 before the rules they prompted.
  'archive-1047661-siberia-heat.json': 0.88,
  'archive-1047644-brazil-hiv.json': 0.95,
  'archive-1048359-texas-bars.json': 0.8,
  'archive-1048398-taiwan-ww3.json': 0.85,
  'archive-1048357-brisbane-consul.json': 0.88,
};

describeShared('entity quality on RFI articles', () => {
  const seedText = (): string => readShared('seeds', SEED);
  const seedGold = (): GoldEntity[] => (JSON.parse(readShared('data', 'gold-seed-entities.json')) as GoldFile).entities;

  it('scores typed F1 ≥ 0.95 on the seed article', () => {
    const a = readArticle(seedText(), `seeds/${SEED}`);
    const analysis = analyseEntities(a);
    const es = extractEntities(a);
    const typed = scoreEntities(es, seedGold());
    const untyped = scoreEntities(es, seedGold(), false);
    const rel = relativeRecall(analysis.relativeDates.map((d) => d.surface), seedGold());
    console.log(formatScore('seed typed', typed));
    console.log(formatScore('seed untyped', untyped));
    console.log(`seed relative dates: ${rel.found}/${rel.total}`);
    expect(typed.f1).toBeGreaterThanOrEqual(0.95);
    expect(untyped.f1).toBeGreaterThanOrEqual(typed.f1);
    const byForm = (f: string) => es.find((e) => e.text === f || e.aliases.includes(f));
    expect(byForm('布林肯')?.type).toBe('PER');
    expect(byForm('拉夫罗夫')?.type).toBe('PER');
    expect(byForm('布林肯')?.count).toBeGreaterThanOrEqual(10);
    expect(byForm('肖曼')).toBeUndefined();
    // Every form can be found on the page as a plain substring.
    const texts = analysis.segments.join('\n');
    for (const e of es) for (const f of [e.text, ...e.aliases]) expect(texts).toContain(f);
  });

  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    it(`scores its own gold: ${file}`, () => {
      const g = JSON.parse(readFileSync(resolve(FIXTURES, file), 'utf8')) as GoldFile;
      const a = readArticle(readShared('corpus', 'archive', g.source), g.source);
      const s = scoreEntities(extractEntities(a), g.entities);
      console.log(formatScore(file, s));
      expect(s.f1).toBeGreaterThanOrEqual(FLOORS[file] ?? 0.8);
    });
  }

  it('prints the warm median extraction time on the seed', () => {
    const a = readArticle(seedText(), `seeds/${SEED}`);
    for (let i = 0; i < 5; i++) extractEntities(a);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      extractEntities(a);
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    console.log(`extractEntities on the seed: median ${times[15]?.toFixed(2)} ms (warm, 30 runs)`);
    expect(times.length).toBe(30);
  });
});
