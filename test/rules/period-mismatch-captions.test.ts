import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/**
 * The plan's period restated where the text is not prose: the heading or caption of a table of
 * the plan's own years, the heading of a chapter about the plan's years, a duration in words, a
 * list of the plan's years. The harness plan is "Uitvoeringsprogramma Samen Verder 2026-2029"
 * with `periode: 2026-2029`.
 */
const money = ['| Post | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Personeel | 120 | 120 | 125 | 125 |']
const defects: DefectWording[] = [
  ['a caption above the plan’s money table with other years', ['# Financiën', '', '*Tabel 4. Meerjarenraming 2025-2028 (x € 1.000)*', '', ...money], '2025-2028'],
  ['a caption below the plan’s money table with other years', ['# Financiën', '', ...money, '', 'Tabel 2: Kosten programma 2027–2030, bedragen x € 1.000'], '2027–2030'],
  ['a chapter heading with the plan’s planning in other years', ['# Planning 2027-2030', '', 'We starten met de wijken met de meeste meldingen.'], '2027-2030'],
  ['a section heading naming the multi-year plan of the programme', ['# Uitvoering', '', '## Meerjarenplanning 2025 – 2028', '', 'Per jaar pakken we twee wijken aan.'], '2025 – 2028'],
  ['the plan’s years listed one by one', ['# Inleiding', '', 'Dit uitvoeringsprogramma gaat over de jaren 2026, 2027 en 2028.'], '2026, 2027 en 2028'],
  ['a heading above a table of the plan’s years naming other years', ['# Financiën', '', '## Kosten per jaar 2025-2028', '', 'Alle bedragen x € 1.000.', '', ...money], '2025-2028'],
  ['a table whose year columns are one year off its caption', ['# Uitvoering', '', '*Tabel 2. Inzet per jaar 2026-2029*', '', '| Inzet | 2027 | 2028 | 2029 | 2030 |', '|---|---|---|---|---|', '| Wijkcoaches | 3 | 3 | 4 | 4 |'], '2027'],
  // Not read: the years as a list in a clause ("… beschrijft wat we in 2026, 2027 en 2028 doen").
  ['a duration in words that does not fit the period', ['# Inleiding', '', 'Dit uitvoeringsprogramma heeft een looptijd van vijf jaar.'], 'vijf jaar']
]

const clean: CleanWording[] = [
  ['a caption of a table of past years', ['# Opgave', '', '*Tabel 1. Meldingen 2021-2024*', '', '| Jaar | Meldingen |', '|---|---|', '| 2021 | 40 |', '| 2024 | 52 |']],
  ['a heading about the previous programme', ['# Terugblik', '', '## Resultaten 2022-2025', '', 'Het vorige programma liep af.']],
  ['a caption with the plan’s own years', ['# Financiën', '', '*Tabel 4. Meerjarenraming 2026-2029 (x € 1.000)*', '', ...money]],
  ['a heading of a longer vision the plan serves', ['# Kader', '', '## Omgevingsvisie 2040', '', 'De visie loopt tot 2040.']],
  ['the plan’s years listed one by one, all of them', ['# Inleiding', '', 'Dit uitvoeringsprogramma beschrijft wat we in 2026, 2027, 2028 en 2029 doen.']],
  ['a wrapped paragraph under a table naming the municipal budget years', ['# Overzicht', '', ...money, '', 'De lasten passen binnen de meerjarenbegroting 2025-2028; voor 2029 nemen we ze op bij', 'de voorjaarsnota.']],
  ['a heading over a table of past years', ['# Ontwikkeling', '', '## Meldingen 2021-2024', '', '| Soort | 2021 | 2022 | 2023 | 2024 |', '|---|---|---|---|---|', '| Overlast | 40 | 44 | 51 | 48 |']],
  ['a duration of a measure, not the plan', ['# Aanpak', '', 'De pilot heeft een looptijd van twee jaar.', '', 'Dit uitvoeringsprogramma heeft een looptijd van vier jaar.']]
]

describeWordings(periodMismatch, defects, clean)
