// Display formatting shared by the sidebar's components. RFI shows Paris time, so do we.
import { parisParts } from '@/lib/text';

/** `2023-03-02T20:57:00.000Z` → `2023-03-02 21:57 Paris`; null → `—`. */
export function formatParisTime(iso: string | number | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const p = parisParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} Paris`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
