/**
 * Counts that announce a list in the Markdown itself: "de volgende zes maatregelen:", "We nemen
 * zes maatregelen." right before a bulleted or numbered list or before sub-headings, and a count
 * that refers back to such a list later in its section ("Deze vijf maatregelen …").
 */

import { parseNumberWord } from '@kapstok/nl'
import { inlineEnumeration } from './inline-list.js'

/** A count in the text that differs from the list it announces or refers to. */
export interface ListClaim {
  /** The count and its noun as written (`zes maatregelen`). */
  written: string
  /** The count stated. */
  stated: number
  /** The items the list has. */
  listed: number
  /** The noun, lower case (`maatregelen`). */
  noun: string
  /** 1-based line of the claim in the source. */
  line: number
  /** 1-based column of the claim. */
  column: number
  /** 0-based offset of the claim in the source. */
  offset: number
}

/** Options of `listClaims`. */
export interface ListClaimOptions {
  /** Nouns another rule counts against the plan's own lists (`thema's`, `principes`): left alone. */
  except?: RegExp
}

type Block =
  | { kind: 'paragraph'; text: string; offset: number; line: number }
  | { kind: 'list'; top: number; nested: number; last?: number | undefined; interrupted?: boolean }
  | { kind: 'heading'; level: number; text?: string; offset?: number }
  | { kind: 'other' }

const heading = /^(#{1,6})[ \t]+(.*?)(?:\s*\{[^{}]*\})?\s*$/
const item = /^([ \t]*)(?:[-*+•]|(\d{1,3})[.)]|[a-z][.)])[ \t]+\S/
// A count and a plural noun, with up to two words between (`zes concrete maatregelen`).
const COUNT = String.raw`\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig`
const CLAIM = new RegExp(String.raw`(?<![\p{L}\d.,])(${COUNT})[ \t]+((?:[\p{L}-]+[ \t]+){0,2}?)([\p{L}-]+(?:en|s|['’]s))(?![\p{L}])`, 'giu')
// A part of a list: `onder meer`, `bijvoorbeeld`, `de eerste twee`, `nog drie`.
const PARTIAL = /\b(?:onder\s+(?:meer|andere)|o\.a\.|bijvoorbeeld|zoals|waaronder|enkele|ten\s+minste|minstens|eerste|laatste|andere|overige|nog|extra|nieuwe|resterende|ruim|circa|ongeveer|bijna|meer\s+dan|minder\s+dan)\s+(?:\S+\s+){0,2}$/iu
// Counts of time, money and units are no list sizes.
const UNIT = /^(?:jaar|jaren|maanden|weken|dagen|uren|uur|keer|maal|procent|euro|miljoen|miljard|kwartalen|eeuwen|minuten|kilometers|meters|inwoners|personen|mensen|deelnemers|huishoudens|woningen|kinderen|jongeren|ouderen)$/iu
// After the claim, words that show the list is of something else (`in zes wijken de volgende maatregelen:`).
const ELSEWHERE = /\b(?:volgende|onderstaande)\s+\p{L}/iu
// After the claim, words that may follow it before the list (`zes maatregelen die we hieronder beschrijven:`).
// Another word in -en or -s may be the noun the list is of (`in zes wijken maatregelen:`).
const TRAILING = /^(?:hieronder|hierna|onderstaand|die|dat|we|wij|ze|zij|er|is|zijn|staan|nemen|gaan|hebben|worden|werken|kennen|onderscheiden|uitvoeren|inzetten|uitwerken|beschrijven|noemen|toelichten|centraal|voor|op|uit|in|aan|toe|mee|dit|deze|plan|jaar)$/iu
// Words that announce sub-headings as the items: `de volgende`, `hieronder`.
const ANNOUNCE = /\b(?:volgende|onderstaande|hieronder|hierna)\b|:\s*$/iu

const countOf = (word: string): number | undefined => {
  const n = /^een$/i.test(word) ? undefined : parseNumberWord(word)
  return n !== undefined && n >= 2 && n <= 30 ? n : undefined
}

/**
 * Find counts that announce a list or refer back to it and differ from its size. A list with
 * sub-items is left alone (it is unclear what the count counts), and so is a count after
 * `onder meer`, `bijvoorbeeld`, `zoals` (a part of the list) or of something else than the
 * items (`in zes wijken de volgende maatregelen:`).
 *
 * @param markdown The Markdown source of a plan file.
 * @param options What to leave to other rules (optional).
 * @returns The differing counts, in order.
 */
