// A tiny argument reader: positionals plus `--flag value` / `--flag` options. Only the options a
// command declares are accepted: anything else is a UsageError, never silently ignored.

export interface Args {
  positionals: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/** `text` on one line, printable: line breaks and control characters shown escaped (a file name with a newline stays one stderr line). */
export function oneLine(text: string, max = 500): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * `valued`: options that take a value (`--url x` or `--url=x`); `flags`: options that take none.
 * A lone `--` ends the options (what follows is positional, even if it starts with `--`).
 */
export function parseArgs(argv: string[], valued: string[], flags: string[] = []): Args {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (options.has(name)) throw new UsageError(`--${name} given twice`);
      options.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      options.set(name, true);
    } else {
      const known = [...valued, ...flags].map((n) => `--${n}`).join(', ');
      throw new UsageError(`unknown option ${oneLine(arg, 80)} (known: ${known})`);
    }
  }
  return { positionals, options };
}
