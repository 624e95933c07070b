// The corpus seam: the bundled corpus and the reader's store are candidate sources; findMatch alone
// decides over their merged candidates; versions from every source, labelled, newest compared.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { indexForPage } from '@/lib/corpus/lookup';
import { bundledSource, indexFromSources, mergeCandidates, storeSource, type CandidateSource } from '@/lib/corpus/sources';
import { findMatch } from '@/lib/match/find-match';
import { buildReport } from '@/lib/report';
import { makeCapture, openStore } from '@/lib/store';
import type { ArchivedArticle, Article } from '@/lib/types';
import { seedCorpus } from '../../support/packaged-corpus';

let n = 0;
const { index: seedIndex, parts } = seedCorpus();
const seed = seedIndex.articles[0]!;

/** The seed as a live page, with paragraph `i` given a suffix. */
function livePage(edits: Record<number, string>, url = seed.url): Article {
  const { archivedAt: _a, displayedAt: _d, rawTitle: _r, source: _s, ...article } = seed as ArchivedArticle;
  return { ...article, url, paragraphs: seed.paragraphs.map((p, i) => (edits[i] ? { ...p, text: p.text + edits[i] } : p)) };
}

describe('candidate sources', () => {
  it('the bundled source alone answers as the bundled lookup did', async () => {
    const live = livePage({ 2: '（更正）' });
    const before = await indexForPage(live, seed.url, parts);
    const after = await indexFromSources([bundledSource(parts)], live, seed.url);
    const a = findMatch(live, seed.url, before);
    const b = findMatch(live, seed.url, after);
    expect(b).toEqual(a);
    expect(b?.versions.map((v) => v.origin ?? 'bundled')).toEqual(['bundled']);
  });

  it('lists the bundled capture and the reader visit as versions of one article, compares with the newest, and across sources on request', async () => {
    const store = await openStore({ factory: indexedDB, name: `sources-${++n}` });
    const visited = livePage({ 2: '（第一次更正）' });
    const visit = await makeCapture(visited, { source: 'visit', capturedAt: Date.UTC(2025, 0, 1), readUrl: seed.url });
    await store.addCapture(visit);
    const live = livePage({ 2: '（第一次更正）', 5: '（第二次更正）' });
    const sources = [bundledSource(parts), storeSource(store)];
    const index = await indexFromSources(sources, live, seed.url);
    const report = buildReport({ value: live, warnings: [] }, seed.url, index);
    expect(report.match?.versions.map((v) => v.origin ?? 'bundled')).toEqual(['bundled', 'visit']);
    expect(report.archived?.source).toBe(visit.article.source);
    expect(report.archived?.origin).toBe('visit');
    // Against the reader's visit, only the second edit.
    expect(report.changes?.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => p.liveIndex)).toEqual([5]);
    // Against the bundled capture, both.
    const older = buildReport({ value: live, warnings: [] }, seed.url, index, seed.source);
    expect(older.archived?.source).toBe(seed.source);
    expect(older.changes?.paragraphs.filter((p) => p.status !== 'unchanged').map((p) => p.liveIndex)).toEqual([2, 5]);
    store.close();
  });

  it('finds a visit stored under another URL of the same article (identity), and answers without a failing source', async () => {
    const store = await openStore({ factory: indexedDB, name: `sources-${++n}` });
    const other = seed.url.replace('/20230302-', '/20230302-re-slugged-');
    const visited = livePage({ 1: '（改）' }, other);
    const visit = await makeCapture(visited, { source: 'visit', capturedAt: Date.UTC(2025, 0, 1), readUrl: other });
    await store.addCapture(visit);
    const live = livePage({ 1: '（改）', 3: '（再改）' });
    const broken: CandidateSource = { name: 'wayback', candidates: () => Promise.reject(new Error('offline')) };
    const failed: string[] = [];
    const index = await indexFromSources([storeSource(store), broken], live, seed.url, (name) => failed.push(name));
    expect(failed).toEqual(['wayback']);
    const match = findMatch(live, seed.url, index);
    expect(match?.method).toBe('identity');
    expect(index.articles[match!.index]!.source).toBe(visit.article.source);
    store.close();
  });

  it("lists a capture an imported archive holds again once, the first source's copy; a changed one stays a version", () => {
    const copy = (over: Partial<ArchivedArticle>): ArchivedArticle => ({ ...seed, source: 'import/imp-x/a.txt', origin: 'import', ...over });
    const again = copy({});
    const edited = copy({ source: 'import/imp-x/b.txt', paragraphs: seed.paragraphs.map((p, i) => (i === 0 ? { ...p, text: `${p.text}（改）` } : p)) });
    const same = (list: ArchivedArticle[][]) => mergeCandidates(list, 'T').articles.map((a) => a.source);
    expect(same([[seed], [again]])).toEqual([seed.source]);
    expect(same([[again], [seed]])).toEqual([again.source]);
    expect(same([[seed], [again, edited]]).sort()).toEqual([seed.source, edited.source].sort());
    // Within one source every capture stays, as its own index has it.
    expect(same([[seed, again]]).sort()).toEqual([seed.source, again.source].sort());
    const live = livePage({});
    expect(findMatch(live, seed.url, mergeCandidates([[seed], [again, edited]], 'T'))?.versions.map((v) => v.source).sort()).toEqual([seed.source, edited.source].sort());
  });
});
