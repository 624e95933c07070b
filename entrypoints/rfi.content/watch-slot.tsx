// The sidebar's "Watch this article" control, wired: asks the background whether the article is
// watched (and marks its edits seen: the reader is looking at it), and starts or stops the watch.
import { useEffect, useState } from 'preact/hooks';
import { WatchControl } from '@/components/WatchControl';
import { sendMessage } from '@/lib/messaging';
import type { Article } from '@/lib/types';
import type { WatchItem } from '@/lib/watch/view';

export function WatchSlot({ live }: { live: Article }) {
  const [item, setItem] = useState<WatchItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void sendMessage('watchStatus', { url: live.url, seen: true }).then((reply) => (reply.ok ? setItem(reply.value) : setError(reply.error)));
  }, [live.url]);
  const toggle = async (on: boolean) => {
    setBusy(true);
    const article = { url: live.url, title: live.title, edition: live.edition, published: live.published };
    const reply = await sendMessage('watchSet', { article, on });
    setBusy(false);
    if (reply.ok) setItem(reply.value);
    setError(reply.ok ? null : reply.error);
  };
  return <WatchControl item={item} busy={busy} error={error} onToggle={(on) => void toggle(on)} />;
}
