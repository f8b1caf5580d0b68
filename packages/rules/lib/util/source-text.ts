import type { PlanFile } from '@kapstok/core'

/**
 * The text of a source file of the plan. In a module of its own so that helpers `rule.ts`
 * uses (the continuation rows of `model-tables.ts`) can read sources without importing
 * `rule.ts` back.
 *
 * @param file The plan file.
 * @param path The source path.
 * @returns Its text, if loaded.
 */
export function sourceText(file: PlanFile, path: string): string | undefined {
  const source = file.sources.find((f) => f.path === path)
  return source?.value === undefined ? undefined : String(source.value)
}
