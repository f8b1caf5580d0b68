import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct12, written before reading the rule: a change named back by its noun (`Die
// toename`, `Deze daling`, `De groei`) with its percentage, where the change itself stands in
// the paragraph before, or earlier in the paragraph with other numbers between. The look-alikes:
// the same forms with a fitting percentage, a share after the noun that is no restatement of it
// (a further growth, a rate per year, points), a change behind a heading, and two changes the
// noun could name.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

// Second shape: a share names its whole by a noun (`van de leerlingen`) and sets its count off after it
// (`, 2.600 kinderen,`); the whole is the total of a table column with that noun, or a count earlier in the text.
const scholen = ['| Buurt | Leerlingen | Scholen |', '|---|---|---|', '| Noord | 2.100 | 4 |', '| Zuid | 3.400 | 6 |', '| Oost | 1.500 | 3 |', '| Totaal | 7.000 | 13 |', '']
const tuinen = ['| Complex | Woningen | Met tuin |', '|---|---|---|', '| Parkzicht | 420 | 130 |', '| Havenkade | 610 | 90 |', '| Totaal | 1.030 | 220 |', '']

const defects: BatteryWording[] = [
  ['apposed count, table total', p(...scholen, 'Ruim de helft van de leerlingen, 2.600 kinderen, gaat naar school in Noord of Oost.'), 'Ruim de helft'],
  ['apposed count in brackets, percent', p(...scholen, 'Daarmee zit 60 procent van de leerlingen (3.600 kinderen) in het zuiden en oosten.'), '60 procent'],
  ['apposed count, paragraph between', p(...tuinen, 'Niet elk complex heeft tuinen.', '', 'Bijna een derde van de woningen, 220 huizen, heeft een eigen tuin.'), 'Bijna een derde'],
  ['apposed count, earlier count', p('De gemeente telt 5.400 huishoudens.', '', 'Een kwart van de huishoudens, ruim 900 gezinnen, heeft geen auto.'), 'Een kwart'],

  ['paragraph break, up', p('Het aantal leden steeg van 320 in 2021 naar 410 in 2025.', '', 'Deze toename van bijna 40 procent komt vooral door de jeugdteams.'), 'bijna 40 procent'],
  ['number between, same paragraph', p('Op de markt stonden in 2026 gemiddeld 180 kramen, 40 meer dan in 2020 (140). Daarvan verkochten er 60 groente. Die groei, een stijging van ruim 40 procent, komt door de zaterdagmarkt.'), 'ruim 40 procent'],
  ['paragraph break, down', p('Het waterverbruik van de sporthal daalde van 5.200 kuub in 2022 naar 4.700 kuub in 2025.', '', 'Die daling van ongeveer 20 procent danken we aan de nieuwe douchekoppen.'), 'ongeveer 20 procent'],
  ['fraction in words', p('De bibliotheek leende in 2025 84.000 boeken uit, 12.000 meer dan in 2021 (72.000).', '', 'Deze groei, bijna een kwart, zit vooral bij de jeugdboeken.'), 'bijna een kwart'],
  ['sentence between with a number', p('Het aantal meldingen over zwerfvuil liep terug van 1.150 naar 980. Dat kwam vooral door de nieuwe app, die 420 keer werd gedownload. De afname van ruim 25 procent willen we vasthouden.'), 'ruim 25 procent'],
  ['brackets', p('Het busvervoer groeide tussen 2019 en 2025 van 410 naar 520 ritten per dag.', '', 'Die stijging (ruim 35 procent) vraagt om een extra lijn.'), 'ruim 35 procent'],
  ['tegen, paragraph break', p('We haalden in 2025 1.900 ton gft op, tegen 1.600 ton in 2022.', '', 'De groei van zo\'n 30 procent komt door de nieuwe containers.'), '30 procent'],
  ['krimp, part between', p('De wachtlijst kromp van 260 naar 190 gezinnen. Van die 190 wachten er 45 langer dan een jaar. Die krimp van bijna 20 procent is nog niet genoeg.'), 'bijna 20 procent'],
  ['more than in words', p('Er staan nu 75 laadpalen in de gemeente, 30 meer dan twee jaar geleden.', '', 'Deze toename van 30 procent is nodig voor de elektrische deelauto\'s.'), '30 procent'],
  ['euro millions', p('De uitgaven aan leerlingenvervoer namen toe van € 8,4 miljoen naar € 9,1 miljoen.', '', 'Die stijging van ruim 12 procent vangen we op binnen het programma.'), 'ruim 12 procent'],
  ['digits and percent sign', p('Het aantal bezoekers van het zwembad ging van 61.000 in 2023 naar 70.000 in 2025.', '', 'Die groei, 25%, komt vooral door het recreatiebad.'), '25%'],
  ['afname after list sentence', p('Het energieverbruik van de gemeentelijke gebouwen liep van 3.600 MWh terug naar 3.100 MWh. In 2025 plaatsten we 14 warmtepompen en 2.300 zonnepanelen.', '', 'De afname, bijna 20 procent, willen we in 2028 verdubbelen.'), 'bijna 20 procent'],
  ['level and difference, same sentence', p('De muziekschool telt nu 412 leerlingen, 37 meer dan in 2021, een groei van ruim 15 procent.'), 'ruim 15 procent'],
  ['level and difference, fewer', p('Het asiel ving vorig jaar 150 katten op, 50 minder dan in 2022 (200). Dat is een daling van een derde.'), 'een derde'],
  ['dat verschil', p('In 2022 telden we 540 deelnemers aan de beweegweek, in 2025 waren het er 690.', '', 'Deze toename van ongeveer 40 procent danken we aan de scholen.'), 'ongeveer 40 procent']
]

