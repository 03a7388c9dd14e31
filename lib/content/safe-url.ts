// Which URLs from untrusted span contents may become links or images.

/** An http(s) URL, normalised; null for anything else (javascript:, data:, relative, malformed). */
export function safeHttpUrl(text: unknown): string | null {
  if (typeof text !== "string" || text.length > 4096) return null;
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Raster image types a browser decodes without running anything; SVG is left out on purpose. */
const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"];

/** Largest base64 image shown inline (the preview is bounded on screen anyway). */
export const MAX_INLINE_IMAGE_CHARS = 8_000_000;

/** A base64 data URL of a raster image, or null. */
export function safeDataImage(text: unknown): string | null {
  if (typeof text !== "string" || text.length > MAX_INLINE_IMAGE_CHARS) return null;
  const match = /^data:([a-z/+-]+);base64,/i.exec(text.slice(0, 64));
  if (!match || !IMAGE_TYPES.includes(match[1].toLowerCase())) return null;
  // Only the base64 alphabet may follow, so the URL cannot smuggle anything else.
  return /^[A-Za-z0-9+/=\s]*$/.test(text.slice(match[0].length, match[0].length + 4096)) ? text : null;
}

/** Base64 image data with its media type (Anthropic's image source) → a data URL, when safe. */
export function dataImageFrom(mediaType: unknown, data: unknown): string | null {
  if (typeof mediaType !== "string" || typeof data !== "string") return null;
  return safeDataImage(`data:${mediaType};base64,${data}`);
}

export function looksLikeImageUrl(text: string): boolean {
  return safeHttpUrl(text) !== null && /\.(png|jpe?g|gif|webp)(\?|#|$)/i.test(text);
}
