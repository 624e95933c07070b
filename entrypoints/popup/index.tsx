import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '@/components/PopupView';
import { sendMessage } from '@/lib/messaging';

// The popup page: asks the background for the active tab's summary and shows it. main.tsx (the
// page's script, loaded by index.html) calls mountPopup; nothing here runs at import time.
export default async function mountPopup(doc: Document): Promise<void> {
  const app = doc.getElementById('app');
  if (!app) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) {
    render(<PopupView summary={null} />, app);
    return;
  }
  const reply = await sendMessage('summary', { tabId: tab.id });
  render(reply.ok ? <PopupView summary={reply.value} /> : <PopupView summary={null} error={reply.error} />, app);
}
