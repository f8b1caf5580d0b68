import { describe, expect, it } from 'vitest'
import { readPlan } from '@kapstok/markdown'
import { arithmeticSlip, financeNetStatedVsComputed, proseCalculation, runRule, tableRowArithmetic } from '@kapstok/rules'
import { wordingsPlan } from './wordings.js'

// Wave 11 battery, written before reading the code: calculations whose numbers sit in a table.
// Three shapes: a column that is a constant factor (years, months, weeks) of another column,
// except one row; a sentence stating a change between two years of a table row; a sentence
// stating a total or mean over a table row or column. The wrong ones count hits (the start code
// caught 0 of 16); the right ones (correct, rounded, or look-alikes a naive reader would flag)
// must all stay quiet. Added with the second reader (after the first 16/19 were in): three claims
// citing a finance table of another chapter and five look-alikes of those (a code names a row, the
// side of a budget does not, two rows sharing the named word are no one row, from-to levels are no size),
// and three more look-alikes after that (a mean beside account and budget columns, euros beside counts, two rows);
// then three changes against another year (`meer dan in`, `het jaar ervoor`) with four right ones;
// then three claims on a table with its years as rows, with four right ones, and a total of persons
// far from a table of yearly counts.

const calculationRules = [arithmeticSlip, proseCalculation, financeNetStatedVsComputed, tableRowArithmetic]
const ids = calculationRules.map((r) => r.rule.id)

async function reasons(lines: string[]): Promise<string[]> {
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': wordingsPlan(['# Middelen', '', ...lines]) } })
  for (const rule of calculationRules) runRule(rule.rule, rule.check, file.model!, file, { settings: {} })
  return file.messages.filter((m) => ids.includes(m.ruleId ?? '')).map((m) => m.reason)
}

const factorTable = (rows: string[], head = '| Onderdeel | Per jaar | 2026-2029 |'): string[] => [head, '|---|---:|---:|', ...rows]

const yearTable = (rows: string[], caption = 'Tabel 3. Lasten per onderdeel (bedragen x € 1.000)'): string[] => [
  caption,
  '',
  '| Onderdeel | 2026 | 2027 | 2028 | 2029 |',
  '|---|---:|---:|---:|---:|',
  ...rows
]

// A finance table in its own chapter, cited from the prose of another.
const financeChapter = (rows: string[]): string[] => [
  '',
  '# Wat mag het kosten?',
  '',
  'Alle bedragen in dit hoofdstuk zijn in duizenden euro\'s.',
  '',
  '| Lasten | 2027 | 2028 | 2029 |',
  '|---|---:|---:|---:|',
  ...rows
]
const financeRows = ['| Subsidie muziekschool | 410 | 395 | 372 |', '| 4.3 Onderwijshuisvesting | 1.180 | 1.200 | 1.245 |', '| Onderhoud sportvelden | 650 | 680 | 700 |', '| Bijdrage GGD | 520 | 540 | 555 |', '| Bijdrage veiligheidsregio | 2.310 | 2.380 | 2.450 |', '| Saldo van baten en lasten | -4.820 | -4.910 | -4.990 |']

const schoolTable = (sentence: string): string[] => ['Bedragen x € 1.000.', '', '| Post | 2026 | 2027 | 2028 | 2029 |', '|---|---:|---:|---:|---:|', '| Leerlingenvervoer | 840 | 870 | 905 | 930 |', '| Onderwijsachterstanden | 1.120 | 1.150 | 1.090 | 1.060 |', '', sentence]

const yearRows = (sentence: string): string[] => ['| Jaar | Deelnemers | Vrijwilligers | Budget |', '|---|---:|---:|---:|', '| 2026 | 320 | 45 | € 80.000 |', '| 2027 | 360 | 48 | € 85.000 |', '| 2028 | 410 | 52 | € 88.000 |', '| 2029 | 450 | 55 | € 90.000 |', '', sentence]

const countTable = (rows: string[]): string[] => ['| Locatie | 2026 | 2027 | 2028 | 2029 |', '|---|---:|---:|---:|---:|', ...rows]

