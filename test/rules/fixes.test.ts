import { describe, expect, it } from 'vitest'
import { agendaDateFormat, agendaDomainAlias, agendaNullVariant, applyFixes, titleDrift, type Fix, type FixableMessage, type Rule } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

const front = ['---', 'gemeente: Hoogeveen', 'titel: Plan', 'soort: programmaplan', 'status: concept', 'domeinen: [Jeugd, Wmo, Participatie/SHV]', '---', ''].join('\n')
const row = (cells: string): string => front + '\n# Uitvoeringsagenda\n\n| Activiteit | Doel | Start | Eind | Domein | Bijzonderheden |\n|---|---|---|---|---|---|\n' + cells + '\n'

async function fixed(rule: Rule, text: string): Promise<{ fixes: Fix[]; output: string }> {
  const file = await checkMarkdown(rule, text)
  const fixes = file.messages.map((m) => (m as FixableMessage).fix).filter((f): f is Fix => f !== undefined)
  return { fixes, output: applyFixes(text, fixes) }
}

describe('applyFixes', () => {
  it('should apply fixes from the end, keeping everything else byte for byte', () => {
    const fixes: Fix[] = [
      { file: 'a', range: [0, 3], text: 'Wmo' },
      { file: 'a', range: [8, 11], text: '2022-01' }
    ]
    expect(applyFixes('WMO in  Jan\r\nrest', fixes)).toBe('Wmo in  2022-01\r\nrest')
  })

  it('should skip a fix that overlaps an earlier one, and fixes out of range', () => {
    const fixes: Fix[] = [
      { file: 'a', range: [0, 5], text: 'X' },
      { file: 'a', range: [3, 7], text: 'Y' },
      { file: 'a', range: [9, 99], text: 'Z' }
    ]
    expect(applyFixes('0123456789', fixes)).toBe('X56789')
  })
})

describe('fixes through the reader', () => {
  it('should normalise a domain alias in its cell', async () => {
    const text = row('| Inloop | Preventie | 2022 | 2023 | WMO | |\n| Werk | Werk | 2022 | 2023 | Participatie | |')
    const { fixes, output } = await fixed(agendaDomainAlias, text)
    expect(fixes.length).toBe(2)
    expect(output).toBe(row('| Inloop | Preventie | 2022 | 2023 | Wmo | |\n| Werk | Werk | 2022 | 2023 | Participatie/SHV | |'))
  })

  it('should rewrite unambiguous dates only', async () => {
    const text = row('| Inloop | Preventie | Jan 2022 | 12-2023 | Wmo | |\n| Buurt | Preventie | medio 2022 | 2023 | Wmo | |')
    const { fixes, output } = await fixed(agendaDateFormat, text)
    expect(fixes.length).toBe(2)
    expect(output).toBe(row('| Inloop | Preventie | 2022-01 | 2023-12 | Wmo | |\n| Buurt | Preventie | medio 2022 | 2023 | Wmo | |'))
  })

  it('should empty a `Geen` cell', async () => {
    const { output } = await fixed(agendaNullVariant, row('| Inloop | Preventie | 2022 | 2023 | Wmo | Geen |'))
    expect(output).toBe(row('| Inloop | Preventie | 2022 | 2023 | Wmo |  |'))
  })

  it('should replace a drifted title in an agenda heading and in prose links', async () => {
    const text = front + "\n# Thema's\n\n## Monitoring en sturing {#t4}\n\nZie ook [monitoren en sturing](#t4) en [hier](#t4).\n\n# Uitvoeringsagenda\n\n## [MONITOREN EN STURING](#t4)\n\n| Activiteit | Doel |\n|---|---|\n| Dashboard | Inzicht |\n"
    const file = await checkMarkdown(titleDrift, text)
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([
      '13:10 Titel `monitoren en sturing` wijkt af van `Monitoring en sturing`; schrijf de titel zoals vastgesteld',
      '17:5 Titel `MONITOREN EN STURING` wijkt af van `Monitoring en sturing`; schrijf de titel zoals vastgesteld'
    ])
    const fixes = file.messages.map((m) => (m as FixableMessage).fix).filter((f): f is Fix => f !== undefined)
    expect(applyFixes(text, fixes)).toBe(text.replace('[monitoren en sturing]', '[Monitoring en sturing]').replace('[MONITOREN EN STURING]', '[Monitoring en sturing]'))
  })
})
