import { arithmeticSlip } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Re-read mend: counts of different nouns are no terms of one sum.
const defects: DefectWording[] = [
  ['a sum of counts of one noun', ['# Bezoek', '', 'In het voorjaar kwamen 2.315 bezoekers en in het najaar 1.240 bezoekers, in het hele jaar 3.655 bezoekers.'], '3.655'],
]
const clean: CleanWording[] = [
  ['counts of three nouns in one sentence', ['# Sporthal', '', 'Het sportpark heeft 1.340 leden, 280 vrijwilligers en 1.520 zitplaatsen.']],
  ['counts of three nouns in a list', ['# Wijk', '', 'In Oosterveld staan 2.460 woningen met 1.130 tuinen en 3.580 bomen.']],
  ['a count of another noun in the paragraph before', ['# Wijk', '', 'Er spelen 1.370 kinderen in de parken van de wijk.', '', 'De gemeente plant 420 bomen, zodat er straks 1.690 bomen zijn.']],
]
describeWordings(arithmeticSlip, defects, clean)

