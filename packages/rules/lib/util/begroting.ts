import { normalizeTitle, type Plan, type Sectie } from '@kapstok/core'

/** The three questions of a programma in a Dutch programme budget (BBV art. 8). */
export type BudgetQuestion = 'bereiken' | 'doen' | 'kosten'

// Asked in any tense and wording: a begroting asks what we want to achieve, the jaarstukken
// "Wat hebben we bereikt?" and "Wat heeft het gekost?"; the question word and the verb decide.
const questions: Array<[RegExp, BudgetQuestion]> = [
  [/^wat\b.*\b(?:bereiken|bereikt)\b/u, 'bereiken'],
  [/^wat\b.*\b(?:doen|gedaan|ondernemen)\b/u, 'doen'],
  [/^wat\b.*\b(?:kost|kosten|gekost)\b/u, 'kosten']
]

/**
 * Whether the document is a begroting: its `soort`, or a title that says so (plans written before
 * `soort: begroting` existed are programmaplannen or beleidsnota's titled "Programmabegroting …").
 *
 * @param model The plan.
 * @returns True for a begroting.
 */
export function isBegroting(model: Plan): boolean {
  return model.document?.soort === 'begroting' || /begroting/iu.test(model.document?.titel ?? '')
}

/**
 * The budget question a heading asks, if any: `Wat wil de gemeente bereiken?` → `bereiken`.
 *
 * @param title A heading's title, without its number.
 * @returns The question, or undefined.
 */
export function budgetQuestion(title: string): BudgetQuestion | undefined {
  const key = normalizeTitle(title)
  return questions.find(([pattern]) => pattern.test(key))?.[1]
}

/**
 * Whether a prose chapter or one of its paragraphs asks the question. The questions are kept as
 * prose (the section map gives them no role), and a programma page often nests them under its
 * own heading (`# Programma 3 Zorg` with the questions as `##` headings), so every level counts.
 *
 * @param model The plan.
 * @param question The question.
 * @returns True when some sectie asks it.
 */
export function asksBudgetQuestion(model: Plan, question: BudgetQuestion): boolean {
  const walk = (secties: Sectie[] | undefined): boolean =>
    (secties ?? []).some((s) => budgetQuestion(s.titel) === question || walk(s.secties))
  return walk(model.secties) || (model.pijlers ?? []).some((p) => walk(p.secties))
}
