import type { Plan, PlanFile } from '@kapstok/core'

// The header of an agenda's number column: `Nr`, `Nr.`, `Nummer`, `#`, `Actienummer`.
const numberHeader = /^(?:nr\.?|nummer|no\.?|#|actie\s*(?:nummer|nr\.?)?)$/iu
const actionNumber = /^[a-z]?\d{1,2}(?:\.\d{1,2})*$/iu

/**
 * The numbers the plan gives its actions: the first column of every table whose first header
 * is a number column (`| Nr | Actie | … |`), or, when no table numbers them, the rows of the
 * uitvoeringsagenda counted from 1. Empty when the plan has neither.
 *
 * @param plan The model.
 * @param file The plan file (its sources, as written).
 * @returns The numbers, lower case.
 */
export function actionNumbers(plan: Plan, file: PlanFile): Set<string> {
  const numbers = new Set<string>()
  for (const source of file.sources) {
    let column = false
    let header = true
    for (const line of String(source.value ?? '').split('\n')) {
      const first = /^\s*\|([^|\n]*)\|/.exec(line)?.[1]?.replace(/[*_]/g, '').trim()
      if (first === undefined) {
        header = true
        column = false
        continue
      }
      if (/^:?-{3,}:?$/.test(first)) continue
      if (header) column = numberHeader.test(first)
      else if (column && actionNumber.test(first)) numbers.add(first.toLowerCase())
      header = false
    }
  }
  if (numbers.size === 0) for (let n = 1; n <= (plan.acties?.length ?? 0); n++) numbers.add(String(n))
  return numbers
}
