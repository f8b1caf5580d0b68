/**
 * Builders for the examples of the agenda and link rules: small plans of the fictional
 * municipality Lindewaard (plan period 2024-2027), so no example repeats a real plan.
 */

/** Default agenda header of the examples. */
export const lindewaardHeader = '| Activiteit | Doel | Start | Eind | Domein | Toelichting |'

/**
 * Frontmatter of a Lindewaard example plan.
 *
 * @param extra Extra YAML lines (optional).
 * @returns The frontmatter block, ending in a newline.
 */
export function lindewaardFront(extra = ''): string {
  return [
    '---',
    'gemeente: Lindewaard',
    'titel: Uitvoeringsprogramma Samen Sterk',
    'soort: programmaplan',
    'periode: 2024-2027',
    'status: concept',
    'datum: 2024-02-06',
    ...(extra ? [extra.trimEnd()] : []),
    '---',
    ''
  ].join('\n')
}

/**
 * A Lindewaard plan: frontmatter and body lines.
 *
 * @param body Body lines.
 * @param extra Extra frontmatter lines (optional).
 * @returns The Markdown text.
 */
export function lindewaard(body: string[], extra = ''): string {
  return lindewaardFront(extra) + '\n' + body.join('\n') + '\n'
}

/**
 * A Lindewaard plan with one agenda table.
 *
 * @param rows Table rows (`| … |`).
 * @param options `header`: the header row (default `lindewaardHeader`); `before`: body lines
 *   before the agenda chapter (e.g. thema's); `extra`: extra frontmatter lines (all optional).
 * @returns The Markdown text.
 */
export function agendaPlan(rows: string[], options: { header?: string; before?: string[]; extra?: string; heading?: string } = {}): string {
  const header = options.header ?? lindewaardHeader
  const separator = '|' + header.split('|').slice(1, -1).map(() => '---').join('|') + '|'
  return lindewaard(
    [...(options.before ?? []), '# Uitvoeringsagenda', '', ...(options.heading ? [options.heading, ''] : []), header, separator, ...rows],
    options.extra ?? ''
  )
}

/** Two thema's of Lindewaard (`t1` Wonen, `t2` Werk) as body lines. */
export const lindewaardThemas = ["# Thema's", '', '## Wonen {#t1}', '', 'Betaalbaar wonen.', '', '## Werk {#t2}', '', 'Iedereen aan de slag.', '']
