import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for levels and totals over the plan's years: a change whose start
// stands two sentences up, and a yearly amount from the plan's first year over its whole period.
const plan = (lines: string[]): string => example(['# Huisvesting', '', ...lines], 'gemeente: Lindewaarde')

/** Levels and period totals that hold. */
export const levelsOk: RuleExample[] = [
  { title: 'Een verandering met haar beginstand twee zinnen eerder die klopt', text: plan(['De pacht van de tuinen bedraagt nu € 14.000 per jaar. De vereniging neemt er een perceel bij. De pacht wordt dan € 17.500 per jaar, een stijging van € 3.500.']) },
  { title: 'Een bedrag per jaar vanaf het eerste planjaar over de planperiode dat klopt', text: plan(['Vanaf 2022 reserveren we jaarlijks € 42.000 voor onderhoud, over de hele planperiode € 168.000.']) },
  { title: 'Een bedrag per jaar vanaf een later jaar: de planperiode telt niet helemaal', text: plan(['Vanaf 2023 reserveren we jaarlijks € 42.000 voor onderhoud, over de hele planperiode € 126.000.']) }
]

/** Levels and period totals that do not hold. */
export const levelsNotOk: RuleExample[] = [
  {
    title: 'Een verandering met haar beginstand twee zinnen eerder die niet klopt',
    text: plan(['De pacht van de tuinen bedraagt nu € 14.000 per jaar. De vereniging neemt er een perceel bij. De pacht wordt dan € 17.500 per jaar, een stijging van € 4.500.']),
    expected: ['Berekening `17.500 − 14.000 = 4.500` klopt niet: de uitkomst is `3.500`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een bedrag per jaar vanaf het eerste planjaar over de planperiode dat niet klopt',
    text: plan(['Vanaf 2022 reserveren we jaarlijks € 42.000 voor onderhoud, over de hele planperiode € 178.000.']),
    expected: ['Berekening `42.000 × 4 = 178.000` klopt niet: de uitkomst is `168.000`; herstel de berekening of de uitkomst']
  }
]
