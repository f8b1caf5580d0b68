import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A part and its whole joined by `op een totaal van` (or `van een totaal van`), and a part in a
// unit written with its power as a digit (`m2`, `km2`): the share reader knew only `van de`,
// `op de` and `uit`, and unit words of letters.
const p = (line: string): string[] => ['# Inleiding', '', line]

const defects: DefectWording[] = [
  ['op een totaal van with a count', p('In 2025 haakten 96 cursisten af op een totaal van 1.480, ruim 8 procent.'), '96 van 1.480'],
  ['van een totaal van in a later clause', p('Er vielen 48 bomen om, van een totaal van 1.900 bomen in het park; dat is ruim 4 procent.'), '48 van 1.900'],
  ['a part in m2 of a whole in m2', p('Van het schoolgebouw staat 640 m2 van de 4.100 m2 leeg, ruim 20 procent.'), '640 van 4.100'],
  ['op een totaal van in m²', p('Het gaat om 1.260 m² op een totaal van 18.900 m², ongeveer 9 procent.'), '1.260 van 18.900']
]

const clean: CleanWording[] = [
  ['op een totaal van that holds', p('In 2025 haakten 96 cursisten af op een totaal van 1.480, ruim 6 procent.')],
  ['a part in m2 that holds', p('Van het schoolgebouw staat 640 m2 van de 4.100 m2 leeg, ruim 15 procent.')],
  ['op een totaal van m² that holds', p('Het gaat om 1.260 m² op een totaal van 18.900 m², ongeveer 7 procent.')],
  ['a total of another thing', p('Er kwamen 96 aanmeldingen op een totaal van € 1.480 aan subsidie; 30 procent van de aanvragers woont in Noord.')],
  ['a share of the part itself', p('Er vielen 48 bomen om, op een totaal van 1.900; 75 procent van de omgevallen bomen was een populier.')]
]

describeWordings(percentageClaimCheck, defects, clean)
