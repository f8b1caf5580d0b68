/**
 * The closed running text around a paragraph that stands alone in its model text. `unfinished-sentence`
 * reports a paragraph of one sentence that stops mid-clause only when running text near it closes with
 * a full stop (then the paragraph is no label). The reader splits a plan into many texts: a chapter's
 * intro (`inleidingen/pijlers`), a pijler's `intro`, the text after a list of doelen (a `secties`
 * item), a koers chapter of one paragraph. A paragraph alone in such a text has no neighbour in it,
 * so its context is the plan: whether the plan writes its running text in closed sentences.
 */
import type { Plan, PlanFile } from '@kapstok/core'
import { sourceText, textLocation } from '../rule.js'
import { closedProse } from './sentence-breaks.js'
import { isItem } from './paragraph-ends.js'
import { paragraphs, proseTexts } from './text.js'

// A paragraph of running text: not a table row, a heading, a quote, an image or a list item.
const RUNNING = /^[^|#>!]/u
// A list item or a table row next in the source: what a lead-in without its colon may announce.
const LIST_OR_TABLE_NEXT = /^\s*(?:[-*+]\s|\d+[.)]\s|\|)/u

/**
 * Whether the plan writes its running text in closed sentences: at least three paragraphs of six
 * words or more close with a full stop, and at least twice as many close as do not. A plan of
 * labels and fragments (a table-like uitvoeringsprogramma written without stops) stays out.
 *
 * @param plan The model.
 * @returns Whether its running text closes.
 */
export function planClosesProse(plan: Plan): boolean {
  let closed = 0
  let open = 0
  for (const { pointer, text } of proseTexts(plan)) {
    // Definitions in a begrippenlijst leave out their full stop by custom.
    if (pointer.endsWith('/definitie')) continue
    for (const { text: p } of paragraphs(text)) {
      if (!RUNNING.test(p) || isItem(p) || p.split(/\s+/u).length < 6) continue
      if (closedProse(p)) closed++
      else open++
    }
  }
  return closed >= 3 && closed >= 2 * open
}

/**
 * For a plan, a test of whether a paragraph of a text has closed running text around it outside its
 * text: it is the only paragraph of running text in its text, the plan's running text closes, and no
 * list or table follows it in the source (the reader may keep a lead-in apart from the table or list
 * it announces: the agenda's intro above the agenda, a text above a list of doelen).
 *
 * @param plan The model.
 * @param file The plan file, for the source after the paragraph.
 * @returns The test: the pointer and text of the model text, its paragraphs and the paragraph's index.
 */
export function closedAround(plan: Plan, file: PlanFile): (pointer: string, text: string, parts: Array<{ text: string; index: number }>, i: number) => boolean {
  let closes: boolean | undefined
  return (pointer, text, parts, i) => {
    if (parts.some((p, k) => k !== i && RUNNING.test(p.text) && !isItem(p.text))) return false
    if (!(closes ??= planClosesProse(plan))) return false
    const paragraph = parts[i]
    if (!paragraph) return false
    const location = textLocation(file, pointer, text, paragraph.index, paragraph.text.length)
    const end = location?.end.offset
    if (!location || end === undefined) return true
    return !LIST_OR_TABLE_NEXT.test(sourceText(file, location.file)?.slice(end, end + 200) ?? '')
  }
}
