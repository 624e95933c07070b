import { defineConfig } from 'wxt';

// Manifest options live here and in each entrypoint's define* call; no manifest.json is written by hand.
export default defineConfig({
  // RFI_LENS_OUT lets parallel builds (several people or test runs on one machine) keep apart.
  outDir: process.env.RFI_LENS_OUT ?? '.output',
  // @wxt-dev/i18n: locales/*.yml → _locales/<lang>/messages.json (lib/i18n picks the reader's language).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // storage: the reader's settings and panel state (this browser only). The content script's match
    // pattern is the only host access the extension has.
    permissions: ['storage'],
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
  // Vite 7 (pulled by wxt 0.20) compiles TSX with esbuild: Preact's automatic JSX runtime.
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
