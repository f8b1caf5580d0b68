import type { Plan } from '@kapstok/core'

/** A closed list of values with aliases, e.g. the domains of the uitvoeringsagenda. */
export interface Vocabulary {
  /** Allowed values, spelled as they must be written. */
  values: string[]
  /** Aliases (any case) → allowed value. */
  aliases: Record<string, string>
}

/** Domain vocabulary as written in `kapstok.config.*` (`domeinen`). */
export type DomainSetting = string[] | { waarden?: string[]; values?: string[]; aliassen?: Record<string, string>; aliases?: Record<string, string> }

/**
 * The domain vocabulary: from the `domeinen` setting, else from `document.domeinen`.
 *
 * @param plan The model.
 * @param settings Processor settings.
 * @returns The vocabulary, or `undefined` when the plan has none.
 */
export function domainVocabulary(plan: Plan, settings: Record<string, unknown>): Vocabulary | undefined {
  const setting = settings.domeinen as DomainSetting | undefined
  const fromSetting = Array.isArray(setting) ? setting : (setting?.waarden ?? setting?.values)
  const values = fromSetting ?? plan.document?.domeinen
  if (!values || values.length === 0) return undefined
  const aliases = Array.isArray(setting) ? {} : { ...setting?.aliases, ...setting?.aliassen }
  return { values, aliases }
}

/**
 * The allowed value a written value stands for: itself, a different spelling (case, spaces),
 * a configured alias, or the unique value it is the first part of (`Participatie` →
 * `Participatie/SHV`).
 *
 * @param vocabulary The vocabulary.
 * @param written The value as written.
 * @returns `{value}` (exact), `{suggestion}` (alias), or `{}` (unknown).
 */
export function resolveTerm(vocabulary: Vocabulary, written: string): { value?: string; suggestion?: string } {
  const text = written.trim()
  if (vocabulary.values.includes(text)) return { value: text }
  const key = fold(text)
  const alias = Object.entries(vocabulary.aliases).find(([from]) => fold(from) === key)
  if (alias) return { suggestion: alias[1] }
  const same = vocabulary.values.find((v) => fold(v) === key)
  if (same) return { suggestion: same }
  const parts = vocabulary.values.filter((v) => v.split('/').some((part) => fold(part) === key))
  if (parts.length === 1 && parts[0] !== undefined) return { suggestion: parts[0] }
  return {}
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim()
}
