import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave 11 (hcalc5) battery, written before reading the calculation code: a calculation whose parts
// are spread over sentences (count two sentences back, mean in the sentence before, the whole
// before a subtraction), an amount per year beside a count and a result, a line break inside the
// sentence, `inclusief` a thing without a number after a product, emphasis, a relative clause,
// distractor years and counts, rounding words. Wrong ones are counted (see `mustCatch`); right
// ones must all stay quiet. The start code caught 9 of 14 and reported 1 of 18 right ones; a lower-bound `inclusief` and `uit op` as a result phrase: 10 of 14; past-tense result verbs (`kostte`, `opleverde`): 12 of 15 (the 15th, a past tense, added with them).


const wrong: WrongCalculation[] = [
  ['count two sentences back, mean before, total after', ['Dit jaar dienden buurtgroepen 38 aanvragen in. Elke aanvraag kreeg gemiddeld € 1.850. In totaal ging het om € 73.300.'], '73.300'],
  ['count times amount per year, line break, result', ['In 2025 kregen 940 gezinnen de', 'schoolkostenvergoeding van € 160 per jaar; dat kostte € 152.600.'], '152.600'],
  ['whole before, paid back, per saldo', ['Het budget voor de buurthuizen is € 840.000. De huurders betalen daarvan samen € 265.000 terug, zodat per saldo € 585.000 overblijft.'], '585.000'],
  ['difference with the other term a sentence back', ['De verhuur van de zalen levert € 64.000 op. De kosten van beheer en schoonmaak (€ 139.000) zijn hoger; het verschil van € 73.000 dekt de gemeente.'], '73.000'],
  ['product below its result, inclusief a room', ['De nieuwe school krijgt plek voor 480 leerlingen. Bij 8 m² per leerling komt het gebouw uit op 3.760 m², inclusief een gymzaal.'], '3.760'],
  ['mean per club, samen', ['Wij ondersteunen 52 verenigingen. Het gemiddelde bedrag per vereniging is € 3.400, samen € 186.800.'], '186.800'],
  ['tariff rise over hours and weeks', ['Het huurtarief stijgt van € 38 naar € 41 per uur. Een club die 6 uur per week huurt, betaalt over 40 weken € 820 extra.'], '820'],
  ['emphasis on count and total', ['Er komen **24** nieuwe laadpalen van € 6.500 per stuk, samen **€ 165.000**.'], '165.000'],
  ['relative clause between count and total', ['De 120 vrijwilligers, die elk een vergoeding van € 180 ontvangen, kosten samen € 22.600.'], '22.600'],
  ['distractor years and a change count', ['In 2026 krijgen 75 scholieren, 12 meer dan in 2025, een laptop van € 420; totaal € 33.500.'], '33.500'],
  ['whole in the sentence before, two parts, rest', ['Voor het programma is € 1,2 miljoen beschikbaar. Daarvan gaat € 450.000 naar de wijken en € 380.000 naar de scholen, zodat er nog € 470.000 resteert.'], '470.000'],
  ['deficit from two sentences', ['De opbrengst van de markten is € 42.500. De kosten zijn € 51.000. Het tekort van € 9.500 komt ten laste van de algemene middelen.'], '9.500'],
  ['bijna far above the product', ['De 36 deelnemers betalen elk € 95, in totaal bijna € 3.800.'], '3.800'],
  ['past tense result verb', ['Vorig jaar huurden 64 verenigingen een zaal van € 450 per seizoen, wat de gemeente € 30.600 opleverde.'], '30.600'],
  ['per month to per year', ['Per maand ontvangen 215 inwoners een toeslag van € 45. Per jaar is dat € 114.100.'], '114.100']
]

/** Right calculations and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['count two sentences back, total right', ['Dit jaar dienden buurtgroepen 38 aanvragen in. Elke aanvraag kreeg gemiddeld € 1.850. In totaal ging het om € 70.300.']],
  ['amount per year, line break, result right', ['In 2025 kregen 940 gezinnen de', 'schoolkostenvergoeding van € 160 per jaar; dat kostte € 150.400.']],
  ['per saldo right', ['Het budget voor de buurthuizen is € 840.000. De huurders betalen daarvan samen € 265.000 terug, zodat per saldo € 575.000 overblijft.']],
  ['difference right', ['De verhuur van de zalen levert € 64.000 op. De kosten van beheer en schoonmaak (€ 139.000) zijn hoger; het verschil van € 75.000 dekt de gemeente.']],
  ['inclusief a room adds to the product', ['De nieuwe school krijgt plek voor 480 leerlingen. Bij 8 m² per leerling komt het gebouw uit op 3.960 m², inclusief een gymzaal.']],
  ['inclusief a room with its area', ['De nieuwe school krijgt plek voor 480 leerlingen. Bij 8 m² per leerling komt het gebouw uit op 4.240 m², inclusief een gymzaal van 400 m².']],
  ['mean per club right', ['Wij ondersteunen 52 verenigingen. Het gemiddelde bedrag per vereniging is € 3.400, samen € 176.800.']],
  ['tariff rise, ruim', ['Het huurtarief stijgt van € 38 naar € 41 per uur. Een club die 6 uur per week huurt, betaalt over 40 weken ruim € 700 extra.']],
  ['emphasis right', ['Er komen **24** nieuwe laadpalen van € 6.500 per stuk, samen **€ 156.000**.']],
  ['relative clause right', ['De 120 vrijwilligers, die elk een vergoeding van € 180 ontvangen, kosten samen € 21.600.']],
  ['distractors right', ['In 2026 krijgen 75 scholieren, 12 meer dan in 2025, een laptop van € 420; totaal € 31.500.']],
  ['rest right', ['Voor het programma is € 1,2 miljoen beschikbaar. Daarvan gaat € 450.000 naar de wijken en € 380.000 naar de scholen, zodat er nog € 370.000 resteert.']],
  ['deficit right', ['De opbrengst van de markten is € 42.500. De kosten zijn € 51.000. Het tekort van € 8.500 komt ten laste van de algemene middelen.']],
  ['bijna just above the product', ['De 36 deelnemers betalen elk € 95, in totaal bijna € 3.500.']],
  ['per year over the plan period', ['In 2025 kregen 940 gezinnen een vergoeding van € 160 per jaar; over vier jaar is dat € 601.600.']],
  ['a largest share, no result', ['De 52 verenigingen krijgen gemiddeld € 3.400; de grootste club krijgt € 12.000.']],
  ['a budget with a separate investment', ['Het budget van € 840.000 blijft gelijk; de huurders betalen € 265.000 huur en de gemeente investeert daarnaast € 120.000.']],
  ['past tense result verb right', ['Vorig jaar huurden 64 verenigingen een zaal van € 450 per seizoen, wat de gemeente € 28.800 opleverde.']],
  ['past tense with a term added', ['In 2024 kregen 310 inwoners een cursus van € 75; de gemeente bracht daarnaast € 4.000 voor zalen in, wat € 27.250 kostte.']],
  ['per month to per year right', ['Per maand ontvangen 215 inwoners een toeslag van € 45. Per jaar is dat € 116.100.']]
]

/** How many wrong ones the code must catch: raise it as the readers learn shapes. */
const mustCatch = 12
/** Right ones the code still reports: empty it as the readers learn them. */
const stillNoisy = new Set<string>()

describeCalculationBattery('prose calculation battery (wave 11, spread parts)', wrong, right, mustCatch, stillNoisy)
