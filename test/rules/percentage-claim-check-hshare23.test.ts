import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hshare23: a battery per source of a share's part and whole (where they stand, not the words around them).
// (1) Both in the sentence, in any order, one pair of one kind. (2) The whole in the sentence before (a lead-in,
// the previous sentence, a heading) or the part before and the claim after `dat is`. (3) A table above: a row by
// name, the total row, a share column. (4) Growth between two figures of one noun, or two year columns of a
// named row. (5) Fractions in words with a hedge. (6) A sum as the part or the whole.
// Look-alikes: the same shapes computed right (with rounding and a hedge that holds), a percentage of
// something else, two years' figures beside a share of a third thing.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const inSentence: BatteryWording[] = [
  ['amounts, whole first with totale', body('Op de totale begroting van € 4.250.000 gaat € 612.000 naar onderhoud, ruim 18%.'), 'ruim 18%'],
  ['counts, part first, whole after op een totaal van', body('Er bleken 47 dossiers onterecht op een totaal van 312 onderzochte dossiers, ongeveer 25%.'), 'ongeveer 25%'],
  ['counts, part after a semicolon with daarvan', body('De gemeente onderhoudt 1.840 lantaarnpalen; 276 daarvan zijn ouder dan dertig jaar, zo\'n 21 procent.'), '21 procent'],
  ['a participle and its noun', body('Dit jaar werden 560 woningen geïnspecteerd; bij 98 geïnspecteerde woningen vonden we schimmel, dat is 22 procent.'), '22 procent'],
  ['the rest of the whole', body('Van het budget van € 900.000 is € 710.000 besteed, zodat nog 32 procent resteert.'), '32 procent'],
  ['amounts in millions, whole after van een totaal', body('Aan jeugdzorg gaf de gemeente € 2,6 miljoen uit van een totaal sociaal domein van € 11,8 miljoen, circa 27 procent.'), '27 procent']
]

const inSentenceClean: CleanWording[] = [
  ['amounts, right', body('Op de totale begroting van € 4.250.000 gaat € 612.000 naar onderhoud, ruim 14%.')],
  ['the rest of the whole, right', body('Van het budget van € 900.000 is € 710.000 besteed, zodat nog 21 procent resteert.')],
  ['a participle and its noun, right', body('Dit jaar werden 560 woningen geïnspecteerd; bij 98 geïnspecteerde woningen vonden we schimmel, dat is 17,5 procent.')],
  ['two years and a share of a third thing', body('Het aantal bezoekers steeg van 1.200 in 2024 naar 1.450 in 2025; het aandeel jongeren bleef 35 procent.')],
  ['a tax rate beside a part and whole', body('De sporthal kost € 3,2 miljoen, waarvan de provincie € 400.000 betaalt; het btw-tarief is 21 procent.')],
  ['two counts of different nouns', body('In de wijk wonen 4.300 inwoners en er staan 1.900 woningen; 12 procent van de woningen is een huurwoning.')],
  ['counts, part first, right', body('Er bleken 47 dossiers onterecht op een totaal van 312 onderzochte dossiers, ongeveer 15%.')]
]

const before: BatteryWording[] = [
  ['a list item under a lead-in with the whole', body('In het najaar zijn 320 speelplekken gekeurd. De uitkomst:', '', '- 56 speelplekken zijn afgekeurd, 22% van de gekeurde plekken;', '- 264 speelplekken zijn goedgekeurd.'), '22%'],
  ['the whole counted in the previous sentence', body('De gemeente telt 86 speeltuinen. In 19 speeltuinen is het zand vervangen, ruim 30 procent.'), '30 procent'],
  ['the part before, the claim after dat is', body('Van de 540 aanvragen voor een parkeervergunning zijn er 135 afgewezen. Dat is 30 procent.'), '30 procent'],
  ['daarvan with a hedged fraction', body('Het college verstrekte vorig jaar 2.150 vergunningen. Daarvan waren 430 evenementenvergunningen, ruim een kwart.'), 'een kwart'],
  ['a heading counts the whole', ['# Cijfers', '', '## Inspectie van 64 bruggen', '', 'Bij 11 bruggen is het beton aangetast, ongeveer een kwart.'], 'een kwart'],
  ['an amount whole in the previous sentence', body('De gemeente ontving in 2025 € 6,4 miljoen aan leges. Het deel voor bouwleges bedroeg € 2,1 miljoen, bijna de helft.'), 'de helft']
]

