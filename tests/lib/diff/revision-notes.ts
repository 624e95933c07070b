// Reads what a revision case's NOTES.md says changed (../shared/corpus/revisions/NN/NOTES.md):
// per step between consecutive versions, the TITLE line and the sentence-level text diff. The
// notes are the oracle of tests/lib/diff/revision-cases.corpus.test.ts; they are read, never copied.

export interface NotesStep {
  /** `v1__… -> v2__…` as the notes name it. */
  heading: string;
  /** The TITLE line's old and new headline, when the notes list one. */
  title: { before: string; after: string } | null;
  /** Sentences the notes' diff removes (`-` lines) and adds (`+` lines), in order. */
  minus: string[];
  plus: string[];
}

/** The steps of a NOTES.md file, in order. */
export function readNotes(markdown: string): NotesStep[] {
  const part = markdown.split('## Changes between consecutive versions')[1] ?? '';
  const sections = part.split(/^### /m).slice(1);
  return sections.map((section) => {
    const lines = section.split('\n');
    const heading = (lines[0] ?? '').trim();
    const t = /^- TITLE: `(.*)` -> `(.*)`$/m.exec(section);
    const minus: string[] = [];
    const plus: string[] = [];
    const diff = /```diff\n([\s\S]*?)\n```/.exec(section);
    for (const line of diff ? (diff[1] ?? '').split('\n') : []) {
      if (line.startsWith('-')) minus.push(line.slice(1));
      else if (line.startsWith('+')) plus.push(line.slice(1));
    }
    return { heading, title: t ? { before: t[1] as string, after: t[2] as string } : null, minus, plus };
  });
}

/**
 * The test's own folding (independent of lib/diff/normalize.ts): NFKC, no white space, and no
 * quote, dash, interpunct or bracket-style differences. Two sentences equal under it differ only
 * by typography.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u200b\u3000\ufeff]+/gu, '')
    .replace(/[“”„‟‘’‚‛「」『』«»‹›"'`´]/gu, '"')
    .replace(/[-‐‑‒–—―⁃−]+/gu, '-')
    .replace(/[·‧•・∙⋅]/gu, '·');
}
