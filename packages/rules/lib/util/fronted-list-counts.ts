/**
 * A count in the phrase that opens a lead-in (`Voor vier bruggen trekken we een budget uit:`,
 * `Bij drie scholen loopt een proef:`): the announcement sizes no noun before its colon, so the
 * plain lead-in reading leaves it alone, as the list may be of something else. When every item of
 * the list after it names the counted thing (`- Brug Oost: …`, `- Voetgangersbrug: …`), the list is
 * of those things and its length must match the count.
 */
import { type Block, lastSentence } from './list-blocks.js'
import { COUNT, countOf } from './list-claim-words.js'
import { PARTIAL } from './list-announcing.js'

export interface FrontedCount {
  written: string
  stated: number
  noun: string
  listed: number
  offset: number
}

// A preposition opening the sentence, perhaps an article, the count and its plural noun; the rest
// of the clause runs to the colon without another count or a word that makes it per item.
const FRONTED = new RegExp(String.raw`^(?:voor|bij|in|op|aan|binnen)[ \t]+(?:(?:de|deze|onze|alle)[ \t]+)?((?:${COUNT})[ \t]+(\p{Ll}[\p{Ll}-]{2,}))(?=[ \t,])([^:;]*):\s*$`, 'iu')
const OTHER_COUNT = new RegExp(String.raw`(?<![\p{L}\d])(?:${COUNT})(?![\p{L}\d])|\b(?:per|elk|elke|ieder|iedere|waarvan)\b`, 'iu')
const ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,2}[.)])[ \t]+(.*)$/u

// The singular stems a Dutch plural may have: `bruggen` → `brugg`/`brug`, `fondsen` → `fonds`, `reserves` → `reserve`.
function stems(plural: string): string[] {
  const out = new Set<string>()
  if (/s$/u.test(plural)) out.add(plural.slice(0, -1))
  if (/en$/u.test(plural)) {
    const bare = plural.slice(0, -2)
    out.add(bare)
    // A doubled consonant is single in the singular (`bruggen` → `brug`).
    if (/(\p{L})\1$/u.test(bare)) out.add(bare.slice(0, -1))
  }
  return [...out].filter((s) => s.length >= 3)
}

// The top items of the list right after a paragraph that ends at `end`, in the Markdown source.
function itemsAfter(markdown: string, end: number): string[] {
  const items: string[] = []
  for (const line of markdown.slice(end).split('\n').slice(1)) {
    if (line.trim() === '') continue
    const item = ITEM.exec(line)
    if (item) items.push(item[1] ?? '')
    else if (!/^[ \t]{2,}\S/u.test(line)) break
  }
  return items
}

/**
 * Find counts in a fronted phrase whose list names each counted thing and differs in length.
 *
 * @param blocks The blocks of the text.
 * @param markdown The Markdown source.
 * @returns The differing counts.
 */
export function frontedCounts(blocks: Block[], markdown: string): FrontedCount[] {
  const out: FrontedCount[] = []
  blocks.forEach((block, b) => {
    const list = blocks[b + 1]
    if (block.kind !== 'paragraph' || list?.kind !== 'list' || list.nested > 0 || list.interrupted) return
    const sentence = lastSentence(block.text)
    const m = FRONTED.exec(sentence.text.replace(/\s/gu, ' '))
    if (!m || OTHER_COUNT.test(m[3] ?? '')) return
    const stated = countOf((m[1] ?? '').split(' ')[0] ?? '')
    const noun = (m[2] ?? '').toLowerCase()
    if (stated === undefined || PARTIAL.test(sentence.text.slice(0, m[0].indexOf(m[1] ?? '')))) return
    const items = itemsAfter(markdown, block.offset + block.text.length)
    if (items.length !== list.top || items.length < 2 || items.length === stated) return
    const named = new RegExp(String.raw`\p{L}*(?:${stems(noun).join('|') || '(?!)'})(?![\p{L}])`, 'iu')
    if (!items.every((item) => named.test(item))) return
    out.push({ written: m[1] ?? '', stated, noun, listed: items.length, offset: block.offset + sentence.index + m[0].indexOf(m[1] ?? '') })
  })
  return out
}
