import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave hfar20 battery: a change of one column of a table whose rows are years, said in prose as the
// amount it grew or fell by: between two years the sentence names, or `in dezelfde periode` after a
// sentence that names them. The column is named by a word of its header (also inflected:
// `vrijstaande` for `Vrijstaand`). The right ones: the gap right, another column's gap right, a
// figure far from any gap (another quantity), and a sentence naming one year only.

const prices = ['| Jaar | Vrijstaand | Twee-onder-een-kap | Rijwoning |', '|---|---|---|---|', '| 2022 | € 410 | € 372 | € 330 |', '| 2024 | € 446 | € 401 | € 352 |', '| 2026 | € 489 | € 433 | € 371 |', '']
const visits = ['| Jaar | Zwembad | Bibliotheek |', '|---|---|---|', '| 2021 | 84.200 | 61.500 |', '| 2023 | 91.800 | 58.900 |', '| 2025 | 97.300 | 55.400 |', '']

const wrong: WrongCalculation[] = [
  ['two named years, an inflected header word', [...prices, 'Tussen 2022 en 2026 steeg de grondprijs voor vrijstaande kavels met € 97 per m².'], '97'],
  ['the same span as the sentence before', [...prices, 'Tussen 2022 en 2026 steeg de prijs voor twee-onder-een-kap met € 61 per m². Rijwoningen namen in dezelfde periode met € 44 per m² toe.'], '44'],
  ['a fall between two years, counts', [...visits, 'Het aantal bezoeken aan de bibliotheek nam tussen 2021 en 2025 af met 6.900.'], '6.900'],
  ['a growth said with years in the verb phrase', [...visits, 'Het zwembad groeide van 2021 tot 2025 met 12.100 bezoeken.'], '12.100']
]

/** Right ones and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['the gap right', [...prices, 'Tussen 2022 en 2026 steeg de grondprijs voor vrijstaande kavels met € 79 per m².']],
  ['the same span, right', [...prices, 'Tussen 2022 en 2026 steeg de prijs voor twee-onder-een-kap met € 61 per m². Rijwoningen namen in dezelfde periode met € 41 per m² toe.']],
  ['a figure far from the gap', [...visits, 'Het zwembad groeide tussen 2021 en 2025 met 300 abonnementen.']],
  ['one year named only', [...visits, 'De bibliotheek nam in 2025 af met 3.500 bezoeken.']]
]

/** How many wrong ones the code must catch: 0 of 4 at start, 4 of 4 with year-row-changes. */
const mustCatch = 4

describeCalculationBattery('changes of a column of a table with a row per year (hfar20)', wrong, right, mustCatch)
