import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 (hshare), a share that points back across a sentence boundary: fresh wordings written
// before reading the rule's code. The part and the whole stand in one sentence (or the whole in an
// earlier paragraph), the share in the next one, opened by a pointer (`Dat is`, `Dit komt neer
// op`, `Daarmee`, `Het gaat om`, `oftewel`, `Dat betekent dat`) and closed by a noun that names
// the whole again (`van het totaal`, `van alle palen`, `van het bestand`, `van de groep`). Also:
// a label number in the sentence (`een 8 of hoger`, `een 2 of lager`) that is not the part, and an
// `x op de y` share after a sentence with an average `per gezin`. Look-alikes: the same shapes
// right, a share of a whole the text never counts, a change instead of a share, the share of a
// named sub-whole. The start code caught 7 of the 18 defect wordings and flagged one look-alike (the
// change `30 procent minder dan vorig jaar`); the pointer, whole-noun and grade gates catch 13, all quiet; with
// the whole's own amount kept out of the part and a bare earlier count as the whole of `van het bestand`, 19 of 22;
// with a participle that restates the counting verb (`van de bezochte horecazaken`), 21 of 24; with the nearest
// earlier amount as the whole of `van het geld`, 22 of 25; with `Zij vormen` and a bound (`boven de 85`) that is no
// part, 24 of 27; with `van alle picknickbanken` as the nearest earlier count and a part in brackets, 26 of 29.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['Dat is, van alle palen', body('Van de 2.400 lantaarnpalen staan er 380 op zonne-energie. Dat is bijna de helft van alle palen.'), 'de helft'],
  ['Dit komt neer op, percent', body('Van de 840 keukentafelgesprekken gingen er 126 over schulden. Dit komt neer op ruim 25 procent van alle gesprekken.'), '25'],
  ['Daarmee, kilometers', body('In het buitengebied ligt 62 kilometer fietspad, waarvan 9 kilometer verlicht is. Daarmee is ruim een derde van het netwerk verlicht.'), 'een derde'],
  ['Het gaat om, van het bestand', body('Van de 1.600 bomen in het centrum zijn er 96 ziek. Het gaat om ongeveer 15 procent van het bomenbestand.'), '15'],
  ['oftewel, van het totaal', body('Van de 75 speeltuinen voldoen er 18 niet aan de norm, oftewel bijna de helft van het totaal.'), 'de helft'],
  ['whole in an earlier paragraph, van het bestand', body('De gemeente beheert 240 gemalen, verspreid over vier polders.', '', 'Veertien gemalen zijn ouder dan zestig jaar. Dat is ruim 10 procent van het bestand.'), '10'],
  ['number words, van de groep', body('Van de negentig vrijwilligers zijn er twaalf jonger dan 25. Dat is ongeveer een kwart van de groep.'), 'een kwart'],
  ['list item, dat is after a semicolon', body('Stand van zaken:', '', '- 3.500 van de 14.000 huishoudens heeft een warmtepomp; dat is ruim 40 procent.', '- de rest stookt nog op gas.'), '40'],
  ['share in brackets in the next sentence', body('Van de 520 leerlingen zijn er 39 vroegtijdig gestopt. (Dat is zo\'n 12 procent van alle leerlingen.)'), '12'],
  ['Dat betekent dat, een op de vijf', body('We kregen 1.480 aanvragen voor een parkeervergunning en wezen er 74 af. Dat betekent dat bijna een op de vijf aanvragen werd afgewezen.'), 'een op de vijf'],
  ['amounts, van het budget', body('Van het budget van € 5,6 miljoen gaat € 600.000 naar communicatie. Dat is ongeveer een kwart van het budget.'), 'een kwart'],
  ['Dit is, van alle kruispunten', body('Op 36 van de 210 kruispunten staan verkeerslichten. Dit is zo\'n 30 procent van alle kruispunten.'), '30'],
  ['x op de y after an average per gezin', body('De buurtcoaches begeleidden 150 gezinnen, gemiddeld 9 maanden per gezin.', 'Van de 150 gezinnen kwamen er 84 uit de schulden; vier op de vijf gezinnen heeft dus weer grip op de financiën.'), 'vier op de vijf'],
  ['a grade number in the sentence', body('De gemeente telt 80 basisscholen.', '', 'Samen halen 12 scholen een 8 of hoger, ongeveer een derde van het totaal.'), 'een derde'],
  ['three sentences, the part in a daarvan', body('De binnenstad telt 960 parkeerplaatsen. 410 daarvan zijn voor vergunninghouders. Dat is ruim 60 procent.'), '60'],
  ['a line break between the sentences', body('Van de 3.300 containers zijn er 250 kapot.', 'Dit is bijna 20 procent van de voorraad.'), '20'],
  ['van het areaal, whole in an earlier paragraph', body('Ons areaal telt 58 viaducten.', '', 'Bij 7 viaducten is de leuning te laag. Dat is bijna een kwart van het areaal.'), 'een kwart'],
  ['Daarmee, the part as a number word', body('Het college keurde in 2025 vijftig van de 400 subsidieaanvragen goed. Daarmee kreeg ruim een derde van de aanvragers geld.'), 'een derde'],
  // Added with the fixes: more wordings of the same pointers (another noun after `een op de vijf`, a list item, a bracket, a colon).
  ['Het gaat om, een op de vijf with its own noun', body('Van de 2.000 inwoners die de enquête invulden, zijn er 260 ontevreden over het groen. Het gaat om ruim een op de vijf invullers.'), 'een op de vijf'],
  ['list item, the part in a waarvan', body('Leegstand per wijk:', '', '- In Zuid staan 1.100 woningen, waarvan 130 leeg. Dat is ruim 20 procent van de woningen.', '- In Noord staat niets leeg.'), '20'],
  ['Het gaat om, in brackets', body('Van de 640 deelnemers haakten er 150 af. (Het gaat om bijna de helft van alle deelnemers.)'), 'de helft'],
  ['Oftewel with a colon', body('Van de 48 bushokjes hebben er 31 een groen dak. Oftewel: ruim driekwart.'), 'driekwart'],
  ['a restating participle before the noun', body('De inspectie bezocht 180 horecazaken en trof bij 27 een gebrek aan. Dat komt neer op bijna een kwart van de bezochte horecazaken.'), 'een kwart'],
  ['amounts in three sentences, van het geld', body('Het college verdeelt € 3,2 miljoen over vijf kernen. De grootste kern krijgt € 900.000. Dat is bijna 40 procent van het geld.'), '40'],
  ['Zij vormen, van deze groep, a bound in the whole', body('Van de 2.250 inwoners boven de 85 wonen er 380 zelfstandig. Zij vormen bijna een kwart van deze groep.'), 'een kwart'],
  ['a bound in the whole, the share in the sentence', body('Van de 730 kinderen onder de 12 zwemmen er 95 nog niet, bijna een vijfde.'), 'een vijfde'],
  ['van alle X, the whole counted a paragraph up', body('Het park telt 64 picknickbanken.', '', 'Na de storm zijn 11 picknickbanken onbruikbaar. Dat is bijna een kwart van alle picknickbanken.'), 'een kwart'],
  ['the part in brackets after an x op de y', body('Van de 4.300 abonnees leest een op de drie (ruim 950) de krant digitaal.'), 'een op de drie'],
  ['a change named by its noun, het verlies', body('Het aantal abonnees zakte van 5.200 naar 4.550. Het verlies komt neer op ruim 15 procent.'), '15'],
  ['Dat betekent dat, a whole and a part with er', body('Het loket ontving 1.360 bezwaren en wees er 340 af. Dat betekent dat bijna een op de drie bezwaren werd afgewezen.'), 'een op de drie']
]

