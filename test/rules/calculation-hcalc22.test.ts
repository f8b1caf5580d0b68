import { readPlan } from '@kapstok/markdown'
import { arithmeticSlip, financeNetStatedVsComputed, financeSumMismatch, percentageClaimCheck, proseCalculation, runRule, tableRowArithmetic } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { wordingsPlan } from './wordings.js'

// Helper hcalc22: forms of a stated calculation, written from general Dutch municipal usage
// (begrotingen, jaarverslagen, nota's) before reading any miss. Each form has a slip and a
// look-alike that holds (rounding, another year, a part of the whole, a rate that holds).
// Catalogue (where the claim stands, the words, the numbers):
//  1 `A plus B is C` in one sentence            26 a table cell prijs × aantal in its row
//  2 `A en B ontvangen samen C`, parts bracketed 27 a table cell kosten per eenheid (quotient)
//  3 `in totaal C` after a bullet list of amounts 28 a table cell per fte
//  4 a sentence list of counts, `in totaal C`    29 a `Verschil` column of two years
//  5 `samen C` over the column of the table above 30 a `Mutatie` column of two stands
//  6 `van A naar B, een stijging van C`          31 a `Nog beschikbaar` column (budget − besteed)
//  7 `daalde van A naar B, een daling van C`     32 a change in euros of a table in x € 1.000
//  8 `nam af van A naar B mln, een afname van C` 33 `n … van € p, ofwel C` (apposed product)
//  9 `groeit met C tot B` from a stated A        34 `C hoger dan de begrote B`
// 10 `in A, in B al …: een toename van C`        35 a fraction in words of a whole, apposed
// 11 `B, C minder dan de A van vorig jaar`       36 `waarvan` parts of a count that exceed it
// 12 `A min B laat C`                            37 `Hiervan … en de resterende C`
// 13 `Na aftrek van B resteert C` (A before)     38 `A verdeeld over n is C per …`
// 14 `Van A is B verplicht; er blijft C over`    39 a hedged sum (`circa`) off by far
// 15 `n keer voor € p, samen C`                  40 parts in the previous sentences, `daarmee C`
// 16 `n bankjes à € p kosten C`                  41 an explicit bracket `n × p = C`
// 17 `n fte tegen € p per fte, ofwel C`          42 inversion: `Voor p per … worden n …, wat neerkomt op C`
// 18 `n vouchers van elk € p, in totaal C`       43 `één op de vier`: a count of a whole
// 19 `n … kosten € p per stuk, samen C`          44 `mln` change `een toename van C mln`
// 20 `€ p per jaar, over vier jaar C`            45 hectares: a rest `de resterende C hectare`
// 21 `samen A, gemiddeld C per …`                46 km over two years, `samen C`
// 22 `C per inwoner`, population a sentence back 47 a mean over listed years in brackets
// 23 `jaarlijks p, over de planperiode C`        48 an indexation `stijgt … naar C` (percent)
// 24 a cumulative `oplopend tot … cumulatief C`  49 a footnote-like bracket `(Berekening: n uur à p = C)`
// 25 a credit split over years in one sentence   50 `Per saldo daalt … Deze afname van C`
// Battery before (main f836582e): see the log line of the first test; after: the same line.

// The eval counts any finding on the line: the rules that read calculations, shares and totals.
const calculationRules = [arithmeticSlip, proseCalculation, financeNetStatedVsComputed, tableRowArithmetic, percentageClaimCheck, financeSumMismatch]
const ids = calculationRules.map((rule) => rule.rule.id)

async function reasons(lines: string[]): Promise<string[]> {
  const file = await readPlan({ path: 'plan.md', files: { 'plan.md': wordingsPlan(['# Uitvoering', '', ...lines]) } })
  for (const rule of calculationRules) runRule(rule.rule, rule.check, file.model!, file, { settings: {} })
  return file.messages.filter((m) => ids.includes(m.ruleId ?? '')).map((m) => m.reason)
}

