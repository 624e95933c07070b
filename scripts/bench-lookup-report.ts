// What scripts/bench-lookup-browser.ts prints: per kind of page, before and after the import, the
// reader's time and the background's, medians, each as a ratio to the floor measured visit for
// visit, and after / before in the same run. Wall times move with the machine's load; the CPU
// times and the ratios to the floor move much less.
export interface Visit {
  /** ms from DOMContentLoaded to the answer drawn (RFI Lens: `data-compared`; the floor: its panel). */
  answer: number;
  /** ms on CPU of the extension's process during the visit (the background's share of it). */
  visitCpu: number;
  /** The same for every process of the browser (the page's renderer, the storage service with IndexedDB …). */
  visitCpuAll: number;
  /** The same by kind of process. */
  visitCpuByType: Record<string, number>;
  /** Wall ms of each message sent again from the content script's world. */
  trips: number[];
  /** ms on CPU per message: the extension's process, and every process of the browser. */
  tripCpu: number;
  tripCpuAll: number;
  /** RFI Lens: the answer the sidebar drew and the one the message replied (`bundled`, `import`, `none`). */
  drawn?: string;
  replied?: string;
}

type Phase = 'before' | 'after';
type Pair = { lens: Visit; floor: Visit };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const x = (r: number) => `${r.toFixed(2)}×`;

/** Medians of one measure over a kind's visits in one phase, for RFI Lens and the floor. */
function of(pairs: Pair[], pick: (v: Visit) => number[]): { lens: number; floor: number; all: number[] } {
  const lens = pairs.flatMap((p) => pick(p.lens));
  return { lens: median(lens), floor: median(pairs.flatMap((p) => pick(p.floor))), all: lens };
}

/** The import's pages after it against the bundled corpus's pages before it: hits against hits, as issue 9 asks ("at the bundled corpus's speed"). */
const HITS: [string, string][] = [
  ['import, URL', 'bundled, URL'],
  ['import, new URL', 'bundled, new URL'],
  ['import, each round new', 'bundled, each round new'],
];

export function report(kinds: string[], visits: Record<Phase, Record<string, Pair[]>>, loads: Record<Phase, string[]>, imported: string, warmUps: Record<Phase, Pair | null>): void {
  console.log('');
  for (const phase of ['before', 'after'] as Phase[]) {
    const w = warmUps[phase];
    if (w) console.log(`first page of the ${phase === 'before' ? 'run' : 'rounds after the import'} (a bundled article, not in the medians): answer drawn ${ms(w.lens.answer)} ms (floor ${ms(w.floor.answer)}), extension CPU ${ms(w.lens.visitCpu)} ms`);
  }
  console.log(`load average during the rounds: before ${loads.before.join(' → ')}, after ${loads.after.join(' → ')}`);
  console.log(imported);
  const measures: [string, (v: Visit) => number[]][] = [
    ['DOMContentLoaded → answer drawn (RFI Lens: the sidebar host\'s data-compared; floor: its panel), wall ms', (v) => [v.answer]],
    ['the same visit: CPU ms of the extension\'s process (the background\'s work for the page; floor: its one message)', (v) => [v.visitCpu]],
    ['the lookup message again from the content script\'s world (RFI Lens: inspect; floor: its message), wall ms per message', (v) => v.trips],
    ['the same messages: CPU ms per message of the extension\'s process', (v) => [v.tripCpu]],
    ['the same messages: CPU ms per message of the whole browser (IndexedDB runs in the browser process)', (v) => [v.tripCpuAll]],
  ];
  for (const [title, pick] of measures) {
    console.log('');
    console.log(title);
    console.log(`  ${'page'.padEnd(24)} ${'before (floor) ×floor'.padEnd(30)} ${'after (floor) ×floor'.padEnd(30)} after/before  to the floor`);
    for (const kind of kinds) {
      const b = of(visits.before[kind] ?? [], pick);
      const a = of(visits.after[kind] ?? [], pick);
      const cell = (m: { lens: number; floor: number }) => `${ms(m.lens)} (${ms(m.floor)}) ${x(m.lens / m.floor)}`.padEnd(30);
      console.log(`  ${kind.padEnd(24)} ${cell(b)} ${cell(a)} ${x(a.lens / b.lens).padEnd(13)} ${x(a.lens / a.floor / (b.lens / b.floor))}`);
    }
  }
  console.log('');
  console.log('hits in the import after it / hits in the bundled corpus before it (medians; CPU: the extension\'s process):');
  for (const [ours, theirs] of HITS) {
    if (!kinds.includes(ours) || !kinds.includes(theirs)) continue;
    const a = visits.after[ours] ?? [];
    const b = visits.before[theirs] ?? [];
    const ratio = (pick: (v: Visit) => number[], floor: boolean) => {
      const [ma, mb] = [of(a, pick), of(b, pick)];
      return floor ? ma.lens / ma.floor / (mb.lens / mb.floor) : ma.lens / mb.lens;
    };
    console.log(`  ${ours} / ${theirs}: answer drawn ${x(ratio((v) => [v.answer], false))} (to the floor ${x(ratio((v) => [v.answer], true))}), visit CPU ${x(ratio((v) => [v.visitCpu], false))}, message wall ${x(ratio((v) => v.trips, false))}, message CPU ${x(ratio((v) => [v.tripCpu], false))}`);
  }
  console.log('');
  console.log('every visit, DOMContentLoaded → answer drawn, ms (RFI Lens), in round order:');
  for (const kind of kinds) {
    const list = (p: Phase) => (visits[p][kind] ?? []).map((v) => ms(v.lens.answer)).join(' ');
    console.log(`  ${kind.padEnd(24)} before [${list('before')}]  after [${list('after')}]`);
  }
}
