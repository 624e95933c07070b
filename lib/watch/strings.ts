// Every reader-visible sentence of the watch and follow features, in one place for the i18n layer
// (issue 10): whole sentences with named placeholders, never glued fragments.
export const WATCH_STRINGS = {
  watch: 'Watch this article',
  unwatch: 'Stop watching',
  watchingSince: 'Watching since {time}. Next check {next}.',
  watchOver: 'Watch ended: {reason}',
  watchHelp: 'RFI Lens re-reads the article on rfi.fr (hourly on its first day, then less often, for a month) and tells you when it is edited.',
  editedSinceRead: 'Edited since you read it',
  editedOn: 'Last edited {time}',
  editsCount: '{count} edits found',
  badgeTitleTab: 'RFI Lens: this article was edited since you read it',
  badgeTitleAll: 'RFI Lens: {count} watched articles edited since you read them',
  watchedHeading: 'Watched articles',
  noneWatched: 'No watched articles. Use "Watch this article" in the sidebar or here.',
  followHeading: 'Follow an edition',
  followHelp: 'Captures every new article of the edition as it appears in its feed (checked every 10 minutes), then re-reads it like a watched article.',
  editionEditsHeading: 'Recently edited in followed editions',
  noEditionEdits: 'No edits found yet in the followed editions.',
  notifyLabel: 'Notify me when a watched article is edited',
  notifyDenied: 'Notifications were not allowed.',
  outcome_captured: 'captured {time}',
  outcome_edited: 'edited, found {time}',
  outcome_unchanged: 'unchanged at {time}',
  outcome_redirected: 'now redirects to {detail}',
  outcome_gone: 'removed from rfi.fr (HTTP {status})',
  outcome_outage: 'rfi.fr did not answer at {time}; trying again later',
  outcome_unreadable: 'no article text at {time}',
  'outcome_store-error': 'could not be stored at {time}: {detail}',
  scheduleOver: 'the month of re-reading is over',
  notYetRead: 'not read yet',
} as const;

export type WatchStringKey = keyof typeof WATCH_STRINGS;

/** The sentence `key` with its `{name}` placeholders filled. */
export function watchText(key: WatchStringKey, values: Record<string, string | number> = {}): string {
  return WATCH_STRINGS[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The edition names the follow control lists (endonyms, as RFI's own edition menu). */
export const EDITION_NAMES: Record<string, string> = {
  cn: '中文（简体）',
  tw: '中文（繁體）',
  fr: 'Français',
  en: 'English',
  es: 'Español',
  pt: 'Português',
  br: 'Português do Brasil',
  ru: 'Русский',
  vi: 'Tiếng Việt',
  km: 'ខ្មែរ',
  fa: 'فارسی',
  uk: 'Українська',
  ha: 'Hausa',
  sw: 'Kiswahili',
  ma: 'Mandenkan',
  ff: 'Fulfulde',
  ro: 'Română',
};
