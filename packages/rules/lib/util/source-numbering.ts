import { dottedLineNumber, headingLineNumber, letterLineNumber, wordLineNumber, type LineNumber } from './numbered-lines.js'
import { heading } from './list-blocks.js'
import { tableRowNumbers } from './table-numbers.js'

/** A number in the document's own numbering that skips or repeats one, or stands under the wrong parent. */
export interface NumberingBreak {
  /** Index of the text (source file) the number is in. */
  source: number
  /** Line (1-based) of the number. */
  line: number
  /** Column (1-based) where the number starts. */
  column: number
  /** Character offset of the number in the text. */
  offset: number
  /** The number as written, e.g. `3.4`, `5` or `d`. */
  written: string
  /** The number before it in the same sequence, as written; or, for a wrong parent, the parent's number. */
  previous: string
  /** The number that was expected. */
  expected: string
  /** Whether the number carries the number of a heading it does not stand under (`3.1` under `2`). */
  parent: boolean
  /** Whether the text proves the break (consecutive headings or items of one list), not a reading of paragraph text. */
  certain: boolean
}

/** Options of `numberingBreaks`. */
export interface NumberingOptions {
  /** Lines not to read, e.g. the text of a bijlage that is another document (optional). */
  skip?: (source: number, line: number) => boolean
}

/** One number of a sequence, where it stands. */
interface Entry {
  /** Last part of the number (`4` of `3.4`; `4` for `d`). */
  n: number
  /** Letter after the number (`b` of `5b`), if any. */
  letter: string | undefined
  /** The number as written (`3.4`, `5b`, `d`). */
  written: string
  /** Whether it is an item of a letter list. */
  alphabetic: boolean
  /** Whether it is certainly numbering (a heading or list item in a run), not paragraph text read as such. */
  certain: boolean
  /** Whether it is the number of a heading. */
  heading?: true
  /** Where it stands. */
  at: Pick<NumberingBreak, 'source' | 'line' | 'column' | 'offset'>
}

/** An ordered or letter list being read. */
interface List {
  /** Indentation of its items. */
  indent: number
  /** `.` or `)` (`''` for a letter list). */
  delimiter: string
  /** Whether it starts at 1: a list from `3.` may be a selection of numbered points (`3.`, `5.`, `7.`). */
  fromOne: boolean
  /** Its items. */
  entries: Entry[]
}

const listItem = /^([ \t]*)(\d{1,3})([.)])[ \t]+\S/

/**
 * Find breaks in the document's own numbering: numbered headings ("3.1, 3.2, 3.4"; "3.1" under
 * chapter 2), numbered paragraphs (`**Artikel 3**`, `- 1.2 …`) and ordered and letter lists that
 * skip a number (one that appears nowhere in the sequence) or repeat one. Numbering restarts
 * under each parent heading and may start again at 1; `5a`, `5b` count as one number; a number
 * that stands elsewhere in the sequence (moved, not missing) is not a gap; a list numbered
 * `1. 1. 1.` (lazy numbering) is left alone; a list that goes on after a paragraph at a number
 * above 1 continues the list before it. Headings continue from one file to the next (a plan
 * folder is one document); lists do not.
 *
 * @param texts The Markdown sources, in reading order.
 * @param options Lines to skip (optional).
 * @returns The breaks, in document order.
 */
