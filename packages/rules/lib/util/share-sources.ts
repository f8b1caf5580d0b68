/**
 * A source or footnote that closes a claim says nothing about its numbers: `…, circa 31 procent (bron: CBS).`,
 * `… ruim 18 procent[^1].` The share readers see them as blanks of the same length, so a share still closes its clause.
 * Used by `share-claims`.
 */

// `(bron: CBS)`, `(bronnen: …)`, `(zie bijlage 2)`; a footnote reference `[^1]` (not its definition `[^1]:`).
const SOURCE = /[ \t]*\((?:bron|bronnen|zie)\b[^()\n]*\)|\[\^[^\]\s]+\](?!:)/giu

/**
 * The text with its sources and footnote references blanked out (same length, same offsets).
 *
 * @param text The text.
 * @returns The text with spaces where they stood.
 */
export function blankSources(text: string): string {
  return text.includes('(') || text.includes('[^') ? text.replace(SOURCE, (m) => ' '.repeat(m.length)) : text
}
