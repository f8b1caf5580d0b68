import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18: a mean in prose whose divisor is not a number beside it but a count word before the
// counted noun (`De vijf speeltuinen … samen …, gemiddeld … per speeltuin`), a named period
// (`In de periode 2020-2023 …, gemiddeld … per jaar`: four years, both ends counted), or a count
// and total standing in the sentence or paragraph before the mean. Look-alikes: the same means
// right, a divisor that counts something else, a total over more than the counted things.

const body = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines]

const defects: BatteryWording[] = [
  ['count word, samen, per singular', body('De vijf speeltuinen beslaan samen 4.350 vierkante meter, gemiddeld ruim 1.000 vierkante meter per speeltuin.'), '1.000'],
  ['possessive count word, in totaal', body('Onze drie zwembaden trokken vorig jaar in totaal 96.000 bezoekers, gemiddeld 38.000 per zwembad.'), '38.000'],
  ['mean before the total', body('Per bibliotheekvestiging kwamen gemiddeld 21.000 uitleningen binnen; de zes vestigingen haalden er samen 108.000.'), '21.000'],
  ['count in digits', body('De 12 wijkteams voerden samen 3.240 keukentafelgesprekken, gemiddeld 320 per wijkteam.'), '320'],
  ['named period, per jaar', body('In de periode 2020-2023 plantten we in totaal 2.800 bomen, gemiddeld zo\'n 800 per jaar.'), '800'],
  ['van … tot en met, per jaar', body('Van 2019 tot en met 2024 legden we 27 kilometer glasvezel aan, gemiddeld 6 kilometer per jaar.'), '6'],
  ['over de jaren, samen', body('Over de jaren 2022 tot en met 2025 verstrekten we samen 1.720 startersleningen, gemiddeld 520 per jaar.'), '520'],
  ['named period, amount in millions', body('In de periode 2023-2026 besteedden we in totaal € 2,4 miljoen aan onderhoud, gemiddeld € 800.000 per jaar.'), '800.000'],
  ['count and total in the sentence before', body('De gemeente telt zeven kinderboerderijen. Samen ontvingen zij in 2025 61.600 bezoekers, ofwel gemiddeld 11.000 per kinderboerderij.'), '11.000'],
  ['count and total in the paragraph before', body('Vier sporthallen staan in onze gemeente. In 2025 werden zij samen 9.680 uur verhuurd.', '', 'Per sporthal kwam de verhuur gemiddeld uit op 3.100 uur.'), '3.100'],
  ['list item', body('Het areaal in beheer:', '', '- de acht bruggen zijn samen 640 meter lang, gemiddeld 95 meter per brug;', '- de kademuren zijn 2,1 kilometer lang.'), '95'],
  ['in brackets', body('De negen dorpsscholen (samen 3.060 leerlingen, gemiddeld 390 leerlingen per school) krijgen een bijdrage voor het schoolplein.'), '390'],
  ['compound noun, head after per', body('Onze 15 parkeergarages hebben in totaal 4.500 plaatsen; gemiddeld zijn dat 240 plaatsen per garage.'), '240'],
  ['two, colon', body('Twee ambulancesteunpunten reden vorig jaar samen 5.200 ritten: gemiddeld 2.900 ritten per steunpunt.'), '2.900'],
  ['count word elf', body('Elf dorpen delen samen 330 laadpalen, gemiddeld 40 per dorp.'), '40'],
  ['a mean per year with decimals', body('Over 2021 tot en met 2024 kwam er 9,6 ton bij, gemiddeld 2,9 ton per jaar.'), '2,9'],
  ['a period total with its parts in brackets', body('In de periode 2019-2022 sloten we in totaal 164 contracten af (38 in 2019, 45 in 2020, 41 in 2021 en 40 in 2022), gemiddeld 47 per jaar.'), '47'],
  ['a plural with a voiced consonant', body('Onze vier clubhuizen ontvingen samen 2.000 leden, gemiddeld 600 per clubhuis.'), '600'],
  ['per jaar before the mean', body('In de periode 2019-2023 kwamen er 2.650 huurwoningen bij, per jaar gemiddeld ruim 640.'), '640'],
  ['a growth over a range, neither reading', body('Het aantal deelnemers aan de sportpas groeide in de periode 2020-2025 met 1.080, gemiddeld 140 per jaar.'), '140'],
  ['pooled by the noun again, mean in the next paragraph', body('Er zijn negen wijkcentra en twee dorpshuizen. In 2024 kwamen de wijkcentra samen op 27.000 activiteiten.', '', 'Per wijkcentrum waren dat er gemiddeld 3.600.'), '3.600']
]

