/** Frontmatter of a vastgesteld beleidskader with complete publication data (seed 004). */
export const publicatieYaml = [
  'publicatie:',
  '  organisatie: Dijk en Waard',
  '  organisatietype: Gemeente',
  '  officieleNaam: Integraal beleidskader sociaal domein 2023-2027',
  '  citeertitel: Integraal beleidskader sociaal domein 2023-2027',
  '  vastgesteldDoor: gemeenteraad',
  '  onderwerp: Zorg en welzijn',
  '  grondslagen: [artikel 108 Gemeentewet]',
  '  inwerkingtreding: 2023-06-20',
  '  betreft: nieuwe regeling',
  '  ondertekening: 2023-05-23',
  '  bronBekendmaking: gmb-2023-265708',
  '  kenmerkVoorstel: "0000549066"'
]

/** Besluit of seed 004 in YAML. */
export const besluitYaml = [
  'besluit:',
  '  intitule: Integraal beleidskader sociaal domein 2023-2027',
  '  aanhef: De raad van de gemeente Dijk en Waard;',
  '  geletOp: [artikel 108 van de Gemeentewet]',
  '  besluitpunten: [Het Integraal beleidskader sociaal domein 2023-2027 vast te stellen.]',
  '  vergaderdatum: 2023-05-23',
  '  griffier: J. Jansen',
  '  voorzitter: P. de Vries'
]

/**
 * A vastgesteld beleidskader as a Markdown example, with lines of YAML replaced.
 *
 * @param replace Map from a line's start (e.g. `'  citeertitel:'`) to its new text; `''` drops the line.
 * @returns The Markdown text.
 */
export function vastgesteldExample(replace: Record<string, string> = {}): string {
  const lines = [
    '---',
    'gemeente: Dijk en Waard',
    'titel: Integraal beleidskader sociaal domein 2023-2027',
    'soort: beleidskader',
    'periode: 2023-2027',
    'status: vastgesteld',
    'datum: 2023-05-23',
    ...publicatieYaml,
    ...besluitYaml,
    '---',
    '',
    '# Onze missie',
    '',
    'Iedereen doet mee.',
    ''
  ]
  const out: string[] = []
  for (const line of lines) {
    const key = Object.keys(replace).find((k) => line.startsWith(k))
    if (key === undefined) out.push(line)
    else if (replace[key]) out.push(replace[key] ?? '')
  }
  return out.join('\n')
}
