// What one context of the extension keeps of the store's identity records between lookups, as the
// bundled corpus keeps its recent parts (lib/corpus/cache.ts): the records of recent days and URL
// keys, and the captures of recent articles. Every write moves the store's generation (schema.ts
// Usage): a lookup checks it once, and drops everything when another context wrote (the options
// page's import); this context's own writes drop only the entries of the articles they touched.
import type { ArticleIdentity } from './identity';
import type { StoreDb } from './schema';
import type { StoreLookup, StoredCapture } from './types';

/** Kept entries of each kind: a lookup needs about three days, two URL keys and a few articles. */
export const CACHED_DAYS = 24;
export const CACHED_URLS = 256;
export const CACHED_ARTICLES = 32;

class Lru<T> {
  private map = new Map<string, Promise<T>>();
  constructor(private capacity: number) {}
  get(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.map.get(key);
    if (value) this.map.delete(key);
    else
      value = load().catch((error: unknown) => {
        this.map.delete(key);
        throw error;
      });
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
    return value;
  }
  drop(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}

const newestFirst = (list: StoredCapture[]) => list.sort((a, b) => b.capturedAt - a.capturedAt || b.id - a.id);

export function lookupCache() {
  const days = new Lru<ArticleIdentity[]>(CACHED_DAYS);
  const urls = new Lru<ArticleIdentity[]>(CACHED_URLS);
  const articles = new Lru<StoredCapture[]>(CACHED_ARTICLES);
  let known: number | null = null;
  const clear = () => [days, urls, articles].forEach((l) => l.clear());
  return {
    /** The store's generation as just read: anything cached under another one is dropped. */
    check(generation: number): void {
      if (generation !== known) clear();
      known = generation;
    },
    /** This context wrote, moving the generation from `before` to `after`, changing `touched` records. */
    wrote(before: number, after: number, touched: ArticleIdentity[]): void {
      if (known !== before) {
        clear();
      } else {
        for (const r of touched) {
          articles.drop(r.articleKey);
          r.days.forEach((d) => days.drop(d));
          r.urlKeys.forEach((k) => urls.drop(k));
        }
      }
      known = after;
    },
    reader(db: StoreDb): StoreLookup {
      return {
        articlesForUrl: (key) => urls.get(key, () => db.getAllFromIndex('articles', 'urlKeys', key)),
        async articlesOnDays(list) {
          const found = new Map<string, ArticleIdentity>();
          for (const records of await Promise.all(list.map((d) => days.get(d, () => db.getAllFromIndex('articles', 'days', d))))) {
            for (const r of records) found.set(r.articleKey, r);
          }
          return [...found.values()];
        },
        captures: async (key) => [...(await articles.get(key, async () => newestFirst(await db.getAllFromIndex('captures', 'articleKey', key))))],
      };
    },
  };
}
