// Fuzzed inputs, deterministic (seeded): archive files mutated from the team's fixture files and
// the seed, saved pages mutated from the mini fixture page. Each generator names its mutation.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rng } from '../support/rng';
import { REPO_ROOT } from '../support/shared';


type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

function archiveBases(): string[] {
  const dir = resolve(REPO_ROOT, 'tests/fixtures/archive');
  return [
    ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(dir, f), 'utf8')),
    ...readdirSync(resolve(REPO_ROOT, 'seeds')).map((f) => readFileSync(resolve(REPO_ROOT, 'seeds', f), 'utf8')),
  ];
}

const NASTY = ['\u0000', '\u0001', '\u001b[31m', '\ufffd', '\ufeff', '\u202e', '\u2066', '\r', '\r\n', '\u2028', '\ud800', '](', ')[', '[', ']', '<!--', '-->', '---', '<div>', '</div>', '&#0;', '%', '%E4', '\\'];
const HEADERS = ['<!--0-->', '<!--1713166200-->', '<!--8640000000000000-->', '<!---5-->', '<!--NaN-->', '<!--1e400-->', '<!--99999999999999999999999-->', '<!-- -->', '<!--'];
const URLS = ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'https://user:pass@www.rfi.fr/cn/a/20240101-x', 'https://www.rfi.fr.evil.example/cn/a/20240101-x', 'https://evilrfi.fr/cn/a/20240101-x', '//www.rfi.fr/cn/a/20240101-x', 'https://www.rfi.fr/' + '%'.repeat(500), `https://www.rfi.fr/cn/${'a/'.repeat(2000)}x`];

/** One mutation of archive text; returns [name, mutated text]. */
const ARCHIVE_MUTATIONS: [string, (r: Rand, s: string) => string][] = [
  ['flip chars', (r, s) => { const a = [...s]; for (let i = 0; i < 1 + int(r, 20); i++) a[int(r, a.length)] = String.fromCharCode(int(r, 0x3000)); return a.join(''); }],
  ['truncate', (r, s) => s.slice(0, int(r, s.length))],
  ['insert nasty', (r, s) => { let t = s; for (let i = 0; i < 1 + int(r, 10); i++) { const at = int(r, t.length); t = t.slice(0, at) + pick(r, NASTY) + t.slice(at); } return t; }],
  ['duplicate slice', (r, s) => { const a = int(r, s.length); const b = a + int(r, 2000); return s.slice(0, b) + s.slice(a, b).repeat(1 + int(r, 20)) + s.slice(b); }],
  ['bad header', (r, s) => s.replace(/^[^\n]*/, pick(r, HEADERS))],
  ['bad url', (r, s) => s.replace(/\]\([^)\n]*\)/, `](${pick(r, URLS)})`)],
  ['bracket run', (r, s) => s.replace(/^([^\n]*\n)\[/, (_m, h: string) => `${h}${'['.repeat(100 + int(r, 3000))}`)],
  ['nested divs', (r, s) => { const n = 50 + int(r, 400); return s.replace(/<div/, `${'<div>'.repeat(n)}x${'</div>'.repeat(int(r, 2) ? n : 0)}<div`); }],
  ['invalid utf-8', (r, s) => { const b = Buffer.from(s, 'utf8'); for (let i = 0; i < 1 + int(r, 30); i++) b[int(r, b.length)] = 0x80 + int(r, 0x80); return b.toString('utf8'); }],
  ['utf-16', (_r, s) => Buffer.from(s, 'utf16le').toString('latin1')],
  ['binary', (r) => Buffer.from(Array.from({ length: int(r, 4000) }, () => int(r, 256))).toString('latin1')],
  ['empty or blank', (r) => pick(r, ['', '\n', ' ', '\n\n\n', '---\n---\n'])],
  ['huge line', (r, s) => s.replace(/\n\n/, `\n\n<p>${'长'.repeat(100_000 + int(r, 400_000))}</p>`)],
  ['crlf', (_r, s) => s.replace(/\n/g, '\r\n')],
  ['many paragraphs', (r, s) => `${s}\n${'<p>段落</p>'.repeat(200 + int(r, 1000))}`],
];

export interface Fuzzed {
  name: string;
  mutation: string;
  text: string;
}

export function fuzzedArchiveFiles(count: number, seed = 12): Fuzzed[] {
  const r = rng(seed);
  const bases = archiveBases();
  return Array.from({ length: count }, (_, i) => {
    let text = pick(r, bases);
    const names: string[] = [];
    for (let k = 0; k < 1 + int(r, 3); k++) {
      const [name, mutate] = pick(r, ARCHIVE_MUTATIONS);
      names.push(name);
      text = mutate(r, text);
    }
    return { name: `fuzz_${String(i).padStart(5, '0')}.txt`, mutation: names.join(' + '), text };
  });
}

const PAGE_MUTATIONS: [string, (r: Rand, s: string) => string][] = [
  ['flip chars', ARCHIVE_MUTATIONS[0]![1]],
  ['truncate', ARCHIVE_MUTATIONS[1]![1]],
  ['insert nasty', ARCHIVE_MUTATIONS[2]![1]],
  ['duplicate slice', ARCHIVE_MUTATIONS[3]![1]],
  ['invalid utf-8', ARCHIVE_MUTATIONS[8]![1]],
  ['deep nesting', (r, s) => s.replace(/<\/p>/, `</p>${'<div>'.repeat(1000 + int(r, 30000))}深${'</div>'.repeat(int(r, 2) ? 1000 : 0)}`)],
  ['many paragraphs', (r, s) => s.replace(/<\/p>/, `</p>${'<p>巴黎交通公司补充说明。</p>'.repeat(1000 + int(r, 30000))}`)],
  ['long title', (r, s) => s.replace(/<h1([^>]*)>[^<]*/, (_m, a: string) => `<h1${a}>${'标'.repeat(1000 + int(r, 100000))}`)],
  ['broken json-ld', (r, s) => s.replace(/application\/ld\+json">/g, `application/ld+json">${pick(r, ['{', '[[[[', '{"@type":', '\u0000', '{"@graph":'.repeat(2000)])}`)],
  ['no body', (_r, s) => s.replace(/<body[\s\S]*<\/body>/, '<body></body>')],
  ['tag soup', (r, s) => { let t = s; for (let i = 0; i < 1 + int(r, 50); i++) { const at = int(r, t.length); t = t.slice(0, at) + pick(r, ['<', '>', '</p', '<table>', '<template>', '<svg>', '<math>', '<!--', '<script>', '</article>', '<p>']) + t.slice(at); } return t; }],
];

export function fuzzedPages(count: number, seed = 34): Fuzzed[] {
  const r = rng(seed);
  const base = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8');
  return Array.from({ length: count }, (_, i) => {
    let text = base;
    const names: string[] = [];
    for (let k = 0; k < 1 + int(r, 2); k++) {
      const [name, mutate] = pick(r, PAGE_MUTATIONS);
      names.push(name);
      text = mutate(r, text);
    }
    return { name: `page_${String(i).padStart(4, '0')}.html`, mutation: names.join(' + '), text };
  });
}
