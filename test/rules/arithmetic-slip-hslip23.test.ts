import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave hslip23 battery, written before widening the operand sources of the slip judge: a one-digit
// slip whose operands stand outside the sentence, by the source authors put them in. The plan's
// period is 2026-2029 (four years). Per source wrong ones (one digit off) and look-alikes that
// must stay quiet (computed right, another figure meant, rounded, a count of another noun).

const wijken = ['| Wijk | Begroot 2026 | Besteed 2026 |', '|---|---|---|', '| Oosterhof | € 84.000 | € 79.500 |', '| Westerveld | € 62.000 | € 64.300 |', '| Zuidrand | € 41.000 | € 38.200 |', '| Totaal | € 187.000 | € 182.000 |', '']
const clubs = ['| Vereniging | Leden 2024 | Leden 2025 |', '|---|---|---|', '| VV Noordster | 438 | 421 |', '| HC De Ruiters | 220 | 265 |', '| Atletiek Spurt | 130 | 148 |', '| Totaal | 788 | 834 |', '']
const scholen = ['| School | Leerlingen |', '|---|---|', '| De Wilg | 312 |', '| Het Kompas | 248 |', '| De Regenboog | 196 |', '| Totaal | 756 |', '']
const tarieven = ['| Onderdeel | Tarief |', '|---|---|', '| Begeleiding | € 40 per uur |', '| Zaalhuur | € 65 per dagdeel |', '']

const wrong: WrongCalculation[] = [
  // 1. A table row above, named in the sentence.
  ['1 named row: overspent', [...wijken, 'In Westerveld werd € 3.300 meer uitgegeven dan begroot.'], '3.300'],
  ['1 named row: left over', [...wijken, 'De wijk Oosterhof hield van haar budget € 5.500 over.'], '5.500'],
  ['1 named row: members lost', [...clubs, 'Het ledental van VV Noordster daalde met 27.'], '27'],
  ['1 named row: members gained', [...clubs, 'Bij De Ruiters kwamen er in een jaar 35 leden bij.'], '35'],
  ['1 total row: change', [...clubs, 'Alle verenigingen samen groeiden met 56 leden.'], '56'],
  ['1 column mean', [...scholen, 'Een school telt gemiddeld 262 leerlingen.'], '262'],
  // 2. A period's years or months not written as a number.
  ['2 plan period', ['Voor de schuldhulp trekken we € 145.000 per jaar uit, over de hele planperiode € 560.000.'], '560.000'],
  ['2 range in the sentence before', ['Het programma loopt van 2026 tot en met 2029.', 'We trekken er jaarlijks € 72.500 voor uit, samen € 280.000.'], '280.000'],
  ['2 per quarter to a year', ['Per kwartaal betalen we € 12.400 huur; dat is € 59.600 per jaar.'], '59.600'],
  ['2 per month to a year', ['Het abonnement kost € 1.150 per maand, zodat we jaarlijks € 14.800 kwijt zijn.'], '14.800'],
  ['2 monthly visitors to a year', ['De inloop trekt 140 bezoekers per maand, op jaarbasis 1.780 bezoekers.'], '1.780'],
  // 3. A rate in a table or an earlier sentence times a count and a duration.
  ['3 table rate', [...tarieven, 'De begeleiding van 4 uur per week over 30 weken kost € 4.900.'], '4.900'],
  ['3 earlier sentence rate', ['Een coach kost € 55 per uur.', 'Voor 6 uur per week gedurende 40 weken ramen we € 13.400.'], '13.400'],
  ['3 table rate per dagdeel', [...tarieven, 'Voor 2 dagdelen per week in 36 weken reserveren we € 4.780 zaalhuur.'], '4.780'],
  ['3 rate in the sentence before, count in this one', ['Het tarief voor een huisbezoek is € 85.', 'Voor 320 huisbezoeken trekken we € 28.200 uit.'], '28.200'],
  // 4. Operands after the result.
  ['4 bracket division', ['Per bushalte komt dat op € 3.600 (€ 351.000 voor 90 haltes).'], '3.600'],
  ['4 colon division', ['We ramen € 1.250 per deelnemer: € 97.200 voor 72 deelnemers.'], '1.250'],
  ['4 next sentence pointer', ['Elke school krijgt € 5.300.', 'Dat is het budget van € 62.400 verdeeld over 12 scholen.'], '5.300'],
  ['4 bracket per inhabitant', ['De bijdrage komt op € 14,30 per inwoner (€ 348.000 over 24.000 inwoners).'], '14,30'],
  // 5. A percentage in the sentence before applied to an amount here.
  ['5 subsidy share', ['De bijdrage dekt 40 procent van de kosten.', 'Voor een dak van € 85.000 ontvangt de school dus € 36.000.'], '36.000'],
  ['5 own contribution', ['De eigen bijdrage bedraagt 15%.', 'Voor een traject van € 2.400 betaalt de deelnemer € 370.'], '370'],
  ['5 index', ['We indexeren alle bijdragen met 3,5 procent.', 'De bijdrage aan de bibliotheek van € 480.000 wordt daarmee € 498.800.'], '498.800'],
  ['5 share in words', ['Een kwart van het budget gaat naar preventie.', 'Van de € 860.000 is dat € 225.000.'], '225.000'],
  // 6. The lead-in of a list and its items.
  ['6 lead-in total', ['Het budget van € 240.000 verdelen we als volgt:', '', '- sport: € 95.000', '- cultuur: € 72.000', '- welzijn: € 83.000'], '240.000'],
  ['6 sum after the list', ['- Noord: 124 deelnemers', '- Midden: 98 deelnemers', '- Zuid: 143 deelnemers', '', 'Samen zijn dat 375 deelnemers.'], '375'],
  ['6 each in the lead-in, sum after', ['Vier wijken krijgen elk € 18.500:', '', '- Oosterhof', '- Westerveld', '- Zuidrand', '- De Horst', '', 'Dat is samen € 64.000.'], '64.000'],
  ['6 count and price in the lead-in', ['We plaatsen 14 bankjes à € 1.250, in deze parken:', '', '- Stadspark', '- Wilhelminapark', '', 'De kosten zijn in totaal € 18.500.'], '18.500']
]

