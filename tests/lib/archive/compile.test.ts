import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCorpusErrors, readCorpusDir } from '../../../lib/archive/corpus-dir';
import { compileCorpus, type CorpusFile } from '../../../lib/archive/compile';
import { urlKey } from '../../../lib/match/url-key';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/archive');
const fixture = (name: string): CorpusFile => ({ name, text: readFileSync(resolve(FIXTURES, name), 'utf8') });
const BUILT_AT = '2025-01-01T00:00:00.000Z';
/** A stand-in key: the last path segment, null for the wire items (to see them left out of byUrl). */
const lastSegment = (url: string) => (url.includes('/contenu/') ? null : (url.split('/').pop() ?? null));

describe('compileCorpus', () => {
  const files = ['jekyll.txt', 'wire-copy.txt', 'column-lead.txt', 'author-share.txt', 'bracket-title.txt'].map(fixture);

  it('sorts articles by archivedAt and indexes them by the given URL key', () => {
    const { index, errors } = compileCorpus(files, { builtAt: BUILT_AT, urlKey: lastSegment });
    expect(errors).toEqual([]);
    expect(index.version).toBe(1);
    expect(index.builtAt).toBe(BUILT_AT);
    const times = index.articles.map((a) => a.archivedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(index.articles.map((a) => a.source)).toEqual([
      'bracket-title.txt', 'wire-copy.txt', 'column-lead.txt', 'jekyll.txt', 'author-share.txt',
    ]);
    for (const [key, list] of Object.entries(index.byUrl)) {
      for (const i of list) expect(lastSegment(index.articles[i]!.url)).toBe(key);
    }
    expect(Object.values(index.byUrl).flat().sort()).toEqual([0, 2, 3, 4]);
  });

  it('reports a warning per parser warning as `name: code message`, and articles without a key', () => {
    const { warnings } = compileCorpus(files, { builtAt: BUILT_AT, urlKey: lastSegment });
    expect(warnings).toContain('bracket-title.txt: no-paragraphs no text blocks in the body');
    expect(warnings).toContain('wire-copy.txt: no-author no `作者：` block');
    expect(warnings.some((w) => /^wire-copy\.txt: no-url-key /.test(w))).toBe(true);
    expect(warnings.filter((w) => w.startsWith('author-share.txt'))).toEqual([]);
  });

  it('groups captures of one article under one key with the real urlKey', () => {
    const a = fixture('glued-ad.txt');
    const b = { name: 'copy/glued-ad-https.txt', text: a.text.replace('http://www.rfi.fr//', 'https://www.rfi.fr/').replace('1594132200000', '1594135800000') };
    const { index } = compileCorpus([b, a], { builtAt: BUILT_AT, urlKey });
    const key = urlKey(index.articles[0]!.url)!;
    expect(key).not.toBeNull();
    expect(index.byUrl).toEqual({ [key]: [0, 1] });
    expect(index.articles.map((x) => x.source)).toEqual(['glued-ad.txt', 'copy/glued-ad-https.txt']);
  });

  it('turns unreadable files into `name:line: reason` errors and still compiles the rest', () => {
    const broken = fixture('broken-header.txt');
    const { index, errors } = compileCorpus([broken, fixture('wire-copy.txt')], { builtAt: BUILT_AT, urlKey });
    expect(errors).toEqual(['broken-header.txt:2: expected `[title](url)` line']);
    expect(index.articles).toHaveLength(1);
  });

  it('compiles an empty corpus to an empty index', () => {
    expect(compileCorpus([], { builtAt: BUILT_AT, urlKey })).toEqual({
      index: { version: 1, builtAt: BUILT_AT, articles: [], byUrl: {}, groups: [], groupOf: [], byDay: {} },
      errors: [],
      warnings: [],
      features: [],
    });
  });
});

describe('readCorpusDir', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rfi-lens-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  write('b.txt', '<!--1-->\n');
  write('a/z.md', '---\nlayout: post\n---\n<!--2-->\n');
  write('a/é 文件.md', '<!--3-->\n');
  write('README.md', '<!-- a readme that looks like one -->\n');
  write('a/NOTES.md', '---\n');
  write('.hidden.txt', '<!--4-->\n');
  write('.git/c.txt', '<!--5-->\n');
  write('notes.md', '# not an archive file\n');
  write('data.json', '<!--6-->\n');

  it('lists archive files recursively, by relative name, sorted, skipping notes and hidden files', () => {
    const files = readCorpusDir(dir);
    expect(files.map((f) => f.name)).toEqual(['a/z.md', 'a/é 文件.md', 'b.txt']);
    expect(files[2]!.text).toBe('<!--1-->\n');
  });

  it('formats errors as one message listing every file:line', () => {
    expect(formatCorpusErrors('/c', ['x.md:2: bad', 'y.md:1: worse'])).toBe(
      '2 files in /c cannot be read as archive files:\n  x.md:2: bad\n  y.md:1: worse',
    );
  });
});
