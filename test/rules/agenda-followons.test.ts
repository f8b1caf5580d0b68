import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { allRules, runRule } from '@kapstok/rules'
import type { PlanFile } from '@kapstok/core'
import { lindewaardFront as front } from '../markdown/helpers.js'

const themas = "# Thema's\n\n## Wonen {#t1}\n\nTekst.\n\n## Werk {#t2}\n\nTekst.\n\n"

/** Read a plan and run every rule on it, as `kapstok check` does. */
async function checkAll(text: string): Promise<PlanFile> {
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': text } })
  if (!file.model) throw new Error('did not parse')
  for (const rule of allRules) runRule(rule.rule, rule.check, file.model, file)
  return file
}

function ids(file: PlanFile, wanted: string[]): Array<[string | undefined, string]> {
  return file.messages.filter((m) => wanted.includes(m.ruleId ?? '')).map((m) => [m.ruleId, m.reason])
}

const linkRules = ['ref-missing', 'action-without-pillar', 'pillar-without-actions']

describe('agenda: one defect gives one message', () => {
  it('should report an agenda heading that names no pijler once, not every row under it nor the pijler it meant', async () => {
    const rows = '| Activiteit | Doel |\n|---|---|\n| Werkplein | Werk |\n| Taalhuis | Taal |\n| Banenmarkt | Werk |\n'
    const file = await checkAll(`${front}\n${themas}# Uitvoeringsagenda\n\n## [Wonen](#t1)\n\n| Activiteit | Doel |\n|---|---|\n| Huurteam | Wonen |\n\n## Werken\n\n${rows}`)
    expect(ids(file, linkRules)).toEqual([
      ['ref-missing', "Kop `Werken` in de uitvoeringsagenda hoort bij geen pijler; link de kop naar een pijler (`[Werken](#id)`) of gebruik de titel van een pijler (`Wonen`, `Werk`)"]
    ])
  })

  it('should report a link to a pijler id that does not exist once', async () => {
    const file = await checkAll(`${front}\n${themas}# Uitvoeringsagenda\n\n## [Wonen](#t1)\n\n| Activiteit | Doel |\n|---|---|\n| Huurteam | Wonen |\n\n## [Werk](#t9)\n\n| Activiteit | Doel |\n|---|---|\n| Werkplein | Werk |\n| Taalhuis | Taal |\n`)
    const messages = ids(file, [...linkRules, 'xref-missing-target'])
    expect(messages.filter(([id]) => id === 'action-without-pillar' || id === 'pillar-without-actions')).toEqual([])
    expect(messages.length).toBe(1)
  })

  it('should still report a pijler without rows when no heading went unresolved', async () => {
    const file = await checkAll(`${front}\n${themas}# Uitvoeringsagenda\n\n## [Wonen](#t1)\n\n| Activiteit | Doel |\n|---|---|\n| Huurteam | Wonen |\n`)
    expect(ids(file, linkRules)).toEqual([['pillar-without-actions', 'Thema `Werk` (`t2`) heeft geen acties in de uitvoeringsagenda']])
  })

  it('should give no message per pijler when the plan has no agenda at all', async () => {
    const file = await checkAll(`${front}\n${themas}`)
    expect(ids(file, linkRules)).toEqual([])
  })

  it('should report a row with only an activity once, not also as missing goal and dates', async () => {
    const file = await checkAll(`${front}\n# Uitvoeringsagenda\n\n| Activiteit | Doel | Start | Eind |\n|---|---|---|---|\n| Huurteam | Wonen | 2024 | 2025 |\n| Overige inzet | | | |\n`)
    expect(ids(file, ['agenda-orphan-row', 'agenda-goal-missing', 'agenda-date-missing']).map(([id]) => id)).toEqual(['agenda-orphan-row'])
  })

  it('should report a doel shifted into the start column once', async () => {
    const file = await checkAll(`${front}\n# Uitvoeringsagenda\n\n| Activiteit | Doel | Start | Eind |\n|---|---|---|---|\n| Taalhuis | | Meer inwoners kunnen goed lezen en schrijven | 2025 |\n`)
    const found = ids(file, ['agenda-column-shift', 'agenda-date-prose', 'agenda-goal-missing', 'agenda-date-unknown', 'agenda-date-invalid'])
    expect(found.map(([id]) => id)).toEqual(['agenda-column-shift'])
  })

  it('should report one planning cell once, not as start and as end', async () => {
    const file = await checkAll(`${front}\n# Uitvoeringsagenda\n\n| Actie | Doel | Wanneer |\n|---|---|---|\n| Taalhuis | Taal | 13-2025 |\n| Huurteam | Wonen | Q3 2025 |\n`)
    expect(ids(file, ['agenda-date-invalid', 'agenda-date-format']).map(([id]) => id)).toEqual(['agenda-date-invalid', 'agenda-date-format'])
  })

  it('should find only the two real defects in a well-kept agenda with other column names and date notations', async () => {
    const agenda = [
      '# Uitvoeringsagenda',
      '',
      '## [Wonen](#t1)',
      '',
      '| Nr | Maatregel | Beoogd resultaat | Startdatum | Gereed | Trekker | Partners | Budget |',
      '|---|---|---|---|---|---|---|---|',
      '| 1 | Huurteam | Minder huisuitzettingen | Q1 2024 | najaar 2025 | Team Wonen | Corporaties | € 40.000 |',
      '| 2 | Woonwijzer | Passend wonen voor ouderen | 2024-09 | doorlopend | Team Wonen | | |',
      '| 3 | Week van het wonen | Bewustwording | jaarlijks | jaarlijks | Team Wonen | | |',
      '| 4 | Energiecoaches | Lagere energielasten | 2026-06 | 2025-12 | Team Wonen | | |',
      '',
      '## [Werk](#t2)',
      '',
      '| Nr | Maatregel | Beoogd resultaat | Startdatum | Gereed | Trekker | Partners | Budget |',
      '|---|---|---|---|---|---|---|---|',
      '| 5 | Werkplein | Meer mensen aan het werk | 2024 | 31-02-2025 | Team Werk | UWV | |'
    ].join('\n')
    const file = await checkAll(`${front}\n${themas}${agenda}\n`)
    const agendaRules = new Set(['ref-missing', 'table-unknown-column', 'table-column-count', 'action-without-pillar', 'pillar-without-actions'])
    const found = file.messages.filter((m) => (m.ruleId?.startsWith('agenda-') || agendaRules.has(m.ruleId ?? '')) && m.fatal !== undefined)
    expect(found.map((m) => [m.ruleId, m.reason])).toEqual([
      ['agenda-date-order', 'Einddatum `2025-12` ligt vóór de startdatum `2026-06`; verwissel de cellen of verbeter de datum'],
      ['agenda-date-invalid', 'Einddatum `31-02-2025` bestaat niet: Dag 31 bestaat niet in februari 2025']
    ])
    expect(file.model?.acties?.[0]?.overig).toEqual({ Partners: 'Corporaties', Budget: '€ 40.000' })
  })
})
