/**
 * The blocks of a Markdown text that a count can announce: paragraphs, lists (their top items
 * and sub-items), tables (their data rows) and headings; code and comments are `other`. Used by
 * `listClaims`.
 */

import { singularForms } from './chapter-parts.js'
import { plainCell } from './cell-text.js'

/** A block of a Markdown text. */
export type Block =
  | { kind: 'paragraph'; text: string; offset: number; line: number }
  | { kind: 'list'; top: number; nested: number; last?: number | undefined; interrupted?: boolean }
  | { kind: 'heading'; level: number; text?: string; offset?: number }
  /** `rows`: data rows that are items (no header, delimiter or total row); undefined when rows are grouped under an empty first cell. */
  | { kind: 'table'; rows: number | undefined }
  | { kind: 'other' }

/** A list block. */
type ListBlock = Extract<Block, { kind: 'list' }>

/** A Markdown heading line: its `#`s and its text without a `{#id .class}` block. */
export const heading = /^(#{1,6})[ \t]+(.*?)(?:\s*\{[^{}]*\})?\s*$/
const item = /^([ \t]*)(?:[-*+•]|(\d{1,3})[.)]|[a-z][.)])[ \t]+\S/
const delimiterRow = /^\s*\|?\s*:?-{2,}/
/**
 * The first cell of a total row: `Totaal`, `Totaal 2027`, `Som`, `Samen` without a word after it (`Samen Sporten`
 * is the name of an item).
 */
export const TOTAL_CELL = /^(?:totaal|som|total|samen(?![ \t]+\p{L}))\b/iu

// The first cell of a table row: a total row (`Totaal`, `Samen`) is no item; an empty one groups the row under the one above.
const firstCell = /^\s*\|\s*([^|]*?)\s*\|/

/**
 * Paragraphs, lists and headings of a Markdown text (no frontmatter, code, tables or comments).
 *
 * @param markdown The Markdown source.
 * @returns The blocks in order.
 */
export function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = []
  let offset = 0
  let fence = false
  let frontmatter = markdown.startsWith('---')
  let blank = true
  markdown.split('\n').forEach((line, index) => {
    const start = offset
    offset += line.length + 1
    if (frontmatter) return void (frontmatter = index === 0 || line.trim() !== '---')
    if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
    const last = blocks.at(-1)
    if (!fence && /^\s*\|/.test(line)) {
      tableRow(blocks, line, blank)
      blank = false
      return
    }
    if (fence || /^\s*<!--/.test(line)) return void blocks.push({ kind: 'other' })
    const title = heading.exec(line)
    const listItem = item.exec(line)
    if (title) blocks.push({ kind: 'heading', level: title[1]?.length ?? 1, text: title[2] ?? '', offset: start + line.indexOf(title[2] ?? '') })
    else if (listItem) {
      const nested = (listItem[1] ?? '').replace(/\t/g, '    ').length >= 2
      const number = listItem[2] === undefined ? undefined : Number(listItem[2])
      const open = openList(blocks, number, nested)
      if (open) nested ? open.nested++ : ((open.top += 1), (open.last = number))
      else blocks.push({ kind: 'list', top: nested ? 0 : 1, nested: nested ? 1 : 0, ...(number === undefined ? {} : { last: number }) })
    } else if (line.trim() === '') {
      blank = true
      return
    } else if (last?.kind === 'paragraph' && !blank) last.text += '\n' + line
    else if (last?.kind === 'list' && /^\s/.test(line)) {
      // A continuation line of a list item.
    } else blocks.push({ kind: 'paragraph', text: line, offset: start, line: index + 1 })
    blank = false
  })
  return blocks
}

// A table line: a new table after another block or a blank line, else a row of the table; the first line is its header.
function tableRow(blocks: Block[], line: string, blank: boolean): void {
  const table = blocks.at(-1)
  if (table?.kind !== 'table' || blank) return void blocks.push({ kind: 'table', rows: 0 })
  if (delimiterRow.test(line) || table.rows === undefined) return
  const first = plainCell(firstCell.exec(line)?.[1] ?? '')
  if (first === '') table.rows = undefined
  else if (!TOTAL_CELL.test(first)) table.rows++
}

type Heading = Extract<Block, { kind: 'heading' }>

// The headings one level below the section of the paragraph before `first`, until the section
// ends; undefined when `first` is no heading right below the section.
function siblingHeadings(blocks: Block[], first: number): Heading[] | undefined {
  const head = blocks[first]
  if (head?.kind !== 'heading') return undefined
  // The paragraph belongs to the section above: its level is that of the last heading before it.
  const parent = blocks.slice(0, first).reverse().find((x): x is Heading => x.kind === 'heading')
  // Only the level right below the section counts: deeper headings are parts of those.
  if (parent && head.level !== parent.level + 1) return undefined
  const out: Heading[] = []
  for (const x of blocks.slice(first)) {
    if (x.kind !== 'heading') continue
    if (x.level < head.level || (parent && x.level <= parent.level)) break
    if (x.level === head.level) out.push(x)
  }
  return out
}