const beforeClean: CleanWording[] = [
  ['a list item under a lead-in, right', body('In het najaar zijn 320 speelplekken gekeurd. De uitkomst:', '', '- 56 speelplekken zijn afgekeurd, 17,5% van de gekeurde plekken;', '- 264 speelplekken zijn goedgekeurd.')],
  ['the whole in the previous sentence, right', body('De gemeente telt 86 speeltuinen. In 19 speeltuinen is het zand vervangen, ruim 22 procent.')],
  ['a percentage of a material', body('De gemeente telt 86 speeltuinen. In 19 speeltuinen ligt kunstgras, dat voor 30 procent uit gerecycled rubber bestaat.')],
  ['dat is, right', body('Van de 540 aanvragen voor een parkeervergunning zijn er 135 afgewezen. Dat is een kwart.')],
  ['daarvan with a fraction that holds', body('Het college verstrekte vorig jaar 2.150 vergunningen. Daarvan waren 430 evenementenvergunningen, een vijfde.')],
  ['a heading counts the whole, right', ['# Cijfers', '', '## Inspectie van 64 bruggen', '', 'Bij 16 bruggen is het beton aangetast, een kwart.']]
]

const table = (...rows: string[]): string[] => rows

const tables: BatteryWording[] = [
  ['a share column against its row', body('De wijken verschillen in groen:', '', '| Wijk | Oppervlakte (ha) | Groen (ha) | Aandeel groen |', '|---|---|---|---|', '| Noord | 420 | 96 | 22,9% |', '| Zuid | 380 | 61 | 21,0% |', '| Oost | 510 | 140 | 27,5% |'), '21,0%'],
  ['a named row, two columns', body(...table('| Wijk | Woningen | Huurwoningen |', '|---|---|---|', '| Noord | 2.180 | 940 |', '| Oost | 1.240 | 580 |', '| West | 1.660 | 710 |'), '', 'In Oost is ruim 60 procent van de woningen een huurwoning.'), '60 procent'],
  ['a row of the total row', body(...table('| Soort afval | Ton |', '|---|---|', '| Huishoudens | 3.100 |', '| Bedrijven | 4.900 |', '| Openbare ruimte | 1.800 |', '| Totaal | 9.800 |'), '', 'Afval uit huishoudens vormt bijna de helft van het totaal.'), 'de helft'],
  ['a row of a column without a total row', body(...table('| Wijk | Meldingen |', '|---|---|', '| Centrum | 140 |', '| Noord | 210 |', '| Zuid | 180 |', '| West | 170 |'), '', 'Op de wijk Centrum valt ruim een kwart van alle meldingen.'), 'een kwart'],
  ['a named row, available and used', body(...table('| Accommodatie | Beschikbare uren | Verhuurde uren |', '|---|---|---|', '| Sporthal De Ree | 2.400 | 1.560 |', '| Gymzaal Oost | 1.800 | 1.350 |'), '', 'Bij Sporthal De Ree is ruim 80 procent van de uren verhuurd.'), '80 procent']
]

