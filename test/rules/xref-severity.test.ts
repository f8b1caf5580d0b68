import { kapstok } from '@kapstok/core'
import { markdownSource } from '@kapstok/markdown'
import { xrefMissingTarget } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'

// A plan of the fictional gemeente Lindewaard; `body` follows the frontmatter.
const plan = (body: string[]): string =>
  ['---', 'gemeente: Lindewaard', 'titel: Programma Samen', 'soort: programmaplan', 'status: concept', '---', '', ...body, ''].join('\n')

/** The rule's messages as `severity actual`. */
async function findings(body: string[]): Promise<string[]> {
  const processor = kapstok().use(markdownSource).use(xrefMissingTarget)
  const file = await processor.parse({ path: 'plan.md', files: { 'plan.md': plan(body) } })
  await processor.validate(file)
  return file.messages
    .filter((m) => m.ruleId === 'xref-missing-target')
    .map((m) => `${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${String(m.actual)} ${m.line}:${m.column}`)
}

const paragraphs = (chapter: number, n: number): string[] => Array.from({ length: n }, (_, i) => [`## ${chapter}.${i + 1} Stap ${i + 1}`, '', 'Tekst.', '']).flat()

describe('xref-missing-target severities', () => {
  it('should report a fout where the plan numbers its own places: hoofdstuk 7 of 5, bijlage 3 of 2, paragraaf 3.7 of 3.5', async () => {
    const body = [
      '# 1. Inleiding',
      '',
      'Zie hoofdstuk 7, bijlage 3 en paragraaf 3.7.',
      '',
      '# 2. Opgaven',
      '',
      '# 3. Aanpak',
      '',
      ...paragraphs(3, 5),
      '# 4. Middelen',
      '',
      '# 5. Planning',
      '',
      '# Bijlagen',
      '',
      '## Bijlage 1: Kaart',
      '',
      '## Bijlage 2: Cijfers'
    ]
    expect(await findings(body)).toEqual(['error hoofdstuk 7 10:5', 'error bijlage 3 10:18', 'error paragraaf 3.7 10:31'])
  })

  it('should report paragraaf 3.7 in a single programme whose heading has no number and whose paragraphs run to 3.5', async () => {
    const body = ['# Programma Ontmoeten', '', 'De planning staat in paragraaf 3.7.', '', ...paragraphs(3, 5)]
    expect(await findings(body)).toEqual(['error paragraaf 3.7 10:22'])
  })

  it('should only warn where the plan does not prove the target is missing', async () => {
    const body = ['# Inleiding', '', 'Zie bijlage 3 en het hoofdstuk ‘Groen in de wijk’.', '', '# Aanpak', '', 'Tekst.']
    expect(await findings(body)).toEqual(['warning bijlage 3 10:5', 'warning hoofdstuk ‘Groen in de wijk’ 10:22'])
  })

  it('should stay quiet on a bijlage sent apart, an existing title and another document', async () => {
    const body = [
      '# Inleiding',
      '',
      'Bijlage 3 gaat apart mee; zie het hoofdstuk ‘Aanpak’ en hoofdstuk 9 van de Woningwet.',
      '',
      '# Aanpak',
      '',
      'Tekst.'
    ]
    expect(await findings(body)).toEqual([])
  })
})