const clean: CleanWording[] = [
  ['the mean per singular right', body('De vijf speeltuinen beslaan samen 4.350 vierkante meter, gemiddeld ruim 800 vierkante meter per speeltuin.')],
  ['a mean per another unit', body('De drie zwembaden trokken samen 96.000 bezoekers, gemiddeld 40 per openingsuur.')],
  ['a mean of a subset', body('De 12 wijkteams voerden samen 3.240 gesprekken; de vier teams in de stad gemiddeld 400 per wijkteam.')],
  ['the mean over a named period right', body('In de periode 2020-2023 plantten we in totaal 2.800 bomen, gemiddeld 700 per jaar.')],
  ['a period with no named end', body('Sinds 2019 legden we 27 kilometer glasvezel aan, gemiddeld 4,5 kilometer per jaar.')],
  ['a target over the plan period right', body('In de periode 2027-2030 willen we in totaal 2.000 woningen bouwen, gemiddeld 500 per jaar.')],
  ['the mean in the next sentence right', body('De gemeente telt zeven kinderboerderijen. Samen ontvingen zij in 2025 61.600 bezoekers, ofwel gemiddeld 8.800 per kinderboerderij.')],
  ['a total over more than the counted things', body('Vier sporthallen en twee gymzalen staan in onze gemeente. In 2025 werden zij samen 9.680 uur verhuurd.', '', 'Per sporthal kwam de verhuur gemiddeld uit op 2.000 uur.')],
  ['the largest, not a mean', body('De acht bruggen zijn samen 640 meter lang; de nieuwe brug bij de haven wordt 95 meter.')],
  ['a mean over the counted subset', body('Van de negen scholen hebben er vier samen 1.400 leerlingen, gemiddeld 350 per school.')],
  ['a share per thing', body('Onze 15 parkeergarages hebben in totaal 4.500 plaatsen; gemiddeld is 80 procent per garage bezet.')],
  ['the period after the mean, right', body('Wij besteden jaarlijks gemiddeld € 600.000 aan onderhoud, in de periode 2023-2026 samen € 2,4 miljoen.')],
  ['an about mean right', body('Elf dorpen delen samen 330 laadpalen, gemiddeld ongeveer 30 per dorp.')],
  ['the longest, not a mean', body('De vijf wandelpaden zijn samen 64 kilometer lang; het langste is 21 kilometer.')],
  ['per loop over both kinds of loops', body('De drie fietslussen en twee wandellussen zijn samen 95 kilometer lang, gemiddeld 19 kilometer per lus.')],
  ['a mean per year with decimals right', body('Over 2021 tot en met 2024 kwam er 9,6 ton bij, gemiddeld 2,4 ton per jaar.')],
  ['two totals over a period', body('In de periode 2019-2022 sloten we 164 huurcontracten en 24 koopcontracten af, gemiddeld 47 per jaar.')],
  ['a voiced plural right', body('Onze vier clubhuizen ontvingen samen 2.000 leden, gemiddeld 500 per clubhuis.')],
  ['per room over both kinds', body('De vier sporthallen en twee gymzalen werden samen 9.680 uur verhuurd, gemiddeld 1.600 uur per zaal.')],
  ['per jaar before the mean right', body('In de periode 2019-2023 kwamen er 2.650 huurwoningen bij, per jaar gemiddeld 530.')],
  ['a growth over a range counted in steps', body('Het aantal deelnemers aan de sportpas groeide in de periode 2020-2025 met 1.080, gemiddeld 216 per jaar.')],
  ['a growth over a range counted in years', body('Het aantal deelnemers aan de sportpas groeide in de periode 2020-2025 met 1.080, gemiddeld 180 per jaar.')],
  ['a mean of the best few', body('De acht teams haalden samen 1.200 punten; de beste vier gemiddeld 200 per team.')],
  ['pooled over both kinds, mean in the next paragraph', body('Er zijn negen wijkcentra en twee dorpshuizen. In 2024 kwamen zij samen op 27.000 activiteiten.', '', 'Per wijkcentrum waren dat er gemiddeld 2.500.')]
]

describeBattery(proseCalculation, defects, clean, 21)
