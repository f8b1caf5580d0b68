import type { LineNumber } from './numbered-lines.js'
import { toRoman, type CodeNumber } from './code-numbers.js'
import type { NumberingBreak } from './source-numbering.js'

// The entries of a numbering sequence and how a run of them breaks; read by source-numbering.

/** One number of a sequence, where it stands. */
export interface Entry {
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
  /** The letters of an item code (`M` of `M4`), or `roman` for a roman numeral. */
  prefix?: string
  /** Where it stands. */
  at: Pick<NumberingBreak, 'source' | 'line' | 'column' | 'offset'>
}

/** An entry for a number read from a heading, paragraph or list line. */
export function toEntry(number: LineNumber, certain: boolean, at: Entry['at']): Entry {
  return { n: Number(number.value.split('.').at(-1)), letter: number.letter, written: number.value + (number.letter ?? ''), alphabetic: false, certain, at }
}

/** An entry for an item code or a roman numeral. */
export function codeEntry(code: CodeNumber, certain: boolean, at: Entry['at']): Entry {
  return { n: code.n, letter: undefined, written: code.written, alphabetic: false, certain, prefix: code.prefix, at }
}

/** Adds an entry to the sequence under `key`. */
export function push(sequences: Map<string, Entry[]>, key: string, entry: Entry): void {
  const entries = sequences.get(key) ?? []
  entries.push(entry)
  sequences.set(key, entries)
}

/** Within each run from a 1 (or the first number) to the next 1: gaps and repeats. */
export function breaksIn(entries: Entry[]): NumberingBreak[] {
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
    const written = entry.alphabetic
      ? String.fromCharCode(96 + expected)
      : entry.prefix === 'roman'
        ? toRoman(expected)
        : `${entry.prefix ?? ''}${entry.written.includes('-') && entry.prefix ? '-' : ''}${expected}`
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
