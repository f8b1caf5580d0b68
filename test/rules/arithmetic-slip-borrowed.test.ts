import { arithmeticSlip } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A result stated in a sentence that points back (`Daarmee`, `Dat geeft`, `Er resteert dan`) to
// the numbers of the one or two sentences before it in the paragraph; a share in words or a
// percentage applied to an amount; a division by a count. Fresh wordings; the clean ones hold, or
// round a percentage within its last digit.
const defects: DefectWording[] = [
  ['a product over two sentences', ['# Kosten', '', 'De wijkteams begeleiden 36 gezinnen. Per gezin rekenen we € 2.450.', 'Dat geeft een jaarbedrag van € 98.200.'], '€ 98.200'],
  ['a rest two sentences on', ['# Budget', '', 'Het budget voor buurtinitiatieven is € 180.000. Tot de zomer kenden we € 64.000 toe.', 'Er resteert dan € 126.000 voor het najaar.'], '€ 126.000'],
  ['a share in words of the amount before', ['# Verdeling', '', 'Het fonds heeft € 2,4 miljoen te besteden.', 'Een derde daarvan, € 900.000, gaat naar de dorpen.'], '€ 900.000'],
  ['an index applied to an amount', ['# Index', '', 'Met een indexatie van 3 procent groeit het budget van € 800.000 naar € 834.000.'], '€ 834.000'],
]
const clean: CleanWording[] = [
  ['a product over two sentences that holds', ['# Kosten', '', 'De wijkteams begeleiden 36 gezinnen. Per gezin rekenen we € 2.450.', 'Dat geeft een jaarbedrag van € 88.200.']],
  ['a rounded percentage of a count', ['# Afval', '', 'Van de 22.200 huishoudens scheidt 63% het gft, dat zijn 13.985 huishoudens.']],
  ['a result sentence about another amount', ['# Budget', '', 'Het budget voor buurtinitiatieven is € 180.000. Tot de zomer kenden we € 64.000 toe.', 'Daarnaast is er € 216.000 voor de speeltuinen.']],
  ['a new paragraph starts anew', ['# Kosten', '', 'De wijkteams begeleiden 36 gezinnen. Per gezin rekenen we € 2.450.', '', 'Dat geeft ruimte; de jeugdzorg kost € 98.200 aan coördinatie.']],
  ['an index that holds', ['# Index', '', 'Met een indexatie van 2,5 procent groeit het budget van € 1.200.000 naar € 1.230.000.']]
]
describeWordings(arithmeticSlip, defects, clean)
