import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Helper hfar20: a share whose other number stands further away or in a form the part readers
// passed over. A part and whole in brackets joined by a bare `van` (`(€ 56.000 van € 142.000)`,
// no article); a part written as a number word (`Negen scholen …`) whose whole, of the same noun,
// was counted sentences before; a count said as `N keer` of a whole named by its noun (`van alle
// meldingen`) counted earlier in the section. Look-alikes: the same shapes right or rounded, a
// bracket with a change (`van … naar …`), a whole of another noun, a number word that is no part.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['a part and whole in brackets, no article, amounts', body('Bijna de helft van de subsidie (€ 31.000 van € 94.000) gaat naar de sportverenigingen.'), 'Bijna de helft'],
  ['a part and whole in brackets, no article, counts', body('Ruim de helft van de aanvragen (212 van 498) werd binnen acht weken afgehandeld.'), 'Ruim de helft'],
  ['a bracketed pair after the share, counts with a noun', body('In de wijk Noord woont ruim 40 procent van de jongeren (1.150 van 3.900 jongeren).'), 'ruim 40 procent'],
  ['a number-word part, the whole counted a sentence back', body('In 2026 keurden we 30 speeltoestellen. Negen speeltoestellen kregen een onvoldoende, bijna de helft.'), 'bijna de helft'],
  ['a number-word part, the whole a paragraph back', body('Het college ondersteunde vorig jaar 36 verenigingen.', '', 'Twaalf verenigingen vroegen daarnaast een jubileumsubsidie aan, een kwart.'), 'een kwart'],
  ['a count in `keer` of a whole named by its noun', body('In drie jaar waren er 40 ontruimingen. Een volledige evacuatie kwam 6 keer voor, ruim een kwart van alle ontruimingen.'), 'ruim een kwart']
]

const clean: CleanWording[] = [
  ['a bracketed pair right', body('Bijna een derde van de subsidie (€ 31.000 van € 94.000) gaat naar de sportverenigingen.')],
  ['a bracketed pair right, rounded', body('Ruim 40 procent van de aanvragen (212 van 498) werd binnen acht weken afgehandeld.')],
  ['a bracket with a change, not a part', body('De huur steeg met 12 procent (van 1.250 naar 1.400 euro).')],
  ['a bracketed pair of a rank, not a part', body('Het college noemt dit de helft van het werk (stap 3 van 6).')],
  ['a number-word part right', body('In 2026 keurden we 30 speeltoestellen. Tien speeltoestellen kregen een onvoldoende, een derde.')],
  ['a number-word part of another noun', body('In 2026 keurden we 30 speeltoestellen. Negen medewerkers deden de keuring, de helft van het team.')],
  ['a count in `keer` right', body('In drie jaar waren er 40 ontruimingen. Een volledige evacuatie kwam 4 keer voor, een tiende van alle ontruimingen.')],
  ['a count in `keer` of another whole', body('In drie jaar waren er 40 ontruimingen. Het alarm ging 30 keer af, ruim een kwart van alle meldingen.')]
]

// At start: 0 of 6 (written before the code changed); 6 of 6 after the bracket pair, number-word parts and counts of times.
describeBattery(percentageClaimCheck, defects, clean, 6)
