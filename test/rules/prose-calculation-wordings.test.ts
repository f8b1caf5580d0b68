import { financeNetStatedVsComputed, proseCalculation } from '@kapstok/rules'
import { describe, expect, it } from 'vitest'
import { cleanCalculations } from './calculation-wordings.js'
import { describeWordings, wordingReasons, type DefectWording } from './wordings.js'

// Fresh wordings of a calculation the sentence implies without writing it out (named amounts and
// a total, a budget and what remains, a rise, a yearly amount over years), that does not hold: a
// reading of the sentence, so a waarschuwing. Each gives one message with the right outcome.
const defects: DefectWording[] = [
  ['named amounts A, B and C: samen', ['# Sport', '', 'We reserveren € 200.000 voor het zwembad, € 150.000 voor de sporthal en € 100.000 voor de velden: samen € 500.000.'], '`450.000`'],
  ['a budget spent and what remains', ['# Financiën', '', 'Van het budget van € 3 mln is € 1,2 mln besteed; er resteert € 2,1 mln.'], '`1.800.000`'],
  ['a rise from one amount to another', ['# Cultuur', '', 'We verhogen de subsidie aan de muziekschool van € 80.000 naar € 95.000, een stijging van € 25.000.'], '`15.000`'],
  ['a yearly amount during four years', ['# Sport', '', 'De provincie draagt jaarlijks € 50.000 bij gedurende vier jaar, in totaal € 250.000.'], '`200.000`'],
  ['a count of items each and a bare amount', ['# Openbare ruimte', '', 'Voor 20 bankjes van elk € 1.200 trekken we € 28.000 uit.'], '`24.000`'],
  ['amounts in sentences and a total', ['# Cultuur', '', 'De bibliotheek ontvangt € 90.000. Het theater ontvangt € 60.000. Samen is dat € 160.000.'], '`150.000`'],
  ['revenue, costs and a balance', ['# Grondzaken', '', 'De verkoop van de kavels levert € 750.000 op aan opbrengst. De kosten van het bouwrijp maken zijn € 280.000. Per saldo resteert € 500.000.'], '`470.000`'],
  ['a fall from one amount to another', ['# Cultuur', '', 'De bijdrage daalt van € 95.000 naar € 70.000, een daling van € 15.000.'], '`25.000`'],
  ['an amount shared over participants', ['# Jeugd', '', 'We trekken € 90.000 uit voor 40 deelnemers; dat is € 2.000 per deelnemer.'], '`2.250`'],
  ['named amounts in miljoen', ['# Financiën', '', 'Het Rijk geeft € 0,5 miljoen en de provincie € 0,3 miljoen, samen € 0,9 miljoen.'], '`800.000`'],
  ['counted items of an amount, samen', ['# Werk', '', 'Er komen drie trajecten van € 4.000 en vijf trajecten van € 2.000, samen € 24.000.'], '`22.000`'],
  ['a result before counted items', ['# Mobiliteit', '', 'De fietsenstalling kost € 30.000 (12 plekken van € 2.000).'], '`24.000`'],
  ['an amount per month during months', ['# Wonen', '', 'De huur van € 2.500 per maand gedurende twaalf maanden komt op € 32.000.'], '`30.000`'],
  ['a budget divided and what is left', ['# Cultuur', '', 'Het cultuurbudget bedraagt € 800.000. Daarvan gaat € 450.000 naar het theater en € 200.000 naar de bibliotheek; er blijft € 200.000 over.'], '`150.000`'],
  ['a rise in k', ['# Sport', '', 'De bijdrage aan de ijsbaan gaat van € 120k naar € 150k, een stijging van € 20k.'], '`30.000`'],
  ['fte of a salary and a cost', ['# Handhaving', '', 'Twee fte van € 80.000 kost € 150.000.'], '`160.000`'],
  ['each of counted items and a total', ['# Welzijn', '', 'Elk van de 12 dorpshuizen krijgt € 15.000; in totaal is dat € 200.000.'], '`180.000`'],
  ['a whole made up of parts', ['# Financiën', '', 'Het budget van € 1,2 miljoen is opgebouwd uit € 500.000 van het Rijk en € 600.000 van de provincie.'], '`1.100.000`'],
  ['raised by an amount to another', ['# Cultuur', '', 'De subsidie van € 80.000 wordt met € 15.000 verhoogd tot € 100.000.'], '`20.000`'],
  ['the difference between two scenarios', ['# Huisvesting', '', 'Het verschil tussen de scenario’s van € 310.000 en € 260.000 is € 40.000.'], '`50.000`'],
  ['a budget divided over purposes in brackets', ['# Financiën', '', 'Het budget van € 600.000 is verdeeld over sport (€ 250.000), cultuur (€ 200.000) en welzijn (€ 100.000).'], '`550.000`'],
  ['a price per inhabitant for a count, samen', ['# Financiën', '', 'De bijdrage per inwoner is € 12, voor 45.000 inwoners samen € 600.000.'], '`540.000`'],
  ['a yearly amount, years long, in totaal', ['# Sport', '', 'Vanaf 2026 trekken we jaarlijks € 75.000 uit, vier jaar lang, in totaal € 350.000.'], '`300.000`'],
  ['a count with a price per person, samen', ['# Veiligheid', '', 'Drie wijkagenten kosten per persoon € 70.000, dus samen € 200.000.'], '`210.000`'],
  ['amounts in a sentence and Totaal after it', ['# Onderzoek', '', 'De kosten zijn € 40.000 voor het onderzoek en € 25.000 voor de communicatie. Totaal: € 75.000.'], '`65.000`'],
  ['an amount per year during years', ['# Welzijn', '', 'Het buurtbudget is € 25.000 per jaar gedurende drie jaar, in totaal € 90.000.'], '`75.000`']
]

describeWordings(proseCalculation, defects, cleanCalculations)

describe('prose-calculation wordings, once', () => {
  it.each(defects)('should leave %s to this rule alone', async (_name, body) => {
    expect(await wordingReasons(financeNetStatedVsComputed, body)).toEqual([])
  })
})
