#!/usr/bin/env node
// `npm test`: type-check, unit tests (the inner loop, then the whole-corpus and stress suites), build (Chrome + Firefox, zips, web-ext lint), then the
// real-browser tests on the build. Ends with one line totalling every suite: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  if (status !== 0) broken.push(label);
  return status === 0;
}

function vitest(label, args, env = {}) {
  const out = `.tmp/${label}.json`;
  rmSync(out, { force: true });
  run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`], env);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    console.log(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  } catch {
    console.log(`${label}: no result file (the runner did not finish)`);
    totals.failed += 1;
  }
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
vitest('unit', []);
// The suites that read the whole of ../shared/corpus and the stress suites, apart from the inner loop
// (vitest.corpus.config.ts: `*.corpus.test.ts`, `*.stress.test.ts`).
vitest('corpus', ['-c', 'vitest.corpus.config.ts']);
// The command-line suites, which run the real binary (vitest.cli.config.ts).
vitest('cli', ['-c', 'vitest.cli.config.ts']);
// A newcomer's clone has no ../shared: the same suites must pass there too, their data suites
// skipping (where ../shared is absent the runs above already were those runs).
if (existsSync(`${process.env.RFI_LENS_SHARED ?? '../shared'}/seeds`)) {
  vitest('unit-without-shared', [], { RFI_LENS_SHARED: '.tmp/no-shared-here' });
  vitest('corpus-without-shared', ['-c', 'vitest.corpus.config.ts'], { RFI_LENS_SHARED: '.tmp/no-shared-here' });
  vitest('cli-without-shared', ['-c', 'vitest.cli.config.ts'], { RFI_LENS_SHARED: '.tmp/no-shared-here' });
}
if (run('build', 'npm', ['run', 'build', '--silent'])) vitest('e2e', ['-c', 'vitest.e2e.config.ts']);
else console.log('e2e: not run, the build failed');

if (broken.length) console.log(`\nfailed steps: ${broken.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed + (broken.length && !totals.failed ? broken.length : 0)} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(broken.length || totals.failed ? 1 : 0);
