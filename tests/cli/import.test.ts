// `rfi-lens import <folder|zip> --store <dir>` as a user runs it: the same compiler as the build, a
// store folder that `inspect --corpus` reads, one stderr line and exit 2 on failure, and an import
// left half-written by a killed process removed (never read).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';

const BIN = resolve(REPO_ROOT, 'bin/rfi-lens.mjs');
const MINI = resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html');
const MINI_URL = 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交';
const FOLDER = resolve(REPO_ROOT, 'tests/fixtures/imports/folder');
const ARCHIVE = resolve(REPO_ROOT, 'tests/fixtures/archive');
const work = mkdtempSync(join(tmpdir(), 'rfi-lens-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const inspectJson = (store: string) => {
  const r = cli('inspect', MINI, '--url', MINI_URL, '--corpus', store, '--json');
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { match: { method: string; versions: { source: string; origin?: string }[] } | null; changes: { summary: Record<string, number> } | null };
};

describe('rfi-lens import', () => {
  it('imports a folder, then a zip, into one store that inspect --corpus reads', () => {
    const store = join(work, 'store');
    const first = cli('import', FOLDER, '--store', store);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^imported folder as imp-[0-9a-z]+-[0-9a-z]+ into .* in \d+\.\d s: 1 file read, 1 article, 1 version, 0 files rejected\n$/);

    const files: Record<string, Uint8Array> = {};
    for (const name of readdirSync(ARCHIVE)) files[`nested/${name}`] = readFileSync(join(ARCHIVE, name));
    const zip = join(work, 'archive.zip');
    writeFileSync(zip, zipSync(files));
    const second = cli('import', zip, '--store', store);
    expect(second.code).toBe(0);
    const txt = readdirSync(ARCHIVE).filter((n) => n.endsWith('.txt')).length;
    expect(second.stdout.split('\n')[0]).toMatch(new RegExp(`: ${txt} files read, \\d+ articles, ${txt - 1} versions, 1 file rejected$`));
    expect(second.stdout.split('\n')[1]).toMatch(/^ {2}nested\/broken-header\.txt:\d+: \S/);
    expect(readdirSync(store).filter((n) => n.startsWith('imp-'))).toHaveLength(2);

    const report = inspectJson(store);
    expect(report.match?.method).toBe('url');
    expect(report.match?.versions.map((v) => v.source)).toEqual([expect.stringMatching(/^import\/imp-[0-9a-z-]+\/2024-04\/night-bus\.txt$/)]);
    expect(report.changes?.summary).toMatchObject({ changed: 1, added: 1 });
  });

  it('removes an import its killed process left half-written, and inspect never reads one', () => {
    const store = join(work, 'store-cut');
    expect(cli('import', ARCHIVE, '--store', store).code).toBe(0);
    // What a killed `rfi-lens import` of the folder leaves: its parts written, never renamed into place.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const cut = join(store, '.writing-imp-cut-000000');
    const done = readdirSync(store).find((n) => n.startsWith('imp-'))!;
    mkdirSync(cut);
    writeFileSync(join(cut, 'pid'), dead);
    const seed = cli('import', FOLDER, '--store', join(work, 'scratch'));
    expect(seed.code).toBe(0);
    const scratchId = readdirSync(join(work, 'scratch')).find((n) => n.startsWith('imp-'))!;
    for (const part of ['corpus', 'record.json']) {
      spawnSync('cp', ['-r', join(work, 'scratch', scratchId, part), cut]);
    }
    const record = JSON.parse(readFileSync(join(cut, 'record.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(cut, 'record.json'), JSON.stringify({ ...record, id: 'imp-cut-000000', state: 'writing' }));
    expect(inspectJson(store).match).toBeNull(); // not read while half-written

    expect(cli('import', join(ARCHIVE, '..', 'imports', 'folder', '2024-04'), '--store', store).code).toBe(0);
    expect(existsSync(cut)).toBe(false);
    expect(existsSync(join(store, done))).toBe(true);
  });

  it('fails with one stderr line and exit 2', () => {
    const notZip = join(work, 'not.zip');
    writeFileSync(notZip, 'not a zip');
    for (const [args, message] of [
      [['import', FOLDER], /^rfi-lens: usage: rfi-lens import <folder\|zip> --store <dir>\n$/],
      [['import', join(work, 'missing'), '--store', join(work, 's')], /^rfi-lens: cannot read .*missing: ENOENT\n$/],
      [['import', notZip, '--store', join(work, 's')], /^rfi-lens: .*not\.zip is not a readable zip: .*\n$/],
      [['import', FOLDER, '--store', join(work, 's'), '--json'], /^rfi-lens: unknown option --json \(known: --store\)\n$/],
    ] as const) {
      const r = cli(...args);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});
