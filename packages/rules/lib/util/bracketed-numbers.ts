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
// Where the words before the bracket start: a cell bar, a list marker, a line start, a mark.
const boundary = /(?:^|\||[.;:!?]\s|^\s*(?:[-*+]|\d{1,2}[.)])\s)(?![^|.;:!?]*(?:\||[.;:!?]\s))/u

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
    const cut = boundary.exec(line)
    const chunk = line.slice(cut ? cut.index + cut[0].length : 0).replace(/\*\*|__/gu, '')
    const words = chunk.trim().split(/\s+/u).filter(Boolean)
    if (words.length < 2) continue
    const first = title.split(/\s+/u)[0]?.toLowerCase() ?? ''
    // From the last word that is the title's first word, capitalised as a name starts.
    const from = words.map((w) => w.toLowerCase()).lastIndexOf(first)
    const name = (from >= 0 && /^\p{Lu}/u.test(words[from] ?? '') ? words.slice(from) : words).join(' ')
    if (from < 0 && !/^\p{Lu}/u.test(name)) continue
    const own = new Set(titles.flatMap(contentWords))
    const shared = new Set(contentWords(name).filter((w) => own.has(w))).size
    const sameStart = (name.split(/\s+/u)[0] ?? '').toLowerCase() === first && first.length >= 4
    // A short form (`Samen sterk`) is all title words; a post shares no more than one word.
    if (!(sameStart || shared >= 2) || name.split(/\s+/u).length > title.split(/\s+/u).length + 3) continue
    const at = lineStart + line.lastIndexOf(name)
    if (at < lineStart) continue
    out.push({ key, reference: `${m[1]} ${m[2]}`, name, index: at })
  }
  return out
}
