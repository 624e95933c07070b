// How each source of captures is named beside a capture (the version picker, the compared copy).
import type { PlainKey } from '@/lib/i18n/translate';
import type { CaptureSource } from '@/lib/types';

export const ORIGIN_KEY: Record<CaptureSource, PlainKey> = {
  bundled: 'origin.bundled',
  visit: 'origin.visit',
  watch: 'origin.watch',
  feed: 'origin.feed',
  wayback: 'origin.wayback',
  import: 'origin.import',
};