/** A wrong calculation: a name, the body lines, the stated number a message must quote. */
const wrong: Array<[string, string[], string]> = [
  // A column that is a shared factor of another, one row off.
  ['a four-year column one row off', factorTable(['| Sportstimulering | € 42.000 | € 168.000 |', '| Zwemles | € 18.500 | € 74.000 |', '| Buurtsport | € 31.000 | € 114.000 |', '| Materiaal | € 6.000 | € 24.000 |']), '114.000'],
  ['a year column twelve times the month one row off', factorTable(['| Huur ruimte | 1.250 | 15.000 |', '| Schoonmaak | 420 | 5.040 |', '| Energie | 310 | 3.620 |', '| Beheer | 800 | 9.600 |'], '| Post | Per maand (€) | Per jaar (€) |'), '3.620'],
  ['a weekly hours column times forty one row off', factorTable(['| Noord | 16 | 640 |', '| Oost | 12 | 480 |', '| Zuid | 20 | 760 |', '| West | 8 | 320 |'], '| Wijkpunt | Uren per week | Uren per jaar (40 weken) |'), '760'],
  ['a three-year column with a total row, one row off', factorTable(['| Coaching | € 24.000 | € 72.000 |', '| Training | € 15.000 | € 45.000 |', '| Scholing | € 9.000 | € 30.000 |', '| **Totaal** | **€ 48.000** | **€ 147.000** |'], '| Spoor | Budget per jaar | Budget 2027-2029 |'), '30.000'],
  ['a period column in thousands one row off', ['Bedragen in duizenden euro\'s.', '', ...factorTable(['| Onderhoud | 310 | 1.240 |', '| Vervanging | 145 | 580 |', '| Inspectie | 40 | 160 |', '| Nieuwe aanleg | 95 | 360 |'], '| Post | Jaarlijks | Totaal planperiode |')], '360'],
  // A change between two years of a table row, stated in prose.
  ['a rise in thousands', [...yearTable(['| Jeugdhulp | 2.140 | 2.215 | 2.290 | 2.360 |', '| Wmo-begeleiding | 1.310 | 1.345 | 1.380 | 1.420 |']), '', 'De lasten voor jeugdhulp stijgen in 2027 met € 85.000 ten opzichte van 2026.'], '85.000'],
  ['a fall over three years', [...yearTable(['| Huishoudelijke hulp | 960 | 940 | 915 | 890 |', '| Vervoer | 410 | 425 | 440 | 455 |']), '', 'Huishoudelijke hulp daalt tussen 2026 en 2029 met € 80.000.'], '80.000'],
  ['a rise stated before the table', ['Het budget voor vervoer neemt van 2026 tot 2028 toe met € 40.000.', '', ...yearTable(['| Huishoudelijke hulp | 960 | 940 | 915 | 890 |', '| Vervoer | 410 | 425 | 440 | 455 |'])], '40.000'],
  ['a rise in counts with a qualifier', [...countTable(['| Bibliotheek Centrum | 12.400 | 12.900 | 13.300 | 13.800 |', '| Bibliotheek Haven | 6.100 | 6.300 | 6.350 | 6.500 |']), '', 'Bibliotheek Centrum groeit in 2029 met 1.600 bezoekers ten opzichte van 2026, een mooie stap.'], '1.600'],
  ['a fall as een daling van with the row in bold', [...yearTable(['| **Schuldhulp** | 620 | 600 | 585 | 570 |', '| Armoedeval | 230 | 235 | 240 | 245 |']), '', 'Voor schuldhulp zien we tussen 2026 en 2028 een daling van € 45.000.'], '45.000'],
  // A total or mean over a table row or column.
  ['a four-year total of a row', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'Zwembad De Plas ontvangt over de vier jaren samen 172.800 bezoekers.'], '172.800'],
  ['a planperiod total of a row in thousands', [...yearTable(['| Jeugdhulp | 2.140 | 2.215 | 2.290 | 2.360 |', '| Wmo-begeleiding | 1.310 | 1.345 | 1.380 | 1.420 |']), '', 'In totaal gaat er in de planperiode € 5,6 miljoen naar Wmo-begeleiding.'], '5,6'],
  ['a mean of a row', [...countTable(['| Buurthuis Noord | 3.200 | 3.450 | 3.600 | 3.750 |', '| Buurthuis Zuid | 2.800 | 2.900 | 3.000 | 3.100 |']), '', 'Buurthuis Zuid trekt gemiddeld 3.050 bezoekers per jaar.'], '3.050'],
  ['a column total of one year', [...countTable(['| Speeltuin Oost | 140 | 150 | 155 | 160 |', '| Speeltuin West | 95 | 100 | 110 | 115 |', '| Speeltuin Park | 210 | 220 | 225 | 230 |']), '', 'In 2027 hebben de drie speeltuinen samen 490 leden.'], '490'],
  ['a total of a row stated first, table after', ['Over 2026-2029 komen er bij Sporthal Oost in totaal 78.700 bezoekers.', '', ...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |'])], '78.700'],
  // The same claims citing a finance table of another chapter.
  ['a fall citing a finance table elsewhere', ['De subsidie aan de muziekschool daalt in 2029 met € 30.000 ten opzichte van 2028.', ...financeChapter(financeRows)], '30.000'],
  ['a rise of a row named by its code, citing a finance table elsewhere', ['De lasten van taakveld 4.3 nemen in 2029 met € 55.000 toe ten opzichte van 2028.', ...financeChapter(financeRows)], '55.000'],
  ['a three-year total citing a finance table elsewhere', ['Over 2027-2029 gaat er samen € 2,1 miljoen naar het onderhoud van de sportvelden.', ...financeChapter(financeRows)], '2,1'],
  // Changes against another year: `meer dan in 2027`, `het jaar ervoor`, `een jaar eerder`.
  ['a change as meer dan in a year', schoolTable('Het leerlingenvervoer kost in 2028 € 45.000 meer dan in 2027.'), '45.000'],
  ['a change against the year before', schoolTable('In 2029 stijgt het leerlingenvervoer met € 35.000 ten opzichte van het jaar ervoor.'), '35.000'],
  ['a fall as minder nodig dan een jaar eerder', schoolTable('Voor onderwijsachterstanden is in 2028 € 50.000 minder nodig dan een jaar eerder.'), '50.000'],
  // A table with its years down the first column.
  ['a change of a measure in a table with years as rows', yearRows('Het aantal deelnemers groeit tussen 2026 en 2029 met 150.'), '150'],
  ['a four-year total of a measure in a table with years as rows', yearRows('Over de vier jaar samen is het budget € 353.000.'), '353.000'],
  ['a mean of a measure in a table with years as rows', yearRows('Gemiddeld zijn er 60 vrijwilligers per jaar.'), '60'],
  ['a total of a row across a line break', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'Sporthal Oost, die in 2025 werd verbouwd, ontvangt in de vier jaar', 'samen 76.700 bezoekers.'], '76.700']
]

