import { describe, expect, it } from 'vitest'
import type { Plan } from '@kapstok/core'
import { xrefMissingTarget } from '@kapstok/rules'
import { check, model } from './helpers.js'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Wave-4 cause of missed references, written fresh: a part the plan numbers in its headings with
 * a word no list knew (`## Prioriteit 2: …`, `## Koers 3 – …`, `## Lijn 1. …`), referred to by a
 * number beyond the last heading. The word is read from the plan's own headings.
 */
const parts = (word: string, ...titles: string[]): string[] => titles.flatMap((title, i) => [`## ${word} ${i + 1}: ${title}`, '', 'Tekst.', ''])

const defects: DefectWording[] = [
  ['a reference in prose beyond the headings', ['# Prioriteiten', '', ...parts('Prioriteit', 'Veilige wijken', 'Schone lucht', 'Minder overlast'), 'Voor de aanpak van drugs sluiten we aan bij prioriteit 4 (Ondermijning).'], '`prioriteit 4`'],
  ['a reference in a list item', ['# Koersen', '', ...parts('Koers', 'Werk', 'Inkomen'), '# Aanpak', '', '- De schuldhulp valt onder koers 3.', '- De re-integratie onder koers 1.'], '`koers 3`'],
  ['a reference with a dash heading and a chapter number', ['# 2. Lijnen', '', '## 2.1 Lijn 1 – Ontmoeten', '', 'Tekst.', '', '## 2.2 Lijn 2 – Bewegen', '', 'Tekst.', '', '# 3. Uitvoering', '', 'Het budget voor lijn 5 volgt in 2027.'], '`lijn 5`'],
  ['a reference in a table cell', ['# Opdrachten', '', ...parts('Opdracht', 'Wijkteams', 'Toegang'), '# Agenda', '', '| Wat | Hoort bij |', '|---|---|', '| Buurtbus | opdracht 4 |', '| Loket | opdracht 1 |'], '`opdracht 4`']
]

const clean: CleanWording[] = [
  ['references within the headings', ['# Prioriteiten', '', ...parts('Prioriteit', 'Veilige wijken', 'Schone lucht', 'Minder overlast'), 'Prioriteit 2 en prioriteit 3 hangen samen.']],
  ['a part of another paper', ['# Prioriteiten', '', ...parts('Prioriteit', 'Veilige wijken', 'Schone lucht'), 'Dit past bij prioriteit 7 van het Regionaal Veiligheidsplan.']],
  ['a phase after the plan', ['# Planning', '', ...parts('Fase', 'Verkennen', 'Ontwerpen'), 'In fase 3, na 2028, volgt de bouw.']],
  ['one heading only', ['# Wijken', '', '## Wijk 1: Noord', '', 'Tekst.', '', 'Daarna volgt wijk 4.']],
  ['headings that start later', ['# Projecten', '', '## Project 3: Buurtbus', '', 'Tekst.', '', '## Project 4: Moestuin', '', 'Tekst.', '', 'Project 7 staat in de vorige nota.']],
  ['a number with a decimal', ['# Koersen', '', ...parts('Koers', 'Werk', 'Inkomen'), 'Het budget groeit met koers 2,5 procent per jaar.']],
  ['a count of the same word', ['# Sporen', '', ...parts('Spoor', 'Wonen', 'Zorg'), 'We werken met sporen die elkaar versterken; spoor 2 is het grootst.']]
]

