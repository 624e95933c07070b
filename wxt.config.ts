import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Manifest options live here and in each entrypoint's define* call; no manifest.json is written by hand.
export default defineConfig({
  // RFI_LENS_OUT lets parallel builds (several people or test runs on one machine) keep apart.
  outDir: process.env.RFI_LENS_OUT ?? '.output',
  // @wxt-dev/i18n: locales/*.yml → _locales/<lang>/messages.json (lib/i18n picks the reader's language).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser, manifestVersion }) => ({
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // storage: the reader's settings, panel state, own archive settings and the watch list (this
    // browser only). alarms: wakes the background when a watched article or a followed feed is due.
    // offscreen (Chrome only): its MV3 worker has no DOMParser, so fetched pages are parsed in an
    // offscreen document (README "Watch and follow").
    // scripting (MV3, no prompt at install): the background injects the article script into an
    // article when the content script's small loader asks (entrypoints/background/inject.ts), so a
    // page that is not an article never compiles it; in Firefox also the sheet that shows our page
    // UI, which Firefox takes away with the extension (gate.ts). Firefox MV2 does both with
    // tabs.executeScript / tabs.insertCSS and its host permission.
    permissions: ['storage', 'alarms', ...(browser === 'chrome' ? ['offscreen'] : []), ...(manifestVersion === 3 ? ['scripting'] : [])],
    // Asked only when the reader turns on "notify me when a watched article is edited"; and (MV2)
    // web.archive.org, asked only when the reader first clicks "Look for earlier copies in the
    // Wayback Machine" (issue 9; MV3 lists it under optional_host_permissions below).
    optional_permissions: ['notifications', ...(manifestVersion === 2 ? ['https://web.archive.org/*'] : [])],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://web.archive.org/*'] } : {}),
    // The background's own requests for watched articles and followed feeds (rfi.fr only, no
    // cookies). The content script's match already covers the same hosts, so installing asks
    // nothing new; Chrome MV3 needs this for the worker's fetch to get past CORS.
    host_permissions: ['*://*.rfi.fr/*'],
    // Jump from change to change on the page; remappable (chrome://extensions/shortcuts, Firefox's
    // "Manage Extension Shortcuts"). Two modifiers, never a single key.
    commands: {
      'next-change': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_ext_nextChange__' },
      'previous-change': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_ext_previousChange__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rfi-lens@rfi-lens.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'artifacts/**', '.tmp/**', '*.log', 'docs/**'],
  },
  hooks: {
    // The content script (and the article script it has injected) loads on every article, so it ships without webextension-polyfill
    // (9.6 KB, 3 KB gzip): it only sends messages, listens for the background's tab events and
    // reads runtime.id, which Chrome MV3's `chrome` and Firefox's `browser` both give natively with
    // promises. WXT's own `wxt/browser` module (the one the polyfill module replaces) picks whichever
    // the browser has. The background, popup and options pages keep the polyfill (the module above).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'rfi-article')) return;
      // Both load on every article: minified by terser in two passes, 1 KB gzip (3 %) smaller than
      // esbuild's minifier makes the article script (issue 10's 30 KB budget); standard, safe
      // compress options only. The other entrypoints keep esbuild (faster builds).
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020 } };
      const native = { find: /^wxt\/browser$/, replacement: createRequire(import.meta.url).resolve('wxt/browser') };
      const alias = config.resolve?.alias ?? {};
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [native, ...alias] : [native, ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
  // Vite 7 (pulled by wxt 0.20) compiles TSX with esbuild: Preact's automatic JSX runtime.
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // WXT's content-script context signals its start to the page (a forgeable event that names
    // the extension id): ours does not (entrypoints/rfi.content/context.ts says why).
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./entrypoints/rfi.content/context.ts', import.meta.url)) } },
  }),
});
