/**
 * Whether a URL from the model may become a link: fragment (`#id`), relative path, `http(s):`
 * or `mailto:`. Scripts (`javascript:`, `data:`, `vbscript:`) and other schemes are refused.
 *
 * @param url The URL as written.
 * @returns `true` when safe.
 */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)
  if (!scheme) return true
  return scheme[1] === 'http' || scheme[1] === 'https' || scheme[1] === 'mailto'
}
