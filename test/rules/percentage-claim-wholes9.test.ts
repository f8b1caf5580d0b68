import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: the whole of a share with words of estimate or size before it (`van de naar schatting
// 2.100`, `van de ongeveer 900`, `van de bijna 400`). Look-alikes: the same shares right.

const body = (line: string): string[] => ['# Bereik', '', line]

const defects: DefectWording[] = [
  ['a whole by estimate', body('We bereikten 1.240 van de naar schatting 2.100 kinderen in armoede: 65 procent.'), '`65 procent`'],
  ['a whole with ongeveer', body('Van de ongeveer 900 aanvragen werden er 180 afgewezen, een kwart.'), '`een kwart`'],
  ['a whole with bijna, the share first', body('Ruim 30 procent van de deelnemers, 96 van de bijna 400, vond werk.'), '`Ruim 30 procent`']
]

const clean: CleanWording[] = [
  ['the whole by estimate, the share right', body('We bereikten 1.240 van de naar schatting 2.100 kinderen in armoede: 59 procent.')],
  ['a whole with ongeveer, a fifth', body('Van de ongeveer 900 aanvragen werden er 180 afgewezen, een vijfde.')],
  ['a whole with bijna, about a quarter', body('Bijna een kwart van de deelnemers, 96 van de bijna 400, vond werk.')]
]

describeWordings(percentageClaimCheck, defects, clean)
