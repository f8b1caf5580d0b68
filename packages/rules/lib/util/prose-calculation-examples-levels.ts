import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for levels and totals over the plan's years: a change whose start
// stands two sentences up, and a yearly amount from the plan's first year over its whole period.
const plan = (lines: string[]): string => example(['# Huisvesting', '', ...lines], 'gemeente: Lindewaarde')

/** Levels and period totals that hold. */
export const levelsOk: RuleExample[] = [
  { title: 'Een verandering met haar beginstand twee zinnen eerder die klopt', text: plan(['De huur van het archief bedraagt nu € 52.000 per jaar. Het college huurt een nieuwe ruimte met betere klimaatbeheersing. De huur daar wordt € 61.500 per jaar, een stijging van € 9.500.']) },
  { title: 'Een bedrag per jaar vanaf het eerste planjaar over de planperiode dat klopt', text: plan(['Vanaf 2022 draagt de gemeente jaarlijks € 42.000 bij, over de hele planperiode € 168.000.']) },
  { title: 'Een bedrag per jaar vanaf een later jaar: de planperiode telt niet helemaal', text: plan(['Vanaf 2023 draagt de gemeente jaarlijks € 42.000 bij, over de hele planperiode € 126.000.']) }
]

/** Levels and period totals that do not hold. */
export const levelsNotOk: RuleExample[] = [
  {
    title: 'Een verandering met haar beginstand twee zinnen eerder die niet klopt',
    text: plan(['De huur van het archief bedraagt nu € 52.000 per jaar. Het college huurt een nieuwe ruimte met betere klimaatbeheersing. De huur daar wordt € 61.500 per jaar, een stijging van € 8.500.']),
    expected: ['Berekening `61.500 − 52.000 = 8.500` klopt niet: de uitkomst is `9.500`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een bedrag per jaar vanaf het eerste planjaar over de planperiode dat niet klopt',
    text: plan(['Vanaf 2022 draagt de gemeente jaarlijks € 42.000 bij, over de hele planperiode € 178.000.']),
    expected: ['Berekening `42.000 × 4 = 178.000` klopt niet: de uitkomst is `168.000`; herstel de berekening of de uitkomst']
  }
]
