// The CDX server's two outputs, in the shapes its README documents (internetarchive/wayback,
// wayback-cdx-server/README.md): `output=json` is an array of arrays with the field names first;
// the default output is one space-separated line per capture. Rows written by the team.
import { describe, expect, it } from 'vitest';
import { cdxQueryUrl, parseCdx } from '../../../lib/wayback/cdx';

const URL_A = 'http://www.rfi.fr//cn/%E4%B8%AD%E5%9B%BD/20201201-%E6%A0%87%E9%A2%98';
const URL_B = 'https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20201201-%E6%A0%87%E9%A2%98';

describe('cdxQueryUrl', () => {
  it('asks for JSON, the five fields, digest collapsing and a limit, with the URL encoded', () => {
    const url = new URL(cdxQueryUrl('https://web.archive.org/', 'www.rfi.fr/cn/中国/20201201-标题'));
    expect(url.origin + url.pathname).toBe('https://web.archive.org/cdx/search/cdx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      url: 'www.rfi.fr/cn/中国/20201201-标题',
      output: 'json',
      fl: 'timestamp,original,statuscode,digest,mimetype',
      collapse: 'digest',
      limit: '500',
    });
    expect(url.search).toContain('url=www.rfi.fr%2Fcn%2F%E4%B8%AD%E5%9B%BD');
  });

  it('keeps a percent-encoded target distinct from its raw form (%25), and sends each filter', () => {
    const url = cdxQueryUrl('http://127.0.0.1:9/mirror', 'www.rfi.fr/cn/%E4%B8%AD', { filters: ['statuscode:200', '!mimetype:warc/revisit'], limit: 5 });
    expect(url.startsWith('http://127.0.0.1:9/mirror/cdx/search/cdx?url=www.rfi.fr%2Fcn%2F%25E4%25B8%25AD&')).toBe(true);
    expect(new URL(url).searchParams.getAll('filter')).toEqual(['statuscode:200', '!mimetype:warc/revisit']);
    expect(new URL(url).searchParams.get('limit')).toBe('5');
  });
});

describe('parseCdx: JSON output', () => {
  it('reads rows by the header row, in any field order', () => {
    const body = JSON.stringify([
      ['timestamp', 'original', 'statuscode', 'digest', 'mimetype'],
      ['20201201093000', URL_A, '200', 'Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY', 'text/html'],
      ['20210105120000', URL_B, '301', 'XAHDNHZ5P3GSSSNJ3DMEOJF7BMCCPZR3', 'unk'],
    ]);
    expect(parseCdx(body)).toEqual({
      ok: true,
      warnings: [],
      rows: [
        { timestamp: '20201201093000', original: URL_A, statuscode: '200', digest: 'Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY', mimetype: 'text/html' },
        { timestamp: '20210105120000', original: URL_B, statuscode: '301', digest: 'XAHDNHZ5P3GSSSNJ3DMEOJF7BMCCPZR3', mimetype: 'unk' },
      ],
    });
    const reordered = JSON.stringify([
      ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'],
      ['fr,rfi)/cn/%e4%b8%ad%e5%9b%bd/20201201-%e6%a0%87%e9%a2%98', '20201201093000', URL_A, 'text/html', '200', 'AAAA', '5120'],
    ]);
    expect(parseCdx(reordered)).toMatchObject({ ok: true, rows: [{ timestamp: '20201201093000', original: URL_A, statuscode: '200', digest: 'AAAA', mimetype: 'text/html' }] });
  });

  it('reads an empty answer ([] or nothing) as no capture', () => {
    expect(parseCdx('[]')).toEqual({ ok: true, rows: [], warnings: [] });
    expect(parseCdx('')).toEqual({ ok: true, rows: [], warnings: [] });
    expect(parseCdx('\n')).toEqual({ ok: true, rows: [], warnings: [] });
  });

  it('stops at the empty row before a resumption key, and names rows it cannot read', () => {
    const body = JSON.stringify([
      ['timestamp', 'original', 'statuscode', 'digest', 'mimetype'],
      ['2020120109', URL_A, '200', 'A', 'text/html'],
      'oops',
      ['20201201093000', URL_A, '-', 'A', 'warc/revisit'],
      [],
      ['org%2Carchive%29%2F+19980109140106%21'],
    ]);
    const parsed = parseCdx(body);
    expect(parsed).toMatchObject({ ok: true, rows: [{ timestamp: '20201201093000', statuscode: '-', mimetype: 'warc/revisit' }] });
    expect(parsed.ok && parsed.warnings).toEqual(['row 1: not a capture (timestamp 2020120109, original ' + URL_A + ')', 'row 2: not an array']);
  });

  it('refuses broken JSON, a non-array and a missing header, rather than saying "no capture"', () => {
    expect(parseCdx('[["timestamp","original"],')).toMatchObject({ ok: false, reason: expect.stringContaining('not valid JSON') });
    expect(parseCdx('[{"timestamp":"20201201093000"}]')).toMatchObject({ ok: false, reason: expect.stringContaining('header row') });
    expect(parseCdx('<!DOCTYPE html><title>Wayback Machine</title>')).toMatchObject({ ok: false, reason: expect.stringContaining('HTML page') });
  });
});

describe('parseCdx: plain-text output', () => {
  it('reads one space-separated line per capture in fl= order', () => {
    const body = `20201201093000 ${URL_A} 200 AAAA text/html\n20210105120000 ${URL_B} 302 BBBB unk\n`;
    expect(parseCdx(body)).toEqual({
      ok: true,
      warnings: [],
      rows: [
        { timestamp: '20201201093000', original: URL_A, statuscode: '200', digest: 'AAAA', mimetype: 'text/html' },
        { timestamp: '20210105120000', original: URL_B, statuscode: '302', digest: 'BBBB', mimetype: 'unk' },
      ],
    });
  });

  it('reads the seven default fields when a server ignores fl=, and skips the resumption key', () => {
    const body = [
      `fr,rfi)/cn/x 20201201093000 ${URL_A} text/html 200 Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY 1415`,
      '',
      'fr%2Crfi%29%2Fcn%2Fx+20201201093000%21',
    ].join('\n');
    expect(parseCdx(body)).toEqual({
      ok: true,
      warnings: [],
      rows: [{ timestamp: '20201201093000', original: URL_A, statuscode: '200', digest: 'Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY', mimetype: 'text/html' }],
    });
  });

  it('names lines with the wrong number of fields and keeps the others', () => {
    const parsed = parseCdx(`20201201093000 ${URL_A} 200\n20201201093000 ${URL_A} 200 AAAA text/html\r\n`);
    expect(parsed).toMatchObject({ ok: true, rows: [{ digest: 'AAAA' }], warnings: ['line 1: 3 fields, expected 5 or 7'] });
  });
});
