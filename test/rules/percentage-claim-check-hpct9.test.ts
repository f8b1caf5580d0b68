import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct9, written before reading the rule: shares and fractions in general shapes.
// (1) a part and its whole in prose with words between them (a verb, `keer`, a second sentence);
// (2) a bound (`meer dan`, `nog geen`, `ruim`) on a share whose whole is a table's total;
// (3) fraction words (`een op de vier`, `twee op de drie`, `ruim een derde`) for a table row or
// prose counts. The look-alikes test the rounding a writer is allowed: inputs in `miljoen` with
// one decimal span an interval, and a fraction word beside a rounded percentage is loose.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const palen = [
  '| Wijk | Lantaarnpalen |',
  '|---|---|',
  '| Haven | 310 |',
  '| Dorp | 3.900 |',
  '| Veld | 4.190 |',
  '| Totaal | 8.400 |',
  ''
]

const speeltuinen = (renewed: string): string[] => [
  '| Wijk | Speeltuinen | Vernieuwd |',
  '|---|---|---|',
  `| Noordhoek | 8 | ${renewed} |`,
  '| Lindeveld | 5 | 4 |',
  `| Totaal | 13 | ${Number(renewed) + 4} |`,
  ''
]

const buurthuizen = [
  '| Kern | Buurthuizen | Toegankelijk |',
  '|---|---|---|',
  '| Zuidrand | 9 | 3 |',
  '| Westbroek | 4 | 4 |',
  '| Totaal | 13 | 7 |',
  ''
]

const defects: BatteryWording[] = [
  ['a verb between part and op een totaal van', p('In 2025 kwamen 2.380 aanvragen digitaal binnen op een totaal van 3.100 aanvragen, ofwel 62 procent.'), '62 procent'],
  ['keer as the unit of the part', p('Vorig jaar werd 4.750 keer via de website gereserveerd op een totaal van 6.020 reserveringen, oftewel 91 procent.'), '91 procent'],
  ['part and whole in two sentences', p('Het zwembad telde in 2025 in totaal 86.000 bezoeken. Daarvan waren er 21.500 van schoolklassen, dat is 35 procent.'), '35 procent'],
  ['a whole after uit in totaal', p('Er kwamen 212 klachten over geluid binnen, uit in totaal 940 klachten; dat is bijna 30 procent.'), 'bijna 30 procent'],
  ['meer dan with the whole in a table total', p(...palen, 'In de Haven staan met 310 palen meer dan 5 procent van alle lantaarnpalen.'), 'meer dan 5 procent'],
  ['nog geen with the whole in prose', p('De gemeente beheert 3.600 hectare grond; de 250 hectare natuur daarvan is nog geen 5 procent.'), 'nog geen 5 procent'],
  ['minder dan with a percent sign', p('Slechts 95 van de 1.120 deelnemers haakte af, minder dan 7%.'), 'minder dan 7%'],
  ['ruim on a share that is lower', p('Van de 640 woningen krijgen er 58 zonnepanelen, ruim 12 procent.'), 'ruim 12 procent'],
  ['een op de vier for a table row', p(...speeltuinen('6'), 'In Noordhoek is pas een op de vier speeltuinen vernieuwd.'), 'een op de vier'],
  ['twee op de drie for a table row', p(...buurthuizen, 'In Zuidrand is twee op de drie buurthuizen toegankelijk voor rolstoelen.'), 'twee op de drie'],
  ['bijna de helft for counts in prose', p('Van de 48 sportverenigingen hebben er 30 een AED, bijna de helft.'), 'bijna de helft'],
  ['ruim een derde for counts in prose', p('Er zijn 1.350 leerlingen; 380 van hen fietsen naar school, ruim een derde.'), 'ruim een derde'],
  ['a bracketed share in a list item', p('Per wijk:', '', '- Oost: 145 van de 610 huishoudens (31%) heeft een warmtepomp.', '- West: 90 van de 700 huishoudens (13%) heeft een warmtepomp.'), '31%'],
  ['ruim de helft with counts in words', p('Van de twaalf wijkteams werken er vijf met een wachtlijst, ruim de helft.'), 'ruim de helft'],
  ['ongeveer een op de drie for a lower share', p('Zeven van de 42 kinderopvanglocaties hebben een groen schoolplein, ongeveer een op de drie.'), 'een op de drie'],
  ['a change in rounded millions outside its interval', p('De lasten stijgen van € 12,4 miljoen naar € 13,1 miljoen, ruim 9 procent.'), 'ruim 9 procent'],
  ['gemiddeld before both numbers of a change', p('De wachttijd daalde van gemiddeld 14 naar gemiddeld 9 weken, een daling van bijna 30 procent.'), 'bijna 30 procent'],
  ['slechts before the first number of a change', p('Het aantal deelnemers steeg van slechts 40 naar 58, een stijging van 30 procent.'), '30 procent'],
  ['gemiddeld before a change of a percentage', p('Het verzuim daalde van gemiddeld 7,4 naar 6,1 procent, ruim 25 procent lager.'), 'ruim 25 procent'],
  ['a comma before op een totaal van', p('Dit voorjaar reden 148 bussen op waterstof, op een totaal van 390 bussen: ruim de helft.'), 'ruim de helft'],
  ['a magnitude shared by part and whole', p('Met 2,4 van de 9,6 miljoen euro gaat ruim een derde van het budget naar preventie.'), 'ruim een derde'],
  ['a fraction before the row, the column named by another form', p('| Dorp | Sportvelden | Met verlichting |', '|---|---|---|', '| Eikenrode | 6 | 5 |', '| Brakel | 4 | 1 |', '| Totaal | 10 | 6 |', '', 'Driekwart van de sportvelden in Eikenrode is verlicht.'), 'Driekwart'],
  ['ruim een derde past the next fraction', p('Van de 210 meldingen kwamen er 90 via de app, ruim een derde.'), 'ruim een derde'],
  ['an age range with tussen, and a wrong share', p('Van de 2.100 jongeren tussen 12 en 18 jaar sporten er 1.260 bij een club, ruim 70 procent.'), 'ruim 70 procent'],
  ['a share of two counts together', p('Het zwembad trekt op woensdag gemiddeld 640 bezoekers en op zondag 1.160. Van de bezoekers van beide dagen samen komt dus ruim 70 procent op zondag.'), 'ruim 70 procent'],
  ['a part in m² of a whole named by its measure', p('Het gaat om 2.150 m² op een totaal van 31.400 m², bijna 10 procent van het vloeroppervlak.'), 'bijna 10 procent'],
  ['two dates with a count each', p('Op 1 januari 2022 telde de gemeente 640 mantelzorgers, op 1 januari 2025 waren dat er 712: een stijging van ruim 15 procent.'), 'ruim 15 procent'],
  ['eind before two years', p('Eind 2023 stonden er 410 gezinnen op de wachtlijst, eind 2025 nog 330, ruim een kwart minder.'), 'ruim een kwart'],
  ['tegen a number of a year before, no year named', p('Het aantal inbraken liep terug tot 212, tegen 265 een jaar eerder: een daling van ruim 25 procent.'), 'ruim 25 procent'],
  ['tegenover vorig jaar', p('In 2025 telde de club 340 leden, tegenover 300 vorig jaar, een groei van ruim 20 procent.'), 'ruim 20 procent'],
  ['the percentage before its part and whole', p('62 procent van de aanvragen kwam digitaal binnen: 1.490 van de 3.100.'), '62 procent']
]

