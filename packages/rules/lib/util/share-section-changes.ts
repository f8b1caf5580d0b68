/**
 * A change said without numbers of its own (`Zo neemt het bloemrijke grasland in drie jaar met
 * bijna 30% toe.`) of a change stated earlier in the section with its numbers (`- Het bloemrijke grasland
 * neemt toe van 2,4 ha in 2026 tot 3,1 ha in 2029.`), also across paragraphs and list items: the
 * nearest sentence with one change whose subject shares at least two words with the sentence, in
 * the same direction. Used by `share-claims`.
 */

import { changeBases } from './share-changes.js'
import { CHANGE, DOWN } from './share-span-changes.js'

// Words of five letters or more that are no verb or noun of change: the subject's own words.
const subjectWords = (text: string): Set<string> => new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !CHANGE.test(w)))
// Two shared words tie the subject (`vergroende speelplek`, `verlichte wandelroute`); one may be chance (`aantal`).
const SHARED = 2

/** A change found earlier in the section. */
export interface SectionChange {
  actual: number
  basis: string
}

/**
 * The change an earlier sentence of the section states of the subject a sentence names.
 *
 * @param sentence The sentence of the share, without numbers of its own.
 * @param section The sentences of the section before it, nearest last.
 * @returns The change, or undefined when no earlier sentence states one of the same subject in the same direction.
 */
export function sectionChange(sentence: string, section: string[]): SectionChange | undefined {
  if (!CHANGE.test(sentence)) return undefined
  const own = subjectWords(sentence)
  const down = DOWN.test(sentence)
  for (let i = section.length - 1; i >= 0; i--) {
    const text = section[i] ?? ''
    const changes = changeBases(text).filter((c) => c.points === undefined && c.ratio !== undefined)
    if (changes.length !== 1) continue
    const shared = [...subjectWords(text)].filter((w) => own.has(w)).length
    if (shared < SHARED) continue
    const [change] = changes
    if (!change || down !== (change.ratio ?? 1) < 1) return undefined
    return { actual: change.actual, basis: change.basis }
  }
  return undefined
}
