import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mends of today's share readers: a level whose digits also stand in a year before it, and a
// loose list (blank lines between its items) whose share of the total is of the whole list.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: DefectWording[] = [
  [
    'a change in points to an end level, after a level whose digits repeat the year',
    p('In 2021 had 21% van de scholen een moestuin. In 2025 steeg dat met 6 procentpunt tot 31%.'),
    '6 procentpunt'
  ]
]

const clean: CleanWording[] = [
  [
    'a list with a blank line between its items, whose item gives its share of the sum of all items',
    p(
      'De fietsen in de stallingen stonden bij:',
      '',
      '- de school: 120 fietsen;',
      '- de sporthal: 80 fietsen, 13% van het totaal;',
      '',
      '- het station: 300 fietsen;',
      '- de kerk: 100 fietsen.'
    )
  ]
]

describeWordings(percentageClaimCheck, defects, clean)
