// Which capture the sidebar compares with when the reader has not chosen: the newest capture of any
// source, passing over the reader's own captures (visits, watched, followed) that read the same as
// the page now. So a page changed since the reader's last visit is compared with that visit ("what
// changed since you read it"); a re-read of an unchanged page keeps showing what changed since the
// capture before it instead of "nothing"; and an archive capture is compared with as before.
import type { ArchivedArticle, Article } from '../types';
import { captureHash } from './capture';
import { OWN_SOURCES } from './types';

/** `versions`: the article's captures, oldest first (Match.versions order). Returns a version's `source`. */
export async function defaultVersion(live: Article, versions: ArchivedArticle[]): Promise<string | null> {
  if (versions.length === 0) return null;
  let liveHash: string | null = null;
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i]!;
    if (!v.origin || !OWN_SOURCES.includes(v.origin)) return v.source;
    liveHash ??= await captureHash(live);
    if ((v.hash ?? (await captureHash(v))) !== liveHash) return v.source;
  }
  return versions[versions.length - 1]!.source;
}
