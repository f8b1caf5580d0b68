import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hchange16: a change that names its two years (`tussen 2022 en 2023`, `van 2024 op 2025`,
// `in 2025 … ten opzichte van 2024`, `sinds 2020`) with no level of its own in the sentence; both
// levels stand elsewhere in the paragraph or section (a run of years, two sentences, a bracket,
// a list, a table), tied to their years. Look-alikes: the change right (also rounded or over more
// years), a year whose level the text does not give, two levels for a year, another noun, an
// inflow that is not the net change.

const body = (...lines: string[]): string[] => ['# Ontwikkeling', '', ...lines]

const defects: BatteryWording[] = [
  ['tussen after a run of years', body('De bibliotheek telde 41.000 bezoekers in 2021, 46.500 in 2022 en 52.000 in 2023. Tussen 2022 en 2023 kwamen er 7.500 bezoekers bij.'), '5.500'],
  ['van … op … minder', body('Het aantal verzuimende leerlingen daalde van 212 in 2023 naar 187 in 2024 en 160 in 2025. Van 2024 op 2025 ging het om 33 leerlingen minder.'), '27'],
  ['sinds, levels in two clauses', body('In 2020 had de gemeente 23 laadpalen; in 2025 zijn het er 71. Sinds 2020 zijn er 52 laadpalen bijgekomen.'), '48'],
  ['levels in a table', body('| Jaar | Meldingen |', '|---|---|', '| 2023 | 1.204 |', '| 2024 | 1.377 |', '', 'Tussen 2023 en 2024 nam het aantal meldingen toe met 163.'), '173'],
  ['millions', body('De uitgaven aan de Wmo waren € 8,4 miljoen in 2023 en € 9,1 miljoen in 2024. Van 2023 op 2024 stegen de uitgaven met € 0,9 miljoen.'), '700.000'],
  ['levels in two sentences', body('In 2022 reden de buurtbussen 18.400 ritten. In 2023 waren dat er 21.100. Tussen 2022 en 2023 groeide het aantal ritten met 3.200.'), '2.700'],
  ['levels in a bracket', body('Het aantal deelnemers (2023: 640; 2024: 705) groeide tussen 2023 en 2024 met 75 deelnemers.'), '65'],
  ['in Y2 ten opzichte van Y1, no new level', body('Het restafval was 212 kilo per inwoner in 2023 en 198 kilo in 2024. In 2024 was dat 12 kilo minder ten opzichte van 2023.'), '14'],
  ['the change first, levels after', body('Tussen 2024 en 2025 daalde het aantal klachten met 48. In 2024 kwamen er 310 klachten binnen, in 2025 nog 268.'), '42'],
  ['hectares, sinds', body('Het bloemrijk grasland besloeg 14 hectare in 2023 en 19 hectare in 2025. Sinds 2023 is er 6 hectare bijgekomen.'), '5'],
  ['levels in list items', body('Aantal signalen van betalingsachterstanden:', '', '- 2023: 1.150', '- 2024: 1.480', '- 2025: 1.720', '', 'Van 2024 op 2025 nam het aantal signalen toe met 340.'), '240'],
  ['level paragraph before', body('In 2021 stonden er 2.310 bedrijven ingeschreven en in 2024 waren het er 2.655.', '', 'Tussen 2021 en 2024 groeide het aantal bedrijven dus met 405.'), '345'],
  ['toename tussen, noun after', body('In 2023 deden 118 huishoudens mee met de energiecoach, in 2024 al 164. Tussen 2023 en 2024 was er een toename van 56 huishoudens.'), '46']
]

const clean: CleanWording[] = [
  ['the change right', body('De bibliotheek telde 41.000 bezoekers in 2021, 46.500 in 2022 en 52.000 in 2023. Tussen 2022 en 2023 kwamen er 5.500 bezoekers bij.')],
  ['over two years right', body('De bibliotheek telde 41.000 bezoekers in 2021, 46.500 in 2022 en 52.000 in 2023. Tussen 2021 en 2023 kwamen er 11.000 bezoekers bij.')],
  ['a year whose level the text does not give', body('De bibliotheek telde 46.500 bezoekers in 2022 en 52.000 in 2023. Tussen 2020 en 2023 kwamen er 9.000 bezoekers bij.')],
  ['another noun', body('De bibliotheek telde 46.500 bezoekers in 2022 en 52.000 in 2023. Tussen 2022 en 2023 kwamen er 800 leden bij.')],
  ['an inflow, not the net change', body('De vereniging had 4.000 leden in 2022 en 4.500 in 2024. Tussen 2022 en 2024 meldden zich 1.300 nieuwe leden aan.')],
  ['two levels for a year', body('In 2024 was voor de Wmo € 8,4 miljoen begroot, maar werkelijk gaven we in 2024 € 8,9 miljoen uit. In 2025 was het € 9,1 miljoen. Van 2024 op 2025 stegen de uitgaven met € 0,7 miljoen.')],
  ['sinds right', body('In 2020 had de gemeente 23 laadpalen; in 2025 zijn het er 71. Sinds 2020 zijn er 48 laadpalen bijgekomen.')],
  ['rounded with ruim', body('De bibliotheek telde 46.500 bezoekers in 2022 en 52.000 in 2023. Tussen 2022 en 2023 kwamen er ruim 5.000 bezoekers bij.')],
  ['a yearly average', body('De bibliotheek telde 41.000 bezoekers in 2021 en 52.000 in 2023. Tussen 2021 en 2023 kwamen er jaarlijks 5.500 bezoekers bij.')],
  ['a percentage change', body('Het aantal klachten daalde van 310 in 2024 naar 268 in 2025. Tussen 2024 en 2025 daalde het aantal klachten met 13,5 procent.')],
  ['table right', body('| Jaar | Meldingen |', '|---|---|', '| 2023 | 1.204 |', '| 2024 | 1.377 |', '', 'Tussen 2023 en 2024 nam het aantal meldingen toe met 173.')],
  ['a change within a year', body('Het aantal deelnemers groeide van 640 in januari 2024 naar 705 in december 2024. Tussen 2023 en 2024 kwamen er 90 deelnemers bij.')]
]

describeBattery(proseCalculation, defects, clean, 12)
