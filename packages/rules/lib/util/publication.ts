/**
 * Example plans for the publication and raadsbesluit rules: a fictional municipality
 * (Wadderveen) whose raad adopted a beleidskader that is published as a regeling.
 */

/** Publication data (`publicatie`) of the example, as frontmatter lines. */
export const publicatieYaml = [
  'publicatie:',
  '  organisatie: Wadderveen',
  '  organisatietype: Gemeente',
  '  officieleNaam: Kader Samen Leven Wadderveen 2025-2028',
  '  citeertitel: Kader Samen Leven Wadderveen 2025-2028',
  '  vastgesteldDoor: gemeenteraad',
  '  onderwerp: Welzijn en zorg',
  '  grondslagen: [artikel 147 Gemeentewet]',
  '  inwerkingtreding: 2025-04-01',
  '  betreft: nieuwe regeling',
  '  ondertekening: 2025-03-13',
  '  bronBekendmaking: gmb-2025-41207',
  '  kenmerkVoorstel: RV-2025-018'
]

/** The raadsbesluit of the example, as frontmatter lines. */
export const besluitYaml = [
  'besluit:',
  '  intitule: Kader Samen Leven Wadderveen 2025-2028',
  '  aanhef: De raad van de gemeente Wadderveen;',
  '  geletOp: [artikel 147 van de Gemeentewet]',
  '  besluitpunten: [Het Kader Samen Leven Wadderveen 2025-2028 vast te stellen.]',
  '  vergaderdatum: 2025-03-13',
  '  griffier: T. Veenstra',
  '  voorzitter: R. Oudeman'
]

/**
 * The example as Markdown, with lines of its frontmatter replaced, dropped or added.
 *
 * @param replace Map from a line's start (e.g. `'  citeertitel:'`) to its new text; `''` drops the line.
 * @param extra Frontmatter lines added after `datum` (optional).
 * @returns The Markdown text.
 */
export function vastgesteldExample(replace: Record<string, string> = {}, extra: string[] = []): string {
  const lines = [
    '---',
    'gemeente: Wadderveen',
    'titel: Kader Samen Leven Wadderveen 2025-2028',
    'soort: beleidskader',
    'periode: 2025-2028',
    'status: vastgesteld',
    'datum: 2025-03-13',
    ...extra,
    ...publicatieYaml,
    ...besluitYaml,
    '---',
    '',
    '# Visie',
    '',
    'Inwoners van Wadderveen helpen elkaar, en de gemeente helpt waar dat niet lukt.',
    '',
    "# Thema's",
    '',
    '## Ontmoeten {#t1}',
    '',
    'Elke kern houdt een plek om elkaar te zien.',
    ''
  ]
  const out: string[] = []
  for (const line of lines) {
    const key = Object.keys(replace).find((k) => line.startsWith(k))
    if (key === undefined) out.push(line)
    else if (replace[key]) out.push(...(replace[key] ?? '').split('\n'))
  }
  return out.join('\n')
}
