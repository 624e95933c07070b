import { describe, expect, it } from 'vitest';
import { urlKey } from '../../../lib/match/url-key';
import { captureUrl, listCaptures, parseWaybackUrl, timestampToIso, waybackPageUrl } from '../../../lib/wayback/captures';
import type { CdxRow } from '../../../lib/wayback/types';

const RAW = 'https://www.rfi.fr/cn/中国/20201201-标题';
const DOUBLED = 'http://www.rfi.fr//cn/%E4%B8%AD%E5%9B%BD/20201201-%E6%A0%87%E9%A2%98';
const KEYS = new Set([urlKey(RAW)!]);
const row = (timestamp: string, digest: string, original = DOUBLED, statuscode = '200'): CdxRow => ({ timestamp, original, statuscode, digest, mimetype: 'text/html' });

describe('Wayback URLs', () => {
  it('builds the human page and the id_ capture URL from a timestamp and the original as listed', () => {
    expect(waybackPageUrl('https://web.archive.org/', '20201201093000', DOUBLED)).toBe(`https://web.archive.org/web/20201201093000/${DOUBLED}`);
    expect(captureUrl('https://web.archive.org', '20201201093000', DOUBLED)).toBe(`https://web.archive.org/web/20201201093000id_/${DOUBLED}`);
  });

  it('reads where a redirect landed, with or without flags, and mends a collapsed scheme slash', () => {
    expect(parseWaybackUrl('https://web.archive.org/web/20210105120000id_/https://www.rfi.fr/cn/')).toEqual({ timestamp: '20210105120000', original: 'https://www.rfi.fr/cn/' });
    expect(parseWaybackUrl('https://web.archive.org/web/20210105120000/http:/www.rfi.fr/cn/')).toEqual({ timestamp: '20210105120000', original: 'http://www.rfi.fr/cn/' });
    expect(parseWaybackUrl('https://web.archive.org/cdx/search/cdx')).toBeNull();
  });

  it('turns CDX timestamps (UTC) into ISO times and refuses impossible dates', () => {
    expect(timestampToIso('20201201093000')).toBe('2020-12-01T09:30:00.000Z');
    expect(timestampToIso('20200231093000')).toBeNull();
    expect(timestampToIso('20200201249900')).toBeNull();
    expect(timestampToIso('20200201099900')).toBeNull();
    expect(timestampToIso('2020')).toBeNull();
  });
});

describe('listCaptures', () => {
  it('drops duplicates by digest, keeping the earliest and saying how many and until when', () => {
    const { captures, warnings } = listCaptures(
      [row('20210301000000', 'BBBB'), row('20201201093000', 'AAAA'), row('20201215000000', 'AAAA', RAW), row('20210101000000', 'AAAA')],
      'https://web.archive.org',
      KEYS,
    );
    expect(warnings).toEqual([]);
    expect(captures.map((c) => [c.timestamp, c.digest, c.duplicates, c.lastSeen])).toEqual([
      ['20210301000000', 'BBBB', 0, '20210301000000'],
      ['20201201093000', 'AAAA', 2, '20210101000000'],
    ]);
    expect(captures[1]).toMatchObject({
      capturedAt: '2020-12-01T09:30:00.000Z',
      waybackUrl: `https://web.archive.org/web/20201201093000/${DOUBLED}`,
      captureUrl: `https://web.archive.org/web/20201201093000id_/${DOUBLED}`,
    });
  });

  it('keeps rows without a digest (-) apart, and lists a row answered by two queries once', () => {
    const { captures } = listCaptures([row('20201201093000', '-'), row('20201202093000', '-'), row('20201202093000', '-')], 'https://web.archive.org', KEYS);
    expect(captures.map((c) => c.timestamp)).toEqual(['20201202093000', '20201201093000']);
  });

  it('leaves out, with a warning, rows for another URL and rows with a bad timestamp', () => {
    const { captures, warnings } = listCaptures(
      [row('20201201093000', 'A', 'https://www.rfi.fr/cn/'), row('20209999093000', 'B'), row('20201201093000', 'C')],
      'https://web.archive.org',
      KEYS,
    );
    expect(captures.map((c) => c.digest)).toEqual(['C']);
    expect(warnings).toEqual([
      '20201201093000 https://www.rfi.fr/cn/: another URL than the article\'s, left out',
      `20209999093000 ${DOUBLED}: not a valid timestamp, left out`,
    ]);
  });
});
