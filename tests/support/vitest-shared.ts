// What every vitest config shares (vitest.config.ts, vitest.corpus.config.ts, vitest.cli.config.ts),
// and which unit suites must run isolated. Read by the configs in Node, never by a test.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `wxt/browser` as tests/support/mock-browser.ts: WXT's fake browser without WXT's build tool. A
 * plugin listed after WxtVitest(): Vite puts a later plugin's aliases first, so this one wins.
 */
export function mockBrowser(): Plugin {
  return {
    name: 'rfi-lens:mock-browser',
    config: () => ({ resolve: { alias: [{ find: /^wxt\/browser$/, replacement: resolve(REPO, 'tests/support/mock-browser.ts') }] } }),
  };
}

/** Every `*.test.ts(x)` file under `dir`, relative to the repository. */
function testFiles(dir: string): string[] {
  return readdirSync(resolve(REPO, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.test\.tsx?$/.test(f))
    .map((f) => join(dir, f).replaceAll('\\', '/'));
}

/**
 * Unit suites that must get fresh modules and globals of their own: those that name a DOM
 * environment (`// @vitest-environment happy-dom`: Preact and the DOM keep state between suites)
 * and those under tests/components and tests/entrypoints (they stub globals and drive the fake
 * browser). Every other unit suite is plain functions on plain data and shares its worker's
 * modules with the suites before it (`isolate: false`): cheerio, linkedom and the entity lists are
 * imported once per worker instead of once per file.
 */
export function isolatedSuites(): string[] {
  return testFiles('tests').filter(
    (f) => /^tests\/(components|entrypoints)\//.test(f) || /^\s*\/\/ @vitest-environment /m.test(readFileSync(resolve(REPO, f), 'utf8').slice(0, 2000)),
  );
}
