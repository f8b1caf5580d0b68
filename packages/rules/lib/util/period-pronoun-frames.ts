/**
 * A range in a frame of time after `Het` and any verb in the present, back to a sentence that names
 * this plan: "Dit programma … . Het geeft uitvoering aan de visie in de jaren 2027 tot en met 2031".
 * The years say when the plan does what its verb says, also when that verb ties it to another
 * document. Used by `period-mismatch`, which compares the years with the plan's period.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { openGap, overlapsPlan, timeFramed } from './period-owner.js'
import { rangeParts, rangeSpan } from './period-fit.js'
import { otherThing, previousSentence, sentenceBefore } from './period-words.js'
import { yearRange } from './plan-period.js'

// The pronoun and a verb in the present (a form on -t: `Het geeft`, `Het zet`), then the range.
const pronounFramed = new RegExp(String.raw`(?<=(?:^|[.!?])\s{0,3})(?:het|dit|deze)\s+(\p{Ll}{2,}t)\b([^.!?;:\n]{0,120}?)${yearRange}`, 'giu')
// `Het budget stijgt`, `Het effect van`: an article and a noun, not the pronoun and its verb.
const nounAfterArticle = /^\s+(?:\p{Ll}+t|is|was|kan|zal|mag|wil|van|voor|uit|met|op|in|en|of)\b/u
const rangeAtEnd = new RegExp(`${yearRange}$`, 'iu')

/** A range after the pronoun, with its parts and the sentence before it. */
export interface PronounFrame {
  match: RegExpMatchArray
  parts: [string, string, string]
  before: string
}

/**
 * The ranges in a frame of time of a verb whose subject `Het` points back to this plan, overlapping
 * the plan's period.
 *
 * @param text A prose text.
 * @param selfSource A regex source for this plan named in the previous sentence.
 * @param periode The plan's period.
 * @returns The ranges.
 */
export function pronounFrames(text: string, selfSource: string, periode: { start: number; eind: number }): PronounFrame[] {
  const out: PronounFrame[] = []
  for (const match of allMatches(pronounFramed, text)) {
    const previous = previousSentence(text, match.index)
    const parts = rangeParts(match, 3) as [string, string, string]
    const before = sentenceBefore(text, match.index + match[0].length - (rangeAtEnd.exec(match[0])?.[0].length ?? 0))
    if (!compiled(selfSource, 'iu').test(previous) || otherThing.test(previous) || nounAfterArticle.test(match[2] ?? '')) continue
    if (!timeFramed(before) || !openGap(match[2] ?? '', true) || !overlapsPlan(...rangeSpan(...parts), periode)) continue
    out.push({ match, parts, before })
  }
  return out
}
