// Live blogs grow: entries posted since the capture are growth, not edits. Only edits to or
// removals of the entries the capture already held count as changes (rmdes/newsdiff's rule,
// LANDSCAPE.md §6).
//
// Given the aligned paragraphs and where each live entry starts (Article.liveBlog.entryStarts,
// lib/page/live-blog.ts), an entry is NEW when none of its live paragraphs is paired with an
// archived one (all `added`): its paragraphs become `appended` and it counts as one new entry. An
// entry that has any paired paragraph existed at the capture: its added paragraphs stay `added`
// (an edit to that entry), its edits `changed`, its losses `removed`. Text before the first entry
// (an introduction) is ordinary text. Without entry starts, the runs of added paragraphs at the top
// and at the bottom of the live page are the growth, one entry per heading block they hold (at
// least one per run).
import type { Block, LiveBlog, ParagraphChange } from '../types';

export interface Growth {
  paragraphs: ParagraphChange[];
  newEntries: number;
}

/** Entry number of each live paragraph index (-1: before the first entry). */
function entryOf(count: number, starts: readonly number[]): Int32Array {
  const out = new Int32Array(count).fill(-1);
  let entry = -1;
  let next = 0;
  for (let i = 0; i < count; i++) {
    while (next < starts.length && starts[next]! <= i) entry = next++;
    out[i] = entry;
  }
  return out;
}

export function markGrowth(paragraphs: readonly ParagraphChange[], blog: LiveBlog, live: readonly Block[]): Growth {
  return blog.entryStarts.length ? byEntries(paragraphs, blog.entryStarts, live.length) : byEdges(paragraphs, live);
}

function byEntries(paragraphs: readonly ParagraphChange[], starts: readonly number[], count: number): Growth {
  const entry = entryOf(count, starts);
  const old = new Set<number>();
  const seen = new Set<number>();
  for (const p of paragraphs) {
    if (p.liveIndex === null) continue;
    const e = entry[p.liveIndex] ?? -1;
    if (e < 0) continue;
    seen.add(e);
    if (p.status !== 'added') old.add(e);
  }
  const fresh = new Set([...seen].filter((e) => !old.has(e)));
  return {
    paragraphs: paragraphs.map((p) =>
      p.status === 'added' && p.liveIndex !== null && fresh.has(entry[p.liveIndex] ?? -1) ? { ...p, status: 'appended' } : p,
    ),
    newEntries: fresh.size,
  };
}

function byEdges(paragraphs: readonly ParagraphChange[], live: readonly Block[]): Growth {
  const out = paragraphs.slice();
  let newEntries = 0;
  const run = (indexes: number[]) => {
    if (!indexes.length) return;
    for (const i of indexes) out[i] = { ...out[i]!, status: 'appended' };
    newEntries += Math.max(1, indexes.filter((i) => live[out[i]!.liveIndex!]?.kind === 'h').length);
  };
  // Removed entries (no live index) do not end a run: they are reported as removals anyway.
  const isGrowth = (p: ParagraphChange) => p.status === 'added';
  const top: number[] = [];
  for (let i = 0; i < out.length && (isGrowth(out[i]!) || out[i]!.liveIndex === null); i++) if (isGrowth(out[i]!)) top.push(i);
  const bottom: number[] = [];
  for (let i = out.length - 1; i >= 0 && (isGrowth(out[i]!) || out[i]!.liveIndex === null); i--) if (isGrowth(out[i]!)) bottom.unshift(i);
  // An article that is all growth (nothing paired) is one run.
  run(top);
  const inTop = new Set(top);
  run(bottom.filter((i) => !inTop.has(i)));
  return { paragraphs: out, newEntries };
}
