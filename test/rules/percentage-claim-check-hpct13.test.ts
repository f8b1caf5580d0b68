import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct13, written before reading the rule: a share whose part or whole stands outside its
// sentence. (a) The part is named back (`Dat is`, `Dit was`, `Die vormen`) and is the one quantity
// of the sentence before, with the unit of the whole. (b) The whole is a noun phrase without a
// number (`alle vrijwilligers`, `het totaal`) and the text states exactly one count of that noun.
// (c) The share is about a table row named in the sentence (a district, a year), part and whole
// being columns of that row. The look-alikes: the same forms with a fitting share, two quantities
// the anaphor could take, a quantity of another unit, a change instead of a share, a heading
// between, two candidate wholes, a whole the text never counts.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const wijken = ['| Wijk | Woningen | Sociale huur | Leegstaand |', '|---|---|---|---|', '| Noord | 2.400 | 600 | 30 |', '| Zuid | 1.600 | 720 | 80 |', '| Oost | 900 | 150 | 12 |', '| Totaal | 4.900 | 1.470 | 122 |', '']
const aanvragen = ['| Jaar | Aanvragen | Toegekend |', '|---|---|---|', '| 2023 | 410 | 290 |', '| 2024 | 455 | 330 |', '| 2025 | 480 | 310 |', '']
const bezoek = ['| Locatie | Bezoekers | Openingsdagen |', '|---|---|---|', '| Binnenbad | 36.000 | 310 |', '| Buitenbad | 18.000 | 95 |', '| Natuurbad | 6.000 | 80 |', '| Totaal | 60.000 | 485 |', '']

const bezit = ['| Kern | Koop | Huur | Totaal |', '|---|---|---|---|', '| Dorp | 640 | 210 | 850 |', '| Stad | 1.160 | 1.990 | 3.150 |', '| Totaal | 1.800 | 2.200 | 4.000 |', '']
const leeftijden = ['| Leeftijdsgroep | Kinderen | Met diploma A | Zonder diploma |', '|---|---|---|---|', '| 4-5 jaar | 600 | 120 | 480 |', '| 6-7 jaar | 720 | 396 | 324 |', '| 8-9 jaar | 800 | 600 | 200 |', '| Totaal | 2.120 | 1.116 | 1.004 |', '']
const vereniging = ['| Leeftijd | Leden | Vrijwilliger |', '|---|---|---|', '| 18 t/m 39 jaar | 1.400 | 140 |', '| 40 t/m 64 jaar | 1.100 | 260 |', '| 65 jaar en ouder | 900 | 300 |', '| Totaal | 3.400 | 700 |', '']
const zwemmers = ['| Jaar | Leerlingen | Met zwemdiploma |', '|---|---|---|', '| 2023 | 1.240 | 980 |', '| 2024 | 1.310 | 1.020 |', '| 2025 | 1.280 | 1.090 |', '']

