/** Lower-case, accents and punctuation folded: the key used to match headings and column names. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim()
}

/**
 * Text of a table cell or heading as written, with GFM's `\|` escape undone and whitespace
 * collapsed to single spaces.
 *
 * @param raw Source slice.
 * @returns Clean text.
 */
export function cleanInline(raw: string): string {
  return raw.replaceAll('\\|', '|').replace(/\s+/g, ' ').trim()
}
