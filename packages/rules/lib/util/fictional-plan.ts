/**
 * A plan of the fictional municipality Wadderveen, for rule examples: frontmatter with the
 * given fields, then the body.
 *
 * @param fields Frontmatter lines beyond `gemeente`, e.g. `['soort: programmaplan', 'status: concept']`;
 *   without a `titel:` line the title is `Programma Meedoen`.
 * @param body Body lines.
 * @returns The Markdown text.
 */
export function fictionalPlan(fields: string[], body: string[]): string {
  const titel = fields.some((f) => f.startsWith('titel:')) ? [] : ['titel: Programma Meedoen']
  return ['---', 'gemeente: Wadderveen', ...titel, ...fields, '---', '', ...body, ''].join('\n')
}

/**
 * A concept programmaplan of Wadderveen for 2025-2028 with the given body.
 *
 * @param body Body lines.
 * @param fields Extra frontmatter lines (optional).
 * @returns The Markdown text.
 */
export function fictionalProgramme(body: string[], fields: string[] = []): string {
  return fictionalPlan(['soort: programmaplan', 'periode: 2025-2028', 'status: concept', 'datum: 2025-02-03', ...fields], body)
}
