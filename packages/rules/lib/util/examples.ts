/**
 * Frontmatter for rule examples: a small concept programmaplan.
 *
 * @param extra Extra YAML lines (optional).
 * @returns The frontmatter block, ending in a newline.
 */
export function frontmatter(extra = ''): string {
  return [
    '---',
    // A fictional municipality in `extra` (`gemeente: Lindewaarde`) replaces the default.
    ...(/^gemeente:/m.test(extra) ? [] : ['gemeente: Hoogeveen']),
    'titel: Voorbeeldplan sociaal domein',
    'soort: programmaplan',
    'periode: 2022-2025',
    'status: concept',
    'datum: 2022-01-18',
    ...(extra ? [extra.trimEnd()] : []),
    '---',
    ''
  ].join('\n')
}

/**
 * A Markdown example: frontmatter plus body lines.
 *
 * @param body Body lines.
 * @param extra Extra frontmatter lines (optional).
 * @returns The Markdown text.
 */
export function example(body: string[], extra = ''): string {
  return frontmatter(extra) + '\n' + body.join('\n') + '\n'
}

/** Agenda table header used by examples. */
export const agendaHeader = [
  '| Activiteit | Doel | Start | Eind | Domein | Bijzonderheden |',
  '|---|---|---|---|---|---|'
]
