// The background's wiring in WXT's fake browser (wxt/testing, as WXT's examples/vitest-unit-testing
// tests its background): the real entrypoint is started, then driven by browser events only —
// messages from our content script and from senders it must ignore, tab events, the jump commands —
// and judged by what the browser is told (replies, badge, messages to the tab).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index';
import { indexArticles } from '../../lib/archive/compile';
import { partFiles, partitionIndex } from '../../lib/corpus/partition';
import { urlKey } from '../../lib/match/url-key';
import type { Envelope, Reply } from '../../lib/protocol';
import type { ArchivedArticle } from '../../lib/types';
import { testArticle } from '../support/article';

const URL = 'https://www.rfi.fr/cn/中国/20230302-测试';
const ARCHIVED = ['第一段说10分钟。', '第二段没有变。'];
const LIVE = ['第一段说15分钟。', '第二段没有变。'];

/** The packaged corpus parts (one capture of the article), served where the background fetches them. */
function packagedCorpus(): Map<string, string> {
  const capture: ArchivedArticle = { ...testArticle(ARCHIVED, { url: URL, title: '标题' }), archivedAt: Date.parse('2023-03-02T10:00:00Z'), displayedAt: null, rawTitle: '标题', source: 'a.txt' };
  const parts = partitionIndex(indexArticles([capture], { builtAt: 'T', urlKey }).index);
  return partFiles(parts);
}

type CommandListener = (command: string, tab?: { id?: number }) => Promise<void>;
let commands: CommandListener[] = [];

const OUR_PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const OUR_TAB = (tabId = 7, url = URL) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId } });

/** Sends one message as `sender` would; the background's answer, or undefined when it keeps silent. */
async function send(name: string, request: unknown, sender: object): Promise<Reply<unknown> | undefined> {
  const envelope = { rfiLens: 1, name, request } as Envelope;
  const answers = await fakeBrowser.runtime.onMessage.trigger(envelope, sender);
  return answers.find((a) => a !== undefined) as Reply<unknown> | undefined;
}

const inspect = (sender: object, url = URL) => send('inspect', { pageUrl: url, live: { value: testArticle(LIVE, { url, title: '标题' }), warnings: [] } }, sender);

beforeEach(() => {
  fakeBrowser.reset();
  const files = packagedCorpus();
  // The locale files the build writes from locales/*.yml: none needed here beyond their presence.
  for (const locale of ['en', 'fr', 'zh_CN', 'zh_TW']) files.set(`_locales/${locale}/messages.json`, '{}');
  vi.stubGlobal('fetch', async (url: string) => {
    const text = files.get(String(url).replace(/^chrome-extension:\/\/[^/]+\//, ''));
    return new Response(text ?? 'missing', { status: text === undefined ? 404 : 200 });
  });
  vi.stubGlobal('navigator', { language: 'en', languages: ['en'] });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  commands = [];
  // The fake browser does not implement commands.onCommand: keep the listeners to call them.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => void commands.push(l as CommandListener));
  background.main();
});

describe('background: messages', () => {
  it('answers our content script on an rfi.fr tab with the comparison, without the live article it sent', async () => {
    const reply = await inspect(OUR_TAB());
    expect(reply?.ok).toBe(true);
    const value = (reply as { value: Record<string, unknown> }).value;
    expect(value).not.toHaveProperty('live');
    expect(value).toMatchObject({ match: { method: 'url' }, changes: { summary: { changed: 1 } } });
  });

  it('keeps silent for another extension, a page off rfi.fr, a look-alike host and a page URL off rfi.fr', async () => {
    expect(await inspect({ ...OUR_TAB(), id: 'another-extension' })).toBeUndefined();
    expect(await inspect(OUR_TAB(7, 'https://example.com/cn/x'))).toBeUndefined();
    expect(await inspect(OUR_TAB(7, 'https://rfi.fr.evil.example/cn/x'))).toBeUndefined();
    expect(await inspect(OUR_TAB(), 'https://evilrfi.fr/cn/中国/20230302-测试')).toBeUndefined();
    // The popup's questions come from our pages only, not from a tab.
    expect(await send('summary', { tabId: 7 }, OUR_TAB())).toBeUndefined();
    expect(await send('waybackAnswer', { granted: true, tabId: 7 }, OUR_TAB())).toBeUndefined();
  });

  it('refuses a name that is not a message, even one every object has', async () => {
    expect(await send('constructor', {}, OUR_PAGE())).toEqual({ ok: false, error: 'unknown message: constructor' });
    expect(await send('toString', {}, OUR_PAGE())).toEqual({ ok: false, error: 'unknown message: toString' });
  });

  it('refuses a malformed inspect request with a plain error', async () => {
    expect(await send('inspect', { pageUrl: URL, live: { value: 'not an article', warnings: [] } }, OUR_TAB())).toEqual({ ok: false, error: 'malformed request' });
  });
});

describe('background: tabs and badge', () => {
  it("shows the tab's number of changes on its badge and answers the popup's summary", async () => {
    await inspect(OUR_TAB(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    const summary = await send('summary', { tabId: 7 }, OUR_PAGE());
    expect(summary).toMatchObject({ ok: true, value: { title: '标题', count: 1, items: [{ kind: 'changed' }] } });
  });

  it('forgets a tab closed, and a tab that loads a new page', async () => {
    await inspect(OUR_TAB(7));
    await inspect(OUR_TAB(8));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'loading' }, { id: 8 } as never);
    expect(await send('summary', { tabId: 7 }, OUR_PAGE())).toEqual({ ok: true, value: null });
    expect(await send('summary', { tabId: 8 }, OUR_PAGE())).toEqual({ ok: true, value: null });
  });
});

describe('background: jump commands', () => {
  it("relays next / previous change to the tab's content script, and ignores other commands", async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(commands).toHaveLength(1);
    await commands[0]!('next-change', { id: 7 });
    await commands[0]!('previous-change', { id: 9 });
    await commands[0]!('_execute_action', { id: 7 });
    expect(sent.mock.calls).toEqual([
      [7, { rfiLens: 1, event: 'jump', direction: 'next' }],
      [9, { rfiLens: 1, event: 'jump', direction: 'previous' }],
    ]);
  });

  it('sends to the active tab when the command names none', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const asked = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 }] as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>);
    await commands[0]!('next-change');
    expect(asked).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent).toHaveBeenCalledWith(42, { rfiLens: 1, event: 'jump', direction: 'next' });
  });
});
