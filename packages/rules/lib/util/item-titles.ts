/**
 * The titles of the list items the reader made into model items (kaders, inspanningen, doelen
 * under pijlers, principes, opgaven, effecten), with what `unfinished-sentence` needs to know of
 * their list: whether the item continues in sub-items and whether all its siblings close.
 */

import { collectTexts, fromPointer, type Plan } from '@kapstok/core'
import { endsOnColon, itemCloses } from './paragraph-ends.js'

/** One item title. */
export interface ItemTitle {
  /** Pointer of the title. */
  pointer: string
  /** The title. */
  text: string
  /** Whether the item has text of its own (`tekst`): the title then continues there. */
  continues: boolean
  /** Whether the list has two or more other items and all of them close with a full stop. */
  othersClosed: boolean
  /** Whether at least one other item of the list closes with a full stop: the list is one of sentences. */
  anotherClosed: boolean
}

/**
 * Item titles of the model, in document order.
 *
 * @param model The plan.
 * @returns The titles.
 */
export function itemTitles(model: Plan): ItemTitle[] {
  const titles = collectTexts(model).filter(({ pointer }) => /\/\d+\/titel$/.test(pointer) && /^\/(pijlers|principes|opgaven|effecten)\/\d+\/\w+\//.test(pointer))
  const listOf = (pointer: string): string => pointer.replace(/\/\d+\/titel$/, '')
  // Per list: its size and how many titles close, counted once.
  const sizes = new Map<string, number>()
  const closed = new Map<string, number>()
  const itemOf = (pointer: string): { tekst?: string } | undefined =>
    fromPointer(pointer).slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], model) as { tekst?: string } | undefined
  // A title that ends on a colon before its sub-items (`tekst`) leads them in: it is as finished as a sentence.
  const closes = (text: string, item: { tekst?: string } | undefined): boolean => itemCloses(text) || (endsOnColon(text) && Boolean(item?.tekst))
  for (const { pointer, text } of titles) {
    sizes.set(listOf(pointer), (sizes.get(listOf(pointer)) ?? 0) + 1)
    if (closes(text, itemOf(pointer))) closed.set(listOf(pointer), (closed.get(listOf(pointer)) ?? 0) + 1)
  }
  return titles.map(({ pointer, text }) => {
    const item = itemOf(pointer)
    const others = (sizes.get(listOf(pointer)) ?? 0) - 1
    const othersClosing = (closed.get(listOf(pointer)) ?? 0) - (closes(text, item) ? 1 : 0)
    return { pointer, text, continues: Boolean(item?.tekst), othersClosed: others >= 2 && othersClosing === others, anotherClosed: othersClosing > 0 }
  })
}
