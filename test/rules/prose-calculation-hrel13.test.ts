import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hrel13: a rate looked up by its label. A text lays down one rate per label (a zone, a site, a
// category, a building: in list items, in one sentence with `voor … en voor …`, or in a table
// with a price column) and later applies one of them to a quantity of its unit, naming the label
// and giving one euro result (`Een kraam van 12 m² in categorie 1 betaalt € 55,40`). The label is
// the pointer, not a repeated noun. Look-alikes: the product right or within its approximation,
// a quantity of another unit, two labels in the application, an extra factor (a discount, a
// number of years, a part of the year), a ceiling, another time unit than the rate's.

const body = (...lines: string[]): string[] => ['# Tarieven', '', ...lines]

const defects: BatteryWording[] = [
  ['list items label: rate, application names the label', body('Voor een standplaats gelden twee categorieën:', '', '- categorie 1 (weekmarkt): € 4,20 per m²;', '- categorie 2 (overige plekken): € 2,60 per m².', '', 'Een kraam van 12 m² in categorie 1 betaalt € 55,40.'), '50,4'],
  ['one sentence voor … en voor …, application in the next', body('Het havengeld is € 0,85 per meter voor de passantenhaven en € 1,10 per meter voor de jachthaven. Een boot van 11 meter in de jachthaven betaalt per nacht € 14,10.'), '12,1'],
  ['table with a price column', body('| Gebied | Prijs per m² |', '|---|---|', '| Noordkant | € 95 |', '| Zuidkant | € 140 |', '', 'Voor de 4.200 m² aan de Zuidkant rekenen we op € 546.000.'), '588.000'],
  ['result before the quantity', body('Veld A kost € 45 per uur en veld B € 60 per uur.', '', '€ 3.300 betaalt de vereniging voor de 60 uur op veld B.'), '3.600'],
  ['labels as names, relative clause', body('Sporthal De Hoek verhuren we voor € 38 per uur, sporthal Oostwal voor € 44 per uur.', '', 'Een club die 120 uur in sporthal Oostwal traint, betaalt daarvoor € 4.680.'), '5.280'],
  ['bracketed rates, quantity in words', body('Parkeren kost in de kern meer dan daarbuiten (zone 1: € 2,50 per uur; zone 2: € 1,80 per uur).', 'Wie in zone 2 vier uur parkeert, betaalt € 9,20.'), '7,2'],
  ['label as a plural noun, application by its singular', body('Voor particulieren geldt € 65 per container, voor bedrijven € 90 per container. Een bedrijf dat 14 containers laat legen, betaalt € 1.160.'), '1.260'],
  ['label after the rate', body('De school betaalt € 0,35 per kWh in het daltarief en € 0,42 per kWh in het piektarief. Bij 3.000 kWh in het piektarief betaalt de school € 1.160.'), '1.260'],
  ['unit shared by two labels', body('De huur is € 7,50 per m² in De Schakel en € 9 in Het Anker.', '', 'Voor een lokaal van 60 m² in Het Anker vraagt de stichting € 490 per maand.'), '540'],
  ['number in words before the label', body('Voor het rooien van een boom vragen we € 65 per boom in het buitengebied en € 110 per boom binnen de bebouwde kom. Voor negen bomen binnen de bebouwde kom betaalt de aanvrager € 890.'), '990'],
  ['pupils per school type, is dat', body('De gemeente vergoedt € 120 per leerling in het basisonderwijs en € 180 per leerling in het voortgezet onderwijs. Voor de 450 leerlingen in het voortgezet onderwijs is dat € 72.000.'), '81.000'],
  ['lead line with the unit, label items', body('Het college hanteert deze tarieven per m²:', '', '- Stadspark: € 3,00;', '- Wielerweide: € 1,50.', '', 'Een evenement van 2.000 m² in het Stadspark kost € 5.000.'), '6.000'],
  ['approximate result in millions', body('Bouwgrond kost op De Esch € 210 per m² en op Kampveld € 165 per m².', '', 'De 14.000 m² die op Kampveld nog vrij zijn, leveren ongeveer € 2,8 miljoen op.'), '165'],
  ['label as the first part of a compound in the table', body('| Voorziening | Bijdrage per m² |', '|---|---|', '| Groendakaanleg | € 35 |', '| Gevelbeplanting | € 20 |', '', 'Wie een groendak van 40 m² laat aanleggen, ontvangt € 1.200.'), '1.400'],
  ['label as the head of a compound in a list', body('De gemeente vergoedt per m²:', '', '- isolatieglas: € 22;', '- vloerisolatie: € 9.', '', 'Voor 15 m² glas keert de gemeente € 380 uit.'), '330'],
  ['a bound on the quantity carried to the result, table', body('| Maatregel | Subsidie per m² |', '|---|---|', '| Zonwering | € 18 |', '| Dakgroen | € 40 |', '', 'Voor zonwering geldt een maximum van 25 m² per woning, zodat de subsidie per woning nooit hoger uitkomt dan € 400.'), '450'],
  ['a bound on the quantity carried to the result, sentence', body('We betalen € 14 per meter voor een haag en € 6 per meter voor een houtwal. Per tuin vergoeden we maximaal 30 meter haag, de bijdrage komt dus niet boven € 360.'), '420'],
  ['tonnes of a class', body('Storten kost € 18 per ton voor klasse I en € 29 per ton voor klasse II. De 850 ton grond van klasse II kost € 23.350 om te storten.'), '24.650']
]

const clean: CleanWording[] = [
  ['the list product right', body('Voor een standplaats gelden twee categorieën:', '', '- categorie 1 (weekmarkt): € 4,20 per m²;', '- categorie 2 (overige plekken): € 2,60 per m².', '', 'Een kraam van 12 m² in categorie 1 betaalt € 50,40.')],
  ['the sentence product right', body('Het havengeld is € 0,85 per meter voor de passantenhaven en € 1,10 per meter voor de jachthaven. Een boot van 11 meter in de jachthaven betaalt per nacht € 12,10.')],
  ['approximate result within its word', body('Bouwgrond kost op De Esch € 210 per m² en op Kampveld € 165 per m².', '', 'De 14.000 m² die op Kampveld nog vrij zijn, leveren ongeveer € 2,3 miljoen op.')],
  ['a quantity of another unit', body('Voor een standplaats gelden twee categorieën:', '', '- categorie 1 (weekmarkt): € 4,20 per m²;', '- categorie 2 (overige plekken): € 2,60 per m².', '', 'Een kraam met 3 medewerkers in categorie 1 betaalt € 50,40.')],
  ['two labels in the application', body('Veld A kost € 45 per uur en veld B € 60 per uur.', '', 'Een vereniging die 10 uur op veld A en 12 uur op veld B huurt, betaalt € 1.170.')],
  ['an extra factor: a discount', body('Veld A kost € 45 per uur en veld B € 60 per uur.', '', 'Met 25% korting betaalt een vereniging voor 40 uur op veld B € 1.800.')],
  ['an extra factor: years', body('Voor een uitstalling rekenen we € 27 per m² per jaar in strook 1 en € 16,40 in strook 2.', '', 'Over drie jaar betaalt een uitstalling van 10 m² in strook 1 € 810.')],
  ['a ceiling in the rate', body('De bijdrage is € 40 per m² voor de binnenstad en € 25 per m² voor de wijken, tot een maximum van € 2.000 per pand. Een gevel van 80 m² in de binnenstad krijgt € 2.000.')],
  ['another time unit than the rate', body('De huur van een standplaats is € 27 per m² per jaar in strook 1 en € 16,40 per m² per jaar in strook 2.', '', 'Een standplaats van 14 m² in strook 1 kost per maand € 31,50.')],
  ['the label in a sentence without a result', body('De huur is € 27 per m² in strook 1 en € 16,40 per m² in strook 2. In strook 1 staan 36 kramen met samen 940 m² aan uitstalling.')],
  ['a new rate for the label, no quantity', body('De huur is € 27 per m² in strook 1 en € 16,40 per m² in strook 2. Het tarief in strook 1 stijgt in 2028 naar € 28,50 per m².')],
  ['a label whose rate is laid down twice', body('Sporthal De Hoek kost € 38 per uur. Vanaf 2028 kost sporthal De Hoek € 42 per uur.', '', 'Een club die 100 uur in sporthal De Hoek traint, betaalt in 2028 € 4.200.')],
  ['a bound on the quantity that holds', body('| Maatregel | Subsidie per m² |', '|---|---|', '| Zonwering | € 18 |', '| Dakgroen | € 40 |', '', 'Voor zonwering geldt een maximum van 25 m² per woning, zodat de subsidie per woning nooit hoger uitkomt dan € 450.')],
  ['a ceiling on the result', body('| Maatregel | Subsidie per m² |', '|---|---|', '| Zonwering | € 18 |', '| Dakgroen | € 40 |', '', 'Een woning met 30 m² dakgroen krijgt maximaal € 1.000.')],
  ['a compound head both labels share', body('Het tarief is € 2 per m² in het binnengebied en € 1 per m² in het buitengebied. Een tent van 300 m² in het gebied betaalt € 300.')],
  ['a seasonal part of the year rate', body('- strook 1: € 27,00 per m² per jaar;', '- strook 2: € 16,40 per m² per jaar.', '', 'Een zomerkraam van 24 m² in strook 1 betaalt vijf twaalfde daarvan, € 270.')]
]

describeBattery(proseCalculation, defects, clean, 18)
