import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hchange18 (now): a change from a level of a past year, given in the sentence, to the level of
// now (`In 2022 waren het er 3.900; nu zijn dat er 1.120 meer.`), whose current level the text
// states elsewhere, tied to no year (a sentence, a total row of a table counting that noun).
// hchange18 (verbs): a change between two named years whose verb wraps its size (`nam het aantal
// met 13 toe`, `liep de wachttijd met 9 weken op`), levels of the years elsewhere.
// Look-alikes: the change right (also rounded), another quantity than the level's, a level of
// another year than now, a part of the whole, a change over more years, another counted subject,
// a percentage or points.

const body = (...lines: string[]): string[] => ['# Ontwikkeling', '', ...lines]
const volunteers = ['| Team | Vrijwilligers |', '|---|---:|', '| Noord | 210 |', '| Zuid | 185 |', '| Totaal | 395 |', '']
const reports = ['Het aantal meldingen per jaar:', '', '- 2022: 455;', '- 2023: 410;', '- 2024: 372;', '- 2025: 361.', '']

const defects: BatteryWording[] = [
  ['nu … meer, current level a paragraph up', body('Op dit moment hebben 4.820 inwoners een account bij het digitale loket.', '', 'In 2022 hadden 3.900 inwoners een account; nu zijn dat er 1.120 meer.'), '920'],
  ['inmiddels, current level a table total', body(...volunteers, 'Begin 2023 telden we 330 vrijwilligers; inmiddels zijn dat er 75 meer.'), '65'],
  ['nu … minder', body('De gemeente beheert 41 laadpleinen.', '', 'Eind 2021 waren er nog 52 laadpleinen; dat zijn er nu 14 minder.'), '11'],
  ['current level after the change', body('In 2020 hadden 1.150 huishoudens een abonnement op de groenbak; vandaag zijn dat er 260 meer. Momenteel hebben 1.470 huishoudens zo’n abonnement.'), '320'],
  ['bijgekomen since a year', body('Het wijkteam telt 23 medewerkers.', '', 'In 2019 werkten er 17 medewerkers; inmiddels zijn er 8 medewerkers bijgekomen.'), '6'],
  ['nam … met … af, years in a list', body(...reports, 'Tussen 2023 en 2024 nam het aantal meldingen met 48 af.'), '38'],
  ['namen … met … toe, euros in prose', body('In 2022 gaven we € 180.000 uit aan leerlingenvervoer en in 2023 € 235.000.', 'Van 2022 op 2023 namen de uitgaven met € 45.000 toe.'), '55.000'],
  ['nam … toe, levels in year rows', body('| Jaar | Leerlingen op de wachtlijst |', '|---|---:|', '| 2021 | 64 |', '| 2022 | 81 |', '', 'Het aantal leerlingen op de wachtlijst nam tussen 2021 en 2022 met 21 toe.'), '17'],
  ['ten opzichte van, nam … af', body('In 2024 werden 312 inbraken gemeld. In 2025 waren het er 257.', 'In 2025 nam het aantal inbraken ten opzichte van 2024 met 65 af.'), '55'],
  ['liep … op', body('De wachttijd was 14 weken in 2023 en 21 weken in 2025.', 'Tussen 2023 en 2025 liep de wachttijd met 9 weken op.'), '7']
]

const clean: CleanWording[] = [
  ['now right', body('Met 2.310 deelnemers is de regeling goed bezet.', '', 'In 2023 waren er nog 2.010 deelnemers; dat zijn er nu 300 meer.')],
  ['now rounded', body('Met 2.310 deelnemers is de regeling goed bezet.', '', 'In 2023 waren er nog 2.000 deelnemers; dat zijn er nu ruim 300 meer.')],
  ['now, another quantity', body('Het portaal heeft 360 gebruikers en verwerkt 1.400 aanvragen.', '', 'In 2024 waren er nog 210 gebruikers; nu zijn er 170 aanvragen meer.')],
  ['now, a level of another year', body('In 2025 waren er 330 gebruikers.', '', 'In 2024 waren er nog 210 gebruikers; dat zijn er nu 150 meer.')],
  ['now, a part of the whole', body('De afdeling Sociaal Domein heeft 290 gebruikers.', '', 'In 2024 waren er in totaal nog 210 gebruikers; dat zijn er nu 150 meer.')],
  ['now, two current levels', body('Het portaal heeft 360 gebruikers.', 'Van de 380 gebruikers van het archief is de helft extern.', '', 'In 2024 waren er nog 210 gebruikers; nu zijn dat er 170 meer.')],
  ['now, points', body('Op dit moment heeft 64 procent van de huishoudens een account.', '', 'In 2022 had 58 procent van de huishoudens een account; nu zijn dat 6 procentpunten meer.')],
  ['nam … af right', body(...reports, 'Tussen 2023 en 2024 nam het aantal meldingen met 38 af.')],
  ['nam … af over more years', body(...reports, 'Tussen 2022 en 2025 nam het aantal meldingen met 94 af.')],
  ['nam … af rounded', body(...reports, 'Tussen 2023 en 2024 nam het aantal meldingen met bijna 40 af.')],
  ['nam … af in percent', body(...reports, 'Tussen 2023 en 2024 nam het aantal meldingen met 9 procent af.')],
  ['nam … toe, another counted subject', body(...reports, 'Tussen 2023 en 2024 nam het aantal behandelaars met 30 toe.')]
]

describeBattery(proseCalculation, defects, clean, 10)
