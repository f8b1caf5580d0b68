import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Helper hfar20: a growth said as a percentage of an amount its own sentence adds, whose level stands
// earlier in the section (in prose or in a table's total row under a column naming the unit). The
// sentence names no level, so any earlier level of that unit that gives the percentage makes it hold.
// Look-alikes: the growth right (rounded), right for another earlier level of the unit, a level of
// another unit only, and an added amount with no growth verb.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['added kilometres, the length a paragraph back', body('Het wandelnetwerk van de gemeente is 86 kilometer lang.', '', 'Met de 6 nieuwe kilometer erbij groeit het netwerk met ruim 10 procent.'), 'ruim 10 procent'],
  ['extra places, the capacity two sentences back', body('De opvang telt nu 320 plaatsen. Er is een wachtlijst.', '', 'Door de 40 extra plaatsen stijgt de capaciteit met een kwart.'), 'een kwart'],
  ['new homes, the stock in a table total', body('| Kern | Woningen |', '|---|---|', '| Noord | 2.400 |', '| Zuid | 1.600 |', '| Totaal | 4.000 |', '', 'Met de nieuwe 560 woningen neemt de voorraad toe met bijna 20 procent.'), 'bijna 20 procent'],
  ['new hectares, the area in prose', body('Het bos beslaat 48 hectare.', '', 'Met de nieuwe 9 hectare groeit het bos met ruim een kwart.'), 'ruim een kwart']
]

const clean: CleanWording[] = [
  ['added kilometres right', body('Het wandelnetwerk van de gemeente is 86 kilometer lang.', '', 'Met de 6 nieuwe kilometer erbij groeit het netwerk met 7 procent.')],
  ['right for another earlier level of the unit', body('Het netwerk telt 120 kilometer, waarvan 40 kilometer in het buitengebied.', '', 'Met de nieuwe 10 kilometer groeit het buitengebied met een kwart.')],
  ['a level of another unit only', body('De opvang heeft 12 groepen.', '', 'Door de 40 extra plaatsen stijgt de capaciteit met een kwart.')],
  ['an added amount without a growth verb', body('De opvang telt nu 320 plaatsen.', '', 'De 40 extra plaatsen kosten ruim 10 procent van het budget.')]
]

// At start: 1 of 4 (the table total was read); 4 of 4 with share-added-levels.
describeBattery(percentageClaimCheck, defects, clean, 4)
