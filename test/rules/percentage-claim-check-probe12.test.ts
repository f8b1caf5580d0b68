import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 12 probe, written after the fixes of the battery in `-gates12` and run once before any
// further change: fresh shares in other shapes, to see whether the mended gates carry over (6 of 6; two more on a change said as its difference were added with that reader, `share-differences`).

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['vermindering with a fraction', body('Het aantal uitkeringen liep terug van 900 naar 720, een vermindering van bijna een derde.'), 'bijna een derde'],
  ['daling met a fraction', body('De wachtlijst kromp van 240 naar 180 gezinnen, een daling met ruim een derde.'), 'ruim een derde'],
  ['niet eens een vijfde', body('Van de 75 verenigingen vroegen er 20 subsidie aan, niet eens een vijfde.'), 'een vijfde'],
  ['de mantelzorgers named again', body('Eind 2025 telde de gemeente 1.600 mantelzorgers. Van de mantelzorgers kreeg 480 een waardering, ruim 35 procent.'), '35 procent'],
  ['alle over a line break', body('Er namen 320 gezinnen deel aan het programma.', 'Van alle gezinnen maakten er 96 de cursus af, een kwart.'), 'een kwart'],
  ['a fall of a level the sentence before', body('Eind 2024 stonden 250 gezinnen op de wachtlijst. Een jaar later waren het er 50 minder, een daling van 25 procent.'), '25 procent'],
  ['a rise of a level the sentence before', body('Het zwembad trok in 2024 80.000 bezoekers. In 2025 lag dat aantal 12.000 hoger, een stijging van ruim 20 procent.'), '20 procent'],
  ['a doubling told as de helft', body('Het aantal deelnemers groeide van 50 naar 100, een toename van de helft.'), 'de helft']
]

const clean: CleanWording[] = [
  ['iets meer dan een kwart, right', body('Van de 500 meldingen werden er 130 binnen een week opgelost, iets meer dan een kwart.')],
  ['a fall in millions, right', body('De uitgaven daalden van 2,0 miljoen naar 1,5 miljoen euro, een afname van een kwart.')],
  ['no numbers', body('Van de leerlingen in groep 8 gaat de helft naar het vmbo.')],
  ['a whole of another year without a part', body('In 2025 waren er 400 deelnemers. Van de deelnemers uit 2024 stopte een kwart.')],
  ['a second fraction of the same whole', body('Van de 200 aanvragen werden er 150 toegekend, driekwart. Nog geen tiende werd afgewezen.')],
  ['the sentence before a difference itself', body('Bij de bibliotheek liep het aantal leners in 2024 met 300 terug. In 2025 lag het weer 900 hoger, een groei van 6 procent.')],
  ['a rise of a level, right', body('Het zwembad trok in 2024 80.000 bezoekers. In 2025 lag dat aantal 12.000 hoger, een stijging van 15 procent.')],
  ['two counts in the sentence before', body('In 2024 had de vereniging 400 leden en 30 vrijwilligers. In 2025 kwamen er 100 leden bij, een groei van 20 procent.')],
  ['another base after the share', body('In 2024 had de vereniging 400 leden. In 2025 kwamen er 100 bij, een groei van 20 procent ten opzichte van 2020.')],
  ['nog geen helft, right', body('Van de 90 scholen doen er 40 mee, nog geen helft.')]
]

describeBattery(percentageClaimCheck, defects, clean, 8)
