import { percentageClaimCheck } from '@kapstok/rules'
import type { CleanWording } from './wordings.js'
import { describeBattery, type BatteryWording } from './battery.js'

// Shares whose part and whole are not joined by `X van de Y` in one clause: the whole stands
// after the part (`… van haar begroting van € Y`), in an earlier sentence of the same section
// (`… P van het totaal`, `daarvan`), or the claim is an approximation word whose tolerance
// should not swallow a gap of several points. Written before reading the rule's code.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

// An agenda whose notes column holds a share: the notes are no prose text of the model.
const agenda = (note: string): string[] => [
  '# Uitvoeringsagenda',
  '',
  '| Nr | Wat doen we | Wie trekt | Start | Klaar | Toelichting |',
  '|---|---|---|---|---|---|',
  `| 1 | Buurtmoestuinen aanleggen | Gemeente | Q1 2027 | Q4 2028 | ${note} |`
]

// A table of rows whose whole a sentence quotes (`van de 18 speeltuinen`) while a header names the part.
const rows = (...lines: string[]): string[] => [
  '# Speelruimte',
  '',
  'De tabel geeft per wijk de speeltuinen en hoeveel er zijn vernieuwd of schaduw hebben.',
  '',
  '| Wijk | Speeltuinen | Vernieuwd | Met schaduw |',
  '|---|---|---|---|',
  '| Noord | 26 | 9 | 14 |',
  '| Zuid | 18 | 12 | 5 |',
  '| Oost | 41 | 22 | 30 |',
  '| Totaal | 85 | 43 | 49 |',
  '',
  ...lines
]

