// Archived and live text is shown as text, but Unicode's explicit direction controls (embeddings,
// overrides, isolates: U+202A–U+202E, U+2066–U+2069) would still reorder what the reader sees
// ("gpj.exe" tricks, a date or figure shown backwards). Shown text has them removed.

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without explicit bidi embedding, override and isolate characters. */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Every string inside a plain JSON-like value neutralised (a new value; the input is not changed). */
export function neutraliseBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return neutraliseBidi(value) as T;
  if (Array.isArray(value)) return value.map((v) => neutraliseBidiDeep(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = neutraliseBidiDeep(v);
    return out as T;
  }
  return value;
}
