/**
 * The sentence patterns in which a text gives this plan a period (`dit programma loopt van 2026
 * tot en met 2029`, `2026-2029 … het plan`), built for the plan's own kind noun, and the ranges
 * they find that depart from the plan's period. Apart from period-mismatch so the rule stays one
 * readable file.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { rangeParts as parts, rangeSpan as span, withinPeriod, type PeriodFit } from './period-fit.js'
import { partOfPeriod } from './period-headings.js'
import type { PlanNaming } from './period-own-ends.js'
import { coordinatedRunning, definiteSelf, framed, namedOther, openGap, overlapsPlan, rangeOwner, runningAside, subjectSelf, timeFramed, type OwnKind } from './period-owner.js'
import { ramingYears } from './period-plan-naming.js'
import { other, otherThing, ownedByOther, periodNoun, periodVerb, sentenceAround, sentenceBefore } from './period-words.js'
import { yearRange as range } from './plan-period.js'

// The raadsperiode a plan covers: "dit programma beslaat de raadsperiode 2026-2030"; it ends in the election year.
const councilTerm = String.raw`\s+${periodVerb}\s+(?:de\s+)?(?:hele\s+|volledige\s+|huidige\s+|nieuwe\s+)?(?:raads|college|bestuurs)periode\s+(?:van\s+)?${range}`
export const councilTermOf = `THIS${councilTerm}`
// "Voor u ligt het programma. Het loopt van 2025 tot en met 2029": a pronoun after a sentence about the plan.
export const pronounRange = new RegExp(String.raw`(?<=(?:^|[.!?])\s{0,3})(?:het|dit|deze)\s+${periodVerb}([^.!?;:\n]{0,60}?)${range}`, 'giu')

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

// A gap between "dit programma" and its years that leaves no doubt: "dit programma (2025-2027)",
// "dit programma loopt van …", "deze nota voor de jaren …".
const plainGap = /^\s*(?:\(\s*|(?:(?:loopt|geldt|beslaat|omvat|bestrijkt|is\s+bedoeld)\s+)?(?:van\s+|voor\s+)?(?:de\s+(?:jaren|periode|planperiode)\s+)?)$/iu
/**
 * The ranges the patterns give this plan in a text that depart from its period, in order: not
 * another thing's (a noun in the gap or before the range that owns it, a phase, a meerjarenraming,
 * the previous version). `plain`: a pattern and a gap that leave no doubt the years are this
 * plan's (`fout`).
 *
 * @param text The text, as `readablePeriods` makes it.
 * @param naming How the plan is named.
 * @param fit The judges of its period.
 * @returns The matches, each with whether it is plain.
 */
export function patternRanges(text: string, naming: PlanNaming, fit: PeriodFit): Array<{ match: RegExpMatchArray; plain: boolean }> {
  const { thisPlan, kind, periode } = naming
  const { fits, pastVersion } = fit
  const out: Array<{ match: RegExpMatchArray; plain: boolean }> = []
  for (const { pattern, gap, first, elsewhere, plain, subject: isSubject } of patterns(thisPlan, kind)) {
    for (const match of allMatches(pattern, text)) {
      const before = sentenceBefore(text, match.index)
      const between = match[gap] ?? ''
      // The plan's own clause of running (`na afloop van dit plan, dat loopt van …`) keeps the years
      // the plan's whatever governs the plan.
      const ownClause = Boolean(isSubject) && runningAside(between)
      if ((!ownClause && (elsewhere.test(before) || ownedByOther.test(before))) || fits(...parts(match, first))) continue
      // The noun the range is bound to owns it; with this plan as subject, a noun elsewhere in
      // the gap ("zet de visie om in maatregelen voor de periode …") does not.
      const at = match.index + match[0].length - (compiled(`${range}$`, 'iu').exec(match[0])?.[0].length ?? 0)
      // "Voor u ligt het uitvoeringsprogramma Sport 2024-2027": the document presented is this one, by any name.
      const presented = /\bvoor\s+u\s+ligt\b|\bhierbij\s+(?:bieden|ontvangt|treft)\b/iu.test(before + match[0])
      const found = rangeOwner(sentenceBefore(text, at), kind)
      const owner = found === 'named' ? (presented ? 'self' : 'other') : found
      const [start, connector, end] = parts(match, first)
      // With this plan as subject, years in a frame of time of its verb are the plan's, whatever noun stands before the frame.
      const inFrame = Boolean(isSubject) && timeFramed(sentenceBefore(text, at)) && overlapsPlan(...span(start, connector, end), periode)
      if ((owner === 'other' && !inFrame) || (owner === 'self' && !overlapsPlan(...span(start, connector, end), periode)) || ramingYears(naming, ...span(start, connector, end))) continue
      // "In de eerste fase, 2027-2029, …": a part of the period named before years inside it.
      if (withinPeriod(periode, ...span(start, connector, end)) && partOfPeriod.test(sentenceBefore(text, at))) continue
      if (pastVersion(span(start, connector, end)[1], sentenceAround(text, match.index))) continue
      if (isSubject && (!openGap(between, inFrame) || namedOther(between, kind))) continue
      // "Het programma van de provincie loopt …": a possessor right after the noun makes it another's.
      if (isSubject && /^\s*(?:van|voor)\s/iu.test(between) && otherThing.test(between)) continue
      if (elsewhere.test(between) && !(isSubject && (owner === 'self' || framed(sentenceBefore(text, at)) || coordinatedRunning(between)))) continue
      out.push({ match, plain: plain && plainGap.test(between) })
    }
  }
  return out
}
