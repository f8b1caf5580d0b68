import { describe, expect, it } from 'vitest'
import { abbreviationUndefined } from '@kapstok/rules'
import type { BatteryWording } from './battery.js'
import { checkMarkdown } from './helpers.js'
import { wordingsPlan, type CleanWording } from './wordings.js'

// hmisc8 battery, written before changing the rule: the name of a law or decree abbreviated in
// mixed case (a capital and small letters: `Wkb`, `Bal`, `Wnb`), nowhere spelled out nor in the
// glossary, in a sentence, a list item, brackets, a table cell, a compound (`Wkb-toets`) or a
// second sentence. It must be a warning like any unexplained letters, not a remark. Look-alikes:
// the law spelled out before or after it, a glossary row, a short word or name with a capital
// (`Ede`, `Oss`, `Bas`), a title or unit (`Mr.`, `Nr.`), a national term everyone reads.
const p = (...lines: string[]): string[] => ['# Kader', '', ...lines]
const glossary = (...rows: string[]): string[] => ['', '## Begrippen', '', '| Afkorting | Betekenis |', '|---|---|', ...rows.map((r) => `| ${r} |`)]

// One defect is one warning: the battery counts a hit only when the message is not an info.
const defects: BatteryWording[] = [
  ['a building law in a sentence', p('Voor kleine verbouwingen geldt sinds 2024 de Wkb voor de toets van het bouwplan.'), 'Wkb'],
  ['a decree after volgens', p('De activiteit moet volgens het Bal worden gemeld bij de omgevingsdienst.'), 'Bal'],
  ['a nature law in a list item', p('We toetsen elk plan aan:', '', '- de Wnb voor beschermde soorten;', '- het bestemmingsplan.'), 'Wnb'],
  ['a decree in brackets', p('De geluidsnormen (zie het Bkl) gelden ook voor de nieuwe evenemententerreinen.'), 'Bkl'],
  ['a law in a table cell', ['# Kader', '', '| Regel | Geldt voor |', '|---|---|', '| Wzd | zorg voor mensen met dementie |', '| Eigen verordening | alle inwoners |'], 'Wzd'],
  ['a law in a compound', p('Elke Wvggz-melding bespreekt het team binnen twee werkdagen.'), 'Wvggz'],
  ['a law in the second sentence', p('Schulden lopen snel op. Bij een zware schuld volgt een traject via de Wsnp.'), 'Wsnp'],
  ['a decree at the start of a sentence', p('Bor en omgevingsplan bepalen samen wat vergunningvrij is.'), 'Bor'],
  ['a law after an article and before a year', p('Sinds de Wro van 2008 maakt de gemeente zelf haar plannen.'), 'Wro'],
  ['a decree with a capital in the middle', p('De vergoeding volgt het BsV voor de hele regio.'), 'BsV'],
  ['a law in a heading', ['# Kader', '', '## Wat de Wbb vraagt', '', 'Bij elke sanering melden we de grond.'], 'Wbb'],
  ['a law twice, unexplained', p('De Wpg geeft de GGD (gemeentelijke gezondheidsdienst) taken. Ook de Wpg-meldplicht telt mee.'), 'Wpg']
]

const clean: CleanWording[] = [
  ['the law spelled out before', p('De Wet kwaliteitsborging voor het bouwen (Wkb) geldt sinds 2024 voor kleine verbouwingen.')],
  ['the law spelled out after', p('Voor kleine verbouwingen geldt de Wkb (Wet kwaliteitsborging voor het bouwen).')],
  ['the law in the glossary', [...p('De activiteit moet volgens het Bal worden gemeld.'), ...glossary('Bal | Besluit activiteiten leefomgeving')]],
  ['a place with a capital', p('Samen met Ede en Oss vergelijken we de cijfers.')],
  ['a first name', p('Projectleider Bas en zijn collega Ina bezoeken de scholen.')],
  ['a title and a number', p('Mr. De Vries zit de commissie voor; zie besluit nr. 12.')],
  ['a national term written small', p('Wie de AOW-leeftijd bereikt, kan blijven meedoen in de buurt.')],
  ['an ordinary capitalised word', p('Bij de start van het jaar kijken we terug. Ook dan praten we met de buurt.')],
  ['a law written out in full', p('De Wet natuurbescherming vraagt om een ontheffing voor de vleermuizen.')],
  ['a chamber of commerce', p('Een ondernemer schrijft zich in bij de KvK voordat de subsidie start.')]
]

// The severity of each message of the rule (`describeBattery` reads only the reasons, and an info
// would count as a hit).
// A message without `fatal` is an info (vfile-message's convention).
async function findings(body: string[]): Promise<Array<{ reason: string; severity: string }>> {
  const file = await checkMarkdown(abbreviationUndefined, wordingsPlan(body))
  return file.messages.filter((m) => m.ruleId === abbreviationUndefined.rule.id).map((m) => ({ reason: m.reason, severity: m.fatal == null ? 'info' : 'warning' }))
}

const minHits = 9

describe('abbreviation-undefined hmisc8 battery', () => {
  it(`should warn on at least ${minHits} of ${defects.length} mixed-case laws`, async () => {
    const missed: string[] = []
    for (const [name, body, words] of defects) {
      const found = await findings(body)
      const hit = found.length === 1 && found[0]?.severity !== 'info' && (words === undefined || found[0]?.reason.includes(words))
      if (!hit) missed.push(name)
    }
    console.log(`abbreviation-undefined battery: ${defects.length - missed.length}/${defects.length} caught; missed: ${missed.join(' | ') || '-'}`)
    expect(defects.length - missed.length).toBeGreaterThanOrEqual(minHits)
  })

  it.each(clean)('should stay quiet on %s', async (_name, body) => {
    expect(await findings(body)).toEqual([])
  })
})
