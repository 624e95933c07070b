// `rfi-lens export` as a user runs it: a real process writing the compared capture (seed format,
// read back by the archive parser), the edit report as Markdown and JSON, and the page itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import type { EditReport } from '@/lib/store/edit-report';
import { REPO_ROOT } from '../support/shared';

const BIN = resolve(REPO_ROOT, 'bin/rfi-lens.mjs');
const MINI = resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html');
const MINI_URL = 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交';
const work = mkdtempSync(join(tmpdir(), 'rfi-lens-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_ROOT });

/** A corpus holding the mini page's article as an earlier capture: one paragraph differs. */
function corpus(): string {
  const live = readFileSync(MINI, 'utf8');
  expect(live).toContain('凌晨一点');
  const dir = join(work, 'corpus');
  mkdirSync(dir, { recursive: true });
  const out = join(work, 'seed-out');
  // The page itself, exported as an archive file, then edited: the corpus's earlier capture.
  const r = cli('export', MINI, '--url', MINI_URL, '--out', out, '--corpus', dir);
  expect(r.status).toBe(0);
  const page = readdirSync(out).find((f) => f.startsWith('page_'))!;
  writeFileSync(join(dir, 'earlier.txt'), readFileSync(join(out, page), 'utf8').replace('凌晨一点', '凌晨两点'));
  return dir;
}

it('writes the compared capture, the edit report (Markdown and JSON) and the page', () => {
  const dir = corpus();
  const out = join(work, 'out');
  const r = cli('export', MINI, '--url', MINI_URL, '--out', out, '--corpus', dir);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const files = readdirSync(out).sort();
  expect(files).toHaveLength(4);
  expect(r.stdout.trim().split('\n')).toHaveLength(4);

  const capture = parseArchiveFile(readFileSync(join(out, 'earlier.txt'), 'utf8'), 'earlier.txt');
  expect(capture.ok && capture.value.paragraphs.some((p) => p.text.includes('凌晨两点'))).toBe(true);

  const json = JSON.parse(readFileSync(join(out, files.find((f) => f.endsWith('.json'))!), 'utf8')) as EditReport;
  expect(json.format).toBe('rfi-lens-edit-report/1');
  expect(json.before).toMatchObject({ source: 'bundled', id: 'earlier.txt' });
  expect(json.before.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(json.after.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(json.after.hash).not.toBe(json.before.hash);
  expect(json.changes).toEqual([
    expect.objectContaining({ what: 'paragraph', status: 'changed', before: expect.stringContaining('凌晨两点'), after: expect.stringContaining('凌晨一点') }),
  ]);
  const md = readFileSync(join(out, files.find((f) => f.endsWith('.md'))!), 'utf8');
  expect(md).toContain('# Edit report: 巴黎试点夜间公交 测试新线路');
  expect(md).toContain(json.before.hash);
  expect(md).toMatch(/> .*凌晨两点[\s\S]*> .*凌晨一点/);
});

it('exits 2 with one line for missing arguments or an unreadable page', () => {
  const usage = cli('export', MINI, '--url', MINI_URL);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toMatch(/^rfi-lens: usage: rfi-lens export/);
  const missing = cli('export', join(work, 'nope.html'), '--url', MINI_URL, '--out', join(work, 'x'));
  expect(missing.status).toBe(2);
  expect(missing.stderr.trim().split('\n')).toHaveLength(1);
});
