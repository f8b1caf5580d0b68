import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: a rate whose period opens the clause (`Elke maand komen er 30 bij`, `Iedere week
// bezoeken 45 inwoners`) restated per year (`op jaarbasis`), as `per maand` after the number is.
// Look-alikes: the same rates restated right.

const body = (line: string): string[] => ['# Bereik', '', line]

const defects: DefectWording[] = [
  ['a monthly rate opened by elke', body("Elke maand komen er ongeveer 30 nieuwe aanmeldingen bij; op jaarbasis zijn dat er zo'n 480."), '480'],
  ['a weekly rate opened by iedere', body('Iedere week bezoeken 45 inwoners het inloopspreekuur, op jaarbasis dus 2.700 bezoeken.'), '2.700'],
  ['a quarterly rate opened by elk', body('Elk kwartaal sluiten we 12 trajecten af, op jaarbasis 60 trajecten.'), '60']
]

const clean: CleanWording[] = [
  ['the monthly rate right', body("Elke maand komen er ongeveer 30 nieuwe aanmeldingen bij; op jaarbasis zijn dat er zo'n 360.")],
  ['the weekly rate right', body('Iedere week bezoeken 45 inwoners het inloopspreekuur, op jaarbasis dus 2.340 bezoeken.')],
  ['the quarterly rate right', body('Elk kwartaal sluiten we 12 trajecten af, op jaarbasis 48 trajecten.')]
]

describeWordings(proseCalculation, defects, clean)
