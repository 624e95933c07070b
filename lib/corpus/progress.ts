// A one-line console progress bar for large corpus builds: text only, the caller writes it.

/** `[#########...........]  45% 45,000/100,000 files` (width 30); '' while too small to matter. */
export function progressLine(done: number, total: number, width = 30): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  const pct = String(Math.round(ratio * 100)).padStart(3);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} files`;
}

/** Calls `write` with a new line at most every `every` files and at the end. */
export function progressReporter(write: (line: string) => void, every = 2000): (done: number, total: number) => void {
  return (done, total) => {
    if (done === total || done % every === 0) write(progressLine(done, total));
  };
}
