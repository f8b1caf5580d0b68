/**
 * The items before a list item the reader made into a model item (an inspanning under a pijler, a
 * principe, an opgave): written as running text the list is one block, and a calculation may take
 * its terms from an item above (`… € 30.000 per jaar.` and in the next item `Over de drie jaar is
 * dat € 90.000.`). Read alone, each item loses what the item above it said.
 */

import { collectTexts, type Plan } from '@kapstok/core'
import { readingText } from './asides.js'

/** An item with the items of its list before it, written as one Markdown list. */
export interface ListLead {
  /** The items before it and the item itself, each on a line of its own after `- `. */
  text: string
  /** Where the item's own text starts in `text`. */
  offset: number
}

const ITEM_TITLE = /^(\/(?:pijlers|principes|opgaven|effecten)\/\d+\/\w+)\/\d+\/titel$/u
const cache = new WeakMap<Plan, Map<string, ListLead>>()

/**
 * Per item title after the first of its list: the list up to and including it.
 *
 * @param plan The model.
 * @returns Pointer of the item title to its list so far (absent: the first item, or no list item).
 */
export function listLeads(plan: Plan): Map<string, ListLead> {
  let found = cache.get(plan)
  if (found) return found
  found = new Map()
  const lists = new Map<string, string[]>()
  for (const { pointer, text } of collectTexts(plan)) {
    const list = ITEM_TITLE.exec(pointer)?.[1]
    if (list === undefined) continue
    const before = lists.get(list) ?? []
    const own = readingText(text)
    if (before.length > 0) {
      const lead = before.map((t) => `- ${t}\n`).join('')
      found.set(pointer, { text: `${lead}- ${own}`, offset: lead.length + 2 })
    }
    lists.set(list, [...before, own])
  }
  cache.set(plan, found)
  return found
}

/**
 * The findings of a reader in an item, and those it finds in the item read under the items before
 * it: only those in the item itself, at their offsets in it, each once.
 *
 * @param own The findings in the item read alone.
 * @param lead The item's list so far, if it has items before it.
 * @param read The reader.
 * @returns The findings.
 */
export function withListLead<T extends { index: number }>(own: T[], lead: ListLead | undefined, read: (text: string) => T[]): T[] {
  if (!lead) return own
  const seen = new Set(own.map((e) => e.index))
  const more = read(lead.text).filter((e) => e.index >= lead.offset && !seen.has(e.index - lead.offset))
  return [...own, ...more.map((e) => ({ ...e, index: e.index - lead.offset }))]
}
