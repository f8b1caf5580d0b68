import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: a change stated by a comparative of the measure (`vier weken korter`, `€ 300 lager`,
// `drie dagen eerder`) instead of `meer` or `minder`. Look-alikes: the same changes right, and a
// comparison with `dan`.

const body = (line: string): string[] => ['# Aanpak', '', line]

const defects: DefectWording[] = [
  ['a wait made shorter', body('We verlagen de wachttijd van 14 naar 9 weken: vier weken korter.'), '4'],
  ['a price made lower', body('Het tarief gaat van € 1.450 naar € 1.250 per jaar, € 300 lager dan nu.'), '300'],
  ['a decision taken earlier', body('De beschikking volgt voortaan na 10 in plaats van 16 werkdagen, zeven werkdagen eerder.'), '7']
]

const clean: CleanWording[] = [
  ['the wait shorter by the right amount', body('We verlagen de wachttijd van 14 naar 9 weken: vijf weken korter.')],
  ['the price lower by the right amount', body('Het tarief gaat van € 1.450 naar € 1.250 per jaar, € 200 lager dan nu.')],
  ['a comparison with dan', body('De wachttijd is 9 weken, twee weken korter dan het landelijke gemiddelde van 11 weken.')]
]

describeWordings(proseCalculation, defects, clean)
