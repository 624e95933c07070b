// The reader's own archive: THE API the watch engineer (lib/watch, lib/feed, background watch*)
// builds against. Open it once in the background with openStore({ factory: indexedDB }), make a
// capture with makeCapture(article, { source, capturedAt, readUrl }) (throws EmptyCaptureError
// on an empty extraction), then addCapture(capture) → { status: 'stored' | 'unchanged', … }.
// Everything here is pure TypeScript over an injected IDBFactory (fake-indexeddb in tests).
export * from './types';
export { captureHash, captureId, makeCapture, normalisedText } from './capture';
export { openStore, type OpenStoreOptions } from './store';