const clean: CleanWording[] = [
  ['apposed count fits table total', p(...scholen, 'Ruim een derde van de leerlingen, 2.600 kinderen, gaat naar school in Noord of Oost.')],
  ['apposed count fits earlier count', p('De gemeente telt 5.400 huishoudens.', '', 'Een zesde van de huishoudens, ruim 900 gezinnen, heeft geen auto.')],
  ['apposed count of another column', p(...tuinen, 'Zo\'n 60 procent van de woningen, 610 huizen, staat aan de Havenkade.')],
  ['no table of the noun', p(...scholen, 'Bijna de helft van de ouders, 900 mensen, vulde de enquête in.')],

  ['fitting, paragraph break', p('Het aantal leden steeg van 320 in 2021 naar 410 in 2025.', '', 'Deze toename van 28 procent komt vooral door de jeugdteams.')],
  ['fitting, number between', p('Op de markt stonden in 2026 gemiddeld 180 kramen, 40 meer dan in 2020 (140). Daarvan verkochten er 60 groente. Die groei, een stijging van bijna 30 procent, komt door de zaterdagmarkt.')],
  ['fitting, down', p('Het waterverbruik van de sporthal daalde van 5.200 kuub in 2022 naar 4.700 kuub in 2025.', '', 'Die daling van bijna 10 procent danken we aan de nieuwe douchekoppen.')],
  ['fitting, words', p('De bibliotheek leende in 2025 84.000 boeken uit, 12.000 meer dan in 2021 (72.000).', '', 'Deze groei, een zesde, zit vooral bij de jeugdboeken.')],
  ['further growth', p('Het aantal leden steeg van 320 in 2021 naar 410 in 2025.', '', 'Die groei zet door: we verwachten tot 2030 nog eens 15 procent erbij.')],
  ['rate per year', p('Het busvervoer groeide tussen 2019 en 2025 van 410 naar 520 ritten per dag.', '', 'Die groei van ruim 4 procent per jaar vraagt om een extra lijn.')],
  ['points', p('Het aandeel fietsers steeg van 40% naar 46%.', '', 'Die stijging van 6 procentpunt komt door de snelfietsroute.')],
  ['behind a heading', p('Het aantal leden steeg van 320 in 2021 naar 410 in 2025.', '', '## Doelen', '', 'Deze toename van 10 procent willen we in 2030 halen.')],
  ['two changes up', p('Het aantal leden steeg van 320 naar 410 en het aantal vrijwilligers van 50 naar 80.', '', 'Die groei van 60 procent komt vooral door de jeugdteams.')],
  ['noun names no change', p('Het aantal leden steeg van 320 in 2021 naar 410 in 2025.', '', 'Die groep, 30 procent van alle jongeren in het dorp, sport vooral buiten.')],
  ['down named up', p('Het waterverbruik van de sporthal daalde van 5.200 kuub in 2022 naar 4.700 kuub in 2025.', '', 'Een toename van 20 procent verwachten we als het nieuwe bad opengaat.')],
  ['level and difference, fitting', p('De muziekschool telt nu 412 leerlingen, 37 meer dan in 2021, een groei van bijna 10 procent.')],
  ['level and difference, fewer, fitting', p('Het asiel ving vorig jaar 150 katten op, 50 minder dan in 2022 (200). Dat is een daling van een kwart.')],
  ['difference is a share of the level', p('Er kwamen 640 aanvragen binnen, 80 meer dan in 2024. Daarvan werd 90 procent binnen een maand afgehandeld.')],
  ['two paragraphs back', p('Het aantal leden steeg van 320 in 2021 naar 410 in 2025.', '', 'De club bestaat dit jaar 75 jaar.', '', 'Die toename van 10 procent per seizoen houdt niet vanzelf aan.')]
]

describeBattery(percentageClaimCheck, defects, clean, 18)
