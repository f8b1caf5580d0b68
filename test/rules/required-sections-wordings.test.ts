import { describe, expect, it } from 'vitest'
import { requiredSections } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'

// A document the raad adopted: it needs its raadsbesluit. Real Gemeenteblad publications open
// with the besluit in words ("De raad van de gemeente …; gelezen …; besluit: vast te stellen …")
// above the text itself; that is the besluit, written where it belongs. A mention of a decision,
// a college formula or a model besluit in a bijlage is not.
const vastgesteld = (body: string[]): string =>
  ['---', 'gemeente: Oosterhorn', 'titel: Nota sport en bewegen 2026-2029', 'soort: beleidsnota', 'periode: 2026-2029', 'status: vastgesteld', 'datum: 2026-02-12', '---', '', ...body, '', '# Visie', '', 'Iedereen beweegt mee.', ''].join('\n')

async function reasons(body: string[]): Promise<string[]> {
  const file = await checkMarkdown(requiredSections, vastgesteld(body))
  return file.messages.filter((m) => m.ruleId === 'required-sections').map((m) => m.reason)
}

const defects: Array<[string, string[]]> = [
  ['a sentence saying the raad adopted it', ['# Inleiding', '', 'De raad heeft deze nota op 12 februari 2026 vastgesteld.']],
  ['a raadsvoorstel asking the raad to decide', ['# Inleiding', '', 'Het college stelt de raad voor te besluiten:', '', '1. de nota vast te stellen;', '2. het budget beschikbaar te stellen.']],
  ['a decision announced for later', ['# Inleiding', '', 'De gemeenteraad besluit in juni over de nieuwe verordening.']],
  ['an aanhef without a decision', ['# Inleiding', '', 'De raad van de gemeente Oosterhorn;', '', 'gelezen het voorstel van burgemeester en wethouders;']],
  ['the college formula', ['# Inleiding', '', 'Het college van burgemeester en wethouders van Oosterhorn;', '', 'besluit:', '', 'vast te stellen de nota sport en bewegen.']],
  ['burgemeester en wethouders besluiten', ['# Inleiding', '', 'Burgemeester en wethouders van Oosterhorn;', '', 'besluiten:', '', 'de nota vast te stellen.']],
  ['a reference to the raadsbesluit', ['# Inleiding', '', 'In het raadsbesluit van 4 april 2024 staat dat de nota elke vier jaar wordt herzien.']],
  ['a pointer to a besluit elsewhere', ['# Inleiding', '', 'Zie het besluit van de raad in de bijlage.']],
  ['the raad asked to decide', ['# Inleiding', '', 'De raad van de gemeente wordt gevraagd te besluiten over drie punten.']],
  ['the raad named in a running sentence', ['# Inleiding', '', 'De raad van de gemeente Oosterhorn besluit dit jaar nog over de sporthal.']],
  ['a list item with the word besluit', ['# Inleiding', '', 'Planning:', '', '- besluit over de subsidie in mei', '- uitvoering vanaf september']],
  ['a besluit word before the aanhef', ['# Inleiding', '', 'besluit:', '', 'De raad van de gemeente Oosterhorn;']],
  ['an ontwerpbesluit described', ['# Inleiding', '', 'Het ontwerpbesluit legt de raad drie keuzes voor: de hoogte van het budget, de looptijd en de evaluatie.']],
  ['a model besluit in a bijlage', ['# Bijlagen', '', '## Bijlage 1 Modelbesluit', '', 'De raad van de gemeente Oosterhorn;', '', 'besluit:', '', 'vast te stellen de nota.']],
  ['the raad quoted in a question', ['# Inleiding', '', 'Wat besluit de raad van de gemeente Oosterhorn als de kosten stijgen?']]
]

const clean: Array<[string, string[]]> = [
  ['a spaced b e s l u i t', ['# Nota sport en bewegen', '', 'De raad van de gemeente Oosterhorn;', '', 'gelezen het voorstel van het presidium d.d. 12 januari 2026', '', 'b e s l u i t', '', 'vast te stellen de volgende nota:']],
  ['de gemeenteraad van … besluit:', ['# Nota', '', 'De gemeenteraad van Oosterhorn;', '', 'gelet op artikel 147 van de Gemeentewet;', '', 'besluit:', '', 'vast te stellen de nota sport en bewegen.']],
  ['de raad der gemeente, BESLUIT', ['# Nota', '', 'De raad der gemeente Oosterhorn;', '', 'BESLUIT:', '', 'de nota sport en bewegen vast te stellen.']],
  ['aanhef with a comma, besluit and decision on one line', ['# Nota', '', 'De raad van de gemeente Oosterhorn,', '', 'besluit vast te stellen het beleidskader sport en bewegen.']],
  ['besluit with numbered points', ['# Nota', '', 'De raad van de gemeente Oosterhorn;', '', 'gelet op artikel 147 van de Gemeentewet;', '', 'besluit:', '', '1. vast te stellen de nota sport en bewegen;', '2. het college op te dragen de nota uit te voeren.']],
  ['the formula in one paragraph with line breaks', ['# Nota', '', 'De raad van de gemeente Oosterhorn;  ', 'gelezen het voorstel van burgemeester en wethouders;  ', 'besluit:', '', 'vast te stellen de nota.']],
  ['b e s l u i t : with overwegingen', ['# Nota', '', 'De raad van de gemeente Oosterhorn;', '', 'overwegende dat bewegen gezond is;', '', 'b e s l u i t :', '', 'vast te stellen de nota sport en bewegen 2026-2029.']],
  ['the formula in an inleiding chapter', ['# Inleiding', '', 'De gemeenteraad van Oosterhorn;', '', 'gezien het advies van de sportraad;', '', 'besluit', '', 'de nota vast te stellen.']],
  ['a hyphenated municipality', ['# Nota', '', 'De raad van de gemeente Oosterhorn-Noord;', '', 'besluit:', '', 'vast te stellen de nota.']],
  ['a municipality with an apostrophe', ['# Nota', '', "De raad van de gemeente 's-Heerenveld;", '', 'besluit:', '', 'vast te stellen de nota.']],
  ['capitalised Besluit:', ['# Nota', '', 'De raad van de gemeente Oosterhorn;', '', 'gelezen het voorstel van het college van 3 december 2025;', '', 'Besluit:', '', 'De nota sport en bewegen 2026-2029 vast te stellen.']],
  ['Besluit: with the decision after the colon', ['# Nota', '', 'De raad van de gemeente Oosterhorn;', '', 'Besluit: vast te stellen de Nota sport en bewegen 2026-2029.']],
  ['besluit om vast te stellen', ['# Nota', '', 'De gemeenteraad van Oosterhorn;', '', 'besluit om de nota sport en bewegen vast te stellen.']],
  ['besluit after several gelet-op lines', ['# Nota', '', 'De raad van de gemeente Oosterhorn;', '', 'gelet op artikel 108 van de Gemeentewet;', '', 'gelet op de Sportverordening Oosterhorn 2020;', '', 'besluit:', '', 'vast te stellen de nota.']],
  ['the formula under a heading of its own title', ['# Vaststelling', '', 'De raad van de gemeente Oosterhorn;', '', 'b e s l u i t:', '', 'vast te stellen de nota sport en bewegen.']]
]

describe('required-sections wordings: a raadsbesluit written at the head of the text', () => {
  it.each(defects)('should report %s', async (_name, body) => {
    const found = await reasons(body)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('raadsbesluit')
  })

  it.each(clean)('should stay quiet on %s', async (_name, body) => {
    expect(await reasons(body)).toEqual([])
  })
})