const defects: BatteryWording[] = [
  // (a) the part in the sentence before, named back
  ['dat is, ton', p('Het gemeentelijk wagenpark stootte in 2025 410 ton CO2 uit. Dat is bijna de helft van de totale uitstoot van de organisatie van 1.300 ton.'), 'bijna de helft'],
  ['dit was, percent, counts', p('De bibliotheek schreef vorig jaar 2.300 nieuwe leden in. Dit was zo\'n 40 procent van alle 9.800 leden.'), '40 procent'],
  ['euro millions', p('Aan het onderhoud van bruggen en kades gaven we € 1,2 miljoen uit. Dat is ongeveer een derde van het onderhoudsbudget van € 6 miljoen.'), 'een derde'],
  ['list item', p('Wat we ophaalden:', '', '- Zwerfafval: 45 ton in 2025. Dit vormt ruim 10 procent van de 900 ton restafval.', '- Grofvuil: 300 ton.'), '10 procent'],
  ['die vormen, trees', p('We plantten in 2026 1.800 bomen. Die vormen een kwart van de 4.500 bomen die we tot 2030 planten.'), 'een kwart'],
  ['hectare', p('Het natuurgebied De Kaal beslaat 120 hectare. Dat is een vijfde van het buitengebied van 1.500 hectare.'), 'een vijfde'],
  ['het ging om, brackets', p('Vorig jaar kregen 260 huishoudens een energiebox. Het ging om ruim 15% van de doelgroep (3.400 huishoudens).'), '15%'],
  ['een op de, sentence with other text between', p('In het najaar meldden zich 96 nieuwe mantelzorgers bij het steunpunt. Dat is een op de drie van de 820 mantelzorgers die het steunpunt kent.'), 'een op de drie'],
  // (b) the whole a noun phrase, counted once elsewhere
  ['alle vrijwilligers, count earlier', p('Aan de opschoondag deden 340 vrijwilligers mee.', '', 'Uit de wijk Noord kwamen 150 vrijwilligers; dat is een kwart van alle vrijwilligers.'), 'een kwart'],
  ['table total of the noun', p(...bezoek, 'Het buitenbad trok 18.000 bezoekers, ruim de helft van alle bezoekers.'), 'ruim de helft'],
  ['het totaal, count earlier', p('De gemeente telt 14.200 huishoudens.', '', 'Ongeveer 2.100 huishoudens moeten rondkomen van een laag inkomen, bijna een kwart van het totaal.'), 'bijna een kwart'],
  // (c) a table row named in prose
  ['row named, district', p(...wijken, 'In Noord is bijna de helft van de woningen sociale huur.'), 'bijna de helft'],
  ['row named, year', p(...aanvragen, 'Van de aanvragen in 2025 werd ruim driekwart toegekend.'), 'ruim driekwart'],
  ['row named, een op de', p(...wijken, 'In Zuid staat een op de vier woningen leeg.'), 'een op de vier'],
  // (b) the whole named by its noun among the part's own words
  ['part among the whole\'s noun', p('Aan de zomerschool namen 450 kinderen deel.', '', 'Bij de kinderen waren 60 nieuwkomers; dat is bijna een kwart van alle kinderen.'), 'bijna een kwart'],
  // (c) the part given, the whole a table cell of the row the sentence names
  ['row whole, year', p(...aanvragen, 'Van de aanvragen in 2024 kwamen er 150 via de website binnen, ruim de helft van het totaal.'), 'ruim de helft'],
  ['row whole, district', p(...wijken, 'Van de woningen in Oost zijn er 420 gebouwd voor 1970, bijna een kwart.'), 'bijna een kwart'],
  // (a) with the whole in another unit of the part's measure
  ['m² of hectare', p('Het park wordt 6.500 m² groot. Dat beslaat ruim een kwart van het plangebied van 4,8 hectare.'), 'ruim een kwart'],
  ['ton of kiloton', p('De besparing komt uit op 3.600 ton CO2. Dat is ongeveer een kwart van de uitstoot van alle woningen van 48 kiloton.'), 'ongeveer een kwart'],
  // (c) a column named by the compound that opens the sentence, of the whole said as all
  ['column compound, voorraad', p(...bezit, 'Huurhuizen vormen bijna twee derde van de woningvoorraad.'), 'bijna twee derde'],
  ['column compound, totaal', p(...bezit, 'Huurwoningen zijn ruim een derde van het totaal.'), 'ruim een derde'],
  // (c) an age row named in words of the sentence
  ['age row in words, negated column', p(...leeftijden, 'Onder de acht- en negenjarigen heeft een derde van de kinderen geen diploma.'), 'een derde'],
  ['age row as plussers', p(...vereniging, 'Bij de 65-plussers is bijna de helft van de leden vrijwilliger.'), 'bijna de helft'],
  ['age row as jarigen', p(...vereniging, 'Onder de 40- tot en met 64-jarigen is een op de drie leden vrijwilliger.'), 'een op de drie'],
  // Second round, written after the first fixes to test whether they transfer (9/10 at once)
  ['prev sentence, table total', p(...bezoek, 'Het buitenbad trok 18.000 bezoekers. Dat is ruim de helft van alle bezoekers.'), 'ruim de helft'],
  ['dit betrof, kilometer', p('Dit jaar asfalteerden we 14 kilometer fietspad. Dit betrof bijna een derde van het fietsnetwerk van 180 kilometer.'), 'bijna een derde'],
  ['het gaat om, euro', p('Voor de schuldhulp trekken we € 420.000 uit. Het gaat om zo\'n 20 procent van het sociaal budget van € 4,2 miljoen.'), '20 procent'],
  ['dat beslaat, m2', p('Het nieuwe park wordt 6.500 m² groot. Dat beslaat ruim een kwart van het plangebied van 48.000 m².'), 'ruim een kwart'],
  ['list lead, part item', p('Wat de brandweer in 2025 deed:', '', '- 310 uitrukken voor brand. Dat is bijna 60 procent van de 920 uitrukken.'), 'bijna 60 procent'],
  ['year row, whole', p(...zwemmers, 'Van de leerlingen in 2023 hadden er 980 een zwemdiploma, ruim 90 procent.'), 'ruim 90 procent'],
  ['row whole, onder', p(...zwemmers, 'Onder de leerlingen uit 2025 waren er 190 zonder diploma, een kwart van het totaal.'), 'een kwart'],
  ['among noun, van hen style', p('De enquête werd ingevuld door 1.200 inwoners.', '', 'Van de inwoners waren 150 mensen ouder dan 75; dat is bijna een vijfde van alle inwoners.'), 'bijna een vijfde'],
  ['whole in brackets, euro', p('De gemeente gaf € 90.000 uit aan de markt, ruim een derde van het budget (€ 400.000).'), 'ruim een derde'],
  ['two sentences, mln', p('De jeugdzorg kostte in 2025 € 12,4 mln. Dat was bijna de helft van de totale uitgaven in het sociaal domein van € 41 mln.'), 'bijna de helft']
]

