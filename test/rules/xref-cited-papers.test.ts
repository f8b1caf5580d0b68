import { describe, expect, it } from 'vitest'
import { xrefMissingTarget } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

// A source citation names another paper and a place in it (`Omgevingsmonitor Noordhaven 2025,
// tabel 3`), often in a footnote; a place after a comma without such a name is this plan's.
// Fresh texts of a fictional gemeente Lindeveld with one table of its own.
const plan = (line: string): string =>
  ['---', 'gemeente: Lindeveld', 'titel: Nota Lucht 2027-2030', 'soort: beleidsnota', 'periode: 2027-2030', 'status: concept', 'datum: 2026-10-01', '---', '', '# Cijfers', '', 'Tabel 1. Metingen', '', '| Jaar | Dagen |', '|---|---|', '| 2025 | 12 |', '', line, ''].join('\n')

async function reasons(line: string): Promise<string[]> {
  const file = await checkMarkdown(xrefMissingTarget, plan(line))
  return file.messages.filter((m) => m.ruleId === 'xref-missing-target').map((m) => m.reason)
}

describe('xref-missing-target and cited papers', () => {
  it.each([
    ['Het aantal smogdagen daalt.[^1]\n\n[^1]: Omgevingsmonitor Lindeveld 2025, tabel 3.'],
    ['Bron: Jaarverslag GGD Hollands Midden 2024, tabel 4.'],
    ['De cijfers komen uit het Onderzoek Leefbaarheid 2023, bijlage 6.'],
    ['Zie de Luchtkwaliteitsrapportage Randstad 2024, tabel 2.']
  ])('should leave a place in a cited paper alone: %s', async (line) => {
    expect(await reasons(line)).toEqual([])
  })

  it.each([
    ['De monitor laat het zien, tabel 3 geeft de cijfers.'],
    ['In de Woonvisie staat het, tabel 5 toont de cijfers.'],
    ['Zoals de nota zegt, tabel 4 vat het samen.']
  ])('should still report a place of this plan after a comma: %s', async (line) => {
    expect(await reasons(line)).toHaveLength(1)
  })
})
