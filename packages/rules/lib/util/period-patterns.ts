/**
 * The sentence patterns in which a text gives this plan a period (`dit programma loopt van 2026
 * tot en met 2029`, `2026-2029 … het plan`), built for the plan's own kind noun. Apart from
 * period-mismatch so the rule stays one readable file.
 */
import { compiled } from './compiled.js'
import { definiteSelf, subjectSelf, type OwnKind } from './period-owner.js'
import { other, otherThing, periodNoun, periodVerb } from './period-words.js'
import { yearRange as range } from './plan-period.js'

/** A pattern of a period said of this document. */
export interface Pattern {
  /** Whether the pattern has this plan as subject: a noun in the gap then takes the range only as its owner. */
  subject?: boolean
  /** The regex. */
  pattern: RegExp
  /** Group of the text between the plan and the years. */
  gap: number
  /** Group of the first year (then connector, last year). */
  first: number
  /** Words that make the range another thing's. */
  elsewhere: RegExp
  /** Whether a plain gap proves the range is this plan's (`fout`). */
  plain: boolean
}

// The patterns of each plan, by its kind nouns (one object per plan): built for every text with a
// range they were, their sources some kilobytes long, each written and looked up anew.
const made = new WeakMap<OwnKind, { thisPlan: string; list: readonly Pattern[] }>()

/** The patterns of a period said of this document; `begroting` counts only when the document is one. */
export function patterns(thisPlan: string, kind: OwnKind): readonly Pattern[] {
  const kept = made.get(kind)
  if (kept?.thisPlan === thisPlan) return kept.list
  const list = build(thisPlan, kind)
  made.set(kind, { thisPlan, list })
  return list
}

function build(thisPlan: string, kind: OwnKind): Pattern[] {
  const definite = `${definiteSelf(kind)}\\s+${periodVerb}`
  // With the plan as subject the years may come late in the sentence: an enumeration of partners
  // (`samen met verenigingen, scholen, … en de sportservice`) or a relative clause lengthens the
  // gap without giving the years another owner (the gap's own nouns are weighed as owners).
  return [
    { pattern: compiled(`${thisPlan}([^.!?;:\\n]{0,160}?)${range}`, 'giu'), gap: 1, first: 2, elsewhere: other, plain: true, subject: true },
    { pattern: compiled(`${subjectSelf(kind)}([^.!?;:\\n]{0,160}?)${range}`, 'giu'), gap: 1, first: 2, elsewhere: other, plain: false, subject: true },
    { pattern: compiled(`${range}([^.!?;:\\n]{0,40}?)${thisPlan}`, 'giu'), gap: 4, first: 1, elsewhere: other, plain: false },
    { pattern: compiled(`${definite}([^.!?;:\\n]{0,100}?)${range}`, 'giu'), gap: 1, first: 2, elsewhere: otherThing, plain: false },
    { pattern: compiled(`${periodNoun}([^.!?;\\n]{0,50}?)${range}`, 'giu'), gap: 1, first: 2, elsewhere: otherThing, plain: false }
  ]
}