/**
 * The headings one level below the section of the paragraph before `first`, until the section ends.
 *
 * @param blocks The blocks.
 * @param first The index of the first sub-heading.
 * @returns Their number, or undefined when `first` is no heading right below the section.
 */
export function subHeadings(blocks: Block[], first: number): number | undefined {
  return siblingHeadings(blocks, first)?.length
}

/**
 * The top list items in the sections that start at the heading `first`, until a heading above
 * their level: the items when a count announces sub-headings and counts what they hold.
 *
 * @param blocks The blocks.
 * @param first The index of the first sub-heading.
 * @returns The number of top items of all lists in those sections.
 */
export function itemsUnder(blocks: Block[], first: number): number {
  const head = blocks[first]
  if (head?.kind !== 'heading') return 0
  let n = 0
  for (const x of blocks.slice(first + 1)) {
    if (x.kind === 'heading' && x.level < head.level) break
    if (x.kind === 'list') n += x.top
  }
  return n
}

/**
 * The last sentence of a paragraph, with its offset in the paragraph. A full stop ends a sentence
 * only before a capital or a digit: `o.a. zes` and `bijv. drie` go on.
 *
 * @param text The paragraph.
 * @returns The sentence and its index.
 */
export function lastSentence(text: string): { text: string; index: number } {
  const ends = [...text.trimEnd().matchAll(/[.!?](?=\s+[\p{Lu}\d*_"'“‘(])/gu)]
  const index = ends.length > 0 ? (ends.at(-1)?.index ?? 0) + 1 : 0
  const start = index + (text.slice(index).length - text.slice(index).trimStart().length)
  return { text: text.slice(start), index: start }
}

/**
 * The 1-based line and column of an offset.
 *
 * @param markdown The source.
 * @param offset The 0-based offset.
 * @returns Line, column and the offset.
 */
export function position(markdown: string, offset: number): { line: number; column: number; offset: number } {
  const before = markdown.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset }
}

// The list an item belongs to: the list just before it, or a numbered list in the same section
// that it continues after paragraphs of explanation (`1. …`, text, `2. …`). A bullet after such
// paragraphs makes the list before it unclear to count.
function openList(blocks: Block[], number: number | undefined, nested: boolean): ListBlock | undefined {
  const last = blocks.at(-1)
  if (last?.kind === 'list') return last
  // Only paragraphs of explanation stand between the items of one list; after a heading a list is new.
  // A lead-in that ends on a colon announces a list of its own: the list before it is not interrupted.
  if (last?.kind !== 'paragraph') return undefined
  if (number === undefined && /:\s*$/u.test(last.text)) return undefined
  const before = blocks.slice(0, -1).reverse()
  const index = before.findIndex((x) => x.kind !== 'paragraph')
  const list = before[index]
  if (list?.kind !== 'list' || nested) return undefined
  if (number !== undefined && list.last === number - 1) return list
  if (number === undefined && list.last === undefined) list.interrupted = true
  return undefined
}

// A sub-heading's title after its section number (`2.1`, `3.`): the words it opens with.
const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?\s+)?/u

/**
 * Whether every heading one level below the section, from `first` until the section ends, opens
 * with the singular of a counted noun and a label (`## Spoor 1: Wonen`, `## Thema B Werk`,
 * `### 2.3 Pijler Zorg`): then a count of that noun right before them counts them, announced or not.
 *
 * @param blocks The blocks.
 * @param first The index of the first sub-heading.
 * @param noun The counted noun, plural and lower case (`sporen`).
 * @returns True when there are at least two such headings and no other one among them.
 */
export function headingsNamedBy(blocks: Block[], first: number, noun: string): boolean {
  const singulars = singularForms(noun)
  const titles = singulars.length === 0 ? [] : (siblingHeadings(blocks, first) ?? []).map((x) => (x.text ?? '').replace(SECTION_NUMBER, '').toLowerCase())
  const named = (title: string): boolean => singulars.some((s) => title.startsWith(s) && /^\s+(?:\d{1,2}|\p{L})(?![\p{L}\d])|^\s*:/u.test(title.slice(s.length)))
  return titles.length >= 2 && titles.every(named)
}

/**
 * The running text of each list item that holds no sub-list of its own: the words after its
 * marker, with the indented lines it runs on over, and the offset where they start.
 *
 * @param markdown The Markdown source.
 * @returns The item texts, in order.
 */
export function itemTexts(markdown: string): Array<{ text: string; offset: number }> {
  const lines = markdown.split('\n')
  const out: Array<{ text: string; offset: number }> = []
  let offset = 0
  let fence = false
  lines.forEach((line, i) => {
    const start = offset
    offset += line.length + 1
    if (/^\s*(?:```|~~~)/u.test(line)) fence = !fence
    // `item` takes the text's first character too: the text starts one before the match's end.
    const marker = fence ? null : item.exec(line)
    if (!marker) return
    const at = marker[0].length - 1
    let text = line.slice(at)
    for (let k = i + 1; k < lines.length && /^[ \t]+\S/u.test(lines[k] ?? '') && !item.test(lines[k] ?? ''); k++) text += '\n' + (lines[k] ?? '')
    out.push({ text, offset: start + at })
  })
  return out
}

