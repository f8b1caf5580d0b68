import { modelValidation, kapstok, type PlanFile } from '@kapstok/core'
import { markdownSource, readPlan } from '@kapstok/markdown'

/** Frontmatter every test plan starts with. */
export const front = `---
gemeente: Hoogeveen
titel: Testplan
soort: programmaplan
periode: 2022-2025
status: concept
datum: 2022-01-18
---
`

/** Read one in-memory Markdown file. */
export function read(text: string, options = {}): Promise<PlanFile> {
  return readPlan({ path: 'plan.md', files: { 'plan.md': text } }, options)
}

/** Read and validate in-memory files as a folder `plan/`. */
export async function check(files: Record<string, string | Uint8Array>, path = 'plan'): Promise<PlanFile> {
  const processor = kapstok().use(markdownSource).use(modelValidation)
  const file = await processor.parse({ path, files })
  await processor.validate(file)
  return file
}

/** Messages as `[ruleId, line:column, reason]`. */
export function brief(file: PlanFile): Array<[string | undefined, string, string]> {
  return file.messages.map((m) => [m.ruleId, `${m.line ?? '-'}:${m.column ?? '-'}`, m.reason])
}

/** Frontmatter of test plans of the fictional municipality Lindewaard (plan period 2024-2027). */
export const lindewaardFront = `---
gemeente: Lindewaard
titel: Uitvoeringsprogramma Samen Sterk
soort: programmaplan
periode: 2024-2027
status: concept
datum: 2024-02-06
---
`
