import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hclean19, a growth against a year whose level stands further up the section, read as the base-year changes
// read a year's level (`yearLevels`): the level may be a list item or aside of the year (`- 2024: € 60`,
// `(2021: 800 bezoekers)`), one clause of a sentence with more years, or a rate such as a tariff per unit.
// Look-alikes: the same shapes right (also rounded), a year with two levels of its kind, a level of another
// noun, a part before its whole (`800 van de 900`), and a change in the year instead of its level.
// Start code (the nearest sentence naming only that year, with other readers): 5 of 7 caught, not the clauses of a
// sentence with two years; after: 7 of 7, all look-alikes quiet.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['level in a list item of the year', body('De tarieven per jaar:', '', '- 2024: € 60;', '- 2025: € 66.', '', 'Het college houdt de tarieven tegen het licht.', '', 'Voor 2027 wordt het € 75, 20 procent meer dan in 2024.'), '20 procent'],
  ['level in one clause of a sentence with two years', body('Het aantal leden liep op van 1.200 in 2022 tot 1.350 in 2023.', '', 'De vereniging werft actief.', '', 'In 2025 telt de vereniging 1.500 leden, 40 procent meer dan in 2022.'), '40 procent'],
  ['a tariff per unit as the level', body('Het tarief voor een parkeervergunning was in 2023 € 120 per jaar.', '', 'Bewoners vroegen om meer plekken.', '', 'In 2026 betalen bewoners € 150, ruim 30 procent meer dan in 2023.'), '30 procent'],
  ['level in an aside of the year', body('De opkomst bij de open dag steeg fors (2021: 800 bezoekers).', '', 'Ook dit jaar kwamen er veel mensen.', '', 'In 2025 waren het 1.100 bezoekers, 45 procent meer dan in 2021.'), '45 procent'],
  ['level in an aside beside another year', body('De opkomst groeide gestaag (2021: 800; 2023: 950).', '', 'Ook dit jaar kwamen er veel mensen.', '', 'In 2025 waren het 1.100 bezoekers, 45 procent meer dan in 2021.'), '45 procent'],
  ['level in the first clause of two, counts without noun', body('In 2021 had de wijk 14 speelplekken, in 2023 waren het er 16.', '', 'Er is vraag naar meer.', '', 'In 2026 zijn het er 21, 75 procent meer dan in 2021.'), '75 procent'],
  ['level of a year named by its level, noun after the count', body('Bij de start in 2020 had de bibliotheek 3.000 pashouders.', '', 'Sindsdien is het aanbod verbreed.', '', 'Met 3.900 pashouders in 2025 zitten we 20 procent boven het niveau van 2020.'), '20 procent']
]

const clean: CleanWording[] = [
  ['level in a list item of the year, right', body('De tarieven per jaar:', '', '- 2024: € 60;', '- 2025: € 66.', '', 'Het college houdt de tarieven tegen het licht.', '', 'Voor 2027 wordt het € 75, 25 procent meer dan in 2024.')],
  ['a year with two levels of its kind', body('In 2024 kostte een rit € 3,00.', '', 'Voor 2024 gold in het weekend € 4,00.', '', 'In 2026 wordt het € 3,60, 10 procent meer dan in 2024.')],
  ['a level of another noun', body('In 2022 telde de club 400 leden.', '', 'Het bestuur zocht hulp.', '', 'In 2025 waren er 520 vrijwilligers, 10 procent meer dan in 2022.')],
  ['a rounded growth', body('In 2023 had de pool 2.340 leden.', '', 'Het bestuur wil verder groeien.', '', 'In 2025 zijn het er 2.800, bijna 20 procent meer dan in 2023.')],
  ['a part before its whole in the year', body('In 2024 kwamen 800 van de 900 aanvragen binnen.', '', 'De behandeltijd bleef gelijk.', '', 'In 2026 kwamen 1.000 aanvragen binnen, 11 procent meer dan in 2024.')],
  ['a change in the year, not its level', body('In 2022 groeide het ledental met 300.', '', 'Het bestuur is tevreden.', '', 'In 2025 telt de vereniging 1.500 leden, 25 procent meer dan in 2022.')]
]

describeBattery(percentageClaimCheck, defects, clean, 7)