export function listClaims(markdown: string, options: ListClaimOptions = {}): ListClaim[] {
  const blocks = blocksOf(markdown)
  const out: ListClaim[] = []
  const announced = new Map<number, number>()
  blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph') return
    const next = blocks[b + 1]
    const sentence = lastSentence(block.text)
    const claim = announcing(sentence.text, options.except)
    if (!claim) return
    let listed: number | undefined
    if (next?.kind === 'list' && next.nested === 0 && !next.interrupted) listed = next.top
    else if (next?.kind === 'heading' && ANNOUNCE.test(sentence.text)) listed = subHeadings(blocks, b + 1)
    if (listed === undefined || listed === claim.stated) return
    announced.set(b, claim.stated)
    out.push(at(claim, listed, markdown, block.offset + sentence.index + claim.index))
  })
  // "Deze vijf maatregelen …" later in the section of a list announced with a colon or a count.
  blocks.forEach((block, b) => {
    const list = blocks[b + 1]
    if (block.kind !== 'paragraph' || list?.kind !== 'list' || list.nested > 0 || list.interrupted) return
    const colon = /([\p{L}-]+(?:en|s|['’]s))[^\p{L}]*:\s*$/iu.exec(block.text)?.[1]?.toLowerCase()
    const noun = colon ?? announcing(lastSentence(block.text).text, options.except)?.noun
    if (!noun || options.except?.test(noun)) return
    const back = new RegExp(String.raw`\b(?:deze|die|de|alle)\s+(\d{1,2}|\p{L}+)\s+${noun.replace(/[-']/g, '.')}(?![\p{L}])`, 'giu')
    for (let k = b + 2; k < blocks.length && blocks[k]?.kind !== 'heading'; k++) {
      const later = blocks[k]
      if (later?.kind !== 'paragraph') continue
      for (const m of later.text.matchAll(back)) {
        const stated = countOf(m[1] ?? '')
        // The announcement with the same count was reported: one defect, one message.
        if (stated === undefined || stated === list.top || announced.get(b) === stated) continue
        const written = m[0].slice(m[0].indexOf(m[1] ?? ''))
        out.push(at({ written, stated, noun, index: 0 }, list.top, markdown, later.offset + m.index + m[0].indexOf(m[1] ?? '')))
      }
    }
  })
  // `## Vijf speerpunten` over four sub-headings, or over a list of four right under it.
  blocks.forEach((block, b) => {
    if (block.kind !== 'heading' || !block.text || block.offset === undefined) return
    const claim = announcing(block.text.replace(/^\d+(?:\.\d+)*\.?\s+/, ''), options.except)
    if (!claim || claim.index > 10) return
    // The first heading or list after the heading and its introduction.
    const k = blocks.findIndex((x, i) => i > b && x.kind !== 'paragraph')
    const next = blocks[k]
    const introduced = k - b <= 2
    const children = next?.kind === 'heading' && next.level === block.level + 1 ? subHeadings(blocks, k) : undefined
    const listed = children ?? (next?.kind === 'list' && introduced && next.nested === 0 && !next.interrupted ? next.top : undefined)
    if (!listed || listed === claim.stated) return
    // An introduction that says the same count under the heading was reported: one defect, one message.
    if (Array.from({ length: Math.max(0, k - b - 1) }, (_, i) => announced.get(b + 1 + i)).includes(claim.stated)) return
    const at = block.offset + block.text.indexOf(claim.written)
    out.push({ written: claim.written, stated: claim.stated, listed, noun: claim.noun, ...position(markdown, at) })
  })
  // "zes maatregelen: schuldhulp, vroegsignalering en …", "drie wijken (Noord, Oost en Zuid)".
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue
    for (const m of block.text.matchAll(CLAIM)) {
      const stated = countOf(m[1] ?? '')
      if (stated === undefined || unitClaim(m) || /\d/.test(m[2] ?? '') || PARTIAL.test(block.text.slice(0, m.index))) continue
      if (options.except?.test((m[3] ?? '').toLowerCase())) continue
      const items = inlineEnumeration(block.text.slice(m.index + m[0].length))
      if (!items || (stated >= items.min && stated <= items.max)) continue
      const claim = { written: m[0], stated, noun: (m[3] ?? '').toLowerCase(), index: 0 }
      out.push(at(claim, stated < items.min ? items.min : items.max, markdown, block.offset + m.index))
    }
  }
  return out.sort((a, b) => a.offset - b.offset)
}

// A count of time, money or units (`vier jaar`, `zes woningen`): no list size.
function unitClaim(m: RegExpMatchArray): boolean {
  return [m[3] ?? '', ...(m[2] ?? '').trim().split(/\s+/)].some((w) => UNIT.test(w))
}

interface Claim {
  written: string
  stated: number
  noun: string
  index: number
}

// The one count in a sentence that announces what follows: nothing after the noun but a few words.
function announcing(sentence: string, except: RegExp | undefined): Claim | undefined {
  const claims = [...sentence.matchAll(CLAIM)].filter((m) => countOf(m[1] ?? '') !== undefined && !unitClaim(m) && !/\d/.test(m[2] ?? ''))
  if (claims.length !== 1) return undefined
  const [m] = claims
  if (!m) return undefined
  const after = sentence.slice(m.index + m[0].length)
  const noun = (m[3] ?? '').toLowerCase()
  const words = after.replace(/[^\p{L}\s'’-]/gu, ' ').trim().split(/\s+/).filter(Boolean)
  const otherNoun = words.some((w) => /(?:en|s)$/iu.test(w) && !TRAILING.test(w))
  if (PARTIAL.test(sentence.slice(0, m.index)) || ELSEWHERE.test(after) || words.length > 4 || otherNoun || except?.test(noun)) return undefined
  return { written: m[0], stated: countOf(m[1] ?? '') ?? 0, noun, index: m.index }
}

function at(claim: Claim, listed: number, markdown: string, offset: number): ListClaim {
  return { written: claim.written, stated: claim.stated, listed, noun: claim.noun, ...position(markdown, offset) }
}

function position(markdown: string, offset: number): Pick<ListClaim, 'line' | 'column' | 'offset'> {
  const before = markdown.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset }
}

// The last sentence of a paragraph, with its offset in the paragraph.
function lastSentence(text: string): { text: string; index: number } {
  const ends = [...text.trimEnd().matchAll(/[.!?](?=\s+\S)/g)]
  const index = ends.length > 0 ? (ends.at(-1)?.index ?? 0) + 1 : 0
  const start = index + (text.slice(index).length - text.slice(index).trimStart().length)
  return { text: text.slice(start), index: start }
}

// The headings one level below the section of the paragraph before `first`, until the section ends.
function subHeadings(blocks: Block[], first: number): number | undefined {
  const head = blocks[first]
  if (head?.kind !== 'heading') return undefined
  // The paragraph belongs to the section above: its level is that of the last heading before it.
  const parent = blocks.slice(0, first).reverse().find((x): x is Extract<Block, { kind: 'heading' }> => x.kind === 'heading')
  // Only the level right below the section counts: deeper headings are parts of those.
  if (parent && head.level !== parent.level + 1) return undefined
  let n = 0
  for (const x of blocks.slice(first)) {
    if (x.kind !== 'heading') continue
    if (x.level < head.level || (parent && x.level <= parent.level)) break
    if (x.level === head.level) n++
  }
  return n
}

// The list an item belongs to: the list just before it, or a numbered list in the same section
// that it continues after paragraphs of explanation (`1. …`, text, `2. …`). A bullet after such
// paragraphs makes the list before it unclear to count.
function openList(blocks: Block[], number: number | undefined, nested: boolean): Extract<Block, { kind: 'list' }> | undefined {
  const last = blocks.at(-1)
  if (last?.kind === 'list') return last
  const before = blocks.slice(0, -1).reverse()
  const index = before.findIndex((x) => x.kind !== 'paragraph')
  const list = before[index]
  if (list?.kind !== 'list' || nested) return undefined
  if (number !== undefined && list.last === number - 1) return list
  if (number === undefined && list.last === undefined) list.interrupted = true
  return undefined
}

// Paragraphs, lists and headings of a Markdown text (no frontmatter, code, tables or comments).
function blocksOf(markdown: string): Block[] {
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
    if (fence || /^\s*(?:\||<!--)/.test(line)) return void blocks.push({ kind: 'other' })
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