/** Right calculations and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  // Factor columns that hold, and columns that only look like a factor.
  ['a four-year column that holds', factorTable(['| Sportstimulering | € 42.000 | € 168.000 |', '| Zwemles | € 18.500 | € 74.000 |', '| Buurtsport | € 31.000 | € 124.000 |', '| Materiaal | € 6.000 | € 24.000 |'])],
  ['a year column that holds', factorTable(['| Huur ruimte | 1.250 | 15.000 |', '| Schoonmaak | 420 | 5.040 |', '| Energie | 310 | 3.720 |', '| Beheer | 800 | 9.600 |'], '| Post | Per maand (€) | Per jaar (€) |')],
  ['two years where most rows stay the same', factorTable(['| Bibliotheek | 410 | 410 |', '| Muziekschool | 220 | 220 |', '| Theater | 380 | 395 |', '| Erfgoed | 90 | 90 |'], '| Instelling | Subsidie 2026 | Subsidie 2027 |')],
  ['two counts where most rows double by chance', factorTable(['| Noord | 40 | 80 |', '| Oost | 25 | 50 |', '| Zuid | 30 | 75 |', '| West | 15 | 30 |'], '| Wijk | Deelnemers 2024 | Deelnemers 2026 (doel) |')],
  ['a period column with an indexed row explained', [...factorTable(['| Coaching | € 24.000 | € 72.000 |', '| Training | € 15.000 | € 45.000 |', '| Scholing | € 9.000 | € 30.000* |'], '| Spoor | Budget per jaar | Budget 2027-2029 |'), '', '\\* Inclusief een eenmalige bijdrage van € 3.000 in 2027.']],
  ['a period column rounded to thousands', factorTable(['| Onderhoud | 12.350 | 49.000 |', '| Vervanging | 8.100 | 32.000 |', '| Inspectie | 2.480 | 10.000 |'], '| Post | Per jaar (afgerond) | 2026-2029 (afgerond) |')],
  // Changes between years that hold, are rounded or name something else.
  ['a rise in thousands that holds', [...yearTable(['| Jeugdhulp | 2.140 | 2.215 | 2.290 | 2.360 |', '| Wmo-begeleiding | 1.310 | 1.345 | 1.380 | 1.420 |']), '', 'De lasten voor jeugdhulp stijgen in 2027 met € 75.000 ten opzichte van 2026.']],
  ['a rounded fall', [...yearTable(['| Huishoudelijke hulp | 960 | 940 | 915 | 890 |', '| Vervoer | 410 | 425 | 440 | 455 |']), '', 'Huishoudelijke hulp daalt tussen 2026 en 2029 met ruim € 65.000.']],
  ['a rise in percent beside the table', [...yearTable(['| Jeugdhulp | 2.140 | 2.215 | 2.290 | 2.360 |', '| Wmo-begeleiding | 1.310 | 1.345 | 1.380 | 1.420 |']), '', 'De lasten voor jeugdhulp stijgen jaarlijks met ongeveer 3 procent.']],
  ['a rise of something not in the table', [...yearTable(['| Jeugdhulp | 2.140 | 2.215 | 2.290 | 2.360 |', '| Wmo-begeleiding | 1.310 | 1.345 | 1.380 | 1.420 |']), '', 'De kosten van leerlingenvervoer stijgen in 2027 met € 85.000 ten opzichte van 2026.']],
  ['a rise in counts that holds', [...countTable(['| Bibliotheek Centrum | 12.400 | 12.900 | 13.300 | 13.800 |', '| Bibliotheek Haven | 6.100 | 6.300 | 6.350 | 6.500 |']), '', 'Bibliotheek Centrum groeit in 2029 met 1.400 bezoekers ten opzichte van 2026.']],
  ['a rise since a year outside the table', [...yearTable(['| Schuldhulp | 620 | 600 | 585 | 570 |', '| Armoedeval | 230 | 235 | 240 | 245 |']), '', 'De armoedeval stijgt sinds 2022 met € 45.000.']],
  // Totals and means that hold, are rounded or cover something else.
  ['a four-year total that holds', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'Zwembad De Plas ontvangt over de vier jaren samen 170.800 bezoekers.']],
  ['a rounded total in millions', [...yearTable(['| Jeugdhulp | 2.140 | 2.215 | 2.290 | 2.360 |', '| Wmo-begeleiding | 1.310 | 1.345 | 1.380 | 1.420 |']), '', 'In totaal gaat er in de planperiode ruim € 5,4 miljoen naar Wmo-begeleiding.']],
  ['a mean that holds', [...countTable(['| Buurthuis Noord | 3.200 | 3.450 | 3.600 | 3.750 |', '| Buurthuis Zuid | 2.800 | 2.900 | 3.000 | 3.100 |']), '', 'Buurthuis Zuid trekt gemiddeld 2.950 bezoekers per jaar.']],
  ['a column total that holds', [...countTable(['| Speeltuin Oost | 140 | 150 | 155 | 160 |', '| Speeltuin West | 95 | 100 | 110 | 115 |', '| Speeltuin Park | 210 | 220 | 225 | 230 |']), '', 'In 2027 hebben de drie speeltuinen samen 470 leden.']],
  ['a total over two of the four years', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'In 2026 en 2027 samen ontvangt Sporthal Oost 37.200 bezoekers.']],
  ['a total that adds a year before the table', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'Van 2025 tot en met 2029 ontvangt Sporthal Oost samen ongeveer 94.000 bezoekers.']],
  ['a fall citing a finance table elsewhere that holds', ['De subsidie aan de muziekschool daalt in 2029 met € 23.000 ten opzichte van 2028.', ...financeChapter(financeRows)]],
  ['a fall since a year the finance table lacks', ['De subsidie aan de muziekschool daalt sinds 2024 met € 60.000.', ...financeChapter(financeRows)]],
  ['a change as from and to levels, not a size', ['Voor onderwijshuisvesting is er een stijging van € 1.100.000 in 2028 naar € 1.245.000 in 2029.', ...financeChapter(financeRows)]],
  ['the side of the budget, not a row', ['De lasten stijgen in 2028 met € 40.000 ten opzichte van 2027.', ...financeChapter(financeRows)]],
  ['two rows that share the word the sentence names', ['De bijdrage stijgt in 2028 met € 40.000 ten opzichte van 2027.', ...financeChapter(financeRows)]],
  ['a mean per year beside a table with an account and a budget year', ['De bijdrage aan de regio is gemiddeld € 2,6 miljoen per jaar.', '', 'Bedragen x € 1.000.', '', '| Post | Rekening 2025 | Begroting 2026 | 2027 | 2028 |', '|---|---:|---:|---:|---:|', '| Bijdrage regio | 2.210 | 2.390 | 2.540 | 2.660 |', '| Huisvesting | 410 | 415 | 420 | 425 |']],
  ['an amount in euros beside a table of counts', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'Sporthal Oost krijgt in 2027 en 2028 samen € 50.000 extra voor onderhoud.']],
  ['a total that names two rows', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'Het zwembad trok in 2029 44.100 bezoekers, samen met de sporthal ruim 60.000.']],
  ['a change as meer dan in a year that holds', schoolTable('Het leerlingenvervoer kost in 2028 € 35.000 meer dan in 2027.')],
  ['a change against the year before that holds', schoolTable('In 2029 stijgt het leerlingenvervoer met € 25.000 ten opzichte van het jaar ervoor.')],
  ['a fall against a year earlier that holds', schoolTable('Voor onderwijsachterstanden is in 2028 € 60.000 minder nodig dan een jaar eerder.')],
  ['a change against the national mean, not a year', schoolTable('Het leerlingenvervoer kost in 2028 € 45.000 meer dan het landelijk gemiddelde.')],
  ['a change in a table with years as rows that holds', yearRows('Het aantal deelnemers groeit tussen 2026 en 2029 met 130.')],
  ['a total in a table with years as rows that holds', yearRows('Over de vier jaar samen is het budget € 343.000.')],
  ['a mean in a table with years as rows that holds', yearRows('Gemiddeld zijn er 50 vrijwilligers per jaar.')],
  ['a total in a table with years as rows over another stretch', yearRows('Sinds de start in 2019 is het budget samen ruim € 600.000.')],
  ['a total of persons far from a table of yearly counts', [...yearRows(''), ...Array.from({ length: 12 }, (_, i) => `Alinea ${i + 1} gaat over de aanpak in de wijken, de samenwerking met de partners en de manier waarop we de voortgang volgen en bijsturen waar dat nodig is.\n`), 'Over de vier jaar samen namen 900 verschillende deelnemers deel.']],
  ['a total of distinct persons beside a table of yearly counts', yearRows('Over de vier jaar samen deden 1.100 verschillende inwoners mee als deelnemer.')],
  ['a total of both rows in one year', [...countTable(['| Zwembad De Plas | 41.200 | 42.000 | 43.500 | 44.100 |', '| Sporthal Oost | 18.300 | 18.900 | 19.100 | 19.400 |']), '', 'In 2026 ontvangen het zwembad en de sporthal samen 59.500 bezoekers.']]
]

/** The start code caught this many of the wrong ones; raise `mustCatch` as readers improve. */
const mustCatch = 25

describe('table calculation battery (wave 11)', () => {
  it('should catch the wrong calculations', async () => {
    const missed: string[] = []
    for (const [name, lines, number] of wrong) {
      const found = await reasons(lines)
      if (!found.some((r) => r.includes(number))) missed.push(name)
    }
    console.log(`table battery: ${wrong.length - missed.length}/${wrong.length} caught; missed: ${missed.join('; ')}`)
    expect(wrong.length - missed.length).toBeGreaterThanOrEqual(mustCatch)
  })

  it.each(right)('should stay quiet on %s', async (_name, lines) => {
    expect(await reasons(lines)).toEqual([])
  })
})