export function numberingBreaks(texts: string[], options: NumberingOptions = {}): NumberingBreak[] {
  const sequences = new Map<string, Entry[]>()
  const lists: Entry[][] = []
  const out: NumberingBreak[] = []
  // The latest heading per level (a running count), to tell which parent a number belongs to.
  const parents: number[] = []
  // Per level, the plain number of the enclosing heading (`2`, `2.1`), or null when it has none.
  const enclosing: Array<string | null | undefined> = []
  const mismatched = new Set<string>()
  let headings = 0
  texts.forEach((text, source) => {
    let open: List[] = []
    // The latest list per indent since the last heading: a list may go on after a paragraph.
    const recent = new Map<number, List>()
    let letters: List | undefined
    let interrupted = false
    let offset = 0
    let fence = false
    let blank = true
    let frontmatter = text.startsWith('---')
    const lines = text.split('\n')
    // The lines of the table being read: its first column may number its rows.
    let table: Array<{ text: string; line: number; offset: number }> = []
    const readTable = (): void => {
      const start = table[0]
      for (const found of tableRowNumbers(table.map((t) => t.text))) {
        const row = table[found.row]!
        const entry = toEntry({ value: found.value, letter: found.letter, word: '', index: found.column }, false, { source, line: row.line, column: found.column + 1, offset: row.offset + found.column })
        push(sequences, `table ${source} ${start?.line ?? 0} ${found.group}`, entry)
      }
      table = []
    }
    lines.forEach((line, index) => {
      const at = (column: number): Entry['at'] => ({ source, line: index + 1, column, offset: offset + column - 1 })
      offset += line.length + 1
      if (frontmatter) {
        frontmatter = index === 0 || line.trim() !== '---'
        return
      }
      if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
      const skipped = fence || options.skip?.(source, index + 1)
      if (!skipped && /^\s*\|/.test(line)) {
        table.push({ text: line, line: index + 1, offset: offset - line.length - 1 })
        open = []
        return
      }
      readTable()
      if (skipped || /^\s*<!--/.test(line)) {
        open = []
        return
      }
      const title = heading.exec(line)
      if (title) {
        open = []
        recent.clear()
        letters = undefined
        const level = title[1]?.length ?? 1
        parents.length = level
        parents[level - 1] = headings++
        const text = title[2] ?? ''
        const number = headingLineNumber(text)
        const plain = number !== undefined && (number.word === '' || number.word === 'hoofdstuk' || number.word === 'paragraaf')
        const ancestor = nearest(enclosing.slice(0, level - 1))
        enclosing.length = level
        enclosing[level - 1] = plain ? number.value : null
        if (!number) return
        const entry: Entry = { ...toEntry(number, true, at(line.indexOf(number.value, level) + 1)), heading: true }
        const parts = number.value.split('.')
        const prefix = parts.slice(0, -1).join('.')
        // `3.1` directly under chapter `2` (a heading under `Thema 1` or an unnumbered one is not compared).
        if (plain && typeof ancestor === 'string' && ancestor.split('.').length === parts.length - 1 && prefix !== ancestor) {
          const key = `${ancestor} ${prefix} ${parents.slice(0, level - 1).join(',')}`
          if (!mismatched.has(key)) {
            mismatched.add(key)
            out.push({ ...entry.at, written: entry.written, previous: ancestor, expected: `${ancestor}.${parts.at(-1) ?? ''}`, parent: true, certain: true })
          }
          return
        }
        const key = parts.length > 1 ? `dot ${parts.slice(0, -1).join('.')}` : `${number.word} ${level} ${parents.slice(0, level - 1).join(',')}`
        push(sequences, key, entry)
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
        recent.forEach((_, i) => i > indent && recent.delete(i))
        const n = Number(item[2])
        let list = open.at(-1)
        let certain = true
        if (!list || list.indent !== indent || list.delimiter !== item[3]) {
          const before = recent.get(indent)
          // `3.` after a paragraph that interrupted a list of two: the same list, going on. A
          // list from a lower number (`3.` after `6.`) is another list that starts there.
          const last = before?.entries.at(-1)
          if (n > 1 && before && last && last.n > 1 && n > last.n && before.delimiter === item[3]) {
            list = before
            certain = false
          } else {
            list = { indent, delimiter: item[3] ?? '.', fromOne: n === 1, entries: [] }
            lists.push(list.entries)
          }
          open.push(list)
          recent.set(indent, list)
        }
        list.entries.push({ n, letter: undefined, written: item[2] ?? '', alphabetic: false, certain: certain && list.fromOne, at: at(indent + 1) })
        blank = false
        interrupted = true
        return
      }
      const trimmed = line.trimStart()
      const letter = letterLineNumber(trimmed)
      const lastLetter = letters?.entries.at(-1)
      // A letter list starts at `a`; `i)`, `v)`, `x)` out of turn are roman numerals.
      const roman = letter && /^[ivx]$/.test(trimmed[letter.index] ?? '') && Number(letter.value) !== (lastLetter?.n ?? 0) + 1
      if (roman) letters = undefined
      if (letter && !roman && (letters || letter.value === '1')) {
        if (!letters || letter.value === '1') {
          letters = { indent, delimiter: '', fromOne: true, entries: [] }
          lists.push(letters.entries)
        }
        letters.entries.push({ ...toEntry(letter, !interrupted || letters.entries.length === 0, at(indent + letter.index + 1)), alphabetic: true, written: trimmed[letter.index] ?? '' })
        interrupted = false
        blank = false
        return
      }
      // A new paragraph (or a bullet) between letter items interrupts them.
      if (blank || /^[-*+][ \t]/.test(trimmed)) interrupted = true
      // A paragraph after a blank line, not indented under an item, ends the lists it is not in.
      if (blank) open = open.filter((list) => indent > list.indent)
      const alone = blank && !lines[index + 1]?.trim()
      blank = false
      if (open.length > 0) return
      const dotted = dottedLineNumber(trimmed)
      if (dotted) {
        // `Doel 2.1` bullets are their own sequence, apart from sections `2.1`.
        const key = ['dot', dotted.word, dotted.value.split('.').slice(0, -1).join('.')].filter(Boolean).join(' ')
        push(sequences, key, toEntry(dotted, false, at(indent + dotted.index + 1)))
        return
      }
      const worded = wordLineNumber(trimmed, alone)
      if (worded) push(sequences, `para ${worded.word} ${parents.join(',')}`, toEntry(worded, false, at(indent + worded.index + 1)))
    })
    readTable()
  })
  const lazy = (entries: Entry[]): boolean => entries.length > 1 && entries.every((e) => e.n === 1)
  return [...out, ...[...sequences.values(), ...lists.filter((entries) => !lazy(entries))].flatMap(breaksIn)].sort((a, b) => a.source - b.source || a.offset - b.offset)
}

