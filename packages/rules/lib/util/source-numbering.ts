/** A number in the document's own numbering that skips or repeats one. */
export interface NumberingBreak {
  /** Index of the text (source file) the number is in. */
  source: number
  /** Line (1-based) of the number. */
  line: number
  /** Column (1-based) where the number starts. */
  column: number
  /** Character offset of the number in the text. */
  offset: number
  /** The number as written, e.g. `3.4` or `5`. */
  written: string
  /** The number before it in the same sequence, as written. */
  previous: string
  /** The number that was expected. */
  expected: string
}

/** Options of `numberingBreaks`. */
export interface NumberingOptions {
  /** Lines not to read, e.g. the text of a bijlage that is another document (optional). */
  skip?: (source: number, line: number) => boolean
}

/** One number of a sequence, where it stands. */
interface Entry {
  /** Last part of the number (`4` of `3.4`). */
  n: number
  /** Letter after the number (`b` of `5b`), if any. */
  letter: string | undefined
  /** The number as written (`3.4`, `5b`). */
  written: string
  /** Where it stands. */
  at: Omit<NumberingBreak, 'written' | 'previous' | 'expected'>
}

// A heading's number: `3.2`, `4.`, `Bijlage 5a:`, `Thema 2:`; years (`2025`) are not numbers.
const headingNumber =
  /^(?:(hoofdstuk|bijlage|paragraaf|thema|route|opgave|resultaatgebied|ontwikkelopdracht|principe|doel|doelstelling|stap|fase)\s+)?(\d{1,2}(?:\.\d{1,2})*)([a-z])?(?=[.:)]?(?:\s|$))/iu
// A numbered paragraph or bullet outside a heading: `3.2 Werkwijze`, `**3.2 Werkwijze**`,
// `**3.2** Werkwijze`, `- 3.2 Werkwijze` (goals and measures are often bullets numbered by hand).
const paragraphNumber = /^(?:[-*+][ \t]+)?(?:\*\*|__)?(\d{1,2}(?:\.\d{1,2})+)\.?(?:\*\*|__)?:?[ \t]+(?:\*\*|__)?\p{Lu}/u
const listItem = /^([ \t]*)(\d{1,3})([.)])[ \t]+\S/
const heading = /^(#{1,6})[ \t]+(.*?)(?:\s*\{[^{}]*\})?\s*$/

/**
 * Find breaks in the document's own numbering: numbered headings ("3.1, 3.2, 3.4"), numbered
 * paragraphs and ordered lists that skip a number (one that appears nowhere in the sequence) or
 * repeat one. Numbering restarts under each parent heading and may start again at 1; `5a`,
 * `5b` count as one number; a number that stands elsewhere in the sequence (moved, not
 * missing) is not a gap; a list numbered `1. 1. 1.` (lazy numbering) is left alone. Headings
 * continue from one file to the next (a plan folder is one document); lists do not.
 *
 * @param texts The Markdown sources, in reading order.
 * @param options Lines to skip (optional).
 * @returns The breaks, in document order.
 */
export function numberingBreaks(texts: string[], options: NumberingOptions = {}): NumberingBreak[] {
  const sequences = new Map<string, Entry[]>()
  const lists: Entry[][] = []
  // The latest heading per level (a running count), to tell which parent a number belongs to.
  const parents: number[] = []
  let headings = 0
  texts.forEach((text, source) => {
    let open: Array<{ indent: number; delimiter: string; entries: Entry[] }> = []
    let offset = 0
    let fence = false
    let blank = true
    let frontmatter = text.startsWith('---')
    text.split('\n').forEach((line, index) => {
      const at = (column: number): Entry['at'] => ({ source, line: index + 1, column, offset: offset + column - 1 })
      offset += line.length + 1
      if (frontmatter) {
        frontmatter = index === 0 || line.trim() !== '---'
        return
      }
      if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
      if (fence || /^\s*(?:\||<!--)/.test(line) || options.skip?.(source, index + 1)) {
        open = []
        return
      }
      const title = heading.exec(line)
      if (title) {
        open = []
        const level = title[1]?.length ?? 1
        parents.length = level
        parents[level - 1] = headings++
        const number = headingNumber.exec(title[2] ?? '')
        if (!number?.[2]) return
        const value = number[2]
        const key = value.includes('.') ? `dot ${value.split('.').slice(0, -1).join('.')}` : `${(number[1] ?? '').toLowerCase()} ${level} ${parents.slice(0, level - 1).join(',')}`
        add(sequences, key, value, number[3], at(line.indexOf(value, level) + 1))
        return
      }
      if (!line.trim()) {
        blank = true
        return
      }
      const item = listItem.exec(line)
      const indent = (item?.[1] ?? line.slice(0, line.length - line.trimStart().length)).replace(/\t/g, '    ').length
      if (item) {
        open = open.filter((list) => list.indent <= indent)
        let list = open.at(-1)
        if (!list || list.indent !== indent || list.delimiter !== item[3]) {
          list = { indent, delimiter: item[3] ?? '.', entries: [] }
          open.push(list)
          lists.push(list.entries)
        }
        list.entries.push({ n: Number(item[2]), letter: undefined, written: item[2] ?? '', at: at(indent + 1) })
        blank = false
        return
      }
      // A paragraph after a blank line, not indented under an item, ends the lists it is not in.
      if (blank) open = open.filter((list) => indent > list.indent)
      blank = false
      const paragraph = open.length === 0 ? paragraphNumber.exec(line.trimStart()) : null
      if (paragraph?.[1]) {
        const value = paragraph[1]
        add(sequences, `dot ${value.split('.').slice(0, -1).join('.')}`, value, undefined, at(line.indexOf(value) + 1))
      }
    })
  })
  const lazy = (entries: Entry[]): boolean => entries.length > 1 && entries.every((e) => e.n === 1)
  return [...sequences.values(), ...lists.filter((entries) => !lazy(entries))]
    .flatMap(breaksIn)
    .sort((a, b) => a.source - b.source || a.offset - b.offset)
}

function add(sequences: Map<string, Entry[]>, key: string, value: string, letter: string | undefined, at: Entry['at']): void {
  const entries = sequences.get(key) ?? []
  entries.push({ n: Number(value.split('.').at(-1)), letter, written: value + (letter ?? ''), at })
  sequences.set(key, entries)
}

// Within each run from a 1 (or the first number) to the next 1: gaps and repeats.
function breaksIn(entries: Entry[]): NumberingBreak[] {
  const out: NumberingBreak[] = []
  let run: Entry[] = []
  for (const entry of entries) {
    const previous = run.at(-1)
    if (!previous || (entry.n === 1 && entry.letter === undefined)) {
      run = [entry]
      continue
    }
    run.push(entry)
    const expected = previous.n + 1
    const prefix = entry.written.split('.').slice(0, -1)
    const report = (): number => out.push({ ...entry.at, written: entry.written, previous: previous.written, expected: [...prefix, String(expected)].join('.') })
    // `5a`, `5b`: parts of one number.
    if (entry.letter !== undefined && entry.letter.toLowerCase() !== 'a' && entry.n === previous.n) continue
    if (entry.n === expected) continue
    if (entry.n > expected) {
      // A gap only when the skipped numbers stand nowhere in the run (moved is not missing).
      const present = new Set(entries.map((e) => e.n))
      if (Array.from({ length: entry.n - expected }, (_, i) => expected + i).some((n) => !present.has(n))) report()
    } else if (run.slice(0, -1).some((e) => e.n === entry.n && e.letter === entry.letter)) report()
  }
  return out
}