const tablesClean: CleanWording[] = [
  ['a share column, right', body('De wijken verschillen in groen:', '', '| Wijk | Oppervlakte (ha) | Groen (ha) | Aandeel groen |', '|---|---|---|---|', '| Noord | 420 | 96 | 22,9% |', '| Zuid | 380 | 61 | 16,1% |', '| Oost | 510 | 140 | 27,5% |')],
  ['a named row, right', body(...table('| Wijk | Woningen | Huurwoningen |', '|---|---|---|', '| Noord | 2.180 | 940 |', '| Oost | 1.240 | 580 |', '| West | 1.660 | 710 |'), '', 'In Oost is bijna de helft van de woningen een huurwoning.')],
  ['a rent rise beside the table', body(...table('| Wijk | Woningen | Huurwoningen |', '|---|---|---|', '| Noord | 2.180 | 940 |', '| Oost | 1.240 | 580 |', '| West | 1.660 | 710 |'), '', 'In Oost steeg de huur vorig jaar met 4 procent.')],
  ['the total row, right', body(...table('| Soort afval | Ton |', '|---|---|', '| Huishoudens | 3.100 |', '| Bedrijven | 4.900 |', '| Openbare ruimte | 1.800 |', '| Totaal | 9.800 |'), '', 'Afval uit huishoudens vormt bijna een derde van het totaal.')],
  ['a row of a column without a total row, right', body(...table('| Wijk | Meldingen |', '|---|---|', '| Centrum | 140 |', '| Noord | 210 |', '| Zuid | 180 |', '| West | 170 |'), '', 'Het Centrum heeft een vijfde van alle meldingen.')],
  ['a selection of rows without a total row', body('De vier wijken met de meeste meldingen, onder meer:', '', ...table('| Wijk | Meldingen |', '|---|---|', '| Centrum | 140 |', '| Noord | 210 |', '| Zuid | 180 |', '| West | 170 |'), '', 'Op de wijk Centrum valt ruim een kwart van alle meldingen.')],
  ['a share column of the column total', body('Per wijk:', '', '| Wijk | Meldingen | Aandeel |', '|---|---|---|', '| Centrum | 140 | 20% |', '| Noord | 210 | 30% |', '| Zuid | 180 | 26% |', '| West | 170 | 24% |')]
]

const growth: BatteryWording[] = [
  ['two years before, the rise after', body('In 2024 telde de bibliotheek 18.400 leden, in 2025 waren het er 19.700. Het ledental steeg daarmee met 12%.'), '12%'],
  ['the fall first, the figures after', body('Het aantal meldingen van zwerfafval daalde met een kwart: 2025 telde 1.310 meldingen tegen 1.560 in 2024.'), 'een kwart'],
  ['two year columns of a named row', body(...table('| Voorziening | 2024 | 2025 |', '|---|---|---|', '| Speeltuin Oost | 5.400 | 5.600 |', '| Kinderboerderij | 8.200 | 9.100 |'), '', 'Het gebruik van de kinderboerderij groeide in 2025 met ruim 20 procent.'), '20 procent'],
  ['amounts with years, liepen op tot', body('De kosten van leerlingenvervoer liepen op van € 1,42 miljoen in 2023 tot € 1,71 miljoen in 2025, een stijging van bijna 30 procent.'), '30 procent'],
  ['ten opzichte van a year, figures before', body('Het zwembad ontving in 2024 61.000 bezoekers en in 2025 66.500. Het bezoek nam in 2025 met 15% toe ten opzichte van 2024.'), '15%'],
  ['last year and this year, dat is', body('Vorig jaar vielen er 96 verkeersgewonden; dit jaar 78. Dat is een daling van 12 procent.'), '12 procent']
]

const growthClean: CleanWording[] = [
  ['two years before, right', body('In 2024 telde de bibliotheek 18.400 leden, in 2025 waren het er 19.700. Het ledental steeg daarmee met 7%.')],
  ['two years and a share of the members', body('In 2024 telde de bibliotheek 18.400 leden en in 2025 19.700; 40 procent van de leden is jonger dan achttien.')],
  ['two year columns, right', body(...table('| Voorziening | 2024 | 2025 |', '|---|---|---|', '| Speeltuin Oost | 5.400 | 5.600 |', '| Kinderboerderij | 8.200 | 9.100 |'), '', 'Het gebruik van de kinderboerderij groeide in 2025 met 11 procent.')],
  ['a price rise beside two years of visitors', body('Het zwembad ontving in 2024 61.000 bezoekers en in 2025 66.500. De entreeprijs steeg met 15%.')],
  ['a hedge that holds', body('De kosten van leerlingenvervoer liepen op van € 1,42 miljoen in 2023 tot € 1,71 miljoen in 2025, een stijging van ruim 20 procent.')]
]

