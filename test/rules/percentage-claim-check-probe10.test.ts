import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 10 probe, written after the fixes of the battery in `-shapes10` and run once before any
// further change: fresh shares in other shapes, to see whether the mended gates carry over (8 of 8).
// Added after: `in dat jaar` with the whole paragraphs up, in the year the paragraph names.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['van alle with a wrapped line and Daarvan', body('Het jongerenwerk sprak in 2025 met 640 jongeren.', 'Daarvan zochten er 96 hulp bij schoolproblemen, bijna een kwart van alle jongeren.')],
  ['de totale bouw after waarvan', body('In 2026 starten we met 300 woningen, waarvan 60 voor starters: een derde van de totale bouw.')],
  ['a duration and a colon', body('Van de 900 meldingen werden er na 3 maanden 450 opgelost: ruim 60 procent.')],
  ['the part closes the sentence after dat zijn', body('Van de 2.000 inwoners die reageerden, vond 40 procent de wijk schoon, dat zijn 500 inwoners.')],
  ['emphasis on the share only', body('Van de 480 leerlingen fietsen er 120 naar school, **een derde**.')],
  ['een op de with van hen', body('We bereikten 750 ouderen. Van hen gebruikten er 150 de wijkbus, een op de vier.')],
  ['het hele gebied', body('Van de 1.200 hectare in het buitengebied is 180 hectare natuur, bijna een vijfde van het hele gebied.')],
  ['in dat jaar, the whole in an earlier paragraph', ['# Cijfers', '', 'Het aantal meldingen steeg van 500 in 2023 naar 800 in 2025. In 2024 waren het er 760.', '', 'In 2025 belden 2.000 inwoners de lijn. Daaruit kwamen 360 meldingen over afval: ruim 50 procent van alle meldingen in dat jaar.']],
  ['samen as connector', body('Van de 3.600 huishoudens in de wijk ontvangt 15 procent een toeslag, samen 720 huishoudens.')]
].map(([name, lines]) => [name, lines, ''] as DefectWording)

const clean: CleanWording[] = [
  ['van alle, right', body('Het jongerenwerk sprak in 2025 met 640 jongeren.', 'Daarvan zochten er 96 hulp bij schoolproblemen, 15 procent van alle jongeren.')],
  ['de totale bouw, right', body('In 2026 starten we met 300 woningen, waarvan 60 voor starters: een vijfde van de totale bouw.')],
  ['a duration, right', body('Van de 900 meldingen werden er na 3 maanden 450 opgelost: de helft.')],
  ['dat zijn, right', body('Van de 2.000 inwoners die reageerden, vond 25 procent de wijk schoon, dat zijn 500 inwoners.')],
  ['in dat jaar, right', ['# Cijfers', '', 'Het aantal meldingen steeg van 500 in 2023 naar 800 in 2025. In 2024 waren het er 760.', '', 'In 2025 belden 2.000 inwoners de lijn. Daaruit kwamen 360 meldingen over afval: bijna de helft van alle meldingen in dat jaar.']],
  ['van alle in the region', body('Daarvan kregen 120 gezinnen hulp. Dat is 4 procent van alle gezinnen in de regio.')],
  ['an amount closes the sentence', body('Van de 3.600 huishoudens ontvangt 15 procent een toeslag, gemiddeld 400 euro.')],
  ['a goal share beside a part', body('Van de 1.200 hectare is 180 hectare natuur; het doel is 25 procent in 2030.')],
  ['a second count closes the sentence', body('Van de 500 deelnemers is 30 procent jonger dan 25, van wie 40 student.')]
]

describeBattery(percentageClaimCheck, defects, clean, 9)
