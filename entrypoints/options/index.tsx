import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ArchiveSources } from '@/components/ArchiveSources';
import { ArchiveTransfer, type TransferResult } from '@/components/ArchiveTransfer';
import { I18nProvider } from '@/components/i18n';
import { ImportSources, type ImportOutcome, type ImportProgressState } from '@/components/ImportSources';
import type { ImportRecord } from '@/lib/imports/types';
import { OptionsView } from '@/components/OptionsView';
import { OwnArchiveOptions } from '@/components/OwnArchiveOptions';
import { extensionMessages, sendMessage } from '@/lib/messaging';
import { loadPanel, loadSettings, saveSettings } from '@/lib/settings/storage-items';
import type { Settings } from '@/lib/settings/settings';
import { translatorOf, uiSetup } from '@/lib/settings/ui-setup';
import { ownArchiveSettings } from '../background/settings';
import { shortcutsOpener } from './shortcuts';
import { MB, setCap } from './archive-store';
import type { ChosenFiles } from './import-files';
import { importsBackend, removeImport, sweepImports } from './imports';


// The options page: the reader's settings in their language and theme, stored on change.
// main.tsx calls mountOptions; nothing here runs at import time.
export default async function mountOptions(doc: Document): Promise<void> {
  const app = doc.getElementById('app');
  if (!app) return;
  const messages = extensionMessages();
  // Loaded on the reader's click: the zip library and the archive parser (the bulk of this page's
  // code) are not needed to show the page.
  const transferModule = () => import('./transfer');
  const importFilesModule = () => import('./import-files');
  const languages = [...navigator.languages, browser.i18n.getUILanguage()];
  let saved = false;
  // The own archive: the switch is the background's storage item; forgetting goes through the
  // background, which holds the store.
  let visits = await ownArchiveSettings().visitsOn.getValue();
  let capBytes = await ownArchiveSettings().capBytes.getValue();
  let ownMessage: string | null = null;
  let transfer: TransferResult | null = null;
  let busy = false;
  let current: Settings = await loadSettings();
  // Imported archives (lib/imports): an import a closed page left half-written is removed first.
  let imports: ImportRecord[] = [];
  let importProgress: ImportProgressState | null = null;
  let importOutcome: ImportOutcome | null = null;
  let interrupted = false;
  const listImports = async () => {
    imports = await (await importsBackend()).list();
  };
  await sweepImports()
    .then((removed) => (interrupted = removed))
    .then(listImports)
    .catch((error: unknown) => (importOutcome = { kind: 'failed', error: error instanceof Error ? error.message : String(error) }));
  const draw = async (settings: Settings) => {
    current = settings;
    const setup = await uiSetup({ settings: async () => settings, panel: loadPanel, messages }, null, languages);
    const translator = translatorOf(setup);
    doc.documentElement.lang = translator.lang;
    doc.documentElement.className = `theme theme--${settings.theme}`;
    doc.title = translator.t('options.title');
    render(
      <I18nProvider translator={translator}>
        <OptionsView
          settings={settings}
          saved={saved}
          onOpenShortcuts={shortcutsOpener()}
          onChange={(change) => {
            void saveSettings(change).then((next) => {
              saved = true;
              return draw(next);
            });
          }}
          sources={
            <ArchiveSources>
              <OwnArchiveOptions
                visits={visits}
                message={ownMessage}
                onSetVisits={(on) => {
                  void sendMessage('visitsSet', { on }).then((r) => {
                    if (r.ok) visits = r.value.visits;
                    ownMessage = r.ok ? null : translator.t('own.failed', r.error);
                    return draw(current);
                  });
                }}
                capMb={Math.round(capBytes / MB)}
                onSetCap={(mb) => {
                  // Saved for the background, and applied here at once (the page shares its store) so
                  // that the captures removed to fit are said.
                  capBytes = mb * MB;
                  void setCap(capBytes).then(
                    (evicted) => (ownMessage = evicted > 0 ? translator.n('own.evicted', evicted) : null),
                    (error: unknown) => (ownMessage = translator.t('own.failed', error instanceof Error ? error.message : String(error))),
                  ).then(() => draw(current));
                }}
                onForgetAll={() => {
                  void sendMessage('visitsForget', { articleKey: null }).then((r) => {
                    ownMessage = r.ok ? translator.t('own.forgotten', r.value.removed) : translator.t('own.failed', r.error);
                    return draw(current);
                  });
                }}
              />
              <ArchiveTransfer
                busy={busy}
                result={transfer}
                onExport={() => void run(async () => (await transferModule()).exportArchive(doc))}
                onImport={(file) => void run(async () => (await transferModule()).importArchive(file))}
              />
              <ImportSources
                sources={imports}
                progress={importProgress}
                outcome={importOutcome}
                interrupted={interrupted}
                onFolder={(files) => void runImportJob(async () => (await importFilesModule()).folderFiles(files))}
                onZip={(file) => void runImportJob(async () => (await importFilesModule()).zipFiles(file))}
                onRemove={(source) => {
                  void removeImport(source.id)
                    .then((): ImportOutcome => ({ kind: 'removed', name: source.name }))
                    .catch((error: unknown): ImportOutcome => ({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }))
                    .then(async (outcome) => {
                      importOutcome = outcome;
                      await listImports().catch(() => undefined);
                      return draw(current);
                    });
                }}
              />
            </ArchiveSources>
          }
        />
      </I18nProvider>,
      app,
    );
  };
  /** One export or import at a time; its outcome is shown, never swallowed. */
  const run = async (job: () => Promise<TransferResult>) => {
    busy = true;
    ownMessage = null; // the last forget/switch message would read as this action's outcome
    await draw(current);
    transfer = await job().catch((error: unknown): TransferResult => ({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }));
    busy = false;
    await draw(current);
  };
  /** One import at a time; the progress bar redrawn at most every 100 ms; the outcome shown, never swallowed. */
  const runImportJob = async (read: () => Promise<ChosenFiles>) => {
    let drawn = 0;
    importProgress = { phase: 'read', done: 0, total: 0 };
    importOutcome = null;
    interrupted = false;
    await draw(current);
    try {
      const { importFiles } = await importFilesModule();
      const summary = await importFiles(await read(), (phase, done, total) => {
        importProgress = { phase, done, total };
        if (Date.now() - drawn >= 100 || phase !== 'read') {
          drawn = Date.now();
          void draw(current);
        }
      });
      importOutcome = { kind: 'imported', summary };
    } catch (error) {
      importOutcome = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    importProgress = null;
    await listImports().catch(() => undefined);
    await draw(current);
  };
  await draw(current);
}