const fractions: BatteryWording[] = [
  ['bijna de helft for a third', body('Van de 96 aanvragen werden er 32 toegekend, bijna de helft.'), 'de helft'],
  ['ruim een kwart for under a fifth', body('Van de 240 deelnemers rondden er 45 de cursus af, ruim een kwart.'), 'een kwart'],
  ['één op de drie for a fifth', body('Van de 410 ondernemers in het centrum zijn er 85 lid van de ondernemersvereniging, één op de drie.'), 'op de drie'],
  ['een achtste for 18 percent', body('Van de 1.200 bomen langs de dijk zijn er 220 ziek, een achtste.'), 'een achtste'],
  ['twee op de drie for 42 percent', body('Van de 72 bushaltes zijn er 30 toegankelijk voor rolstoelen, twee op de drie.'), 'twee op de drie'],
  ['één op de zes for a quarter', body('Van de 150 mantelzorgers voelen er 39 zich overbelast, één op de zes.'), 'op de zes']
]

const fractionsClean: CleanWording[] = [
  ['bijna de helft, holds', body('Van de 96 aanvragen werden er 44 toegekend, bijna de helft.')],
  ['ruim een kwart, holds', body('Van de 240 deelnemers rondden er 66 de cursus af, ruim een kwart.')],
  ['één op de zes, holds', body('Van de 150 mantelzorgers voelen er 26 zich overbelast, één op de zes.')],
  ['twee op de drie, holds', body('Van de 72 bushaltes zijn er 47 toegankelijk voor rolstoelen, twee op de drie.')],
  ['een achtste, holds', body('Van de 1.200 bomen langs de dijk zijn er 148 ziek, een achtste.')]
]

const sums: BatteryWording[] = [
  ['two counts summed as the part, samen', body('Noord telt 180 huurwoningen en Zuid 240; samen zijn dat ruim de helft van de 1.300 huurwoningen in de gemeente.'), 'de helft'],
  ['two amounts summed as the part', body('Sport kreeg € 310.000 en cultuur € 190.000, samen bijna 40 procent van het subsidiebudget van € 1,6 miljoen.'), '40 procent'],
  ['two counts summed as the whole', body('Er kwamen 100 aanmeldingen uit Oost en 250 uit West; Oost leverde daarmee bijna de helft.'), 'de helft'],
  ['two visitor counts summed, share of a stated whole', body('De bibliotheek trok 21.000 bezoekers en het theater 17.500; samen is dat ruim 60 procent van de 92.000 cultuurbezoekers.'), '60 procent'],
  ['two groups summed as the whole', body('In de gemeente wonen 5.400 huurders en 7.100 eigenaren; de huurders vormen 48 procent van de huishoudens.'), '48 procent']
]

const sumsClean: CleanWording[] = [
  ['two counts summed as the part, right', body('Noord telt 180 huurwoningen en Zuid 240; samen zijn dat bijna een derde van de 1.300 huurwoningen in de gemeente.')],
  ['two amounts summed, right', body('Sport kreeg € 310.000 en cultuur € 190.000, samen ruim 31 procent van het subsidiebudget van € 1,6 miljoen.')],
  ['two groups summed as the whole, right', body('In de gemeente wonen 5.400 huurders en 7.100 eigenaren; de huurders vormen 43 procent van de huishoudens.')],
  ['two amounts and a contribution rate', body('Sport kreeg € 310.000 en cultuur € 190.000; voor beide geldt een eigen bijdrage van 10 procent.')],
  ['two counts summed as the whole, right', body('Er kwamen 100 aanmeldingen uit Oost en 250 uit West; West leverde daarmee ruim 70 procent.')]
]

// Before this wave: 4/6, 3/6, 1/5, 4/6, 6/6, 1/5 (19 of 34), and two look-alikes flagged (the rest of a whole, a sum as the
// whole); after: 6/6, 5/6, 5/5, 6/6, 6/6, 5/5 (33 of 34). Open: a whole counted in a heading (a section's title is no
// sentence of its text).
describeBattery(percentageClaimCheck, inSentence, inSentenceClean, 6)
describeBattery(percentageClaimCheck, before, beforeClean, 5)
describeBattery(percentageClaimCheck, tables, tablesClean, 5)
describeBattery(percentageClaimCheck, growth, growthClean, 6)
describeBattery(percentageClaimCheck, fractions, fractionsClean, 6)
describeBattery(percentageClaimCheck, sums, sumsClean, 5)