const clean: CleanWording[] = [
  ['a change in rounded millions inside its interval', p('De lasten stijgen van € 12,4 miljoen naar € 13,1 miljoen, ruim 6 procent.')],
  ['bijna with rounded millions whose interval reaches below it', p('De uitgaven groeien van € 17,3 miljoen naar € 18,9 miljoen, bijna 9 procent.')],
  ['a fall in rounded millions', p('Het aantal uitleningen daalt van 2,6 miljoen naar 2,4 miljoen, ongeveer 6 procent minder.')],
  ['bijna driekwart beside a rounded 75%', p('Van de 1.940 leerlingen hebben er 1.452 een zwemdiploma, bijna driekwart (75%).')],
  ['ruim driekwart beside a rounded 74%', p('Van de 4.120 huishoudens doen er 3.060 mee aan gescheiden inzameling, ruim driekwart (74%).')],
  ['ruim de helft beside 51%', p('Van de 2.000 ondervraagden noemt 1.014 het groen belangrijk, ruim de helft (51%).')],
  ['een op de vier that fits the table row', p(...speeltuinen('2'), 'In Noordhoek is pas een op de vier speeltuinen vernieuwd.')],
  ['nog geen with the whole in a table total', p(...palen, 'In de Haven staan met 310 palen nog geen 5 procent van alle lantaarnpalen.')],
  ['bijna with the whole in prose', p('De gemeente beheert 3.600 hectare grond; de 250 hectare natuur daarvan is bijna 7 procent.')],
  ['a share of the part itself', p('Van de 420 meldingen kwamen er 96 uit Noord; 60 procent daarvan ging over afval.')],
  ['a verb between part and whole, right share', p('In 2025 kwamen 2.380 aanvragen digitaal binnen op een totaal van 3.100 aanvragen, ofwel 77 procent.')],
  ['ongeveer een op de vijf', p('Van de 96 bushaltes zijn er 19 toegankelijk voor rolstoelen, ongeveer een op de vijf.')],
  ['a target change of the share', p('Er kwamen 2.380 aanvragen binnen op een totaal van 3.100; we willen dat aandeel met 10 procent verhogen.')],
  ['ruim de helft in words that holds', p('Van de twaalf wijkteams werken er zeven met een wachtlijst, ruim de helft.')],
  ['een op de drie that fits the table row', p(...buurthuizen, 'In Zuidrand is een op de drie buurthuizen toegankelijk voor rolstoelen.')],
  ['two rows named, the nearer one fits', p(...buurthuizen, 'In Westbroek zijn alle buurthuizen toegankelijk, in Zuidrand maar een op de drie buurthuizen.')],
  ['a row in another year than the table', p(...speeltuinen('6'), 'In 2019 was in Noordhoek pas een op de vier speeltuinen vernieuwd.')],
  ['a row share of the table total that holds', p(...palen, 'Met 3.900 palen heeft Dorp bijna de helft van alle lantaarnpalen.')],
  ['op een totaal van, then a share of something else', p('In 2025 gingen 2.380 brieven per post de deur uit op een totaal van 3.100 verzendingen; 20 procent kwam retour.')],
  ['a percentage of a row part that holds', p(...speeltuinen('4'), 'In Noordhoek is 50 procent van de speeltuinen vernieuwd.')],
  ['a column of amounts per unit of the whole', p('| Kern | Scholen | Kosten per school |', '|---|---|---|', '| Heidebroek | 6 | € 9.000 |', '| Zandhoven | 6 | € 7.500 |', '| Totaal | 12 | |', '', 'In Heidebroek krijgt de helft van de scholen een nieuw dak.')],
  ['gemiddeld before a change that holds', p('Het verzuim daalde van gemiddeld 7,4 naar 6,1 procent, ruim 17 procent lager.')],
  ['maar liefst before a change that holds', p('Het aantal deelnemers steeg van maar liefst 40 naar 58, een stijging van 45 procent.')],
  ['a magnitude shared by part and whole that holds', p('Met 2,4 van de 9,6 miljoen euro gaat een kwart van het budget naar preventie.')],
  ['a count of a whole in millions', p('Van de 1,2 miljoen bezoekers kwamen er 350 uit het buitenland, ruim een kwart van de groepen.')],
  ['a comma before op een totaal van that holds', p('Dit voorjaar reden 148 bussen op waterstof, op een totaal van 390 bussen: bijna 40 procent.')],
  ['a fraction before the row that holds', p('| Dorp | Sportvelden | Met verlichting |', '|---|---|---|', '| Eikenrode | 6 | 5 |', '| Brakel | 4 | 3 |', '| Totaal | 10 | 8 |', '', 'Driekwart van de sportvelden in Brakel is verlicht.')],
  ['ruim een derde short of two fifths', p('Van de 210 meldingen kwamen er 80 via de app, ruim een derde.')],
  ['an age range with tussen is no part', p('Van de 5.300 inwoners tussen 75 en 84 jaar wonen er naar schatting 690 alleen, ongeveer 13 procent.')],
  ['a share of two counts together that holds', p('Het zwembad trekt op woensdag gemiddeld 640 bezoekers en op zondag 1.160. Van de bezoekers van beide dagen samen komt dus ruim 64 procent op zondag.')],
  ['a part in m² of a whole named by its measure, right', p('Het gaat om 2.150 m² op een totaal van 31.400 m², bijna 7 procent van het vloeroppervlak.')],
  ['two dates with a count each, right', p('Op 1 januari 2022 telde de gemeente 640 mantelzorgers, op 1 januari 2025 waren dat er 712: een stijging van ruim 11 procent.')],
  ['eind before two years, right', p('Eind 2023 stonden er 410 gezinnen op de wachtlijst, eind 2025 nog 330, bijna een vijfde minder.')],
  ['two dates, a share of something else', p('Op 1 maart 2024 waren er 96 leden, op 1 maart 2025 al 120; 30 procent van de nieuwe leden is jonger dan 12.')],
  ['tegen a year before, right', p('Het aantal inbraken liep terug tot 212, tegen 265 een jaar eerder: een daling van 20 procent.')],
  ['tegen two years ago, then a share of something else', p('We kregen 96 aanvragen, tegen 120 twee jaar geleden; 40 procent kwam van jongeren.')],
  ['two sentences, right share', p('Het zwembad telde in 2025 in totaal 86.000 bezoeken. Daarvan waren er 21.500 van schoolklassen, een kwart.')]
]

describeBattery(percentageClaimCheck, defects, clean, 31)
