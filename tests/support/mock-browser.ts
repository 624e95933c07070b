// What `wxt/browser` is in unit tests: WXT's in-memory fake browser. WXT's own alias points at a
// module that imports `wxt/testing`, which pulls in WXT's whole build tool (Vite builder, file
// system helpers): about half a second for every suite that imports the background or messaging.
// This module is the same fakeBrowser object (the one the setup file stubs as `browser` and
// `chrome`) without the rest; vitest.config.ts and the other configs alias `wxt/browser` to it.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const browser = fakeBrowser;
export default fakeBrowser;
