/**
 * A table cell's or header's text as the readers compare it: without the Markdown emphasis marks
 * (a bold `**Totaal**` row is the row `Totaal`) and the spaces around it. Written once here; it
 * stood as a one-line `clean` in a dozen readers.
 */
const EMPHASIS = /\*/g

/**
 * @param text A cell or header as written.
 * @returns The text without `*` and outer spaces.
 */
export const plainCell = (text: string): string => text.replace(EMPHASIS, '').trim()

/**
 * @param text A cell or header as written.
 * @returns `plainCell` in lower case, for comparing names.
 */
export const plainCellLower = (text: string): string => plainCell(text).toLowerCase()
