import { describe, expect, it } from 'vitest'
import { arithmeticSlip, financeNetStatedVsComputed, proseCalculation } from '@kapstok/rules'
import type { BatteryWording } from './battery.js'
import { wordingReasons, type CleanWording } from './wordings.js'

// hunit19 (products n × amount with units): a count of things and a size, price or duration of
// one of them, named by the singular subject of its clause (`Een melding afhandelen kost gemiddeld
// 2,5 uur`, `een gemiddelde keuring kost € 340`) rather than by `per`, with a total that is not
// their product; minutes multiplied into hours; the change of a rate (`van € 28 naar € 31 per
// uur`) times the hours as the `extra` it costs; the count and the size in the paragraph before
// when the result's sentence points back. Look-alikes: the product right, rounded (`circa`), a
// count of a part with its own product, a cap, an added item, the new rate's whole amount.

const body = (...lines: string[]): string[] => ['# Uitvoering', '', ...lines]

const defects: BatteryWording[] = [
  ['singular subject, mean hours', body('Een melding afhandelen kost een medewerker gemiddeld 2,5 uur. In 2025 kwamen er 312 meldingen binnen; samen was dat 840 uur.'), '780'],
  ['count first, mean price of one', body('We verwerkten 96 bezwaarschriften. Een bezwaarschrift kost gemiddeld € 1.200 aan ambtelijke inzet, voor alle bezwaarschriften samen € 125.200.'), '115.200'],
  ['paragraph before, pointing back', body('Een gemiddelde keuring kost € 340.', '', 'Voor de 58 keuringen van dit jaar komt dat op € 21.720.'), '19.720'],
  ['a share in view', body('Van de 420 controles vond 30 procent in het weekend plaats. Een controle duurt gemiddeld 1,5 uur, voor alle controles samen 690 uur.'), '630'],
  ['minutes into hours', body('We voeren 240 intakegesprekken per jaar. Een intakegesprek duurt 45 minuten, samen 200 uur per jaar.'), '180'],
  ['change of a rate, extra', body('De huur van de gymzaal gaat van € 28 naar € 31 per uur. Een club die 6 uur per week over 40 weken huurt, betaalt daardoor € 840 extra per jaar.'), '720'],
  ['a calculation done twice', body('In 2025 telden we 2.315 leerlingen; met een normbedrag van 184,50 ontvingen we € 427.117,50. Voor 2026 gaan we uit van 2.402 leerlingen en een normbedrag van 186,20, samen € 452.900.'), '447.252'],
  ['done twice, euro factor first', body('Een deelnemer kost in 2026 € 1.245 en we verwachten 148 deelnemers: € 184.260. In 2027 kost een deelnemer € 1.290 en verwachten we er 155, samen € 201.950.'), '199.950'],
  ['what stays after a share', body('De gemeente leent € 600.000 uit aan startende ondernemers. Naar verwachting 80% daarvan wordt terugbetaald. Per saldo blijft € 480.000 voor rekening van de gemeente.'), '120.000'],
  ['the rest after a rounded share', body('Het project kost € 250.000. Ruim 60 procent hiervan draagt de provincie. De rest, € 150.000, betaalt de gemeente.'), '100.000'],
  ['a product half a step off', body('Twee extra handhavers van elk € 67.500 kosten samen € 140.000.'), '135.000']
]

const clean: CleanWording[] = [
  ['what stays, right', body('De gemeente leent € 600.000 uit aan startende ondernemers. Naar verwachting 80% daarvan wordt terugbetaald. Per saldo blijft € 120.000 voor rekening van de gemeente.')],
  ['what stays after a rounded share', body('De gemeente leent € 600.000 uit aan startende ondernemers. Ongeveer 80% daarvan wordt terugbetaald. Per saldo blijft € 130.000 voor rekening van de gemeente.')],
  ['half a step off, circa', body('Twee extra handhavers van elk € 67.500 kosten samen circa € 140.000.')],
  ['done twice, both right', body('In 2025 telden we 2.315 leerlingen; met een normbedrag van 184,50 ontvingen we € 427.117,50. Voor 2026 gaan we uit van 2.402 leerlingen en een normbedrag van 186,20, samen € 447.252.')],
  ['done twice, the second rounded', body('In 2025 telden we 2.315 leerlingen; met een normbedrag van 184,50 ontvingen we € 427.117,50. Voor 2026 gaan we uit van 2.402 leerlingen en een normbedrag van 186,20, samen circa € 450.000.')],
  ['no model to follow', body('In 2025 waren er 2.315 leerlingen en 184 leraren, met een budget van € 427.000. In 2026 zijn er 2.402 leerlingen en 186 leraren, met een budget van € 452.900.')],
  ['product right', body('Een melding afhandelen kost een medewerker gemiddeld 2,5 uur. In 2025 kwamen er 312 meldingen binnen; samen was dat 780 uur.')],
  ['rounded total', body('We verwerkten 96 bezwaarschriften. Een bezwaarschrift kost gemiddeld € 1.200 aan ambtelijke inzet, voor alle bezwaarschriften samen circa € 115.000.')],
  ['count of a part', body('Van de 312 meldingen waren er 96 spoedmeldingen. Een spoedmelding kost gemiddeld 2,5 uur, samen 240 uur.')],
  ['a cap', body('Een aanvraag kost maximaal 3 uur. Voor de 150 aanvragen van dit jaar reserveren we 400 uur.')],
  ['an added item', body('Een storing kost gemiddeld 3,5 uur. Er waren 184 storingen en 60 inspecties; samen besteedden we 760 uur.')],
  ['minutes right', body('We voeren 240 intakegesprekken per jaar. Een intakegesprek duurt 45 minuten, samen 180 uur per jaar.')],
  ['change right', body('De huur van de gymzaal gaat van € 28 naar € 31 per uur. Een club die 6 uur per week over 40 weken huurt, betaalt daardoor € 720 extra per jaar.')],
  ['new rate, whole amount', body('De huur van de gymzaal gaat van € 28 naar € 31 per uur. Een club die 6 uur per week over 40 weken huurt, betaalt straks € 7.440 per jaar.')],
  ['paragraph before, another count', body('Een gemiddelde keuring kost € 340.', '', 'Dit jaar deden we 58 keuringen en 12 herkeuringen.')]
]

// A product that reads as a slip of a digit is arithmetic-slip's, one written with `elk … samen`
// finance-net-stated-vs-computed's (one slip, one message): the battery counts the message of any of them.
const reasons = async (lines: string[]): Promise<string[]> => [
  ...(await wordingReasons(proseCalculation, lines)),
  ...(await wordingReasons(arithmeticSlip, lines)),
  ...(await wordingReasons(financeNetStatedVsComputed, lines))
]

describe('prose-calculation, arithmetic-slip and finance-net battery (hunit19)', () => {
  it('should catch at least 11 of 11 defect wordings', async () => {
    const missed: string[] = []
    for (const [name, lines, words] of defects) {
      const got = await reasons(lines)
      if (!(got.length === 1 && (words === undefined || got[0]!.includes(words)))) missed.push(name)
    }
    console.log(`hunit19 products battery: ${defects.length - missed.length}/${defects.length} caught; missed: ${missed.join(' | ') || '-'}`)
    expect(defects.length - missed.length).toBeGreaterThanOrEqual(11)
  })

  it.each(clean)('should stay quiet on %s', async (_name, lines) => {
    expect(await reasons(lines)).toEqual([])
  })
})
