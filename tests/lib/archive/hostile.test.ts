// Hostile archive input (issue 12 §1): files that must be refused with `file:line: reason` or read
// with a warning. The sizes that hung or overflowed the readers before are hostile-sizes.stress.test.ts
// (apart from the inner loop).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArchiveBytes, readCorpusDir } from '../../../lib/archive/corpus-dir';
import { parseArchiveFile } from '../../../lib/archive/parse-file';

const URL_LINE = '[示例标题](https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20200101-a)';
const file = (stamp: string, link = URL_LINE, body = '<div>01/01/2020 - 10:00</div><p>正文。</p>') =>
  `<!--${stamp}-->\n${link}\n------\n\n${body}\n`;
const parse = (text: string) => parseArchiveFile(text, 'x.txt');

describe('archive files refused with their line, or read with a warning', () => {
  it('accepts the well-formed file', () => {
    expect(parse(file('1593435382000')).ok).toBe(true);
  });

  it.each([
    ['0', 'timestamp is 0'],
    ['1593435382', 'timestamp 1593435382 is in seconds, not milliseconds'],
    ['8639977881600000', 'timestamp 8639977881600000 is not between 1995 and 2100'],
    ['123456', 'timestamp 123456 is not between 1995 and 2100'],
  ])('refuses capture time %s on line 1', (stamp, reason) => {
    expect(parse(file(stamp))).toEqual({ ok: false, line: 1, reason });
  });

  it.each([
    ['javascript://www.rfi.fr/cn/%0aalert(1)', 'URL scheme javascript: is not http or https'],
    ['file://www.rfi.fr/cn/a/20200101-b', 'URL scheme file: is not http or https'],
    ['https://user:pass@www.rfi.fr/cn/a/20200101-b', 'URL carries a user name or password'],
    ['https://user@www.rfi.fr/cn/a/20200101-b', 'URL carries a user name or password'],
  ])('refuses %s on line 2', (url, reason) => {
    expect(parse(file('1593435382000', `[标题](${url})`))).toEqual({ ok: false, line: 2, reason });
  });

  it('refuses a data: URL (no rfi.fr host) on line 2', () => {
    const r = parse(file('1593435382000', '[标题](data:text/html,<b>www.rfi.fr</b>)'));
    expect(r).toMatchObject({ ok: false, line: 2 });
  });

  it('refuses NUL and other control characters with their line', () => {
    expect(parse(file('1593435382000', URL_LINE, '<p>a\u0000b</p>'))).toEqual({ ok: false, line: 5, reason: 'control character U+0000 (binary data?)' });
    expect(parse(file('1593435382000', `[标\u0007题](https://www.rfi.fr/cn/a/20200101-b)`))).toEqual({ ok: false, line: 2, reason: 'control character U+0007 (binary data?)' });
    expect(parse(file('1593435382000', URL_LINE, '<p>a\u009bb</p>'))).toMatchObject({ ok: false, line: 5 });
  });

  it('reads U+FFFD in the text (7 real files have it) with a warning that names its line', () => {
    const r = parse(file('1593435382000', URL_LINE, '<div>01/01/2020 - 10:00</div><p>沈\ufffd榕</p>'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.paragraphs).toEqual([{ kind: 'p', text: '沈\ufffd榕' }]);
      expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'replacement-char', message: expect.stringContaining('line 5') }));
    }
  });
});

describe('corpus folder: files that cannot be archive files', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it.each([
    ['empty', new Uint8Array(), { line: 1, reason: 'empty file' }],
    ['blank', enc(' \n\n'), { line: 1, reason: 'empty file' }],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), { line: 1, reason: 'UTF-16 text (byte-order mark); archive files are UTF-8' }],
    ['invalid UTF-8 on line 3', new Uint8Array([...enc('<!--1-->\n[a](b)\n'), 0xc3, 0x28]), { line: 3, reason: 'not valid UTF-8 (byte 0xC3 at offset 16)' }],
    ['binary', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00]), { line: 1, reason: 'does not start with `<!--epoch ms-->` or `---` front matter' }],
  ])('%s', (_, bytes, expected) => {
    expect(decodeArchiveBytes(bytes)).toEqual(expected);
  });

  const dir = mkdtempSync(join(tmpdir(), 'rfi-lens-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, data: string | Uint8Array) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  };
  write('good.txt', file('1593435382000'));
  write('sub/empty.md', '');
  write('utf16.txt', new Uint8Array([0xfe, 0xff, 0x00, 0x3c]));
  write('bad\nname.txt', '# notes\n');
  write('README.md', '# notes beside the corpus: never read\n');

  it('lists every refused file as `name:line: reason`, one line each, and reads the rest', () => {
    const rejected: string[] = [];
    const files = readCorpusDir(dir, rejected);
    expect(files.map((f) => f.name)).toEqual(['good.txt']);
    expect(rejected).toEqual([
      'bad\\u{a}name.txt:1: does not start with `<!--epoch ms-->` or `---` front matter',
      'sub/empty.md:1: empty file',
      'utf16.txt:1: UTF-16 text (byte-order mark); archive files are UTF-8',
    ]);
  });
});