const clean: CleanWording[] = [
  ['fitting, dat is', p('Het gemeentelijk wagenpark stootte in 2025 410 ton CO2 uit. Dat is bijna een derde van de totale uitstoot van de organisatie van 1.300 ton.')],
  ['fitting, euro', p('Aan het onderhoud van bruggen en kades gaven we € 1,2 miljoen uit. Dat is een vijfde van het onderhoudsbudget van € 6 miljoen.')],
  ['two quantities the anaphor could take', p('De wagens reden 410 ton zout en 200 ton zand. Dat is ruim de helft van de 1.300 ton die we inkochten.')],
  ['other unit before', p('We plantten in 2026 1.800 bomen op 14 hectare. Dat is 60 procent van de geplande 4.500 euro.')],
  ['a change, not a share', p('Het wagenpark stootte in 2025 410 ton CO2 uit. Dat is een kwart minder dan in 2020, toen het 550 ton was.')],
  ['heading between', p('Het gemeentelijk wagenpark stootte in 2025 410 ton CO2 uit.', '', '## Doelen', '', 'Dat moet de helft worden van de 1.300 ton.')],
  ['fitting, alle vrijwilligers', p('Aan de opschoondag deden 340 vrijwilligers mee.', '', 'Uit de wijk Noord kwamen 150 vrijwilligers; dat is bijna de helft van alle vrijwilligers.')],
  ['two candidate wholes', p('In 2024 deden 340 vrijwilligers mee en in 2025 560 vrijwilligers.', '', 'Uit de wijk Noord kwamen 150 vrijwilligers; dat is een kwart van alle vrijwilligers.')],
  ['whole never counted', p('Uit de wijk Noord kwamen 150 vrijwilligers; dat is een kwart van alle vrijwilligers.')],
  ['fitting, table total', p(...bezoek, 'Het buitenbad trok 18.000 bezoekers, 30 procent van alle bezoekers.')],
  ['fitting, row named', p(...wijken, 'In Noord is een kwart van de woningen sociale huur.')],
  ['fitting, year row', p(...aanvragen, 'Van de aanvragen in 2025 werd bijna twee derde toegekend.')],
  ['row named, target', p(...wijken, 'In Noord willen we dat in 2030 de helft van de woningen sociale huur is.')],
  ['fitting, een op de', p(...wijken, 'In Zuid staat een op de twintig woningen leeg.')],
  ['fitting, m² of hectare', p('Het park wordt 6.500 m² groot. Dat beslaat ruim een achtste van het plangebied van 4,8 hectare.')],
  ['other measure, no conversion', p('Het park krijgt 6.500 planten. Dat beslaat ruim een kwart van het plangebied van 4,8 hectare.')],
  ['fitting, column compound', p(...bezit, 'Koophuizen vormen bijna de helft van de woningvoorraad.')],
  ['compound head no plural', p(...bezit, 'Koopkracht is ruim een derde van het totaal.')],
  ['fitting, age row, positive column', p(...leeftijden, 'Onder de acht- en negenjarigen heeft driekwart van de kinderen al een diploma.')],
  ['fitting, age row as plussers', p(...vereniging, 'Bij de 65-plussers is een derde van de leden vrijwilliger.')],
  ['age not a row', p(...vereniging, 'Bij de 12- tot en met 17-jarigen is bijna de helft van de leden vrijwilliger.')],
  ['fitting, part among the whole\'s noun', p('Aan de zomerschool namen 450 kinderen deel.', '', 'Bij de kinderen waren 110 nieuwkomers; dat is bijna een kwart van alle kinderen.')],
  ['among a counted group', p('De club telt 900 leden.', '', 'Onder de 120 leden van de jeugd waren 30 keepers; dat is een kwart van alle leden.')],
  ['fitting, row whole', p(...aanvragen, 'Van de aanvragen in 2024 kwamen er 150 via de website binnen, een derde van het totaal.')],
  ['row whole, year not in the table', p(...aanvragen, 'Van de aanvragen in 2026 kwamen er 150 via de website binnen, ruim de helft van het totaal.')],
  ['fitting prev, table total', p(...bezoek, 'Het buitenbad trok 18.000 bezoekers. Dat is 30 procent van alle bezoekers.')],
  ['fitting dit betrof', p('Dit jaar asfalteerden we 14 kilometer fietspad. Dit betrof bijna 8 procent van het fietsnetwerk van 180 kilometer.')],
  ['prev has two amounts', p('Voor de schuldhulp trekken we € 420.000 uit en voor armoede € 300.000. Het gaat om zo\'n 20 procent van het sociaal budget van € 4,2 miljoen.')],
  ['prev other unit', p('Het nieuwe park krijgt 300 bomen. Dat beslaat ruim een kwart van het plangebied van 48.000 m².')],
  ['prev is a change', p('De uitgaven stegen van € 300.000 naar € 420.000. Het gaat om zo\'n 20 procent van het sociaal budget van € 4,2 miljoen.')],
  ['fitting year row', p(...zwemmers, 'Van de leerlingen in 2023 hadden er 980 een zwemdiploma, bijna 80 procent.')],
  ['year row ambiguous tables', p(...zwemmers, ...zwemmers, 'Van de leerlingen in 2023 hadden er 980 een zwemdiploma, ruim 90 procent.')],
  ['fitting brackets', p('De gemeente gaf € 90.000 uit aan de markt, bijna een kwart van het budget (€ 400.000).')],
  ['target in brackets', p('We willen 90 laadpalen bijplaatsen, ruim een vijfde van het doel (400 palen) voor 2030.')],
  ['heading between prev', p('Dit jaar asfalteerden we 14 kilometer fietspad.', '', '## Plannen', '', 'Dit betrof bijna een derde van het fietsnetwerk van 180 kilometer.')]
]

describeBattery(percentageClaimCheck, defects, clean, 34)
