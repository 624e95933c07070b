// The conventions of STYLE.md, enforced: a change that breaks one fails here, not in review.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/shared';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}
const rel = (f: string) => relative(REPO_ROOT, f);
const source = (dir: string) => walk(resolve(REPO_ROOT, dir)).filter((f) => /\.(ts|tsx)$/.test(f));
/** Code without comments and string contents, so prose mentioning `window` is not a violation. */
const code = (f: string) =>
  readFileSync(f, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

/** The repository paths a file imports (relative and `@/` specifiers, dynamic imports included; packages left out). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specs
    .map((spec) => (spec.startsWith('@/') ? resolve(REPO_ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null))
    .filter((path): path is string => path !== null);
}

const SEAMS = ['lib/messaging.ts', 'lib/storage.ts'];
const GLOBALS = /(^|[^.\w$])(browser|chrome|document|window|location)\s*[.[(]/m;

describe('architecture', () => {
  it('lib/ is pure: no browser, chrome, document, window or location outside the seams', () => {
    const offenders = source('lib')
      .filter((f) => !SEAMS.includes(rel(f)))
      .filter((f) => GLOBALS.test(code(f)))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('components/ take props only: no messaging, storage or browser', () => {
    const offenders = source('components').filter((f) => /from ['"](@\/lib\/(messaging|storage)|wxt\/browser|webextension-polyfill)/.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('entrypoints/ holds folders only, and their top level only imports and exports', () => {
    const dir = resolve(REPO_ROOT, 'entrypoints');
    const loose = readdirSync(dir).filter((n) => !statSync(join(dir, n)).isDirectory());
    expect(loose).toEqual([]);
    for (const entry of readdirSync(dir)) {
      const index = ['index.ts', 'index.tsx'].map((n) => join(dir, entry, n)).find(existsSync);
      expect(index, `${entry} has an index`).toBeDefined();
      const topLevel = readFileSync(index!, 'utf8')
        .split('\n')
        .filter((l) => /^\S/.test(l) && !/^(import|export default|\/\/|\}|\)|\*|\/\*)/.test(l));
      expect(topLevel, `${entry}/index: statements at module top level`).toEqual([]);
    }
  });

  it("the content script's imports never reach cheerio, the archive parser, the corpus or the store", () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)) {
        if (!spec) continue;
        if (/^(cheerio|linkedom|node:)/.test(spec) || /lib\/archive|corpus/.test(spec)) bad.push(`${rel(file)} → ${spec}`);
        // The reader's store (IndexedDB, idb) lives in the background; its status type may be shared.
        if (/(^|\/)store(\/(?!status$)|$)/.test(spec) || /^(idb|fflate)$/.test(spec)) bad.push(`${rel(file)} → ${spec}`);
        const base = spec.startsWith('@/') ? resolve(REPO_ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
        if (!base) continue;
        const target = ['.ts', '.tsx', '/index.ts'].map((x) => base + x).find(existsSync);
        if (target) visit(target);
      }
    };
    visit(resolve(REPO_ROOT, 'entrypoints/rfi.content/index.ts'));
    visit(resolve(REPO_ROOT, 'entrypoints/rfi-article/index.ts')); // the article script it has injected
    expect(seen.size).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });

  // Which folder may import which: lib/ is the engine everything else uses, so it imports none of
  // them; the build module and the components stay out of the CLI and the entrypoints.
  const IMPORT_RULES: { from: string; never: string[] }[] = [
    { from: 'lib', never: ['entrypoints', 'cli', 'components', 'modules'] },
    { from: 'modules', never: ['cli', 'entrypoints', 'components'] },
    { from: 'components', never: ['entrypoints', 'cli', 'modules'] },
    { from: 'cli', never: ['entrypoints', 'components', 'modules'] },
  ];
  it.each(IMPORT_RULES.map((r) => [r.from, r.never.join(', '), r] as const))('%s/ never imports %s', (_from, _never, rule) => {
    const offenders = source(rule.from).flatMap((file) =>
      importsOf(file)
        .map((target) => rel(target).split('/')[0]!)
        .filter((top) => rule.never.includes(top))
        .map((top) => `${rel(file)} → ${top}/`),
    );
    expect(offenders).toEqual([]);
  });

  it('every fixture has its expected JSON', () => {
    const fixtures = resolve(REPO_ROOT, 'tests/fixtures');
    const missing = walk(fixtures)
      .filter((f) => /\/(pages|archive)\/[^/]+\.(html|txt)$/.test(f))
      .filter((f) => !existsSync(f.replace(/\.(html|txt)$/, '.expected.json')))
      .map(rel);
    expect(missing).toEqual([]);
  });

  it('source files stay small (≤ 300 lines)', () => {
    const big = ['lib', 'components', 'entrypoints', 'cli', 'modules']
      .filter((d) => existsSync(resolve(REPO_ROOT, d)))
      .flatMap(source)
      .map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(big).toEqual([]);
  });
});
