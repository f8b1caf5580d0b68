/**
 * Brackets that hold a term of the sentence rather than a label. Dutch authors put a quantity of
 * the claim in brackets: "De bijdrage (€ 25 per inwoner) levert bij 16.000 inwoners € 400.000
 * op", "Voor de 14 haltes (elk € 35.000) …". Readers that read a sentence with patterns stop at
 * the bracket; with its marks blanked they read the term where it stands. A bracket of labels —
 * values per year (`(2024: € 3,1 miljoen)`), a reference (`(zie tabel 3)`, `(art. 4)`), a code
 * (`(6.2.1)`), a date — or of several quantities stays as it is.
 */

// A bracket on one line, not nested.
const BRACKET = /\(([^()\n]{1,60})\)/gu
// One quantity: an amount or a number with a noun or a rate after it (`€ 25 per inwoner`, `elk € 35.000`, `420 personen`).
const TERM = /^\s*(?:(?:elk|ieder|à|a|circa|ca\.|ongeveer|ruim|bijna)\s+)?(?:€\s*)?\d[\d.]*(?:,\d+)?(?:\s+(?:miljoen|mln|duizend|miljard))?(?:\s+(?:per\s+)?[\p{L}²-]+){0,3}\s*$/iu
// Labels: a reference, an article, a year with its value, a date, a code.
const LABEL = /\b(?:zie|vgl|cf|art|artikel|bijlage|tabel|figuur|grafiek|hoofdstuk|paragraaf|bron|peildatum|stand|prijspeil)\b|§|\b(?:19|20)\d{2}\b|:|^\s*\d+(?:\.\d+){1,}\s*$/iu

/**
 * The text with the marks of every term bracket replaced by spaces.
 *
 * @param text Prose.
 * @returns The text, the same length (offsets found in it hold for the source).
 */
export function withTermBrackets(text: string): string {
  return text.replace(BRACKET, (whole: string, inner: string) => (TERM.test(inner) && !LABEL.test(inner) && /\d/u.test(inner) ? ` ${inner} ` : whole))
}
