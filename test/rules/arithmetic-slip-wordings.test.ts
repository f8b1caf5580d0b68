import { arithmeticSlip } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Fresh wordings of a result one digit off, in many phrasings (the rule reads numbers, not
// words), and look-alikes: correct results, unrelated numbers, small numbers, a reading that
// gives the number exactly, years and percentages.
const defects: DefectWording[] = [
  ['a difference after a deduction', ['# Financiën', '', 'Van de rijksbijdrage van € 640.000 gaat € 115.000 naar uitvoeringskosten, zodat € 535.000 resteert.'], '€ 535.000'],
  ['counts that are added', ['# Cijfers', '', 'In de wijken wonen 3.420 huishoudens met en 1.975 zonder kinderen: samen 5.495 huishoudens.'], '5.495'],
]

const clean: CleanWording[] = [
  ['a correct product in words', ['# Aanpak', '', 'Elk van de 14 dorpshuizen ontvangt € 12.500; daarmee is in totaal € 175.000 gemoeid.']],
  ['a correct difference', ['# Financiën', '', 'Van de rijksbijdrage van € 640.000 gaat € 115.000 naar uitvoeringskosten, zodat € 525.000 resteert.']],
  ['unrelated amounts with a result word', ['# Financiën', '', 'Het budget is € 250.000, de reserve € 180.000 en de subsidie voor sport € 60.000.']],
  ['a product plus a fixed amount', ['# Kosten', '', 'Vier buurtbudgetten à € 6.000 en € 2.000 voor communicatie, samen € 26.000.']],
  ['small numbers', ['# Aanpak', '', 'Er zijn 3 teams van 6 mensen, samen 19 met de coördinator.']],
  ['years and percentages', ['# Cijfers', '', 'Van 2024 tot 2026 steeg het aantal met 12% tot 2.036, is dat genoeg?']],
  ['a written equation, which finance-net-stated-vs-computed checks', ['# Kosten', '', 'Drie coaches kosten 3 × € 64.000 = € 182.000 en de rest gaat naar scholing.']],
  ['a table of many figures', ['# Cijfers', '', '| Wijk | 2024 | 2025 | 2026 | 2027 | Totaal |', '|---|---|---|---|---|---|', '| Noord | 120 | 135 | 140 | 150 | 545 |']]
]

describeWordings(arithmeticSlip, defects, clean)
