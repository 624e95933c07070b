// Runs the `rfi-lens` command in this process (main() with stdout and stderr captured), or as a
// real process, and says whether the run kept the promise: exit 0 or 2, and on 2 one stderr line.
// The 10 s limit is on CPU time (user + system), not on the clock: the machine is shared, and on a
// loaded one a 1.7 s run took 20 s of wall time. The wall time is kept beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { main } from '../../cli/main';
import { REPO_ROOT } from '../support/shared';

export interface CliRun {
  code: number | string;
  stderr: string;
  /** Wall time. */
  ms: number;
  /** CPU time (user + system) of the run, where it could be measured. */
  cpuMs: number | null;
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
  const cpu = process.cpuUsage();
  let code: number | string;
  try {
    code = await main(args);
  } catch (error) {
    code = `crash: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  const used = process.cpuUsage(cpu);
  return { code, stderr, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

const TIME = '/usr/bin/time';

/** A real process; its CPU time read by /usr/bin/time where installed. `timeoutMs`: a guard against a hang. */
export function runProcess(args: string[], timeoutMs = 120_000): CliRun {
  const node = [process.execPath, resolve(REPO_ROOT, 'bin/rfi-lens.mjs'), ...args];
  const dir = resolve(REPO_ROOT, '.tmp', 'hostile');
  mkdirSync(dir, { recursive: true });
  const timeFile = resolve(dir, `time-${process.pid}.txt`);
  const timed = existsSync(TIME);
  const [command, ...rest] = timed ? [TIME, '-f', '%U %S', '-o', timeFile, ...node] : node;
  const t = performance.now();
  const r = spawnSync(command!, rest, { encoding: 'utf8', cwd: REPO_ROOT, timeout: timeoutMs });
  const ms = performance.now() - t;
  let cpuMs: number | null = null;
  if (timed && existsSync(timeFile)) {
    const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000;
    rmSync(timeFile, { force: true });
  }
  return { code: r.status ?? `killed (${r.signal})`, stderr: r.stderr ?? '', ms, cpuMs };
}

/** What is wrong with a run, or null: exit 0 or 2, one stderr line on 2, under 10 s of CPU; `fileLine` also wants `file:line: reason`. */
export function runProblem(run: CliRun, fileLine = false): string | null {
  if (run.code !== 0 && run.code !== 2) return `exit ${String(run.code)}`;
  const ms = run.cpuMs ?? run.ms;
  if (ms > 10_000) return `took ${Math.round(ms)} ms${run.cpuMs === null ? '' : ' of CPU'}`;
  if (run.code === 2) {
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    if (lines.length !== 1) return `${lines.length} stderr lines`;
    if (fileLine && !/^rfi-lens: .+:\d+: .+/.test(lines[0]!) && !/cannot read/.test(lines[0]!)) return `no file:line: reason: ${lines[0]!.slice(0, 120)}`;
  }
  return null;
}

/**
 * A CLI run as the fuzz suites judge it: in this process (fast), but a run over the CPU limit is run
 * again as what a researcher runs, a fresh `rfi-lens` process timed by /usr/bin/time, and judged on
 * that: process.cpuUsage() counts every thread of this long-lived test process, its garbage
 * collector's included. `inProcessCpuMs` keeps the first figure.
 */
export async function runJudged(args: string[], fileLine = false): Promise<CliRun & { inProcessCpuMs: number | null }> {
  const first = await runInProcess(args);
  const rerun = runProblem(first, fileLine)?.startsWith('took ') ? runProcess(args) : first;
  return { ...rerun, inProcessCpuMs: first.cpuMs };
}
