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