/** Right ones and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  // 1.
  ['1 named row right', [...wijken, 'In Westerveld werd € 2.300 meer uitgegeven dan begroot.']],
  ['1 named row, another figure', [...wijken, 'Oosterhof telt 4.600 woningen en kreeg daarom het grootste budget.']],
  ['1 named row rounded', [...wijken, 'De wijk Oosterhof hield van haar budget ruim € 4.000 over.']],
  ['1 members right', [...clubs, 'Het ledental van VV Noordster daalde met 17.']],
  ['1 named row, another noun', [...clubs, 'VV Noordster heeft 25 vrijwilligers.']],
  ['1 column mean right', [...scholen, 'Een school telt gemiddeld 252 leerlingen.']],
  // 2.
  ['2 plan period right', ['Voor de schuldhulp trekken we € 145.000 per jaar uit, over de hele planperiode € 580.000.']],
  ['2 per month rounded', ['Het abonnement kost € 1.150 per maand, zodat we jaarlijks circa € 14.000 kwijt zijn.']],
  ['2 per quarter, another figure', ['Per kwartaal betalen we € 12.400 huur; de borg is € 59.600.']],
  ['2 per month right', ['De inloop trekt 140 bezoekers per maand, op jaarbasis 1.680 bezoekers.']],
  ['2 per month another noun', ['De inloop trekt 140 bezoekers per maand en heeft 1.780 leden.']],
  // 3.
  ['3 table rate right', [...tarieven, 'De begeleiding van 4 uur per week over 30 weken kost € 4.800.']],
  ['3 earlier rate right', ['Een coach kost € 55 per uur.', 'Voor 6 uur per week gedurende 40 weken ramen we € 13.200.']],
  ['3 table rate, other amount', [...tarieven, 'De begeleiding van 4 uur per week over 30 weken heeft 4.900 bezoekers.']],
  ['3 rate rounded', ['Het tarief voor een huisbezoek is € 85.', 'Voor 320 huisbezoeken trekken we ruim € 27.000 uit.']],
  // 4.
  ['4 bracket right', ['Per bushalte komt dat op € 3.900 (€ 351.000 voor 90 haltes).']],
  ['4 bracket other meaning', ['Per laadpunt is dat € 2.600 (waarvan € 540 voor de aansluiting).']],
  ['4 colon right', ['We ramen € 1.350 per deelnemer: € 97.200 voor 72 deelnemers.']],
  ['4 next sentence right', ['Elke school krijgt € 5.200.', 'Dat is het budget van € 62.400 verdeeld over 12 scholen.']],
  ['4 rounded', ['De bijdrage komt op ruim € 14 per inwoner (€ 348.000 over 24.000 inwoners).']],
  // 5.
  ['5 subsidy right', ['De bijdrage dekt 40 procent van de kosten.', 'Voor een dak van € 85.000 ontvangt de school dus € 34.000.']],
  ['5 percentage of another base', ['Het aandeel huurders is 40 procent.', 'Voor een dak van € 85.000 ontvangt de school € 36.000 subsidie.']],
  ['5 index right', ['We indexeren alle bijdragen met 3,5 procent.', 'De bijdrage aan de bibliotheek van € 480.000 wordt daarmee € 496.800.']],
  ['5 share rounded', ['Een kwart van het budget gaat naar preventie.', 'Van de € 860.000 is dat ruim € 200.000.']],
  // 6.
  ['6 lead-in right', ['Het budget van € 250.000 verdelen we als volgt:', '', '- sport: € 95.000', '- cultuur: € 72.000', '- welzijn: € 83.000']],
  ['6 lead-in partial', ['Van het budget van € 240.000 gaat onder meer naar:', '', '- sport: € 95.000', '- cultuur: € 72.000', '- welzijn: € 83.000']],
  ['6 sum after right', ['- Noord: 124 deelnemers', '- Midden: 98 deelnemers', '- Zuid: 143 deelnemers', '', 'Samen zijn dat 365 deelnemers.']],
  ['6 sum after another noun', ['- Noord: 124 deelnemers', '- Midden: 98 deelnemers', '- Zuid: 143 deelnemers', '', 'Daarvoor zijn 375 vrijwilligers nodig.']],
  ['1 named row, a count of another noun', [...wijken, 'In Westerveld kwamen 23 speelplekken bij.']],
  ['3 table rate, more counts right', [...tarieven, 'De begeleiding van 4 uur per week over 30 weken voor 2 groepen kost € 9.600.']],
  ['6 lead-in, no pointer after', ['Vier wijken krijgen elk € 18.500:', '', '- Oosterhof', '- Westerveld', '- Zuidrand', '- De Horst', '', 'De provincie geeft € 64.000 voor groen.']],
  ['6 count and price right', ['We plaatsen 14 bankjes à € 1.250, in deze parken:', '', '- Stadspark', '- Wilhelminapark', '', 'De kosten zijn in totaal € 17.500.']],
  ['6 each right', ['Vier wijken krijgen elk € 18.500:', '', '- Oosterhof', '- Westerveld', '- Zuidrand', '- De Horst', '', 'Dat is samen € 74.000.']]
]

/** How many wrong ones the code must catch: 13 of 27 on main, 26 with the wider operand sources. */
const mustCatch = 26

describeCalculationBattery('operands from other sources (hslip23)', wrong, right, mustCatch)
