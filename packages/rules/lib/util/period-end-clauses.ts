/**
 * A year tied to the end of this plan by a clause or a noun rather than by a verb of duration,
 * for `period-mismatch`: `eind 2028, als dit programma afloopt`, `wanneer het programma in 2030
 * eindigt`, `tot en met 2030, het slot van dit beleidskader`, `aan het slot van de nota
 * (2028)`. The end words say the year is the plan's last one, so a year that is not departs from
 * the period. `namedEnds` reads the main clause with the year after the verb (`dit programma
 * eindigt in 2029`); this reader the subordinate clause, where the year may stand before the verb
 * or outside the clause, and the end nouns beside the year.
 */
import { compiled, planMatches } from './compiled.js'
import { fullYear, exclusive } from './plan-period.js'
import type { DepartingEnd, PlanNaming } from './period-own-ends.js'
import { otherThing, sentenceBefore } from './period-words.js'

const YEAR = String.raw`(?:19|20)\d{2}`
// The words that may say which part of a year: `eind 2028`, `tot en met 2030`, `in 2030`.
const point = String.raw`(?:(?:tot\s+en\s+met|t\/m|tot|in|eind|einde|ultimo|medio|begin)\s+)`
// A subordinate clause whose subject is this plan and whose verb ends it: `als dit programma
// afloopt`, `zodra het programma in 2030 is afgelopen`. Not `voordat`/`nadat` (a time counted
// from the end) and not `na afloop` (after it). Group 1: up to four words between subject and
// verb, where the year may stand.
const clauseEnd = String.raw`\b(?:als|wanneer|zodra|waarna)\s+THIS((?:\s+[\p{L}\d-]+){0,4}?)\s+(?:afloopt|eindigt|stopt|ten\s+einde\s+loopt|(?:is|zijn)\s+afgelopen|afgelopen\s+is)\b`
// The end of this plan as a noun: `het slot van dit kader`, `aan het slot van het programma`.
const nounEnd = String.raw`\b(?:het|aan\s+het|tegen\s+het|bij\s+het|op\s+het)\s+(?:einde?|slot|aflopen)\s+van\s+THIS`
// The year inside the clause, and right before or after it: `2028, als …`, `… afloopt, in 2028`, `… (2028)`.
const inside = compiled(String.raw`(?:^|\s)(${point}?)(${YEAR})\b`, 'iu')
const before = compiled(String.raw`(?:^|\s)(${point}?)(${YEAR})\)?\s*,\s*$`, 'iu')
const after = compiled(String.raw`^\s*(?:,\s*|\(\s*)?(${point}?)(${YEAR})\b`, 'iu')

/**
 * Years tied to the plan's end by an end clause or noun that are not its last year.
 *
 * @param text A prose text.
 * @param naming How the plan names itself, and its period.
 * @param years Whether the text holds a year at all.
 * @returns The departing years, in the order of the text.
 */
export function* clauseEnds(text: string, naming: PlanNaming, years: boolean): Generator<DepartingEnd> {
  if (!years) return
  const { thisPlan, definiteNoun, periode } = naming
  const self = `(?:${thisPlan}|${definiteNoun}|\\b(?:de|deze)\\s+[\\p{L}-]*periode)`
  for (const [pattern, clause] of [[clauseEnd, true], [nounEnd, false]] as const) {
    for (const match of planMatches(pattern, self, 'giu', text)) {
      const lead = sentenceBefore(text, match.index)
      if (otherThing.test(lead) || otherThing.test(match[0])) continue
      const gap = clause ? (match[1] ?? '') : ''
      const end = match.index + match[0].length
      // The year in the clause first, then right before it, then right after it.
      const fixed =
        (clause ? withIndex(inside.exec(gap), match.index + match[0].indexOf(gap)) : undefined) ??
        withIndex(before.exec(lead), match.index - lead.length)
      const found = fixed ?? withIndex(after.exec(text.slice(end, end + 24)), end)
      if (!found) continue
      const said = fullYear(found.year) - (exclusive(found.point) || /^begin$/iu.test(found.point.trim()) ? 1 : 0)
      // A year after the end words may be the year after the last one, when what happens "at the
      // end" takes place (`aan het eind van de planperiode, in 2031, leggen we verantwoording af`);
      // one inside the clause or set before it names the end itself.
      if (said === periode.eind || (!fixed && said === periode.eind + 1 && !/^(?:tot|t\/m)/iu.test(found.point))) continue
      yield { index: found.index, written: found.year, plain: false }
    }
  }
}

// A year found by one of the patterns, with its place in the text.
function withIndex(m: RegExpExecArray | null, offset: number): { point: string; year: string; index: number } | undefined {
  if (!m) return undefined
  const [whole, point = '', year = ''] = m
  return { point, year, index: offset + m.index + whole.lastIndexOf(year) }
}
