// The whole team corpus in ../shared/corpus (1,400+ byte-exact files and the later variants), read at
// test time only. Every file must be readable; the noise rules are checked on every paragraph.
import { beforeAll, expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { compileCorpus, type CorpusFile } from '../../../lib/archive/compile';
import { parseArchiveFile, type ArchiveParseResult } from '../../../lib/archive/parse-file';
import { urlKey } from '../../../lib/match/url-key';
import { parisDisplayTimeToIso } from '../../../lib/text';
import type { ArchivedArticle } from '../../../lib/types';
import { describeShared, readShared, sharedPath } from '../../support/shared';

interface ManifestRecord {
  file: string;
  url: string;
  title: string;
  timestamp: number;
  /** `YYYY-MM-DD HH:MM`, Paris time. */
  div_date: string;
}

const WIRE_SUFFIX = /法国国际广播电台\s*-\s*RFI\s*$/;
/** A non-empty `<p><strong>…</strong></p>` before the body container, read with a regex (not the DOM). */
const SOURCE_LEAD = /^<div>\d\d\/\d\d\/\d{4} - \d\d:\d\d<\/div>(?:<img[^>]*>)?<p><strong>\s*[^<\s]/;
const TAG_RESIDUE = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>|&(amp|quot|lt|gt|nbsp);/;

describeShared('archive corpus in ../shared/corpus', () => {
  let files: CorpusFile[] = [];
  const results = new Map<string, ArchiveParseResult>();
  let parseMs = 0;

  beforeAll(() => {
    files = readCorpusDir(sharedPath('corpus'));
    const started = performance.now();
    for (const f of files) results.set(f.name, parseArchiveFile(f.text, f.name));
    parseMs = performance.now() - started;
  });

  const articles = (): ArchivedArticle[] =>
    [...results.values()].flatMap((r) => (r.ok ? [r.value] : []));

  it('reads every file of every variant with no hard error', () => {
    const manifest = JSON.parse(readShared('corpus', 'manifest.json')) as ManifestRecord[];
    const names = files.map((f) => f.name);
    expect(names.filter((n) => n.startsWith('archive/'))).toHaveLength(manifest.length);
    for (const folder of ['transcribed/', 'jekyll-variant/', 'revisions/']) {
      expect(names.some((n) => n.startsWith(folder)), folder).toBe(true);
    }
    const failures = [...results].flatMap(([name, r]) => (r.ok ? [] : [`${name}:${r.line}: ${r.reason}`]));
    expect(failures).toEqual([]);

    const byCode = new Map<string, number>();
    for (const r of results.values()) if (r.ok) for (const w of r.warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
    console.log(
      `corpus: ${files.length} files parsed in ${parseMs.toFixed(0)} ms; warnings by code: ` +
        [...byCode].sort().map(([c, n]) => `${c} ${n}`).join(', '),
    );
  });

  it('agrees with manifest.json on URL, title, timestamp and display time', () => {
    const manifest = JSON.parse(readShared('corpus', 'manifest.json')) as ManifestRecord[];
    for (const record of manifest) {
      const r = results.get(`archive/${record.file}`);
      expect(r?.ok, record.file).toBe(true);
      if (!r?.ok) continue;
      expect(r.value.url).toBe(record.url);
      expect(r.value.rawTitle).toBe(record.title);
      expect(r.value.archivedAt).toBe(record.timestamp);
      const [date, time] = record.div_date.split(' ') as [string, string];
      const [y, m, d] = date.split('-');
      expect(r.value.displayedAt, record.file).toBe(parisDisplayTimeToIso(`${d}/${m}/${y} - ${time}`));
    }
  });

  it('gives every RFI-own article of archive/ a lead (unless its source has none), and wire copy none', () => {
    const missing: string[] = [];
    for (const f of files.filter((x) => x.name.startsWith('archive/'))) {
      const r = results.get(f.name);
      if (!r?.ok) continue;
      const body = f.text.split('\n')[4] ?? '';
      const wire = WIRE_SUFFIX.test(r.value.rawTitle);
      if (wire) expect(r.value.lead, f.name).toBeNull();
      else if (r.value.lead === null && SOURCE_LEAD.test(body)) missing.push(f.name);
      else if (r.value.lead === null) expect(body, f.name).toMatch(/<p><strong>\s*<\/strong><\/p>|^<div>[^<]*<\/div>(<img[^>]*>)?<div/);
    }
    expect(missing).toEqual([]);
  });

  it('leaves no promo, ad, copyright or markup residue in any paragraph or lead', () => {
    const bad: string[] = [];
    for (const a of articles()) {
      for (const text of [a.lead ?? '', ...a.paragraphs.map((b) => b.text)]) {
        if (
          text.includes('获取更多RSS') ||
          /feedx\./i.test(text) ||
          text === '广告' ||
          text.includes('继续浏览后续') ||
          /©\s*2020\s*AFP/.test(text) ||
          /^分享\s*[:：]?$/.test(text) ||
          TAG_RESIDUE.test(text)
        ) {
          bad.push(`${a.source}: ${text.slice(0, 60)}`);
        }
      }
      for (const b of a.paragraphs) if (b.text.trim() === '' || b.text !== b.text.trim()) bad.push(`${a.source}: blank or untrimmed block`);
    }
    expect(bad).toEqual([]);
  });

  it('compiles the whole corpus with the real URL key', () => {
    const { index, errors } = compileCorpus(files, { builtAt: '2025-01-01T00:00:00.000Z', urlKey });
    expect(errors).toEqual([]);
    expect(index.articles).toHaveLength(files.length);
    const indexed = Object.values(index.byUrl).flat();
    expect(new Set(indexed).size).toBe(indexed.length);
    expect(indexed).toHaveLength(index.articles.length);
  });
});

describeShared('the seed file', () => {
  it('parses to the known article', () => {
    const r = parseArchiveFile(readShared('seeds', '000_53576f7386e4415b.txt'), '000_53576f7386e4415b.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.value;
    expect(a.title).toBe('20国外长会：美中不搭话 美俄场边会 俄中合力阻宣言');
    expect(a.column).toBe('要闻分析');
    expect(a.authors).toEqual(['肖曼']);
    expect(a.displayedAt).toBe('2023-03-02T20:57:00.000Z');
    expect(a.lead).toMatch(/^当20国集团国家的外交部长们3月1日在新德里会面时/);
    expect(a.paragraphs.length).toBeGreaterThan(10);
    expect(a.paragraphs.at(-1)!.text).toContain('斯托尔滕贝格');
    expect(r.warnings).toEqual([]);
  });
});
