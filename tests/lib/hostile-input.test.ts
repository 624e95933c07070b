// Small, fast part of the hostile suite (the rest: npm run test:hostile): prototype names are not
// handlers or keys, unknown senders get nothing, oversized requests are bounded, bidi controls go,
// and the CLI's argument reader refuses what it does not know.
import { describe, expect, it } from 'vitest';
import { oneLine, parseArgs, UsageError } from '../../cli/args';
import { neutraliseBidi, neutraliseBidiDeep } from '../../lib/bidi';
import { capArticle, isParsedArticle, LIMITS, TOO_LARGE } from '../../lib/limits';
import { urlKey } from '../../lib/match/url-key';
import { dispatch, senderAllowed, type Envelope, type Handlers } from '../../lib/protocol';
import type { Article } from '../../lib/types';

const handlers: Handlers = { inspect: () => ({}) as never };
const envelope = (name: string, request: unknown = {}) => ({ rfiLens: 1, name, request }) as unknown as Envelope;

const article = (paragraphs: number, chars = 10): Article => ({
  url: 'https://www.rfi.fr/cn/a/20240101-x', title: 't', column: null, lead: null, authors: [], published: null, modified: null,
  section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
  paragraphs: Array.from({ length: paragraphs }, () => ({ kind: 'p' as const, text: 'x'.repeat(chars) })),
});

describe('messages', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'])('%s is not a handler', async (name) => {
    expect(await dispatch(handlers, envelope(name))).toEqual({ ok: false, error: `unknown message: ${name}` });
  });

  const OWN = 'abcdefgh';
  const ORIGIN = 'chrome-extension://abcdefgh/';
  const tab = { id: OWN, url: 'https://www.rfi.fr/cn/a/20240101-x', tab: { id: 3 } };
  const inspect = envelope('inspect', { pageUrl: 'https://www.rfi.fr/cn/a/20240101-x' });
  it('answers our content script on rfi.fr and our own pages only', () => {
    expect(senderAllowed(inspect, tab, OWN, ORIGIN)).toBe(true);
    expect(senderAllowed(envelope('summary', { tabId: 3 }), { id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN)).toBe(true);
    expect(senderAllowed(inspect, { ...tab, id: 'another-extension' }, OWN, ORIGIN)).toBe(false);
    expect(senderAllowed(inspect, { ...tab, url: 'https://www.rfi.fr.evil.example/cn/a' }, OWN, ORIGIN)).toBe(false);
    expect(senderAllowed(inspect, { ...tab, url: 'https://evilrfi.fr/cn/a' }, OWN, ORIGIN)).toBe(false);
    expect(senderAllowed(inspect, { ...tab, url: 'https://u:p@www.rfi.fr/cn/a' }, OWN, ORIGIN)).toBe(false);
    expect(senderAllowed(inspect, { id: OWN, url: `${ORIGIN}popup.html` }, OWN, ORIGIN)).toBe(false);
    expect(senderAllowed(envelope('inspect', { pageUrl: 'javascript:alert(1)' }), tab, OWN, ORIGIN)).toBe(false);
    expect(senderAllowed(envelope('summary', { tabId: 3 }), tab, OWN, ORIGIN)).toBe(false);
  });
});

describe('URL keys', () => {
  it.each(['https://constructor.rfi.fr/cn/a/20240101-x', 'https://__proto__.rfi.fr/x', 'https://tostring.rfi.fr/x'])('%s keys to a plain path', (url) => {
    const key = urlKey(url);
    expect(key).not.toMatch(/function|\[object/);
    expect(key?.startsWith('rfi.fr/')).toBe(true);
  });
});

describe('request limits', () => {
  it('leaves an ordinary article as it is', () => {
    const parsed = { value: article(30), warnings: [] };
    expect(capArticle(parsed)).toBe(parsed);
  });
  it('cuts a huge one and says so', () => {
    const capped = capArticle({ value: article(50_000, 200), warnings: [] });
    expect(capped.value.paragraphs.length).toBeLessThanOrEqual(LIMITS.paragraphs);
    expect(capped.value.paragraphs.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(LIMITS.characters);
    expect(capped.warnings.map((w) => w.code)).toEqual([TOO_LARGE]);
    expect(capped.warnings[0]!.message).toMatch(/too large to compare in full/);
  });
  it('refuses malformed requests', () => {
    expect(isParsedArticle({ value: article(2), warnings: [] })).toBe(true);
    expect(isParsedArticle({ value: { ...article(2), paragraphs: [{ kind: 'script', text: 'x' }] }, warnings: [] })).toBe(false);
    expect(isParsedArticle({ value: { ...article(2), title: 5 }, warnings: [] })).toBe(false);
    expect(isParsedArticle(null)).toBe(false);
  });
});

describe('bidi controls', () => {
  it('are taken out of shown text, deep', () => {
    expect(neutraliseBidi('a\u202egpj.exe\u202c b\u2066c\u2069')).toBe('agpj.exe bc');
    expect(neutraliseBidiDeep({ a: ['\u202ex'], b: 1, c: null })).toEqual({ a: ['x'], b: 1, c: null });
  });
});

describe('CLI arguments', () => {
  it('refuses unknown options and flags given a value', () => {
    expect(() => parseArgs(['f', '--bogus'], ['url'], ['json'])).toThrow(UsageError);
    expect(() => parseArgs(['f', '--json=1'], ['url'], ['json'])).toThrow(UsageError);
    expect(() => parseArgs(['f', '--url', 'a', '--url', 'b'], ['url'], [])).toThrow(UsageError);
    expect(parseArgs(['--', '--json'], ['url'], ['json']).positionals).toEqual(['--json']);
  });
  it('keeps every message on one line', () => {
    expect(oneLine('a\nb\r\u001b[31m\u202e')).toBe('a\\nb\\r\\u001b[31m\\u202e');
  });
});