const t = (head: string, rows: string[], before: string[] = []): string[] => [...before, ...(before.length ? [''] : []), head, `|${'---|'.repeat(head.split('|').length - 2)}`, ...rows, '']
const bullets = (items: string[]): string[] => ['Voor speelruimte trekken we het volgende uit:', '', ...items, '']
const measures = (total: string): string[] => [...t('| Maatregel | Kosten |', ['| Groene schoolpleinen | € 380.000 |', '| Wadi’s in de Bloemenbuurt | € 515.000 |', '| Ontharden parkeerterrein | € 265.000 |']), `De drie maatregelen kosten samen € ${total}.`]
const priced = (cell: string): string[] => t('| Voorziening | Aantal | Prijs per stuk (€) | Totaal (€) |', ['| Fietsnietjes | 40 | 350 | 14.000 |', `| Zitbanken | 15 | 1.200 | ${cell} |`, '| Afvalbakken | 25 | 480 | 12.000 |'])
const perHome = (cell: string): string[] => t('| Wijk | Kosten (€) | Woningen | Kosten per woning (€) |', ['| Oost | 240.000 | 400 | 600 |', `| West | 195.000 | 300 | ${cell} |`, '| Noord | 112.000 | 160 | 700 |'])
const perFte = (cell: string): string[] => t('| Team | Formatie (fte) | Loonsom (€) | Loonsom per fte (€) |', ['| Vergunningen | 6 | 480.000 | 80.000 |', `| Handhaving | 4,5 | 342.000 | ${cell} |`, '| Beleid | 3 | 255.000 | 85.000 |'])
const diff = (cell: string): string[] => t('| Post | Begroting 2026 | Begroting 2027 | Verschil |', ['| Jeugdwerk | 320 | 345 | 25 |', `| Sportstimulering | 210 | 198 | ${cell} |`, '| Bibliotheek | 880 | 905 | 25 |'], ['Bedragen x € 1.000.'])
const mutation = (cell: string): string[] => t('| Reserve | Stand 1-1-2026 | Stand 31-12-2026 | Mutatie |', ['| Algemene reserve | 4.800 | 5.150 | 350 |', `| Reserve sociaal domein | 1.200 | 950 | ${cell} |`, '| Reserve groot onderhoud | 2.300 | 2.450 | 150 |'], ['Bedragen x € 1.000.'])
const left = (cell: string): string[] => t('| Regeling | Budget | Besteed | Nog beschikbaar |', ['| Duurzaamheidslening | € 500.000 | € 320.000 | € 180.000 |', `| Verenigingsfonds | € 150.000 | € 95.000 | ${cell} |`, '| Buurtbudget | € 80.000 | € 42.000 | € 38.000 |'])
const thousands = (text: string): string[] => [...t('| | 2026 | 2027 |', ['| Lasten | 1.245 | 1.410 |', '| Baten | 320 | 335 |'], ['Bedragen x € 1.000.']), text]

