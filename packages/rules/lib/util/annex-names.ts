/**
 * Names of the plan's parts read in its bijlagen. A bijlage may be another paper with parts of
 * its own, so a name there counts only when it shares a word with the title it would drift from
 * and its sentence is not about a former name. Read by `numberedNames` and `kindMentions`.
 */
import type { Plan, TextValue } from '@kapstok/core'
import { proseTexts } from './text.js'
import { sharesWord } from './apposition-names.js'

/** The prose of the bijlagen, which the name readers read beside the running texts. */
export const annexTexts = (plan: Plan): TextValue[] => proseTexts(plan).filter(({ pointer }) => isAnnex(pointer))

/** Whether a text is a bijlage's. */
export const isAnnex = (pointer: string): boolean => pointer.startsWith('/bijlagen/')

/**
 * Whether a name found in a bijlage counts as a name of this plan's part.
 *
 * @param name The name as written.
 * @param titles The titles it would drift from.
 * @param text The bijlage's text.
 * @param index Where the reference to the part stands in `text`.
 * @returns Whether it counts.
 */
export function annexNameCounts(name: string, titles: Array<string | undefined>, text: string, index: number): boolean {
  return sharesWord(name, titles) && !pastSentence(text, index)
}

// A sentence about an earlier state (`luidde … nog`, `heette vroeger`, a year before the reference):
// a former name, no drift.
export function pastSentence(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('\n', index)) + 1
  const end = text.slice(index).search(/[.!?](?:\s|$)|\n/u)
  const sentence = text.slice(start, end < 0 ? text.length : index + end)
  return /\b(?:luidde|heette|was|waren|vroeger|destijds|eerder|vorige|oude)\b/iu.test(sentence) || /\b(?:19|20)\d{2}\b/u.test(text.slice(start, index))
}
