// Reader-visible sentences of the flip-flop guard, live blogs and possible earlier versions, kept
// together as whole sentences with {placeholders} so that the i18n layer (issue 10) can take them
// over as they are. Nothing here is built from fragments.
import { parisParts } from '../text';

export const TRUST_MESSAGES = {
  /** Summary line when the live text is an earlier version's again. */
  sameAsEarlierLine: 'Same as the version of {date}',
  /** The sidebar's notice for the same case. */
  sameAsEarlierNotice:
    'The live text is the same as the version captured {date}. The version captured {compared} differed from it, and those differences have been undone since; they are listed below, folded.',
  sameAsEarlierFolded: 'Differences from the version of {compared} ({count})',
  /** Summary-line part for a live blog that grew. */
  newEntriesOne: '1 new entry',
  newEntriesMany: '{count} new entries',
  liveBlogNotice:
    'This is a live blog: entries posted since the capture are new, not edits. Only edits to or removals of earlier entries are listed as changes.',
  /** Possible earlier versions (no match). */
  possibleEarlierIntro:
    'No stored copy is surely this article, but these captures may be earlier versions of it, rewritten under another headline and URL. They are not compared with it.',
  possibleEarlierItem: 'possibly an earlier version of this article (similarity {percent}%)',
} as const;

export type TrustMessage = keyof typeof TRUST_MESSAGES;

/** A message with its {placeholders} filled in. */
export function trustMessage(id: TrustMessage, values: Record<string, string | number> = {}): string {
  return TRUST_MESSAGES[id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `2020-10-10 09:35 Paris`: how the sidebar names a capture time. */
export function parisTimeLabel(instant: number | string): string {
  const p = parisParts(instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} Paris`;
}
