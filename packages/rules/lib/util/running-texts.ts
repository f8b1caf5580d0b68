import type { Plan } from '@kapstok/core'
import type { TextValue } from '@kapstok/core'
import { ownText, proseTexts, writtenTexts } from './text.js'

const partItem = /^\/pijlers\/\d+\/(?:doelen|inspanningen)\/\d+\/titel$/

/**
 * Whether a pointer is a goal or action listed under a pijler: a list item the model keeps as a
 * title, but written as a sentence, so running text for the rules that read prose.
 *
 * @param pointer A JSON Pointer.
 * @returns Whether it is such a list item.
 */
export const isPartItem = (pointer: string): boolean => partItem.test(pointer)

/**
 * The plan's own running text: prose, and the goals and actions listed under a pijler (list
 * items the model keeps as titles, but written as sentences: "We verbinden … met de lijn …").
 * Not the bijlagen and inspraakreacties (`ownText`).
 *
 * @param plan The model.
 * @returns The texts with their pointers.
 */
export function runningTexts(plan: Plan): TextValue[] {
  const items = writtenTexts(plan).filter(({ pointer }) => isPartItem(pointer))
  return [...proseTexts(plan), ...items].filter(({ pointer }) => ownText(pointer))
}
