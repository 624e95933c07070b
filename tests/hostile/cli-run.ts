// Runs the `rfi-lens` command in this process (main() with stdout and stderr captured), or as a
// real process, and says whether the run kept the promise: exit 0 or 2, and on 2 one stderr line.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../../cli/main';
import { REPO_ROOT } from '../support/shared';

export interface CliRun {
  code: number | string;
  stderr: string;
  ms: number;
}

export async function runInProcess(args: string[]): Promise<CliRun> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  const t = performance.now();
  let code: number | string;
  try {
    code = await main(args);
  } catch (error) {
    code = `crash: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  return { code, stderr, ms: performance.now() - t };
}

export function runProcess(args: string[], timeoutMs = 10_000): CliRun {
  const t = performance.now();
  const r = spawnSync(process.execPath, [resolve(REPO_ROOT, 'bin/rfi-lens.mjs'), ...args], { encoding: 'utf8', cwd: REPO_ROOT, timeout: timeoutMs });
  return { code: r.status ?? `killed (${r.signal})`, stderr: r.stderr ?? '', ms: performance.now() - t };
}

/** What is wrong with a run, or null: exit 0 or 2, one stderr line on 2, under 10 s; `fileLine` also wants `file:line: reason`. */
export function runProblem(run: CliRun, fileLine = false): string | null {
  if (run.code !== 0 && run.code !== 2) return `exit ${String(run.code)}`;
  if (run.ms > 10_000) return `took ${Math.round(run.ms)} ms`;
  if (run.code === 2) {
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    if (lines.length !== 1) return `${lines.length} stderr lines`;
    if (fileLine && !/^rfi-lens: .+:\d+: .+/.test(lines[0]!) && !/cannot read/.test(lines[0]!)) return `no file:line: reason: ${lines[0]!.slice(0, 120)}`;
  }
  return null;
}
