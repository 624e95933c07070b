// Fuzzed archive files through the archive parser and `rfi-lens render-page`, fuzzed saved pages
// through `rfi-lens inspect` (extraction, matching, comparison), and hostile command lines through
// the real binary: 0 crashes, 0 runs over 10 s, every failure one stderr line (archive files:
// `file:line: reason`). Runs on the current code and records what fails; the counts are printed by
// scripts/test-hostile.mjs. Sizes: RFI_LENS_FUZZ_ARCHIVES (10,000) and RFI_LENS_FUZZ_PAGES (500).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArchiveFile } from '../../lib/archive/parse-file';
import { REPO_ROOT } from '../support/shared';
import { runJudged, runProblem, runProcess } from './cli-run';
import { fuzzedArchiveFiles, fuzzedPages } from './fuzz';
import { record } from './results';

const ARCHIVES = Number(process.env.RFI_LENS_FUZZ_ARCHIVES ?? 10_000);
const PAGES = Number(process.env.RFI_LENS_FUZZ_PAGES ?? 500);
const WORK = resolve(REPO_ROOT, '.tmp', 'hostile', 'fuzz');
const MINI = resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html');
const MINI_URL = 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交';

describe('fuzzed archive files', () => {
  it(`${ARCHIVES} through the parser, every 10th also through rfi-lens render-page`, async () => {
    const dir = join(WORK, 'archive');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const failed: string[] = [];
    let slow2s = 0;
    for (const [i, f] of fuzzedArchiveFiles(ARCHIVES).entries()) {
      const t = performance.now();
      let problem: string | null = null;
      try {
        const parsed = parseArchiveFile(f.text, f.name);
        if (!parsed.ok && !(parsed.line >= 1 && parsed.reason)) problem = 'rejected without line and reason';
      } catch (error) {
        problem = `crash: ${(error as Error).message.slice(0, 120)}`;
      }
      const ms = performance.now() - t;
      if (ms > 2000) slow2s++;
      if (!problem && ms > 10_000) problem = `took ${Math.round(ms)} ms`;
      record({ kind: 'fuzzed archive file (parser)', name: `${f.name} ${f.mutation}`, ok: !problem, detail: { problem, ms: Math.round(ms) } });
      if (problem) failed.push(`${f.name} (${f.mutation}): ${problem}`);
      if (i % 10 === 0) {
        const file = join(dir, f.name);
        writeFileSync(file, f.text);
        const run = await runJudged(['render-page', file, '--template', MINI, '--out', join(dir, 'out.html')], true);
        const bad = runProblem(run, true);
        record({ kind: 'fuzzed archive file (CLI)', name: `${f.name} ${f.mutation}`, ok: !bad, detail: { bad, ms: Math.round(run.ms), cpuMs: Math.round(run.cpuMs ?? -1), inProcessCpuMs: Math.round(run.inProcessCpuMs ?? -1) } });
        if (bad) failed.push(`render-page ${f.name} (${f.mutation}): ${bad}`);
      }
    }
    record({ kind: 'fuzzed archive file (parser) over 2 s', name: 'count', ok: slow2s === 0, detail: slow2s });
    expect(failed).toEqual([]);
  }, 3_600_000);
});

describe('fuzzed saved pages', () => {
  it(`${PAGES} through rfi-lens inspect`, async () => {
    const dir = join(WORK, 'pages');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const failed: string[] = [];
    for (const p of fuzzedPages(PAGES)) {
      const file = join(dir, p.name);
      writeFileSync(file, p.text);
      const run = await runJudged(['inspect', file, '--url', MINI_URL, '--json']);
      const bad = runProblem(run);
      record({ kind: 'fuzzed saved page (CLI)', name: `${p.name} ${p.mutation}`, ok: !bad, detail: { bad, ms: Math.round(run.ms), cpuMs: Math.round(run.cpuMs ?? -1), inProcessCpuMs: Math.round(run.inProcessCpuMs ?? -1) } });
      if (bad) failed.push(`${p.name} (${p.mutation}): ${bad}`);
    }
    expect(failed).toEqual([]);
  }, 3_600_000);
});

/** Hostile command lines, each run as a real process. */
export const HOSTILE_ARGS: string[][] = [
  [], ['--help'], ['nope'], ['inspect'], ['inspect', MINI], ['inspect', MINI, '--url'], ['inspect', MINI, '--url='],
  ['inspect', MINI, '--url', 'https://evil.example/cn/a/20240101-x'], ['inspect', MINI, '--url', 'https://www.rfi.fr.evil.example/cn/a/20240101-x'],
  ['inspect', MINI, '--url', 'https://evilrfi.fr/cn/a/20240101-x'], ['inspect', MINI, '--url', 'javascript:alert(1)'],
  ['inspect', MINI, '--url', 'https://www.rfi.fr/cn/'], ['inspect', MINI, '--url', `https://www.rfi.fr/cn/a/20240101-${'x'.repeat(100_000)}`],
  ['inspect', MINI, '--url', MINI_URL, '--bogus'], ['inspect', MINI, '--url', MINI_URL, '--json=1'], ['inspect', MINI, '--url', MINI_URL, '-x'],
  ['inspect', MINI, '--url', MINI_URL, '--url', MINI_URL], ['inspect', MINI, MINI, '--url', MINI_URL],
  ['inspect', 'no\nsuch\nfile.html', '--url', MINI_URL], ['inspect', '/', '--url', MINI_URL], ['inspect', '/dev/null', '--url', MINI_URL],
  ['inspect', MINI, '--url', MINI_URL, '--corpus', '/nonexistent\nfolder'], ['inspect', MINI, '--url', MINI_URL, '--corpus', MINI],
  ['inspect', MINI, '--url', MINI_URL, '--version'], ['inspect', MINI, '--url', MINI_URL, '--version', 'nope\u202e.txt'],
  ['render-page'], ['render-page', 'x\ny.txt', '--template', MINI], ['render-page', MINI, '--template', MINI], ['render-page', MINI, '--bogus', 'x'],
  ['inspect', MINI, '--url', MINI_URL, '--', '--json'], [`--${'x'.repeat(10_000)}`], ['\u001b[2J\u001b[31mred'],
];

describe('hostile command lines', () => {
  it(`${HOSTILE_ARGS.length} argument lists through the real binary`, () => {
    const failed: string[] = [];
    for (const [i, args] of HOSTILE_ARGS.entries()) {
      const run = runProcess(args);
      const bad = runProblem(run);
      const name = `${i + 1}: ${JSON.stringify(args).replaceAll(REPO_ROOT, '.').slice(0, 120)}`;
      record({ kind: 'hostile command line', name, ok: !bad, detail: { bad, code: run.code, ms: Math.round(run.ms), cpuMs: run.cpuMs === null ? null : Math.round(run.cpuMs) } });
      if (bad) failed.push(`${name}: ${bad}`);
    }
    expect(failed).toEqual([]);
  }, 600_000);
});
