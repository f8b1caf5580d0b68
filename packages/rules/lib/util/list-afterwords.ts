/**
 * A count that sums up the list right above it in the first sentence after it: "Met deze vier
 * doelen werken we aan …" under a list of three. `deze` with a count right after a list points
 * at that list; a list announced by a lead-in with a colon is left to the checks of its lead-in.
 */
import { parseNumberWord } from '@kapstok/nl'
import { position, type Block } from './list-blocks.js'
import type { ListClaim } from './list-claims.js'

// `deze` with a count and a plural noun, up to one word between, among the first words of the sentence.
const BACK = /^(?:[\p{L}'’-]+[ \t]+){0,3}?deze[ \t]+(\d{1,2}|\p{L}+)[ \t]+((?:[\p{L}-]+[ \t]+)??)([\p{L}-]+(?:en|s|['’]s))(?![\p{L}])/iu
// Nouns of measure or people counted in the sentence itself, not the items (`deze vier jaar`).
const UNIT = /^(?:jaar|jaren|maanden|weken|dagen|uren|keer|procent|euro|miljoen|miljard|kwartalen|inwoners|personen|mensen|huishoudens|woningen|kinderen|jongeren|ouderen)$/iu

/**
 * The counts after a list that refer back to it with `deze` and differ from its top items.
 *
 * @param blocks The blocks of the text, from `blocksOf`.
 * @param markdown The Markdown source.
 * @param except Nouns another rule counts (optional).
 * @returns The differing counts.
 */
export function afterwordClaims(blocks: Block[], markdown: string, except?: RegExp): ListClaim[] {
  const out: ListClaim[] = []
  blocks.forEach((list, b) => {
    const after = blocks[b + 1]
    const lead = blocks[b - 1]
    if (list.kind !== 'list' || list.interrupted || list.top < 2 || after?.kind !== 'paragraph') return
    if (lead?.kind === 'paragraph' && /:\s*$/u.test(lead.text)) return
    const first = /^[^.!?]*[.!?]?/u.exec(after.text)?.[0] ?? ''
    const m = BACK.exec(first)
    const word = m?.[1] ?? ''
    const stated = /^een$/iu.test(word) ? undefined : parseNumberWord(word)
    const noun = (m?.[3] ?? '').toLowerCase()
    if (!m || stated === undefined || stated < 2 || UNIT.test(noun) || except?.test(noun)) return
    if (stated === list.top || stated === list.top + list.nested) return
    const at = m.index + m[0].indexOf(word, m[0].toLowerCase().lastIndexOf('deze'))
    out.push({ written: m[0].slice(at - m.index), stated, listed: list.top, noun, certain: false, ...position(markdown, after.offset + at) })
  })
  return out
}