const defects: BatteryWording[] = [
  ['a row’s whole quoted, the part a header', rows('In Zuid is van de 18 speeltuinen maar een derde vernieuwd.')],
  ['a row’s whole quoted, in another order', rows('Van de 41 plekken in Oost heeft een kwart schaduw.')],
  ['agenda note with a share', agenda('In 2028 in 5 van de 17 buurten een moestuin (ruim 40%)')],
  ['agenda note with a fraction word', agenda('Bijna de helft van de 31 scholen doet mee: 11 scholen')],
  ['whole after the part, fraction word', p('Met € 84.000 aan entreegelden betaalt het zwembad bijna een derde van zijn exploitatie van € 415.000 zelf.')],
  ['whole after the part, percent in words', p('De 37 nieuwe laadpalen maken ongeveer 30 procent uit van het netwerk van 212 palen.')],
  ['ongeveer with a five-point gap', p('Van de 920 lantaarnpalen in het dorp is inmiddels 131 paal vervangen door led, ongeveer 20%.')],
  ['circa with a five-point gap', p('Van de 2.380 vierkante meter dak ligt 268 vierkante meter vol zonnepanelen, circa 17%.')],
  ['zo’n with the five between', p('Zo’n 30 procent van de 1.190 aanvragen, 301 stuks, kwam digitaal binnen.')],
  ['rond with the five between, two sentences', p('Van de 79 sportclubs hebben er 20 een eigen kantine.', 'Dat is rond de 30%.')],
  ['whole in an earlier sentence, van het totaal', p('In 2025 kwamen 2.640 klachten binnen over afval.', 'Bij de wijk Zuidrand ging het om 418 klachten, ruim een kwart van het totaal.')],
  ['whole in an earlier sentence, daarvan', p('Het warmtenet leverde vorig jaar 74.000 gigajoule.', 'Ongeveer 9.100 gigajoule daarvan ging naar scholen: bijna een vijfde.')],
  ['whole in the previous paragraph, percent', p('De dienst telde in 2025 in totaal 3.870 ritten.', '', 'De ritten naar het ziekenhuis, 1.160 ritten, waren 38% van alle ritten.')],
  ['list item share of the total', p('Het jeugdwerk telde vorig jaar 2.100 bezoeken:', '', '- inloop: 1.240 bezoeken, ruim 70% van het totaal;', '- sport: 530 bezoeken;', '- huiswerkklas: 330 bezoeken.')],
  ['table cell with a share in brackets', p('| Doel | Stand |', '|---|---|', '| Speeltuinen vernieuwd | 11 van de 26 speeltuinen (ruim de helft) |')],
  ['op de tien with the whole earlier', p('Er staan 640 bomen langs de singels.', 'Van die bomen zijn er 119 essen, drie op de tien.')],
  ['whole after in millions', p('Met € 1,2 miljoen gaat ruim 40% van ons budget van € 5,6 miljoen naar onderhoud.')],
  ['whole after in hectare', p('Op 14 hectare staat nu bos: bijna een kwart van de gemeentegrond van 96 hectare.')],
  ['daarvan with a whole in millions', p('De gemeente pompte vorig jaar 3,4 miljoen m³ grondwater op.', 'Ruim 410.000 m³ daarvan ging naar de tuinbouw, een kwart.')],
  ['van hen with a whole in thousands', p('De regio telt 12 duizend mantelzorgers.', 'Ongeveer 1.900 van hen krijgt respijtzorg: drie op de tien.')],
  ['part in m² pointing back', p('Het bedrijventerrein beslaat 48.000 m² dak.', 'Inmiddels ligt 7.200 m² daarvan vol met panelen, bijna een kwart.')],
  ['list item share of the items’ sum', p('De meldingen kwamen uit drie wijken:', '', '- Noord: 212 meldingen;', '- Zuid: 96 meldingen, ruim 40% van het totaal;', '- West: 143 meldingen.')],
  ['list item share where a sibling fits by chance', p('De meldingen kwamen uit:', '', '- Noord: 300 meldingen;', '- Zuid: 96 meldingen, ruim 30% van het totaal;', '- West: 143 meldingen.')],
  ['numbered list with van alle', p('In het najaar reden de buurtbussen naar:', '', '1. het ziekenhuis: 1.320 ritten;', '2. de markt: 480 ritten, bijna de helft van alle ritten;', '3. het station: 305 ritten.')],
  ['a share before a coordinated clause', p('In de regio rijden 1.240 bussen.', 'Het noordelijke net is met 205 bussen goed voor ruim een kwart van de vloot, maar krijgt er geen nieuwe bij.')],
  ['a share before en and a verb', p('De gemeente heeft 8.600 lantaarnpalen.', 'Het centrum neemt met 2.950 palen 40 procent van het totaal voor zijn rekening en krijgt als eerste led.')],
  ['a summed part after a breakdown of smaller counts', p('In 2025 kwamen 2.480 aanvragen binnen, 310 meer dan in 2024.', 'Van de aanvragen gingen er 640 over kinderopvang, 515 over sport, 402 over cultuur en 290 over vervoer.', '', 'Noord en Zuid zijn samen goed voor 1.190 aanvragen, 60% van het totaal.')],
  ['a named whole with an adjective, in the same section', p('Het jaarlijkse onderhoudsbudget is € 3,6 miljoen.', 'De nieuwe aanpak scheelt € 420.000, ruim 20 procent van het jaarlijkse budget.')],
  ['a named whole in an earlier section', ['# Geld', '', 'Wat de gemeente zelf kan sturen, het beïnvloedbare energiebudget, is daarmee € 8,2 miljoen.', '', '## Besparing', '', 'De zonnepanelen besparen € 610.000 per jaar, zo’n 15 procent van het beïnvloedbare budget.']],
  ['de helft with the whole after', p('Met 305 deelnemers haalt de cursus de helft van het doel van 780 deelnemers.')],
  ['whole earlier, share in digits of a named noun', p('Het zwembad had 48.500 bezoekers in 2025.', 'Daarvan waren 6.300 bezoekers schoolkinderen, zo’n 21 procent van de bezoekers.')],
  ['sum of parts as the whole', p('Er zijn 410 + 265 + 125 = 800 leerlingen in de drie scholen; de 410 leerlingen van De Linde zijn twee derde.')],
  ['één op de with the whole earlier', p('De gemeente heeft 1.840 lantaarnpalen.', 'Daarvan zijn er 46 defect, één op de tien.')]
]

