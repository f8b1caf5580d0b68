import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hlevel17 (bases): a percentage of a base, with the base named before the percentage (`Over de
// huuromzet van € 300.000 dragen we 5% af`) or a noun between the percentage and the base (`4%
// korting op de aanneemsom van …`), and the amount it gives. Look-alikes: the amount right, a
// percentage of something else than the named base, a rounded amount after `circa`.

const body = (...lines: string[]): string[] => ['# Dekking', '', ...lines]

const defects: BatteryWording[] = [
  ['base opens the clause, colon', body('Over de huuropbrengst van € 360.000 dragen we 5% af: € 21.000.'), '18.000'],
  ['base first, ofwel', body('Op de aanneemsom van € 1,5 miljoen krijgen we 4 procent korting, ofwel € 75.000.'), '60.000'],
  ['noun between percent and base', body('We reserveren 3% onvoorzien over de bouwkosten van € 820.000, dat is € 34.600.'), '24.600'],
  ['base first, dat is', body('Over een subsidiebedrag van € 96.000 houden we 15% achter, dat is € 16.400.'), '14.400'],
  ['percent with noun, op', body('De gemeente rekent 2,5% rente op de lening van € 440.000; dat komt neer op € 12.000 per jaar.'), '11.000'],
  ['base first, samen', body('Van het opleidingsbudget van € 58.000 gaat 30 procent naar e-learning, samen € 19.400.'), '17.400'],
  ['base in millions, result in thousands', body('Over de omzet van € 3,2 miljoen heffen we 1,5% precario, ofwel € 52.000.'), '48.000'],
  ['base first, brackets', body('Op de energierekening van € 210.000 besparen we 12% (€ 27.200).'), '25.200'],
  ['bare digits result', body('Over de inkoopwaarde van € 75.000 betalen we 21% btw: € 14.750.'), '15.750'],
  ['base first, waarmee', body('Over een loonsom van € 1,8 miljoen rekenen we 9% werkgeverslasten, waarmee we op € 172.000 uitkomen.'), '162.000'],
  ['percent words, base first', body('Van de pot van € 250.000 reserveren we tien procent voor evaluatie: € 20.000.'), '25.000'],
  ['noun between, bedraagt', body('De indexatie van 2,4% op het contract van € 150.000 bedraagt € 3.800.'), '3.600']
]

const clean: CleanWording[] = [
  ['base first right', body('Over de huuropbrengst van € 360.000 dragen we 5% af: € 18.000.')],
  ['ofwel right', body('Op de aanneemsom van € 1,5 miljoen krijgen we 4 procent korting, ofwel € 60.000.')],
  ['noun between right', body('We reserveren 3% onvoorzien over de bouwkosten van € 820.000, dat is € 24.600.')],
  ['the rest after the share', body('Over een subsidiebedrag van € 96.000 houden we 15% achter; € 81.600 keren we direct uit.')],
  ['share of another base', body('Over de huuropbrengst van € 360.000 dragen we 5% af. De beheerkosten van € 40.000 betalen we uit de reserve.')],
  ['circa', body('Op de energierekening van € 210.000 besparen we 12%, circa € 25.000.')],
  ['percentage is a growth, new level', body('Over de omzet van € 3,2 miljoen verwachten we 5% groei, naar € 3,36 miljoen.')],
  ['two percentages', body('Van het opleidingsbudget van € 58.000 gaat 30 procent naar e-learning en 20 procent naar coaching: samen € 29.000.')],
  ['amount is another cost', body('Over de loonsom van € 900.000 betalen we 9% premie; daarnaast kost de verzekering € 4.500.')],
  ['right in millions', body('Over de omzet van € 3,2 miljoen heffen we 1,5% precario, ofwel € 48.000.')],
  ['rounded right', body('Op de lening van € 440.000 betalen we 2,5% rente, afgerond € 11.000 per jaar.')]
]

describeBattery(proseCalculation, defects, clean, 12)
