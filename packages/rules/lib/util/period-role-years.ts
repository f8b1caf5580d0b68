/**
 * The plan's first or last year named by its role, with the year next to it, for
 * `period-mismatch`: the owner stands earlier in the sentence instead of after `van` ("In dit
 * programma is het laatste jaar, 2031, een jaar van metingen"), the role is a compound of the
 * plan's own noun ("het eerste planjaar (2026)"), and in a begroting the years of its raming
 * run on to a year ("taakstellend voor 2027 en indicatief voor de jaren tot en met 2031").
 * `het eerste jaar van …` with its owner after it is read by `namedEnds`.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import type { DepartingEnd, PlanNaming } from './period-own-ends.js'
import { budgetNoun, otherThing, planNoun, sentenceBefore } from './period-words.js'

// A year in apposition to the role, not the start of a range: ", 2031,", " (2026)", " is 2030".
const apposed = String.raw`\s*(?:[,(]\s*|\s+is\s+)(?:in\s+)?((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot\b))`
// The role without an owner after it ("het laatste jaar, 2031"); with `van`/`uit` after it the
// owner is named there and another reader weighs it.
const bareRole = new RegExp(String.raw`\bhet\s+(eerste|laatste)\s+jaar(?!\s+(?:van|uit)\b)${apposed}`, 'giu')
// The role as a compound of the plan's own noun: "het laatste programmajaar", "het eerste uitvoeringsjaar".
const compoundRole = (budget: boolean): RegExp =>
  compiled(String.raw`\bhet\s+(eerste|laatste)\s+(?:${planNoun}|uitvoerings|beleids${budget ? '|begrotings' : ''})s?jaar(?!\s+(?:van|uit)\b)${apposed}`, 'giu')
// In a begroting its own spans go by budget words ("In de meerjarenraming is het eerste jaar …").
const budgetWords = new RegExp(String.raw`\b(?:${budgetNoun})\b`, 'giu')
const budgetWord = new RegExp(budgetWords.source, 'iu')
// "de jaren tot en met 2031", "de overige jaren t/m 2031": the years after the first of the raming.
const laterYears = /\bde\s+(?:overige\s+|latere\s+|volgende\s+)?jaren\s+(?:tot\s+en\s+met|t\/m)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot\b))/giu

/**
 * The first or last year of this plan named by role that departs from its period.
 *
 * @param text A prose text.
 * @param naming How the rule names this plan.
 * @param years Whether the text holds a year at all.
 */
export function* roleYears(text: string, naming: PlanNaming, years: boolean): Generator<DepartingEnd> {
  if (!years) return
  const { self, begroting, periode } = naming
  // Whose role: this plan named earlier in the sentence, or (in a begroting) its raming; never
  // in a sentence about another thing (with the budget words blanked: they are the begroting's own).
  const foreign = (before: string): boolean => otherThing.test(begroting ? before.replace(budgetWords, ' ') : before) && !(begroting && self.test(before))
  const owned = (before: string): boolean => !foreign(before) && (self.test(before) || (begroting && budgetWord.test(before)))
  const expected = (which: string): number => (/eerste/iu.test(which) ? periode.start : periode.eind)
  const roles = new Set<number>()
  for (const [pattern, needsOwner] of [[bareRole, true], [compoundRole(begroting), false]] as const) {
    for (const match of allMatches(pattern, text)) {
      const before = sentenceBefore(text, match.index)
      roles.add(match.index - before.length)
      if (Number(match[2]) === expected(match[1] ?? '')) continue
      if (needsOwner ? !owned(before) : foreign(before)) continue
      yield { index: match.index + match[0].lastIndexOf(match[2] ?? ''), written: match[2] ?? '', plain: false }
    }
  }
  if (!begroting) return
  for (const match of allMatches(laterYears, text)) {
    const end = Number(match[1])
    const before = sentenceBefore(text, match.index)
    // The raming's first year stands earlier in the sentence, at most a year off the plan's start,
    // and its end a year or two off the plan's (a loan paid off over decades has its own years);
    // when that first year is off and named by its role, the role's year is the slip reported.
    const first = Number(/\b(?:19|20)\d{2}\b/u.exec(before)?.[0] ?? NaN)
    if (end === periode.eind || Math.abs(end - periode.eind) > 2 || !(Math.abs(first - periode.start) <= 1) || foreign(before)) continue
    if (first !== periode.start && roles.has(match.index - before.length)) continue
    yield { index: match.index + match[0].lastIndexOf(match[1] ?? ''), written: match[1] ?? '', plain: false }
  }
}