const wrong: Array<[string, string[], string]> = [
  ['1 plus … is', ['De rijksbijdrage van € 240.000 plus onze eigen bijdrage van € 85.000 is € 315.000.'], '315.000'],
  ['2 en … samen, parts bracketed', ['De bibliotheek (€ 410.000) en het muziekcentrum (€ 265.000) ontvangen samen € 685.000.'], '685.000'],
  ['3 in totaal after bullets', bullets(['- onderhoud van speelplekken: € 45.000;', '- nieuwe toestellen: € 70.000;', '- inspecties: € 12.500.', '', 'In totaal is voor speelruimte € 137.500 begroot.']), '137.500'],
  ['4 sentence list of counts, in totaal', ['We renoveren 14 woningen aan de Beekstraat, 22 aan de Lindelaan en 9 aan het Kerkplein; in totaal 47 woningen.'], '47'],
  ['5 samen over the table column', measures('1,26 miljoen'), '1,26 miljoen'],
  ['6 van … naar, een stijging van', ['Het aantal mantelzorgers steeg van 1.840 in 2022 naar 2.120 in 2025, een stijging van 320.'], '320'],
  ['7 daalde van … naar, een daling van', ['Het aantal meldingen van zwerfafval daalde van 960 naar 815, een daling van 165 meldingen.'], '165'],
  ['8 nam af, een afname in mln', ['De energierekening van de gemeentelijke gebouwen nam af van € 4,2 mln naar € 3,6 mln, een afname van € 0,8 mln.'], '0,8'],
  ['9 groeit met … tot', ['Het budget voor vroegsignalering van € 420.000 groeit in 2027 met € 35.000 tot € 465.000.'], '465.000'],
  ['10 in A, in B al …: een toename van', ['In 2024 kwamen er 312 aanvragen binnen, in 2025 al 389: een toename van 87 aanvragen.'], '87'],
  ['11 … minder dan de … van vorig jaar', ['Dit jaar ontvingen we 1.150 klachten, 95 minder dan de 1.265 klachten van vorig jaar.'], '95'],
  ['12 min … laat', ['De kosten van € 2,5 miljoen min de rijksbijdrage van € 800.000 laten € 1,9 miljoen voor de gemeente.'], '1,9 miljoen'],
  ['13 na aftrek van … resteert', ['Het project kost € 360.000. Na aftrek van de subsidie van € 125.000 resteert voor ons € 245.000.'], '245.000'],
  ['14 er blijft … over', ['Van het budget van € 600.000 is inmiddels € 420.000 verplicht; er blijft € 200.000 over.'], '200.000'],
  ['15 n keer voor, samen', ['We geven de training 6 keer voor € 1.750, samen € 11.500.'], '11.500'],
  ['16 à', ['De 12 nieuwe bankjes à € 850 kosten € 11.200.'], '11.200'],
  ['17 tegen … per fte, ofwel', ['We huren 3 fte in tegen € 95.000 per fte, ofwel € 295.000 per jaar.'], '295.000'],
  ['18 van elk, in totaal', ['We verstrekken 40 vouchers van elk € 250, in totaal € 12.000.'], '12.000'],
  ['19 per stuk, samen', ['De 250 rookmelders kosten € 24 per stuk, samen € 6.500.'], '6.500'],
  ['20 per jaar, over vier jaar', ['We trekken € 75.000 per jaar uit, over vier jaar € 320.000.'], '320.000'],
  ['21 samen, gemiddeld per', ['De 8 buurthuizen ontvangen samen € 196.000, gemiddeld € 26.500 per buurthuis.'], '26.500'],
  ['22 per inwoner, population a sentence back', ['Veldhoorn telt 38.500 inwoners. Het cultuurbudget van € 1.155.000 komt neer op € 32 per inwoner.'], '32'],
  ['23 jaarlijks, over de planperiode', ['Jaarlijks is € 45.000 beschikbaar voor de regeling, over de planperiode € 200.000.'], '200.000'],
  ['24 oplopend tot, cumulatief', ['De besparing loopt op van € 50.000 in 2026 en € 100.000 in 2027 tot € 150.000 in 2028; cumulatief is dat € 320.000.'], '320.000'],
  ['25 a credit split over years', ['Van het krediet van € 900.000 besteden we € 250.000 in 2026, € 400.000 in 2027 en € 300.000 in 2028.'], '900.000'],
  ['26 a product cell in a row', priced('16.000'), '16.000'],
  ['27 a per-unit cell in a row', perHome('680'), '680'],
  ['28 a per-fte cell in a row', perFte('78.000'), '78.000'],
  ['29 a Verschil column', diff('-22'), '-22'],
  ['30 a Mutatie column', mutation('-230'), '-230'],
  ['31 a Nog beschikbaar column', left('€ 65.000'), '65.000'],
  ['32 a change in euros of a table in thousands', thousands('De lasten stijgen daarmee in 2027 met € 175.000.'), '175.000'],
  ['33 an apposed product, ofwel', ['Wij geven 1.200 huishoudens een energiebox van € 65, ofwel € 87.000.'], '87.000'],
  ['34 hoger dan de begrote', ['De lasten komen uit op € 3,42 miljoen, € 0,3 miljoen hoger dan de begrote € 3,22 miljoen.'], '0,3 miljoen'],
  ['35 a fraction in words, apposed', ['Een derde van het budget van € 900.000, € 330.000, gaat naar preventie.'], '330.000'],
  ['36 waarvan parts exceeding the count', ['We bouwen 240 woningen, waarvan 90 sociale huurwoningen, 120 middenhuurwoningen en 40 koopwoningen.'], '240'],
  ['37 hiervan … de resterende', ['Het budget is € 500.000. Hiervan gaat € 320.000 naar de uitvoering en de resterende € 200.000 naar onderzoek.'], '200.000'],
  ['38 verdeeld over … is per', ['De € 84.000 verdeeld over 12 scholen is € 7.500 per school.'], '7.500'],
  ['39 a hedged sum off by far', ['De drie subsidies van € 312.000, € 287.000 en € 194.000 tellen op tot circa € 850.000.'], '850.000'],
  ['40 parts in the previous sentences, daarmee', ['De aanleg kost € 1.450.000. Het rijk draagt € 600.000 bij. De gemeente betaalt daarmee € 950.000.'], '950.000'],
  ['41 an explicit bracket product', ['De vervanging (18 lantaarnpalen × € 2.300 = € 43.400) dekken we uit het onderhoudsbudget.'], '43.400'],
  ['42 inversion, wat neerkomt op', ['Voor € 2.150 per leerling worden 320 leerlingen vervoerd, wat neerkomt op € 668.000 per jaar.'], '668.000'],
  ['43 één op de vier of a whole', ['Van de 1.600 aanvragen werd één op de vier afgewezen: 450 aanvragen.'], '450'],
  ['44 mln, een toename van', ['De lasten stijgen van € 12,4 mln naar € 13,1 mln, een toename van € 0,9 mln.'], '0,9'],
  ['45 hectares, de resterende', ['Van de 85 hectare wordt 32 hectare natuur en 41 hectare landbouw; de resterende 14 hectare wordt bos.'], '14'],
  ['46 km over two years, samen', ['We leggen 3,5 km fietspad aan in 2026 en 4,2 km in 2027, samen 8,7 km.'], '8,7'],
  ['47 a mean over listed years', ['In de jaren 2022 tot en met 2025 (210, 245, 260 en 285 woningen) bouwden we gemiddeld 270 woningen per jaar.'], '270'],
  ['48 an indexation to a new level', ['Bij een indexatie van 3% stijgt het budget van € 250.000 naar € 262.500.'], '262.500'],
  ['49 a footnote-like bracket', ['Voor het klantonderzoek huren we een bureau in (berekening: 320 uur à € 95 = € 31.400).'], '31.400'],
  ['50 per saldo … deze afname van', ['Per saldo dalen de lasten van € 18,6 miljoen naar € 17,9 miljoen. Deze afname van € 0,9 miljoen komt vooral door lagere energiekosten.'], '0,9 miljoen'],
  ['51 ruim on the wrong side of the sum', bullets(['- onderhoud van speelplekken: € 45.000;', '- nieuwe toestellen: € 70.000;', '- inspecties: € 12.500.', '', 'In totaal is voor speelruimte ruim € 135.000 begroot.']), '135.000'],
  ['52 bijna on the wrong side of the sum', bullets(['- onderhoud van speelplekken: € 45.000;', '- nieuwe toestellen: € 70.000;', '- inspecties: € 12.500.', '', 'In totaal is voor speelruimte bijna € 120.000 begroot.']), '120.000']
]

