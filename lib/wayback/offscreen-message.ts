// The Wayback lookup's message to Chrome's offscreen document: "read this fetched capture" (its
// MV3 worker has no DOMParser). The document answers readCapture's CaptureReading. Pure types.
import type { Article } from '../types';
import type { FetchedCapture } from './capture-page';
import type { WaybackCapture } from './types';

export interface CaptureReadRequest {
  rfiLensOffscreen: 1;
  waybackRead: { capture: WaybackCapture; fetched: FetchedCapture; live: Article; pageUrl: string };
}

export function isCaptureReadRequest(message: unknown): message is CaptureReadRequest {
  const m = message as Partial<CaptureReadRequest> | null;
  const r = m?.waybackRead;
  return typeof m === 'object' && m !== null && m.rfiLensOffscreen === 1 && typeof r === 'object' && r !== null && typeof r.pageUrl === 'string' && typeof r.fetched?.html === 'string';
}