/** The last heading that is there (levels may be skipped: `#` then `###`). */
function nearest(levels: Array<string | null | undefined>): string | null | undefined {
  for (let i = levels.length - 1; i >= 0; i--) if (levels[i] !== undefined) return levels[i]
  return undefined
}

function toEntry(number: LineNumber, certain: boolean, at: Entry['at']): Entry {
  return { n: Number(number.value.split('.').at(-1)), letter: number.letter, written: number.value + (number.letter ?? ''), alphabetic: false, certain, at }
}

function push(sequences: Map<string, Entry[]>, key: string, entry: Entry): void {
  const entries = sequences.get(key) ?? []
  entries.push(entry)
  sequences.set(key, entries)
}

// Within each run from a 1 (or the first number) to the next 1: gaps and repeats.
function breaksIn(entries: Entry[]): NumberingBreak[] {
  const out: NumberingBreak[] = []
  const present = new Set(entries.map((e) => e.n))
  // The numbers of the current run so far, to tell a repeat.
  let seen = new Set<string>()
  let previous: Entry | undefined
  for (const entry of entries) {
    const id = `${entry.n}${entry.letter ?? ''}`
    if (!previous || (entry.n === 1 && entry.letter === undefined)) {
      previous = entry
      seen = new Set([id])
      continue
    }
    const repeated = seen.has(id)
    seen.add(id)
    const expected = previous.n + 1
    const prefix = entry.written.split('.').slice(0, -1)
    const written = entry.alphabetic ? String.fromCharCode(96 + expected) : String(expected)
    // Items of one list prove a gap or repeat. Of headings only the same number twice in a row
    // does: a skip may be a section left out of an excerpt or withdrawn, and a jump back (`7`,
    // then `2`) may start another document (an inspraaknota) that does not begin at 1.
    const proven = entry.certain && previous.certain && (!entry.heading || entry.n === previous.n)
    const found = { ...entry.at, written: entry.written, previous: previous.written, expected: [...prefix, written].join('.'), parent: false, certain: proven }
    const before = previous
    // A repeat stands for the number after it (`3, 3, 5`: the second 3 was meant as 4), so the
    // number after the repeat is read against that, and one slip gives one message.
    previous = entry.n === before.n && entry.letter === before.letter ? { ...entry, n: entry.n + 1 } : entry
    // `5a`, `5b`: parts of one number.
    if (entry.letter !== undefined && entry.letter.toLowerCase() !== 'a' && entry.n === before.n) continue
    if (entry.n === expected) continue
    // A gap only when the skipped numbers stand nowhere in the sequence (moved is not missing).
    const gap = entry.n > expected && Array.from({ length: entry.n - expected }, (_, i) => expected + i).some((n) => !present.has(n))
    if (gap || (entry.n < expected && repeated)) out.push(found)
  }
  return out
}
