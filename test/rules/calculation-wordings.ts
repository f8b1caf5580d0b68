import type { CleanWording } from './wordings.js'

/**
 * Look-alikes of a calculation in prose that both calculation rules (`prose-calculation` and
 * `finance-net-stated-vs-computed`) must leave alone: calculations that hold (also within the
 * rounding of `circa`, `ongeveer`, `ruim` and of amounts in miljoen), and amounts that are no
 * one calculation (two budgets, different years, rates, percentages, ranges, dates).
 */
export const cleanCalculations: CleanWording[] = [
  ['a product with à that holds', ['# Onderwijs', '', 'Zes wijkscholen à € 70.000 kosten samen € 420.000.']],
  ['a product within the rounding of ongeveer', ['# Armoede', '', 'We verwachten 1.150 aanvragen à € 250, samen ongeveer € 290.000.']],
  ['a bare result within the rounding of circa', ['# Openbare ruimte', '', 'Zeventien zitbanken à € 1.150 kosten circa € 20.000.']],
  ['a total after ruim', ['# Jeugd', '', 'Veertig deelnemers à € 260, samen ruim € 10.000.']],
  ['amounts in miljoen with one decimal', ['# Onderwijs', '', 'Vier schoolpleinen à € 1,28 miljoen vragen samen € 5,1 miljoen.']],
  ['a deduction that holds', ['# Grondzaken', '', 'De verkoop levert bruto € 2,4 miljoen op; na aftrek van € 0,6 miljoen voor sloop blijft netto € 1,8 miljoen over.']],
  ['a rise that holds', ['# Cultuur', '', 'De subsidie aan het poppodium gaat van € 80.000 naar € 95.000, een stijging van € 15.000.']],
  ['a rise against another year', ['# Cultuur', '', 'De bijdrage stijgt van € 80.000 naar € 95.000; ten opzichte van 2022 is dat een stijging van € 25.000.']],
  ['a yearly amount over the years that holds', ['# Sport', '', 'De provincie draagt jaarlijks € 50.000 bij gedurende vier jaar, in totaal € 200.000.']],
  ['yearly and one-off amounts over a period', ['# Sport', '', 'De regeling kost jaarlijks € 50.000 en eenmalig € 30.000, in totaal € 230.000 over vier jaar.']],
  ['an amount per year without total', ['# Wmo', '', 'De mantelzorgwaardering kost € 50.000 per jaar.']],
  ['an amount per year and a programme total', ['# Wmo', '', 'De buurtcoach kost € 50.000 per jaar; het hele programma kost in totaal € 1,2 miljoen.']],
  ['a budget spent and what remains, holding', ['# Financiën', '', 'Van het budget van € 3 mln is € 1,2 mln besteed; er resteert € 1,8 mln.']],
  ['two budgets in one sentence and a larger total', ['# Financiën', '', 'Het budget voor jeugd is € 400.000 en voor ouderen € 250.000; het sociaal domein heeft in totaal € 4 miljoen.']],
  ['amounts of different years', ['# Financiën', '', 'In 2025 was het budget € 300.000, in 2026 € 350.000 en in 2027 in totaal € 400.000.']],
  ['a percentage of an amount', ['# Financiën', '', 'Van de € 400.000 gaat 25% naar preventie, ofwel € 100.000.']],
  ['a rise of a percentage', ['# Werk', '', 'Het aandeel werkenden steeg van 62% naar 65%, een stijging van 3 procentpunt.']],
  ['a range with a dash', ['# Energie', '', 'Een aansluiting kost € 10.000 – € 15.000; voor 30 woningen is dat € 300.000 tot € 450.000.']],
  ['a period with a dash and an amount', ['# Financiën', '', 'De pilot 2026 – 2027 kost € 80.000.']],
  ['dates with dashes', ['# Planning', '', 'Van 01-03-2026 tot 31-12-2026 is € 80.000 beschikbaar voor de speeltuin.']],
  ['twice a year', ['# Participatie', '', 'De klankbordgroep komt 2 x per jaar bijeen; een bijeenkomst kost € 1.500, in totaal € 3.000 per jaar.']],
  ['an equation in a table cell that holds', ['# Financiën', '', '| Onderdeel | Berekening |', '|---|---|', '| Speeltoestellen | 4 × 12.500 = 50.000 |']],
  ['amounts in k that add up', ['# Jeugd', '', 'Het jongerenwerk krijgt € 120k + € 45k = € 165k.']],
  ['named amounts that add up', ['# Sport', '', 'We reserveren € 200.000 voor het zwembad, € 150.000 voor de sporthal en € 100.000 voor de velden: samen € 450.000.']],
  ['applications of which some granted', ['# Armoede', '', 'Van de 40 aanvragen à € 2.500 zijn er 30 toegekend, samen € 75.000.']],
  ['a count in words that holds', ['# Wonen', '', 'Drie fte van € 85.000 kost € 255.000.']],
  ['a fall that holds', ['# Cultuur', '', 'De bijdrage daalt van € 95.000 naar € 70.000, een daling van € 25.000.']],
  ['parts of a whole among others', ['# Financiën', '', 'Het budget van € 900.000 bestaat onder andere uit € 200.000 voor sport en € 300.000 voor cultuur.']],
  ['a whole made up of parts that add up', ['# Financiën', '', 'De bijdrage van € 1,1 miljoen bestaat uit € 500.000 van het Rijk en € 600.000 van de provincie.']],
  ['each of the districts per year and a total over years', ['# Wijken', '', 'Elk van de vier wijken krijgt € 20.000 per jaar, in totaal € 320.000 over vier jaar.']],
  ['raised by an amount that holds', ['# Cultuur', '', 'De subsidie van € 80.000 wordt met € 20.000 verhoogd tot € 100.000.']],
  ['a rate per hour that rises', ['# Zorg', '', 'Het tarief stijgt van € 80 naar € 95 per uur, een stijging van € 15 per uur.']],
  ['a rise in miljoen rounded with ruim', ['# Zorg', '', 'De kosten stijgen van € 1,23 miljoen naar € 1,56 miljoen, een toename van ruim € 0,3 miljoen.']],
  ['years with a minus sign', ['# Financiën', '', 'In 2024 − 2025 is € 40.000 besteed aan de pilot.']],
  ['years with a slash', ['# Financiën', '', 'In 2025 / 2026 is € 40.000 beschikbaar voor de pilot.']],
  ['a monthly rent and a yearly rise', ['# Wonen', '', 'De huur gaat van € 800 naar € 850 per maand, een stijging van € 600 per jaar.']],
  ['a rise since an earlier year', ['# Cultuur', '', 'De bijdrage gaat van € 80.000 in 2024 naar € 95.000 in 2026, een stijging van € 25.000 sinds 2022.']],
  ['a raise per year to a later amount', ['# Cultuur', '', 'Het budget van € 500.000 wordt met € 50.000 per jaar verhoogd tot € 700.000 in 2029.']],
  ['measures in a range of amounts', ['# Klimaat', '', 'Het pakket van € 2 miljoen bestaat uit maatregelen van € 50.000 tot € 400.000.']],
  ['counted projects of an amount in a whole', ['# Klimaat', '', 'Het budget van € 1 miljoen bestaat uit twee projecten van € 200.000 en drie van € 200.000.']],
  ['a price per inhabitant for a count that holds', ['# Financiën', '', 'De bijdrage per inwoner is € 12, voor 45.000 inwoners samen € 540.000.']],
  ['one amount and a total with more', ['# Onderzoek', '', 'De kosten van het onderzoek zijn € 40.000. Totaal: € 75.000 inclusief communicatie.']],
  ['a price per year for counted items and a total', ['# Veiligheid', '', 'Drie wijkagenten kosten per persoon € 70.000, samen € 210.000 per jaar.']],
  ['a count with a price per hour and a total', ['# Zorg', '', 'Vier consulenten werken per uur € 85, samen € 40.000 per maand.']],
  ['amounts per month over a year that hold', ['# Wonen', '', 'De huur van € 2.500 per maand gedurende twaalf maanden komt op € 30.000.']]
]
