/**
 * Markdown emphasis blanked out for readers of numbers in prose: `Van de 640 deelnemers rondde
 * **80** het traject af` reads as plain words around the number once the marks are spaces. The
 * text keeps its length, so offsets (and lines and columns) found in it hold for the source.
 */

// A pair of marks on one line around a run that starts and ends with a non-space: `**80**`,
// `__drie__`, `*25 procent*`. A mark at the start of a line is left alone (a list bullet `* `
// has a space after it and is no pair; a line that opens in bold may be a heading of its own).
const PAIR = /(?<=[^\n])(\*\*|__|\*|_)(?=[^\s*_])([^\n*_]*?[^\s*_])\1(?![*_\p{L}\d])/gu

/**
 * The text with the marks of emphasis pairs replaced by spaces.
 *
 * @param text Markdown prose.
 * @param keep Which emphasised runs to unmark (all by default): `(inner) => boolean`.
 * @returns The text, the same length.
 */
export function withoutEmphasis(text: string, keep: (inner: string) => boolean = () => true): string {
  return text.replace(PAIR, (whole: string, mark: string, inner: string) => (keep(inner) ? `${' '.repeat(mark.length)}${inner}${' '.repeat(mark.length)}` : whole))
}

/**
 * The text with emphasis around a name read as quotes (`*Samen*` as `‘Samen’`, `**Samen**` as
 * ` ‘Samen’ `): authors set a title off with italics or bold as often as with quotes. The text
 * keeps its length, so offsets into the result are offsets into the text.
 *
 * @param text Markdown prose.
 * @returns The text with quotes for emphasis.
 */
export function emphasisAsQuotes(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text
  const quote = (_whole: string, mark: string, inner: string): string => (mark.length === 2 ? ` ‘${inner}’ ` : `‘${inner}’`)
  return text.replace(PAIR, quote).replace(CONTINUED, quote)
}

// A pair at the start of a line that goes on with a sentence the line before left open (no mark
// that ends it, no blank line): a soft line break inside the sentence, not a bold heading.
const CONTINUED = /(?<=[^\s.!?:][ \t]*\n[ \t]*)(\*\*|__|\*|_)(?=[^\s*_])([^\n*_]*?[^\s*_])\1(?![*_\p{L}\d])/gu

// A paragraph wrapped whole in one pair of marks (`**We verlengen … omdat de vraag**`).
const WRAPPED = /^(\*\*|__|\*|_)(?=\S)([^\n]*?\S)\1$/u

/**
 * A paragraph of prose without its emphasis: the marks of a pair around the whole paragraph are
 * dropped and those of pairs inside it blanked (`withoutEmphasis`), so a reader of its words and its
 * end sees the sentence. The offset says where the result starts in the paragraph; offsets in the
 * result plus it are offsets in the paragraph.
 *
 * @param text A paragraph of running text.
 * @returns The plain text, trimmed, and its offset in the paragraph.
 */
export function plainProse(text: string): { text: string; offset: number } {
  const whole = WRAPPED.exec(text)
  const mark = whole?.[1]?.length ?? 0
  const inner = withoutEmphasis(whole ? (whole[2] ?? '') : text)
  const lead = inner.length - inner.trimStart().length
  return { text: inner.trim(), offset: mark + lead }
}