const clean: CleanWording[] = [
  ['Dat is, right', body('Van de 2.400 lantaarnpalen staan er 380 op zonne-energie. Dat is ongeveer 16 procent van alle palen.')],
  ['Dat is, a whole the text never counts', body('Van de 840 gesprekken gingen er 126 over schulden. Dat is ruim een kwart van alle schuldhulpvragen in de regio.')],
  ['a label number, the share of an earlier total', body('De corporatie bezit 120 woningen in de wijk.', '', 'Samen halen 44 woningen een 2 of lager, ruim een derde van het totaal.')],
  ['a grade number, right', body('In 2025 kregen 58 van de 230 scholen een 6 of hoger, een kwart van het totaal.')],
  ['Dat is, a growth', body('Het aantal deelnemers ging van 500 in 2024 naar 600 in 2025. Dat is 20 procent meer.')],
  ['Daarmee, amounts, right', body('Van het budget van € 5,6 miljoen gaat € 1,4 miljoen naar communicatie. Daarmee gaat een kwart van het budget naar communicatie.')],
  ['Dat is, a change', body('Van de 75 speeltuinen voldoen er 18 niet aan de norm. Dat is ruim 30 procent minder dan vorig jaar.')],
  ['Het gaat om, another whole', body('Van de 3.200 inwoners met een handicap werken er 640. Het gaat om ongeveer 5 procent van alle werkenden in de gemeente.')],
  ['x op de y, right', body('De trainers begeleidden 120 cursisten, gemiddeld 4 avonden per cursist.', 'Van de 120 cursisten ronden er 91 de cursus af; drie op de vier cursisten haalt dus het certificaat.')],
  ['whole in an earlier paragraph, right', body('De gemeente beheert 240 gemalen.', '', 'Veertien gemalen zijn ouder dan zestig jaar. Dat is bijna 6 procent van het bestand.')],
  ['a share of a named sub-whole', body('Het areaal telt 58 viaducten en 140 tunnels.', '', 'Bij 7 viaducten is de leuning te laag. Dat is 12 procent van de viaducten.')],
  ['a share of a sub-whole in the sentence before', body('Van de 1.600 woningen zijn er 400 huurwoningen. Van die huurwoningen zijn er 100 verduurzaamd. Dat is een kwart van de huurwoningen.')],
  ['Dat is, more than a year before', body('De buslijn vervoert 2.100 reizigers per dag. Dat is ruim een derde meer dan in 2022.')],
  ['Dat is, right, a year distractor', body('In 2024 kregen 300 van de 1.200 aanvragers een toekenning. Dat is een kwart van alle aanvragers.')],
  ['Het gaat om, in brackets, right', body('Van de 640 deelnemers haakten er 150 af. (Het gaat om bijna een kwart van alle deelnemers.)')],
  ['Dat is, a narrower group', body('Van de 48 bushokjes hebben er 12 een groen dak. Dat is ruim de helft van de hokjes in de binnenstad.')],
  ['a narrowing adjective before the noun', body('De inspectie bezocht 180 horecazaken en trof bij 27 een gebrek aan. Dat is ruim een derde van de grote horecazaken.')],
  ['amounts in three sentences, right', body('Het college verdeelt € 3,2 miljoen over vijf kernen. De grootste kern krijgt € 900.000. Dat is ruim een kwart van het geld.')],
  ['amounts, the share of a narrower pot', body('Het college verdeelt € 3,2 miljoen over vijf kernen. De grootste kern krijgt € 900.000. Dat is ruim 60 procent van het geld voor sport.')],
  ['Zij vormen, right', body('Van de 2.250 inwoners boven de 85 wonen er 380 zelfstandig. Zij vormen ruim een zesde van deze groep.')],
  ['a bound in the whole, right', body('Van de 730 kinderen onder de 12 zwemmen er 95 nog niet, ruim een achtste.')],
  ['van alle X, right', body('Het park telt 64 picknickbanken.', '', 'Na de storm zijn 11 picknickbanken onbruikbaar. Dat is ruim een zesde van alle picknickbanken.')],
  ['van alle X, a count of another thing', body('Het park telt 64 picknickbanken.', '', 'Na de storm zijn 11 picknickbanken onbruikbaar. Dat is bijna een kwart van alle bankjes in de stad.')],
  ['the part in brackets, right', body('Van de 4.300 abonnees leest een op de vier (ruim 1.050) de krant digitaal.')],
  ['a change named by its noun, right', body('Het aantal abonnees zakte van 5.200 naar 4.550. Het verlies komt neer op 12,5 procent.')],
  ['a share of the rest of a whole', body('Ons vastgoed bestaat uit 160 panden. Voor 40 panden ligt er een sloopbesluit, een kwart. Van de overige panden heeft een derde al een warmtepomp: 40 panden.')],
  ['a target after the part, de ambitie', body('Van de 900 daken hebben er 120 zonnepanelen. De ambitie is 30 procent in 2030.')],
  ['a target after the part, het streven', body('Van de 900 daken hebben er 120 zonnepanelen; het streven is 40 procent in 2030.')],
  ['Oftewel with a colon, right', body('Van de 48 bushokjes hebben er 31 een groen dak. Oftewel: bijna twee derde.')],
  ['Dit komt neer op, per-unit amount', body('De renovatie van 16 bruggen kost € 3,2 miljoen. Dit komt neer op € 200.000 per brug.')]
]

describeBattery(percentageClaimCheck, defects, clean, 27)
