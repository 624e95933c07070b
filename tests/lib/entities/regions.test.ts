// The frozen region table (lib/entities/data/regions.ts) is what ICU gives, and what the
// gazetteers read: regenerating it under the same CLDR version gives the committed file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS_CLDR } from '../../../lib/entities/data/regions';
import { regionNames } from '../../../lib/entities/regions';
import { REGION_LOCALES, REGIONS_FILE, regionLines, renderRegions } from '../../../scripts/gen-regions';

describe('region names', () => {
  const sameCldr = process.versions.cldr === REGIONS_CLDR;
  if (!sameCldr) console.log(`skipped "regenerating the region table": this runtime has CLDR ${process.versions.cldr}, the table CLDR ${REGIONS_CLDR}`);
  it.skipIf(!sameCldr)('regenerating the region table gives the committed file, byte for byte', () => {
    expect(renderRegions()).toBe(readFileSync(REGIONS_FILE, 'utf8'));
  });

  it.skipIf(!sameCldr)('every locale reads back as ICU names it: same codes, names and short names, same order', () => {
    for (const locale of REGION_LOCALES) {
      const fromIcu = regionLines(locale).map((l) => l.split('|'));
      expect(regionNames(locale).map((r) => [r.code, r.name, ...(r.short ? [r.short] : [])])).toEqual(fromIcu);
    }
  });

  it('holds countries then world areas, codes well formed, no name twice, short names only when they differ', () => {
    for (const locale of REGION_LOCALES) {
      const rows = regionNames(locale);
      expect(rows.length).toBeGreaterThan(250);
      for (const r of rows) {
        expect(r.code).toMatch(/^(?:[A-Z]{2}|\d{3})$/);
        expect(r.short).not.toBe(r.name);
      }
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      const firstArea = rows.findIndex((r) => /^\d/.test(r.code));
      expect(rows.slice(firstArea).every((r) => /^\d{3}$/.test(r.code))).toBe(true);
    }
    expect(regionNames('zh-Hans').find((r) => r.code === 'HK')).toEqual({ code: 'HK', name: '中国香港特别行政区', short: '香港' });
    expect(regionNames('fr').find((r) => r.code === 'CI')?.name).toBe('Côte d’Ivoire');
  });
});
