// CPU time of a Chromium launched by a bench, read from Linux's /proc (no hook in the product): the
// browser is found by its profile folder (`--user-data-dir`), its processes are its descendants, and
// an extension's background runs in the renderer started with `--extension-process`. Time on CPU
// is each thread's /proc/<pid>/task/<tid>/schedstat (nanoseconds), which a loaded machine does not
// stretch as it does wall time. Threads that ended between two readings are not counted.
import { readdirSync, readFileSync } from 'node:fs';

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process or thread ended meanwhile
  }
};

interface Proc {
  pid: number;
  ppid: number;
  args: string[];
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const cmdline = read(`/proc/${name}/cmdline`);
    if (!stat || cmdline === null) continue;
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    // Chromium's zygote children rewrite their command line as one string: split on spaces too.
    out.push({ pid: Number(name), ppid, args: cmdline.split(/[\0 ]/) });
  }
  return out;
}

/** Nanoseconds on CPU of every thread of `pid`. */
function threadsNs(pid: number): number {
  let ns = 0;
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const tid of tasks) ns += Number(read(`/proc/${pid}/task/${tid}/schedstat`)?.split(' ')[0] ?? 0);
  return ns;
}

/** `browser`, `renderer`, `extension`, `utility:storage.mojom.StorageService` (IndexedDB), `gpu-process` … */
function typeOf(p: Proc): string {
  if (p.args.includes('--extension-process')) return 'extension';
  const type = p.args.find((a) => a.startsWith('--type='))?.slice(7);
  const sub = p.args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
  return type ? (sub ? `${type}:${sub}` : type) : 'browser';
}

export interface BrowserCpu {
  /** ms on CPU so far: the whole browser (every process), and the extensions' renderer(s). */
  read(): { all: number; extension: number; byType: Record<string, number> };
  /** How many processes it counts now, and whether an extension process was found. */
  describe(): string;
}

/** The Chromium whose profile is `profile` (as launchPersistentContext was given it). */
export function browserCpu(profile: string): BrowserCpu {
  const tree = () => {
    const all = processes();
    const root = all.find((p) => p.args.includes(`--user-data-dir=${profile}`) && !p.args.some((a) => a.startsWith('--type=')));
    if (!root) throw new Error(`no Chromium with the profile ${profile}`);
    const mine = new Set([root.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) if (!mine.has(p.pid) && mine.has(p.ppid)) grew = Boolean(mine.add(p.pid));
    }
    const procs = all.filter((p) => mine.has(p.pid));
    return { procs, extension: procs.filter((p) => p.args.includes('--extension-process')) };
  };
  return {
    read() {
      const { procs, extension } = tree();
      const ms = (list: Proc[]) => list.reduce((s, p) => s + threadsNs(p.pid), 0) / 1e6;
      const byType: Record<string, number> = {};
      for (const p of procs) byType[typeOf(p)] = (byType[typeOf(p)] ?? 0) + threadsNs(p.pid) / 1e6;
      return { all: ms(procs), extension: ms(extension), byType };
    },
    describe() {
      const { procs, extension } = tree();
      return `${procs.length} processes, ${extension.length} extension process(es)`;
    },
  };
}
