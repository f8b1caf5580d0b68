import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends (mendB). Each wording fails on the code before its mend.
const defects: DefectWording[] = [
  // A count is read at its own place, not inside a year that holds its digits (`20` in `2020`).
  [
    'a part whose digits stand in a year before it (whole led in by bij)',
    ['# Muziekschool', '', 'In 2020 vielen 20 lessen uit; bij 80 lessen is dat 35 procent.'],
    '35 procent'
  ],
  // A part counted in words is read in any place of the sentence, and in three letters (`zes`).
  [
    'a part in words after the verb, of a narrowed whole counted earlier',
    ['# Vrijwilligers', '', 'Voor de zomer meldden zich 500 vrijwilligers aan.', '', 'Er haakten tweehonderd vrijwilligers af, 30% van alle vrijwilligers die zich voor de zomer aanmeldden.'],
    '30%'
  ],
  [
    'a part in a number word of three letters',
    ['# Competitie', '', 'Aan de competitie deden 10 teams mee.', '', 'Zes teams vielen af, 50% van alle teams die aan de competitie meededen.'],
    '50%'
  ],
  // Six words between a level's noun and `procent` are as near as six before `%`.
  [
    'levels in procent six words after their noun',
    ['# Deelname', '', 'De deelname van scholen lag in 2021 op 40 procent. De deelname van scholen lag in 2025 op 50 procent. De deelname groeide zo met een derde.'],
    'een derde'
  ],
  // `stijgt` is a verb of change as `steeg` is: with `met` it points back at the counts before, or over a year table.
  [
    'a change said with stijgt … met after two counts',
    ['# Club', '', 'In 2023 telde de hockeyclub 200 leden. In 2025 telde de hockeyclub 250 leden. Het aantal leden stijgt sindsdien met 40 procent.'],
    '40 procent'
  ],
  [
    'a change said with stijgt over a year table',
    ['# Club', '', '| Jaar | Leden |', '|---|---|', '| 2021 | 300 |', '| 2022 | 330 |', '| 2023 | 360 |', '', 'Sinds 2021 stijgt het aantal leden met 30 procent.'],
    '30 procent'
  ],
  // A noun that is a property name of a plain object (`constructor`) is still a noun: a compound ends in it.
  [
    'a led-in whole whose noun is constructor',
    ['# Bouw', '', 'Er viel 1 hoofdconstructor uit; bij 4 constructor is dat 50 procent.'],
    '50 procent'
  ]
]

const clean: CleanWording[] = [
  ['the same part of a led-in whole with the right share', ['# Muziekschool', '', 'In 2020 vielen 20 lessen uit; bij 80 lessen is dat 25 procent.']],
  // The part `30 km` is a measure, no count of paths: read at its own place, not inside `2030`.
  ['a part in a measure whose digits stand in a year before it', ['# Paden', '', 'In het bos liggen 50 paden.', '', 'Tot 2030 krijgen 30 km paden nieuw gravel, 40% van alle paden die in het bos liggen.']],
  ['a part in words after the verb with the right share', ['# Vrijwilligers', '', 'Voor de zomer meldden zich 500 vrijwilligers aan.', '', 'Er haakten tweehonderd vrijwilligers af, 40% van alle vrijwilligers die zich voor de zomer aanmeldden.']],
  ['a part in three letters with the right share', ['# Competitie', '', 'Aan de competitie deden 10 teams mee.', '', 'Zes teams vielen af, 60% van alle teams die aan de competitie meededen.']],
  // `5%-punt` is a change in points, no level: the levels stay 40% and 50%.
  ['a change in points between two levels', ['# Deelname', '', 'In 2021 was de deelname 40%. In 2023 steeg de deelname met 5%-punt. In 2025 was de deelname 50%. De deelname groeide zo met een kwart.']],
  ['a change said with stijgt after two counts, rightly', ['# Club', '', 'In 2023 telde de hockeyclub 200 leden. In 2025 telde de hockeyclub 250 leden. Het aantal leden stijgt sindsdien met 25 procent.']],
  ['a change said with stijgt over a year table, rightly', ['# Club', '', '| Jaar | Leden |', '|---|---|', '| 2021 | 300 |', '| 2022 | 330 |', '| 2023 | 360 |', '', 'Sinds 2021 stijgt het aantal leden met 20 procent.']],
  ['a led-in whole whose noun is constructor, rightly', ['# Bouw', '', 'Er viel 1 hoofdconstructor uit; bij 4 constructor is dat 25 procent.']]
]

describeWordings(percentageClaimCheck, defects, clean)