// Third cause: tables without a caption gave numbers beyond the captions even between two
// captions, and a caption that runs over more lines left its own table uncaptioned. Before:
// 2/3 defects, 3/3 clean; after: 3/3, 3/3.
const tabel = (...rows: string[]): string[] => ['', '| Post | 2026 |', '|---|---|', ...rows.map((r) => `| ${r} | 10 |`), '']
defects.push(
  ['a table without a caption between two captions', ['# Cijfers', '', 'Tabel 1: Deelname per wijk', ...tabel('Noord'), 'Toelichting.', ...tabel('Zuid'), 'Tabel 2: Deelname per leeftijd', ...tabel('Jong'), '# Geld', '', 'De verdeling staat in tabel 3.'], '`tabel 3`'],
  ['a caption over more lines', ['# Geld', '', 'Tabel 1: Lasten per jaar', ...tabel('Lasten'), 'Tabel 2: Dekking per jaar. De provinciale bijdrage is aangevraagd;', 'het besluit volgt in het voorjaar.', ...tabel('Provincie'), 'Zie voor de verdeling per wijk tabel 3.'], '`tabel 3`'],
  ['captions under their tables', ['# Cijfers', '', ...tabel('Noord'), '*Tabel 1: Leden per club*', ...tabel('Zuid'), '*Tabel 2: Velden per park*', '', 'De bezetting staat in tabel 3.'], '`tabel 3`']
)
clean.push(
  ['a table without a caption after the last caption', ['# Cijfers', '', 'Tabel 1: Deelname per wijk', ...tabel('Noord'), 'Tabel 2: Deelname per leeftijd', ...tabel('Jong'), 'Toelichting bij de kosten.', ...tabel('Kosten'), 'De kosten staan in tabel 3.']],
  ['a caption over more lines, referred to', ['# Geld', '', 'Tabel 1: Lasten per jaar', ...tabel('Lasten'), 'Tabel 2: Dekking per jaar. De provinciale bijdrage is aangevraagd;', 'het besluit volgt in het voorjaar.', ...tabel('Provincie'), 'Zie tabel 2 voor de dekking.']],
  ['captions under their tables, referred to', ['# Cijfers', '', ...tabel('Noord'), '*Tabel 1: Leden per club*', ...tabel('Zuid'), '*Tabel 2: Velden per park*', '', 'De velden staan in tabel 2.']]
)

describeWordings(xrefMissingTarget, defects, clean)

/*
 * Second cause: references in the decision points of a raadsvoorstel or besluit (YAML fields)
 * were not read. A bijlage there may be one of the raadsvoorstel's own: a warning. Before: 0/3
 * defects, 3/3 clean; after: 3/3, 3/3.
 */
describe('xref-missing-target in decision points', () => {
  const bijlagen = [{ titel: 'Bijlage 1: Kaart van de wijken', tekst: 'Tekst.' }, { titel: 'Bijlage 2: Verslag van de avonden', tekst: 'Tekst.' }]
  const run = (parts: Record<string, unknown>): string[] => check(xrefMissingTarget, model({ bijlagen, ...parts } as Partial<Plan>))
  it.each([
    ['a beslispunt', { raadsvoorstel: { beslispunten: ['in te stemmen met variant B, zoals uitgewerkt in bijlage 4;'] } }, '`bijlage 4`'],
    ['a later beslispunt', { raadsvoorstel: { beslispunten: ['het plan vast te stellen;', 'de kosten te dekken zoals beschreven in bijlage 3;'] } }, '`bijlage 3`'],
    ['a besluitpunt', { besluit: { besluitpunten: ['de uitvoering te starten volgens de planning in bijlage 5.'] } }, '`bijlage 5`']
  ])('should warn on %s', (_name, parts, words) => {
    const reasons = run(parts)
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toContain(words)
  })
  it.each([
    ['an existing bijlage', { raadsvoorstel: { beslispunten: ['in te stemmen met variant B, zoals uitgewerkt in bijlage 2;'] } }],
    ['a bijlage of another paper', { raadsvoorstel: { beslispunten: ['de verordening vast te stellen zoals in bijlage 4 bij de Verordening Sport.'] } }],
    ['no number', { besluit: { besluitpunten: ['de bijlagen voor kennisgeving aan te nemen.'] } }]
  ])('should stay quiet on %s', (_name, parts) => {
    expect(run(parts)).toEqual([])
  })
})
