// The one message between the background and its offscreen document (Chrome): "extract this
// page". Chrome's MV3 service worker has no DOMParser; the offscreen document parses the fetched
// HTML with the browser's own parser and runs the content script's extractor on it. Pure types.
export interface ExtractRequest {
  rfiLensOffscreen: 1;
  html: string;
  url: string;
}

export function isExtractRequest(message: unknown): message is ExtractRequest {
  const m = message as Partial<ExtractRequest> | null;
  return typeof m === 'object' && m !== null && m.rfiLensOffscreen === 1 && typeof m.html === 'string' && typeof m.url === 'string';
}
