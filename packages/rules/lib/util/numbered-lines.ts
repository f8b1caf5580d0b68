/** A number written at the start of a line of Markdown, as the document's own numbering. */
export interface LineNumber {
  /** The number without a letter (`3.4`, `5`), or the letter of a letter list (`d`). */
  value: string
  /** Letter after the number (`b` of `5b`), if any. */
  letter: string | undefined
  /** The word before the number, lower case (`hoofdstuk`, `artikel`), or `''`. */
  word: string
  /** Column (0-based) where the number starts in the text it was read from. */
  index: number
}

// Words that number the parts of general Dutch policy documents (chapters, themes, priorities,
// lines of action, measures, recommendations …).
const words =
  'hoofdstuk|bijlage|paragraaf|artikel|thema|route|opgave|resultaatgebied|ontwikkelopdracht|principe|doel|doelstelling|stap|fase|' +
  'pijler|speerpunt|prioriteit|lijn|actielijn|spoor|werkspoor|actie|maatregel|project|deelproject|programma|ambitie|opdracht|' +
  'onderdeel|deel|module|bouwsteen|kernwaarde|uitgangspunt|scenario|variant|beslispunt|agendapunt|focuspunt|categorie|' +
  'criterium|aanbeveling|advies|conclusie|bevinding|prestatie|indicator|resultaat'
// A heading's number: `3.2`, `4.`, `Bijlage 5a:`, `Thema 2:`; years (`2025`) are not numbers.
// Any other capitalised word numbers a heading when a separator follows (`Kwartier 2: …`); without
// one (`De 3 pijlers`) the number is part of the title.
const headingNumber = new RegExp(`^(?:(${words})\\s+)?(\\d{1,2}(?:\\.\\d{1,2})*)([a-z])?(?=[.:)]?(?:\\s|$))`, 'iu')
const labelledHeadingNumber = /^(\p{Lu}\p{Ll}+)\s+(\d{1,2}(?:\.\d{1,2})*)([a-z])?(?=\s*[:.)–—-](?:\s|$))/u
// A numbered paragraph or bullet outside a heading: `3.2 Werkwijze`, `**3.2 Werkwijze**`,
// `**3.2** Werkwijze`, `- 3.2 Werkwijze`, `- Doel 2.1: …` (goals and measures are often bullets
// numbered by hand).
const dottedParagraph = new RegExp(`^(?:[-*+][ \\t]+)?(?:\\*\\*|__)?(?:(${words})\\s+)?(\\d{1,2}(?:\\.\\d{1,2})+)\\.?(?:\\*\\*|__)?:?[ \\t]+(?:\\*\\*|__)?\\p{Lu}`, 'iu')
// A bullet that opens with a numbering word, a dotted number and a colon or dash (`- Doel 2.2: 120
// woningen …`, `- Maatregel 1.3 – het …`): the word and the separator make it a label, so what
// follows may open with a figure or a small letter.
const dottedBullet = new RegExp(`^[-*+][ \\t]+(?:\\*\\*|__)?(${words})\\s+(\\d{1,2}(?:\\.\\d{1,2})+)(?:\\*\\*|__)?[ \\t]*[:–—](?:\\*\\*|__)?[ \\t]+\\S`, 'iu')
// A paragraph that opens with a numbered word: `**Artikel 3 Aanvraag**`, `Stap 2: Gesprek`.
const wordParagraph = new RegExp(`^(\\*\\*|__)?(${words})\\s+(\\d{1,3})([a-z])?(?:\\*\\*|__)?(?:\\s*[.:–—-])?\\s*(?:\\*\\*|__)?(.*)$`, 'iu')
// A bullet that opens with a numbering word, its number and a separator: `- Fase 4: …`,
// `* **Fase 2** – …`, `- Actie 4. …`. Without the separator (`- In stap 2 kijken we …`) it is a mention.
const bulletWord = new RegExp(`^[-*+][ \\t]+(?:\\*\\*|__)?(${words})\\s+(\\d{1,3})([a-z])?(?:\\*\\*|__)?\\s*[.:–—-](?:\\*\\*|__)?(?:\\s|$)`, 'iu')
// An item of a letter list: `a) …`, `b. …`, `(c) …`, `- d) …`, `**e.** …`.
const letterItem = /^(?:[-*+][ \t]+)?(?:\*\*|__)?\(?([a-z])[.)](?:\*\*|__)?[ \t]+\S/

/**
 * The number of a heading's text (`3.2 Werk`, `Hoofdstuk 4: Geld`).
 *
 * @param text The heading text, without `#`.
 * @returns The number, or `undefined`.
 */
export function headingLineNumber(text: string): LineNumber | undefined {
  const m = headingNumber.exec(text) ?? labelledHeadingNumber.exec(text)
  if (!m?.[2]) return undefined
  return { value: m[2], letter: m[3], word: (m[1] ?? '').toLowerCase(), index: m.index + m[0].indexOf(m[2], m[1]?.length ?? 0) }
}

/**
 * The dotted number a paragraph or bullet opens with (`3.2 Werkwijze`, `**2.4** Minder …`).
 *
 * @param line The line, without indentation.
 * @returns The number, or `undefined`.
 */
export function dottedLineNumber(line: string): LineNumber | undefined {
  const m = dottedParagraph.exec(line) ?? dottedBullet.exec(line)
  return m?.[2] ? { value: m[2], letter: undefined, word: (m[1] ?? '').toLowerCase(), index: line.indexOf(m[2], m[1] ? line.indexOf(m[1]) + m[1].length : 0) } : undefined
}

/**
 * The number of a paragraph that opens with a numbering word: in bold (`**Artikel 3** …`) or
 * as a title line of its own (`Stap 2: Gesprek`). A sentence that cites an article
 * (`Artikel 8 van de Jeugdwet regelt …`) is not numbering.
 *
 * @param line The line, without indentation.
 * @param alone Whether the line is a paragraph of its own (blank line or end after it).
 * @returns The number, or `undefined`.
 */
export function wordLineNumber(line: string, alone: boolean): LineNumber | undefined {
  const m = wordParagraph.exec(line)
  if (!m?.[2] || !m[3]) return undefined
  const rest = (m[5] ?? '').replace(/(?:\*\*|__)\s*$/, '').trim()
  const title = rest === '' || (/^\p{Lu}/u.test(rest) && !/[.;,]$/.test(rest) && rest.split(/\s+/).length <= 8)
  if (!(m[1] ? title || /^\p{Lu}/u.test(rest) : alone && title)) return undefined
  return { value: m[3], letter: m[4], word: m[2].toLowerCase(), index: line.indexOf(m[3], m[1]?.length ?? 0) }
}

/**
 * The number of a bullet that opens with a numbering word and a separator (`- Fase 4: …`).
 *
 * @param line The line, without indentation.
 * @returns The number, or `undefined`.
 */
export function bulletWordNumber(line: string): LineNumber | undefined {
  const m = bulletWord.exec(line)
  if (!m?.[1] || !m[2]) return undefined
  return { value: m[2], letter: m[3], word: m[1].toLowerCase(), index: line.indexOf(m[2], line.toLowerCase().indexOf(m[1].toLowerCase()) + m[1].length) }
}

/**
 * The letter an item of a letter list opens with (`a) …`, `- b. …`).
 *
 * @param line The line, without indentation.
 * @returns The letter as a number (`a` is 1), or `undefined`.
 */
export function letterLineNumber(line: string): LineNumber | undefined {
  const m = letterItem.exec(line)
  return m?.[1] ? { value: String(m[1].charCodeAt(0) - 96), letter: undefined, word: '', index: line.indexOf(m[1]) } : undefined
}
