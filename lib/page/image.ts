// Image URLs of an rfi.fr page: srcset candidates and relative URLs.

/** `data:` URIs are placeholders (the 2020-23 hero's 1x1 GIF), never the image. */
const PLACEHOLDER = /^data:/iu;

/**
 * The image an `img` stands for, independent of the viewport: the widest `srcset` candidate, then
 * `src`; placeholders skipped. (`currentSrc` is not used: it depends on the viewport width, so the
 * same page would give different URLs.)
 */
export function bestImageUrl(img: Element): string | null {
  const candidates = parseSrcset(img.getAttribute('srcset') ?? '').filter(
    (c) => !PLACEHOLDER.test(c.url),
  );
  candidates.sort((a, b) => b.width - a.width);
  const widest = candidates[0]?.url;
  if (widest) return widest;
  const src = img.getAttribute('src')?.trim() ?? '';
  return src !== '' && !PLACEHOLDER.test(src) ? src : null;
}

/** `url 246w, url 388w` → candidates; density (`2x`) or bare entries count as width 0. */
export function parseSrcset(srcset: string): { url: string; width: number }[] {
  const out: { url: string; width: number }[] = [];
  for (const part of srcset.split(/,\s+|,(?=\S+\s+\d+[wx]\b)|,$/u)) {
    const [url, descriptor] = part.trim().split(/\s+/u);
    if (!url) continue;
    const width = descriptor && /^\d+w$/u.test(descriptor) ? Number.parseInt(descriptor, 10) : 0;
    out.push({ url, width });
  }
  return out;
}

/** An absolute URL as found, or a relative one resolved against the page URL. */
export function resolveUrl(value: string, base: string): string {
  const trimmed = value.trim();
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    try {
      return new URL(trimmed, base).href;
    } catch {
      return trimmed;
    }
  }
}
