import type { Plan } from '@kapstok/core'
import type { TextValue } from '@kapstok/core'
import { ownText, proseTexts, writtenTexts } from './text.js'

const partItem = /^\/pijlers\/\d+\/(?:doelen|inspanningen)\/\d+\/titel$/

/**
 * The plan's own running text: prose, and the goals and actions listed under a pijler (list
 * items the model keeps as titles, but written as sentences: "We verbinden … met de lijn …").
 * Not the bijlagen and inspraakreacties (`ownText`).
 *
 * @param plan The model.
 * @returns The texts with their pointers.
 */
export function runningTexts(plan: Plan): TextValue[] {
  const items = writtenTexts(plan).filter(({ pointer }) => partItem.test(pointer))
  return [...proseTexts(plan), ...items].filter(({ pointer }) => ownText(pointer))
}
