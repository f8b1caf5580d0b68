import { bulletWordNumber, dottedLineNumber, headingLineNumber, letterLineNumber, wordLineNumber } from './numbered-lines.js'
import { breaksIn, codeEntry, push, toEntry, type Entry } from './numbering-entries.js'
import { codeLineNumber, codesRunOn, romanHeadingNumber } from './code-numbers.js'
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

// `3.`, `3)` and `(3)`: a paragraph that opens with `(3)` numbers like a list item when the run starts at `(1)`.
const listItem = /^([ \t]*)\(?(\d{1,3})([.)])[ \t]+\S/

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
  // Item codes and roman numerals: numbering only when the run goes on by one (`codesRunOn`).
  const codes = new Map<string, Entry[]>()
  const lists: Entry[][] = []
  // Runs of bullets numbered by a word (`- Stap 1: …`): a list only when the run starts at 1.
  const bulletRuns: Entry[][] = []
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
    // The run of bullets numbered by a word being read, and that word.
    let run: { word: string; entries: Entry[] } | undefined
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
      // Any other line than a blank one or the next numbered bullet ends a run of them.
      const bulleted = bulletWordNumber(line.trimStart())
      if (line.trim() && (!bulleted || bulleted.word !== run?.word)) run = undefined
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
        if (!number) {
          const coded = codeLineNumber(text) ?? romanHeadingNumber(text)
          if (coded) push(codes, `${coded.prefix} ${level} ${parents.slice(0, level - 1).join(',')}`, { ...codeEntry(coded, true, at(line.indexOf(coded.written, level) + 1)), heading: true })
          return
        }
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
      const matched = listItem.exec(line)
      const parenthesised = matched !== null && /^\s*\(/.test(line)
      // `(3)` only goes on a run of `(1)`, `(2)`; alone it cites a note or an article.
      const item = parenthesised && (matched[3] !== ')' || (matched[2] !== '1' && open.at(-1)?.delimiter !== '()')) ? null : matched
      const indent = (item?.[1] ?? line.slice(0, line.length - line.trimStart().length)).replace(/\t/g, '    ').length
      if (item) {
        open = open.filter((list) => list.indent <= indent)
        recent.forEach((_, i) => i > indent && recent.delete(i))
        const n = Number(item[2])
        const delimiter = parenthesised ? '()' : (item[3] ?? '.')
        let list = open.at(-1)
        let certain = true
        if (!list || list.indent !== indent || list.delimiter !== delimiter) {
          const before = recent.get(indent)
          // `3.` after a paragraph that interrupted a list of two: the same list, going on. A
          // list from a lower number (`3.` after `6.`) is another list that starts there.
          const last = before?.entries.at(-1)
          if (n > 1 && before && last && last.n > 1 && n > last.n && before.delimiter === delimiter) {
            list = before
            certain = false
          } else {
            list = { indent, delimiter, fromOne: n === 1, entries: [] }
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
      if (bulleted) {
        if (!run) bulletRuns.push((run = { word: bulleted.word, entries: [] }).entries)
        run.entries.push(toEntry(bulleted, false, at(indent + bulleted.index + 1)))
        return
      }
      const dotted = dottedLineNumber(trimmed)
      if (dotted) {
        // `Doel 2.1` bullets are their own sequence, apart from sections `2.1`; so are plain
        // numbered bullets (`- 2.4 …`, goals under a heading): a list under their heading.
        const item = /^[-*+][ \t]/.test(trimmed) ? ['item', parents.join(',')] : []
        const key = ['dot', dotted.word, dotted.value.split('.').slice(0, -1).join('.'), ...item].filter(Boolean).join(' ')
        push(sequences, key, toEntry(dotted, false, at(indent + dotted.index + 1)))
        return
      }
      const coded = codeLineNumber(trimmed)
      if (coded) {
        push(codes, `code ${coded.prefix} ${parents.join(',')}`, codeEntry(coded, false, at(indent + coded.index + 1)))
        return
      }
      const worded = wordLineNumber(trimmed, alone)
      if (worded) push(sequences, `para ${worded.word} ${parents.join(',')}`, toEntry(worded, false, at(indent + worded.index + 1)))
    })
    readTable()
  })
  const lazy = (entries: Entry[]): boolean => entries.length > 1 && entries.every((e) => e.n === 1)
  const coded = [...codes.values()].filter((entries) => codesRunOn(entries.map((e) => e.n)))
  const runs = bulletRuns.filter((entries) => entries.length > 1 && entries[0]?.n === 1)
  // Numbered bullets are a list only from `.1`: `- 6.2`, `- 6.72` are codes of another system (taakvelden).
  const numbered = [...sequences].filter(([key, entries]) => !key.includes(' item ') || entries[0]?.n === 1).map(([, entries]) => entries)
  return [...out, ...[...numbered, ...coded, ...lists.filter((entries) => !lazy(entries)), ...runs.filter((entries) => !lazy(entries))].flatMap(breaksIn)].sort((a, b) => a.source - b.source || a.offset - b.offset)
}

/** The last heading that is there (levels may be skipped: `#` then `###`). */
function nearest(levels: Array<string | null | undefined>): string | null | undefined {
  for (let i = levels.length - 1; i >= 0; i--) if (levels[i] !== undefined) return levels[i]
  return undefined
}