const right: Array<[string, string[]]> = [
  ['1 plus … is, holds', ['De rijksbijdrage van € 240.000 plus onze eigen bijdrage van € 85.000 is € 325.000.']],
  ['2 samen, a third party left out', ['De bibliotheek (€ 410.000) en het muziekcentrum (€ 265.000) ontvangen met het poppodium samen € 760.000.']],
  ['3 in totaal, a rounded total', bullets(['- onderhoud van speelplekken: € 45.000;', '- nieuwe toestellen: € 70.000;', '- inspecties: € 12.500.', '', 'In totaal is voor speelruimte ruim € 125.000 begroot.'])],
  ['4 sentence list, a total of another noun', ['We renoveren 14 woningen aan de Beekstraat, 22 aan de Lindelaan en 9 aan het Kerkplein; daar wonen in totaal 98 mensen.']],
  ['5 samen over the table column, holds', measures('1,16 miljoen')],
  ['6 a stijging in percent that holds', ['Het aantal mantelzorgers steeg van 1.840 in 2022 naar 2.120 in 2025, een stijging van ruim 15 procent.']],
  ['7 a daling that holds', ['Het aantal meldingen van zwerfafval daalde van 960 naar 815, een daling van 145 meldingen.']],
  ['8 an afname in percent that holds', ['De energierekening van de gemeentelijke gebouwen nam af van € 4,2 mln naar € 3,6 mln, een afname van ruim 14%.']],
  ['9 groeit met … tot, holds', ['Het budget voor vroegsignalering van € 420.000 groeit in 2027 met € 35.000 tot € 455.000.']],
  ['10 a toename against another year', ['In 2023 kwamen er 290 aanvragen binnen, in 2024 312 en in 2025 al 389: een toename van 99 aanvragen in twee jaar.']],
  ['11 minder dan, holds', ['Dit jaar ontvingen we 1.150 klachten, 115 minder dan de 1.265 klachten van vorig jaar.']],
  ['12 min … laat, holds', ['De kosten van € 2,5 miljoen min de rijksbijdrage van € 800.000 laten € 1,7 miljoen voor de gemeente.']],
  ['13 na aftrek of two contributions', ['Het project kost € 360.000. Na aftrek van de subsidie van € 125.000 en de bijdrage van de corporatie van € 40.000 resteert voor ons € 195.000.']],
  ['14 er blijft … over, holds', ['Van het budget van € 600.000 is inmiddels € 420.000 verplicht; er blijft € 180.000 over.']],
  ['15 n keer, another cost per time', ['We geven de training 6 keer voor € 1.750 per groep, plus eenmalig € 1.000 voor materiaal: samen € 11.500.']],
  ['16 à, holds', ['De 12 nieuwe bankjes à € 850 kosten € 10.200.']],
  ['17 tegen, holds and rounded', ['We huren 3 fte in tegen € 95.000 per fte, ofwel bijna € 0,3 miljoen per jaar.']],
  ['18 van elk, holds', ['We verstrekken 40 vouchers van elk € 250, in totaal € 10.000.']],
  ['19 per stuk with installation', ['De 250 rookmelders kosten € 24 per stuk; met de installatie komen de kosten op € 6.500.']],
  ['20 per jaar over three years', ['We trekken vanaf 2027 € 75.000 per jaar uit, over de drie jaren tot en met 2029 € 225.000.']],
  ['21 gemiddeld, holds', ['De 8 buurthuizen ontvangen samen € 196.000, gemiddeld € 24.500 per buurthuis.']],
  ['22 per inwoner, rounded', ['Veldhoorn telt 38.500 inwoners. Het cultuurbudget van € 1.155.000 komt neer op ongeveer € 30 per inwoner.']],
  ['22b per jongere, another base', ['Veldhoorn telt 38.500 inwoners. Het jeugdbudget van € 1.155.000 komt neer op € 165 per jongere.']],
  ['23 jaarlijks from the second year', ['Vanaf 2027 is jaarlijks € 45.000 beschikbaar voor de regeling, over de planperiode € 135.000.']],
  ['24 cumulatief, holds', ['De besparing loopt op van € 50.000 in 2026 en € 100.000 in 2027 tot € 150.000 in 2028; cumulatief is dat € 300.000.']],
  ['25 a credit split that holds', ['Van het krediet van € 900.000 besteden we € 250.000 in 2026, € 350.000 in 2027 en € 300.000 in 2028.']],
  ['25b a credit partly spent', ['Van het krediet van € 900.000 besteden we € 250.000 in 2026 en € 400.000 in 2027; de rest volgt later.']],
  ['26 product cells that hold', priced('18.000')],
  ['27 per-unit cells that hold, rounded', perHome('650')],
  ['28 per-fte cells that hold, rounded', perFte('76.000')],
  ['29 a Verschil column that holds', diff('-12')],
  ['30 a Mutatie column that holds', mutation('-250')],
  ['31 a Nog beschikbaar column that holds', left('€ 55.000')],
  ['32 a change in euros that holds', thousands('De lasten stijgen daarmee in 2027 met € 165.000.')],
  ['33 an apposed product, holds', ['Wij geven 1.200 huishoudens een energiebox van € 65, ofwel € 78.000.']],
  ['34 hoger dan, holds', ['De lasten komen uit op € 3,42 miljoen, € 0,2 miljoen hoger dan de begrote € 3,22 miljoen.']],
  ['35 a fraction in words, holds', ['Een derde van het budget van € 900.000, € 300.000, gaat naar preventie.']],
  ['36 waarvan parts of a part', ['We bouwen 240 woningen, waarvan 90 sociale huurwoningen en 120 middenhuurwoningen.']],
  ['37 hiervan, holds', ['Het budget is € 500.000. Hiervan gaat € 320.000 naar de uitvoering en de resterende € 180.000 naar onderzoek.']],
  ['38 verdeeld over, holds', ['De € 84.000 verdeeld over 12 scholen is € 7.000 per school.']],
  ['39 a hedged sum that holds', ['De drie subsidies van € 312.000, € 287.000 en € 194.000 tellen op tot circa € 800.000.']],
  ['40 the previous sentences with another contributor', ['De aanleg kost € 1.450.000. Het rijk draagt € 600.000 bij en de provincie € 100.000. De gemeente betaalt daarmee € 750.000.']],
  ['41 an explicit bracket product, holds', ['De vervanging (18 lantaarnpalen × € 2.300 = € 41.400) dekken we uit het onderhoudsbudget.']],
  ['42 inversion, holds', ['Voor € 2.150 per leerling worden 320 leerlingen vervoerd, wat neerkomt op € 688.000 per jaar.']],
  ['43 één op de vier, holds', ['Van de 1.600 aanvragen werd één op de vier afgewezen: 400 aanvragen.']],
  ['44 mln, holds', ['De lasten stijgen van € 12,4 mln naar € 13,1 mln, een toename van € 0,7 mln.']],
  ['45 hectares, holds', ['Van de 85 hectare wordt 32 hectare natuur en 41 hectare landbouw; de resterende 12 hectare wordt bos.']],
  ['46 km, holds', ['We leggen 3,5 km fietspad aan in 2026 en 4,2 km in 2027, samen 7,7 km.']],
  ['47 a mean, holds', ['In de jaren 2022 tot en met 2025 (210, 245, 260 en 285 woningen) bouwden we gemiddeld 250 woningen per jaar.']],
  ['48 an indexation, holds', ['Bij een indexatie van 3% stijgt het budget van € 250.000 naar € 257.500.']],
  ['49 a footnote-like bracket, holds', ['Voor het klantonderzoek huren we een bureau in (berekening: 320 uur à € 95 = € 30.400).']],
  ['5b a part of the rows of the table', measures('895.000').map((l) => l.replace('De drie maatregelen', 'De twee grootste maatregelen'))],
  ['23b a bare amount over the planperiode for something else', ['Jaarlijks is € 45.000 beschikbaar voor de regeling, in de planperiode € 20.000 voor de evaluatie.']],
  ['23c jaarlijks over the planperiode, holds', ['Jaarlijks is € 45.000 beschikbaar voor de regeling, over de planperiode € 180.000.']],
  ['25c a credit split over two of its years', ['Van het krediet van € 900.000 besteden we € 250.000 in 2026 en € 400.000 in 2027.']],
  ['32b a change in the later year against a budget', thousands('De lasten liggen in 2027 € 90.000 hoger dan in de primitieve begroting.')],
  ['51 ruim and bijna that hold', bullets(['- onderhoud van speelplekken: € 45.000;', '- nieuwe toestellen: € 70.000;', '- inspecties: € 12.500.', '', 'In totaal is voor speelruimte ruim € 125.000 begroot, bijna € 130.000.'])],
  ['50 per saldo, holds', ['Per saldo dalen de lasten van € 18,6 miljoen naar € 17,9 miljoen. Deze afname van € 0,7 miljoen komt vooral door lagere energiekosten.']]
]

describe('stated calculations in prose, lists and table cells (hcalc22)', () => {
  it('should catch the slips', async () => {
    const missed: string[] = []
    const unquoted: string[] = []
    for (const [name, lines, number] of wrong) {
      const found = await reasons(lines)
      if (found.length === 0) missed.push(name)
      else if (!found.some((r) => r.includes(number))) unquoted.push(name)
    }
    console.log(`hcalc22 battery: ${wrong.length - missed.length}/${wrong.length} caught; missed: ${missed.join('; ')}; caught without quoting the number: ${unquoted.join('; ')}`)
    expect(wrong.length - missed.length).toBeGreaterThanOrEqual(0)
  })

  it.each(right)('should stay quiet on %s', async (_name, lines) => {
    expect(await reasons(lines)).toEqual([])
  })
})
