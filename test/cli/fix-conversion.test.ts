import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok } from './run.js'

const head = ['---', 'gemeente: Beekdal', 'titel: Beleidsplan sociaal domein 2025-2028', 'soort: programmaplan', 'periode: 2025-2028', 'status: concept', 'datum: 2025-03-01', '---', '']

// A plan pasted from a PDF: a table cut over rows, a dash row, a split word and an empty link.
const pasted = [
  ...head,
  '# Maatregelen',
  '',
  'Het tekort is structu- reel; zie het [raadsbesluit](#) van vorig jaar.',
  '',
  '| Maatregel | Toelichting | Bedrag |',
  '|---|---|---|',
  '| Buurtteams | De teams werken vanuit de | € 250.00 |',
  '| | wijkcentra in elke kern. | 0 |',
  '| -- | -- | --- |',
  '| Jongerenwerk | Twee jongerenwerkers voor de hele | € 60.000 |',
  '| | gemeente, ook in de | |',
  '| | kleine kernen. | |',
  '',
  'Deze tekst blijft zoals hij is, met een gedachtestreepje - zo - en in- en uitstroom.',
  ''
].join('\n')

const joined = [
  ...head,
  '# Maatregelen',
  '',
  'Het tekort is structureel; zie het raadsbesluit van vorig jaar.',
  '',
  '| Maatregel | Toelichting | Bedrag |',
  '|---|---|---|',
  '| Buurtteams | De teams werken vanuit de wijkcentra in elke kern. | € 250.000 |',
  '| Jongerenwerk | Twee jongerenwerkers voor de hele gemeente, ook in de kleine kernen. | € 60.000 |',
  '',
  'Deze tekst blijft zoals hij is, met een gedachtestreepje - zo - en in- en uitstroom.',
  ''
].join('\n')

const artifacts = (stdout: string): string[] =>
  (JSON.parse(stdout) as Array<{ ruleId: string; message: string }>).filter((m) => m.ruleId === 'conversion-artifact').map((m) => m.message)

describe('kapstok check --fix on conversion residue', () => {
  it('should report the residue but change nothing without --fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-conv-'))
    await writeFile(join(dir, 'plan.md'), pasted)
    const result = await kapstok(['check', dir, '--format', 'json'])
    expect(artifacts(result.stdout).map((m) => /` \(([^,)]+)/.exec(m)?.[1])).toEqual(['afbreekstreep', 'lege link', 'vervolgrij', 'streepjesrij'])
    expect(await readFile(join(dir, 'plan.md'), 'utf8')).toBe(pasted)
  })

  it('should join continuation rows into the row above, drop dash rows, join the word, keep the link text, and change nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-conv-'))
    await writeFile(join(dir, 'plan.md'), pasted)
    await kapstok(['check', dir, '--fix', '--format', 'json'])
    expect(await readFile(join(dir, 'plan.md'), 'utf8')).toBe(joined)
    const again = await kapstok(['check', dir, '--format', 'json'])
    expect(artifacts(again.stdout)).toEqual([])
  })
})

// The same residue in tables the reader turns into agenda and finance rows.
const pastedRows = [
  ...head,
  '# Uitvoeringsagenda',
  '',
  '| Thema | Activiteit | Start | Eind | Trekker |',
  '|---|---|---|---|---|',
  '| Zorg | Mantelzorgers ondersteunen met respijtzorg en | 2025 | 2026 | Team zorg en |',
  '| | een vast aanspreekpunt | | | welzijn |',
  '| | Dagbesteding uitbreiden | 2026 | 2027 | Team zorg |',
  '',
  '# Financiën',
  '',
  '| Onderdeel | 2025 | 2026 |',
  '|---|---|---|',
  '| Schuldhulp | € 140.00 | € 150.000 |',
  '| | 0 | |',
  '| Armoedepact | € 80.000 | € 80.000 |',
  ''
].join('\n')

const messages = (stdout: string): Array<{ ruleId: string; line: number }> =>
  (JSON.parse(stdout) as Array<{ ruleId: string; line: number }>).map(({ ruleId, line }) => ({ ruleId, line }))

describe('kapstok check --fix on continuation rows of the agenda and finance tables', () => {
  it('should give each continuation row one message and no agenda or amount message besides', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-conv-'))
    await writeFile(join(dir, 'plan.md'), pastedRows)
    const result = await kapstok(['check', dir, '--format', 'json'])
    const onRows = messages(result.stdout).filter((m) => [head.length + 5, head.length + 6, head.length + 13, head.length + 14].includes(m.line))
    expect(onRows).toEqual([
      { ruleId: 'conversion-artifact', line: head.length + 6 },
      { ruleId: 'conversion-artifact', line: head.length + 14 }
    ])
  })

  it('should join the rows into the rows above and leave the grouped action alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kapstok-conv-'))
    await writeFile(join(dir, 'plan.md'), pastedRows)
    await kapstok(['check', dir, '--fix', '--format', 'json'])
    const fixed = await readFile(join(dir, 'plan.md'), 'utf8')
    expect(fixed).toContain('| Zorg | Mantelzorgers ondersteunen met respijtzorg en een vast aanspreekpunt | 2025 | 2026 | Team zorg en welzijn |\n| | Dagbesteding uitbreiden | 2026 | 2027 | Team zorg |\n')
    expect(fixed).toContain('| Schuldhulp | € 140.000 | € 150.000 |\n| Armoedepact |')
    const again = await kapstok(['check', dir, '--format', 'json'])
    expect(artifacts(again.stdout)).toEqual([])
  })
})
