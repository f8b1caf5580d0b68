import { describeCalculationWordings, type WrongCalculation } from './calculation-battery.js'

// A plan whose tables are in thousands often writes the terms of a total in that unit beside the
// amount in euros (`€ 958.000 (312 + 330 + 316)`). The terms were read as euros, and a correct
// line got a `fout` a thousand times off. A result exactly 1.000 or 1.000.000 times the terms is
// that convention; a slip in the terms or the total is still a slip.

const defects: WrongCalculation[] = [
  ['a euro total whose terms in thousands do not add up', ['Over vier jaar kost de aanpak € 958.000 (312 + 330 + 326).'], '958.000'],
  ['terms in euros that do not make the total', ['De drie wijken krijgen samen € 90.000 (€ 25.000 + € 30.000 + € 40.000).'], '90.000'],
  ['a product in euros that is off', ['We plaatsen 12 banken à € 1.450, samen € 18.400.'], '18.400']
]

const clean: Array<[string, string[]]> = [
  ['terms in thousands after a total in euros', ['Over vier jaar kost de aanpak € 958.000 (312 + 330 + 316), zonder de PM-post voor onderhoud.']],
  ['terms in millions after a total in euros', ['Het krediet van € 7.500.000 (2,5 + 3 + 2) wordt in drie tranches beschikbaar gesteld.']],
  ['terms in thousands with a sum sign before a total', ['De bijdragen van Rijk en provincie zijn 140 + 95 = € 235.000.']],
  ['terms in thousands written as a difference', ['Het tekort van € 64.000 (410 − 346) vangen we op binnen het programma.']]
]

describeCalculationWordings('calculation rules on terms written in thousands', defects, clean)
