import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A numbered list counts up to its highest written number: a list that skips a number (1–4,
// 6–8) still has an item 8 to refer to (the gap is numbering-sequence's), and nothing past it.
const list = ['# Uitgangspunten', '', 'We hanteren de volgende uitgangspunten:', '', '1. Elke kern houdt een school.', '2. Nieuwbouw boven 70% renovatiekosten.', '3. Scholen zijn aardgasvrij.', '4. We bouwen kindcentra.', '6. Normbedragen zijn de basis.', '7. Leegstand lossen we op.', '8. Besturen dragen bij.', '', '# Financiën', '']
const defects: DefectWording[] = [
  ['a reference past the highest written number', [...list, 'Zo is afgesproken in uitgangspunt 9.'], 'uitgangspunt 9'],
  ['a reference far past the list', [...list, 'Dit volgt uit uitgangspunt 12.'], 'uitgangspunt 12'],
  ['a reference past a list without gaps', ['# Uitgangspunten', '', '1. Een.', '2. Twee.', '3. Drie.', '', '# Financiën', '', 'Zie uitgangspunt 4.'], 'uitgangspunt 4']
]
const clean: CleanWording[] = [
  ['a reference to the last written number of a list with a gap', [...list, 'De bijdrage volgt uit uitgangspunt 8.']],
  ['a reference to a number after the gap', [...list, 'Medegebruik staat in uitgangspunt 7.']],
  ['a reference to the first item', [...list, 'Uitgangspunt 1 geldt voor elke kern.']]
]
describeWordings(xrefMissingTarget, defects, clean)