const clean: CleanWording[] = [
  ['whole after the part that holds', p('Met € 84.000 aan entreegelden betaalt het zwembad ruim een vijfde van zijn exploitatie van € 415.000 zelf.')],
  ['ongeveer that holds', p('Van de 920 lantaarnpalen in het dorp is inmiddels 131 paal vervangen door led, ongeveer 14%.')],
  ['zo’n a round ten that holds', p('Zo’n 30 procent van de 1.190 aanvragen, 322 stuks, kwam digitaal binnen.')],
  ['circa a round ten just past the five', p('Van de 250 bushokjes hebben er 64 een groen dak, circa 30%.')],
  ['daarvan with a whole in millions that holds', p('De gemeente pompte vorig jaar 3,4 miljoen m³ grondwater op.', 'Ruim 410.000 m³ daarvan ging naar de tuinbouw, ruim een tiende.')],
  ['daarvan with a whole of another unit in millions', p('De gemeente pompte vorig jaar 3,4 miljoen m³ grondwater op en gaf € 2,1 miljoen uit.', 'Ruim 410.000 m³ daarvan ging naar de tuinbouw, ruim een tiende.')],
  ['list item share of the sum that holds', p('De meldingen kwamen uit drie wijken:', '', '- Noord: 212 meldingen;', '- Zuid: 96 meldingen, ruim 20% van het totaal;', '- West: 143 meldingen.')],
  ['a selection of items has no sum', p('De meldingen kwamen onder andere uit:', '', '- Noord: 300 meldingen;', '- Zuid: 96 meldingen, ruim 30% van het totaal;', '- West: 143 meldingen.')],
  ['items of different nouns', p('In het najaar telden we:', '', '- 1.320 ritten;', '- 480 reizigers, bijna de helft van alle reizigers;', '- 305 chauffeursuren.')],
  ['agenda note that holds', agenda('In 2028 in 5 van de 17 buurten een moestuin (bijna 30%)')],
  ['agenda note with a target only', agenda('Doel: 40% van de buurten heeft een moestuin')],
  ['a share before a coordinated clause that holds', p('In de regio rijden 1.240 bussen.', 'Het noordelijke net is met 205 bussen goed voor een zesde van de vloot, maar krijgt er geen nieuwe bij.')],
  ['a coordinated clause with a number of its own', p('De gemeente heeft 8.600 lantaarnpalen.', 'Het centrum neemt met 2.950 palen 40 procent van het onderhoud voor zijn rekening en krijgt in 2028 nog 300 palen erbij.')],
  ['a summed part after a breakdown that holds', p('In 2025 kwamen 2.480 aanvragen binnen, 310 meer dan in 2024.', 'Van de aanvragen gingen er 640 over kinderopvang, 515 over sport, 402 over cultuur en 290 over vervoer.', '', 'Noord en Zuid zijn samen goed voor 1.190 aanvragen, bijna de helft van het totaal.')],
  ['a named whole with an adjective that holds', p('Het jaarlijkse onderhoudsbudget is € 3,6 miljoen.', 'De nieuwe aanpak scheelt € 420.000, ruim 10 procent van het jaarlijkse budget.')],
  ['an earlier section names another whole', ['# Geld', '', 'Het beïnvloedbare energiebudget is € 8,2 miljoen.', '', '## Besparing', '', 'De zonnepanelen besparen € 610.000 per jaar, zo’n 15 procent van de landelijke subsidie.']],
  ['a row’s whole quoted that holds', rows('In Zuid is van de 18 speeltuinen twee derde vernieuwd.')],
  ['a count that is no cell of the row', rows('In Zuid komen er 20 speeltuinen bij; een derde wordt vernieuwd.')],
  ['earlier whole that holds', p('In 2025 kwamen 2.640 klachten binnen over afval.', 'Bij de wijk Zuidrand ging het om 418 klachten, ruim 15 procent van het totaal.')],
  ['daarvan that holds', p('Het warmtenet leverde vorig jaar 74.000 gigajoule.', 'Ongeveer 9.100 gigajoule daarvan ging naar scholen: ruim een achtste.')],
  ['list item that holds', p('Het jeugdwerk telde vorig jaar 2.100 bezoeken:', '', '- inloop: 1.240 bezoeken, bijna 60% van het totaal;', '- sport: 530 bezoeken;', '- huiswerkklas: 330 bezoeken.')],
  ['whole after of another noun', p('Met 305 deelnemers haalt de cursus de helft van het doel van 780 inschrijvingen.')],
  ['an age after the second van', p('De 120 deelnemers zijn ruim een kwart van de inwoners van 65 jaar en ouder.')],
  ['a rate after the second van', p('Met € 4.000 dekken we 30 procent van het tarief van € 12 per uur.')],
  ['a year after the second van', p('De 37 laadpalen zijn 30 procent van het netwerk van 2030.')],
  ['an amount against a count', p('Met € 305 per deelnemer dekt de cursus de helft van het doel van 780 deelnemers.')],
  ['whole after in millions that holds', p('Met € 1,2 miljoen gaat ruim een vijfde van ons budget van € 5,6 miljoen naar onderhoud.')],
  ['earlier whole of another unit', p('Het warmtenet leverde vorig jaar 74.000 gigajoule aan 1.900 woningen.', 'Ongeveer 410 woningen daarvan zijn huurwoningen, bijna een kwart.')],
  ['a target share, not of the number', p('Er staan 640 bomen langs de singels.', 'In 2030 moet een derde van de nieuwe bomen een inheemse soort zijn.')],
  ['share of something not counted', p('Met 305 deelnemers haalt de cursus de helft van de wijken.')],
  ['growth percent with an earlier count', p('De dienst telde in 2025 in totaal 3.870 ritten.', 'In 2026 verwachten we 12% meer ritten.')],
  ['percent of a budget of another year', p('De begroting 2025 was € 2.400.000.', 'In 2026 gaat 40% van de nieuwe middelen naar onderhoud.')],
  ['table cell that holds', p('| Doel | Stand |', '|---|---|', '| Speeltuinen vernieuwd | 11 van de 26 speeltuinen (ruim 40%) |')]
]

describeBattery(percentageClaimCheck, defects, clean, 33)
