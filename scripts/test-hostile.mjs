#!/usr/bin/env node
// `npm run test:hostile`: the hostile suite. Writes the hostile archive, builds the extension with
// it (Chromium MV3, Firefox MV2 and MV3, into .output-hostile), runs tests/hostile (real browsers,
// fuzzed archive files and pages, hostile command lines), then prints tried / failed per kind.
// Needs chromium and firefox-esr, not ../shared. Fuzz sizes: RFI_LENS_FUZZ_ARCHIVES, RFI_LENS_FUZZ_PAGES.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const OUT = process.env.RFI_LENS_HOSTILE_OUT ?? '.output-hostile';
const CORPUS = '.tmp/hostile/corpus';
const RESULTS = '.tmp/hostile/results.jsonl';

function run(command, args, env = {}) {
  console.log(`\n=== ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } }).status === 0;
}

rmSync(RESULTS, { force: true });
let ok = run('npx', ['tsx', 'tests/hostile/write-corpus.ts', CORPUS]);
const buildEnv = { RFI_LENS_CORPUS: CORPUS, RFI_LENS_OUT: OUT };
for (const args of [[], ['-b', 'firefox'], ['-b', 'firefox', '--mv3']]) ok = ok && run('npx', ['wxt', 'build', ...args], buildEnv);
if (!ok) {
  console.log('test:hostile: the hostile build failed');
  process.exit(1);
}
const passed = run('npx', ['vitest', 'run', '-c', 'vitest.hostile.config.ts', ...process.argv.slice(2)], { RFI_LENS_HOSTILE_OUT: OUT });

const rows = new Map();
if (existsSync(RESULTS)) {
  // One result per check: the last, where a check was run again (vitest -t).
  const last = new Map();
  for (const line of readFileSync(RESULTS, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    last.set(`${r.kind}|${r.browser ?? ''}|${r.name}`, r);
  }
  for (const r of last.values()) {
    const key = r.browser ? `${r.kind} [${r.browser}]` : r.kind;
    const row = rows.get(key) ?? { tried: 0, failed: 0 };
    row.tried += 1;
    if (!r.ok) row.failed += 1;
    rows.set(key, row);
  }
}
console.log('\nhostile suite: tried / failed per kind');
for (const [key, { tried, failed }] of [...rows].sort()) console.log(`  ${key.padEnd(58)} ${String(tried).padStart(6)} tried ${String(failed).padStart(6)} failed`);
console.log(`(details: ${RESULTS})`);
process.exit(passed ? 0 : 1);
