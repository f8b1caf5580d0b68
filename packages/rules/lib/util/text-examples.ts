/**
 * Example plans for the text rules, of a fictional municipality (Beekdal), so no rule's docs
 * borrow the name or the text of a real plan.
 */

/** Frontmatter of the example plan; a field set to `null` is left out. */
export type ExampleFields = Record<string, string | null>

const defaults: ExampleFields = {
  gemeente: 'Beekdal',
  titel: 'Beleidsplan sociaal domein 2025-2028',
  soort: 'programmaplan',
  periode: '2025-2028',
  status: 'concept',
  datum: '2025-03-01'
}

/**
 * A Markdown example plan: frontmatter plus body lines.
 *
 * @param body Body lines.
 * @param fields Frontmatter fields that differ from the defaults (optional).
 * @returns The Markdown text.
 */
export function textExample(body: string[], fields: ExampleFields = {}): string {
  const all = { ...defaults, ...fields }
  const lines = Object.entries(all).flatMap(([key, value]) => (value === null ? [] : [`${key}: ${value}`]))
  return ['---', ...lines, '---', '', ...body, ''].join('\n')
}
