import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kapstok } from '../cli/run.js'

// Wave 14 (htext8): a text in a YAML block scalar (`samenvatting: >-` with the lines below) is
// folded into one line by the reader; a hit in it sat on the key's line, not on the line that
// holds it. Fresh wordings: the hit on the second and third line of the block, and at the start
// of a line. The CLI runs in-process: the places are the reader's, and the text format is the same
// as a spawned `kapstok check` prints (which cost a Node start and a cold pipeline per case).
const plan = ['---', 'gemeente: Veldhoorn', 'titel: Programmaplan Sterke Kernen 2027-2031', 'soort: programmaplan', 'periode: 2027-2031', 'status: concept', 'datum: 2026-10-06', '---', '', '# Inleiding', '', 'Tekst.', ''].join('\n')

async function lines(summary: string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kapstok-folded-'))
  try {
    writeFileSync(join(dir, 'plan.md'), plan)
    writeFileSync(join(dir, 'raadsvoorstel.yaml'), ['raadsvoorstel:', '  onderwerp: Programmaplan Sterke Kernen', '  samenvatting: >-', ...summary.map((l) => `    ${l}`), ''].join('\n'))
    const { stdout } = await kapstok(['check', dir])
    return stdout.split('\n').filter((l) => l.includes('period-mismatch')).map((l) => l.trim().split(/\s+/)[0] ?? '')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('a hit in a folded YAML block', () => {
  it('should sit on the third line of the block', async () => {
    expect(await lines(['Het plan richt zich op de kernen en hun voorzieningen, met extra', 'aandacht voor jongeren en ouderen, en geldt voor de jaren', '2027 tot en met 2030 met een jaarlijkse rapportage.'])).toEqual(['6:5'])
  })
  it('should sit inside the second line of the block', async () => {
    expect(await lines(['Met dit programmaplan legt het college de koers vast.', 'Het plan beschrijft de aanpak voor de jaren 2028-2031 in vier thema\'s.'])).toEqual(['5:49'])
  })
})
