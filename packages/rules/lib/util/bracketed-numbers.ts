/**
 * A name written before a part's number in brackets: `Groen in de wijk (thema 2)` in a table row,
 * an agenda cell, a list item or a sentence. Whether the words before the bracket are the part's
 * name or a post that belongs to it (`Onderhoud speeltuinen (thema 2)`) is read from the title:
 * a name starts with the title's first word, or shares two of its words.
 * Used by `numberedNames` (title-drift).
 */

/** A name before a bracketed number, with the key (`thema 2`) the number stands for. */
export interface BracketedName {
  /** `word number`, lower case (`thema 2`). */
  key: string
  /** The reference as written (`thema 2`). */
  reference: string
  /** The name as written. */
  name: string
  /** Offset of the name in the text. */
  index: number
}

// `(thema 2)`, `(Pijler 3)`: a word and a number alone in brackets.
const bracketed = /\(\s*(\p{L}{3,})\s+(\d{1,2}[a-z]?)\s*\)/gu

const contentWords = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4)

/**
 * Names before bracketed numbers in a text, cut to where the title's first word starts (`Voor
 * Samen sterk in de buurt (thema 3)` → `Samen sterk in de buurt`) or, in a cell or list item of its
 * own, the whole label.
 *
 * @param text A Markdown source.
 * @param titleOf The titles the key names (title and short title), or undefined for no part.
 * @returns The names that read as the part's name.
 */
export function bracketedNames(text: string, titleOf: (key: string) => string[] | undefined): BracketedName[] {
  const out: BracketedName[] = []
  for (const m of text.matchAll(bracketed)) {
    const key = `${m[1]?.toLowerCase()} ${m[2]?.toLowerCase()}`
    const titles = titleOf(key)
    const title = titles?.[0]
    if (!titles || !title) continue
    const lineStart = text.lastIndexOf('\n', m.index) + 1
    const line = text.slice(lineStart, m.index)
    // The words before the bracket start after a list marker, a cell bar or a sentence mark.
    const marker = /^\s*(?:[-*+]|\d{1,2}[.)])\s+/u.exec(line)?.[0].length ?? 0
    const bar = line.lastIndexOf('|') + 1
    const mark = Math.max(0, ...[...line.matchAll(/[.;:!?]\s/gu)].map((x) => x.index + 2))
    const from0 = Math.max(marker, bar, mark)
    const chunk = line.slice(from0).replace(/\*\*|__/gu, '')
    const words = chunk.trim().split(/\s+/u).filter(Boolean)
    if (words.length < 2) continue
    const first = title.split(/\s+/u)[0]?.toLowerCase() ?? ''
    // From the last word that is the title's first word, capitalised as a name starts.
    const from = words.findLastIndex((w) => w.toLowerCase() === first && /^\p{Lu}/u.test(w))
    const name = (from >= 0 ? words.slice(from) : words).join(' ')
    // In a sentence the words before the bracket are a name only from the title's first word on
    // (`Daarna volgen de plannen voor meer groen in de straat (thema 2)` shares words, names nothing);
    // a cell or list item that is only the name and its number is a label as a whole.
    const rest = text.slice(m.index + m[0].length, text.indexOf('\n', m.index) >>> 0)
    const label = from0 === Math.max(marker, bar) && (bar > 0 || marker > 0) && /^\s*[;.,]?\s*(?:\||$)/u.test(rest)
    if (from < 0 && !(label && /^\p{Lu}/u.test(name))) continue
    const own = new Set(titles.flatMap(contentWords))
    const shared = new Set(contentWords(name).filter((w) => own.has(w))).size
    const sameStart = (name.split(/\s+/u)[0] ?? '').toLowerCase() === first && first.length >= 4
    // A short form (`Groen` for `Groen in de straat`) is a part of the title; a post shares no more than one word.
    if (!(sameStart || shared >= 2) || name.split(/\s+/u).length > title.split(/\s+/u).length + 3) continue
    const at = lineStart + line.lastIndexOf(name)
    if (at < lineStart) continue
    out.push({ key, reference: `${m[1]} ${m[2]}`, name, index: at })
  }
  return out
}
