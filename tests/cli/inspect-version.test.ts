// `rfi-lens inspect --version <source>`: the reader's version choice from the command line, on a
// real revision case (../shared/corpus/revisions/12: two captures under different URL dates).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { revisionPage } from '../e2e/support/fixtures';
import { describeShared, REPO_ROOT, sharedPath } from '../support/shared';

const BIN = resolve(REPO_ROOT, 'bin/rfi-lens.mjs');
const CASE = '12';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeShared('rfi-lens inspect --version', () => {
  let work = '';
  let page = '';
  let url = '';
  const corpus = sharedPath('corpus', 'revisions', CASE);
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rfi-lens-version-'));
    const served = revisionPage(CASE, 1);
    page = join(work, 'v2.html');
    url = served.url;
    writeFileSync(page, served.html);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('compares with the newest version by default and lists both', () => {
    const r = cli('inspect', page, '--url', url, '--corpus', corpus, '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.match.source).toMatch(/^v2__/);
    expect(out.match.versions.map((v: { source: string }) => v.source.slice(0, 4))).toEqual(['v1__', 'v2__']);
    expect(out.changes.summary.changed + out.changes.summary.added + out.changes.summary.removed).toBe(0);
  });

  it('compares with the version named by --version, and says which sources exist when it is not one', () => {
    const first = JSON.parse(cli('inspect', page, '--url', url, '--corpus', corpus, '--json').stdout);
    const older = first.match.versions[0].source as string;
    const r = cli('inspect', page, '--url', url, '--corpus', corpus, '--version', older, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.match.source).toBe(older);
    expect(out.changes.summary.changed).toBeGreaterThan(0);
    const bad = cli('inspect', page, '--url', url, '--corpus', corpus, '--version', 'nope.md');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--version nope.md is not a stored version of this article');
    expect(bad.stderr).toContain(older);
  });
});
