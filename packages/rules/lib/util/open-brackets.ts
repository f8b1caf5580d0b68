/**
 * A bracket that opens an aside and never closes, read by `unfinished-sentence`: the writer broke
 * off inside the aside (`De bijdrage (onder voorbehoud van haar eigen begroting`) or forgot where
 * it ends (`De werkwijze (zie paragraaf 3 voor de uitwerking is ingevoerd.`). Only a bracket with
 * no closing bracket after it anywhere in the paragraph counts, so a nested aside (`(alleen als
 * … (teller = 1) voorkomt`) stays out, and `a)`, `1)` are closings without an opening.
 */

/**
 * The first bracket of a paragraph that opens an aside no later bracket closes.
 *
 * @param paragraph A paragraph of running text or a list item.
 * @param next The paragraph after it: an aside cut by a page break closes there (`… (Domein` /
 *   `Overstijgend) als …`), which is no open bracket.
 * @returns The bracket's offset in the paragraph, or `undefined`.
 */
export function openBracket(paragraph: string, next: string | undefined): number | undefined {
  // An opening bracket right before a word, number or amount (`:(` or `( ` is no aside), after the
  // last closing one: an aside closed earlier (`De huur (per maand) en de borg (twee maanden`)
  // leaves a later one open all the same.
  const from = paragraph.lastIndexOf(')') + 1
  const after = paragraph.slice(from).search(/\((?=[\p{L}\p{N}€])/u)
  if (after < 0) return undefined
  const open = from + after
  // The next paragraph closes a bracket it did not open: the aside runs on there, also past an
  // aside of its own (`… (Wijk Zonder` / `Grenzen (WZG) Oost en Samen Sterk) als …`).
  if (closesOneMore(next ?? '')) return undefined
  return open
}

// Whether a text closes a bracket it did not open itself.
function closesOneMore(text: string): boolean {
  let depth = 0
  for (const char of text) {
    if (char === '(') depth++
    else if (char === ')' && depth-- === 0) return true
  }
  return false
}
