import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 11, written before the code was read: operands of a stated change, mean, total or share
// of a whole that stand in another sentence than the result. The start of a change in the
// sentence before (`… bedraagt € X. … stijgt dit tot € Y, een stijging van € Z`), a list of
// parts in brackets after a mean or a total (with years or names as labels), parts after
// `Daarvan` that should make up the whole of the sentence before, and a result with a restatement
// after it (`, ongeveer een op de twaalf`). A term of years for a write-off stated before the
// amount written off (`afgeschreven over 25 jaar. Bij een investering van € 650.000 …`).

const body = (...lines: string[]): string[] => ['# Ontwikkeling', '', ...lines]

const defects: BatteryWording[] = [
  ['a change whose start stood in the sentence before', body('Het budget voor groenonderhoud is in 2026 € 410.000. In 2029 loopt het op tot € 455.000, een stijging van € 35.000.'), '35.000'],
  ['a fall in counts over two sentences', body('In 2024 telden we 1.240 meldingen van overlast. Een jaar later waren het er 1.105, een daling van 145.'), '145'],
  ['a comparative after the result over two sentences', body('De wachtlijst telde begin 2025 nog 86 huishoudens. Eind 2025 stonden er 61 op, 35 minder dan aan het begin van het jaar.'), '35'],
  ['a rise with dit pointing back', body('De bijdrage aan de omgevingsdienst bedraagt dit jaar € 96.500. Vanaf 2028 groeit dit naar € 104.000, een toename van € 8.500.'), '8.500'],
  ['a mean with years as labels in brackets', body('Het aantal meldingen lag de laatste drie jaar gemiddeld op 212 per jaar (2023: 190, 2024: 205, 2025: 226).'), '212'],
  ['a mean with months as labels in brackets', body('Gemiddeld kwamen er 48 aanvragen per maand binnen (januari 41, februari 52, maart 57).'), '48'],
  ['a total with names as labels in brackets', body('In totaal ontvingen 1.150 huishoudens de energietoeslag (Noord: 420, Midden: 310, Zuid: 390).'), '1.150'],
  ['a mean followed by a restatement', body('In 2023 vonden 212 jongeren een stageplek, in 2024 nog 190 en in 2025 weer 236. Dat is gemiddeld 221 per jaar, ongeveer een op de zes leerlingen.'), '221'],
  ['parts after daarvan that miss the whole before', body('De lasten voor handhaving bedragen in 2027 € 265.000. Daarvan komt € 140.000 uit de algemene middelen en € 105.000 uit de bijdrage van de provincie.'), '265.000'],
  ['parts after hiervan that exceed the whole before', body('Er kwamen dit jaar 640 aanmeldingen binnen. Hiervan kwamen er 410 uit de stad en 250 uit de omliggende dorpen.'), '640'],
  ['parts in millions after daarvan', body('Het nieuwe zwembad kost € 14,2 miljoen. Daarvan betaalt de gemeente € 11,5 miljoen en de provincie € 2,2 miljoen.'), '14,2'],
  ['a term of years before the amount written off', body('De tribune wordt afgeschreven over 25 jaar. Bij een investering van € 650.000 komt de afschrijving dan op € 28.000 per jaar.'), '28.000'],
  ['a term of years before an amount in millions', body('We hanteren een afschrijvingstermijn van 40 jaar. Het nieuwe dorpshuis kost € 2,4 miljoen, wat een jaarlijkse afschrijvingslast van € 65.000 geeft.'), '65.000'],
  ['a term in words before the amount written off', body('Speeltoestellen worden over tien jaar afgeschreven. Voor de € 84.000 aan nieuwe toestellen is dat jaarlijks € 9.400.'), '9.400'],
  ['a change in a year count over two sentences with er', body('Begin 2025 waren er 318 vrijwilligers actief. Aan het eind van het jaar waren dat er 341, 13 meer dan in januari.'), '13']
]

const clean: CleanWording[] = [
  ['the change over two sentences right', body('Het budget voor groenonderhoud is in 2026 € 410.000. In 2029 loopt het op tot € 455.000, een stijging van € 45.000.')],
  ['the fall right', body('In 2024 telden we 1.240 meldingen van overlast. Een jaar later waren het er 1.105, een daling van 135.')],
  ['a change against another measure than the sentence before', body('De gemeente telde 1.240 meldingen van overlast. Bij de politie kwamen er 380 binnen, een stijging van 40 ten opzichte van vorig jaar.')],
  ['a change of another amount than the one before', body('Het totale budget is € 410.000. Voor de bibliotheek loopt het bedrag op tot € 220.000, een stijging van € 15.000.')],
  ['the comparative right', body('De wachtlijst telde begin 2025 nog 86 huishoudens. Eind 2025 stonden er 61 op, 25 minder dan aan het begin van het jaar.')],
  ['the mean in brackets right', body('Het aantal meldingen lag de laatste drie jaar gemiddeld op 207 per jaar (2023: 190, 2024: 205, 2025: 226).')],
  ['a mean rounded in brackets', body('Gemiddeld kwamen er ruim 50 aanvragen per maand binnen (januari 41, februari 52, maart 57).')],
  ['the total in brackets right', body('In totaal ontvingen 1.120 huishoudens de energietoeslag (Noord: 420, Midden: 310, Zuid: 390).')],
  ['a total with one example in brackets', body('In totaal ontvingen 1.150 huishoudens de energietoeslag (in 2024 nog 980).')],
  ['the mean with a restatement right', body('In 2023 vonden 212 jongeren een stageplek, in 2024 nog 190 en in 2025 weer 236. Dat is gemiddeld 213 per jaar, ongeveer een op de zes leerlingen.')],
  ['parts after daarvan that make the whole', body('De lasten voor handhaving bedragen in 2027 € 265.000. Daarvan komt € 160.000 uit de algemene middelen en € 105.000 uit de bijdrage van de provincie.')],
  ['a part and a rest after daarvan', body('De lasten voor handhaving bedragen in 2027 € 265.000. Daarvan komt € 140.000 uit de algemene middelen; de rest betalen we uit de reserve.')],
  ['some of the parts after daarvan, with onder meer', body('De lasten voor handhaving bedragen in 2027 € 265.000. Daarvan gaat onder meer € 140.000 naar boa’s en € 45.000 naar camera’s.')],
  ['one part after daarvan', body('Het nieuwe zwembad kost € 14,2 miljoen. Daarvan is € 3,5 miljoen al uitgegeven.')],
  ['parts of another kind after daarvan', body('Er kwamen dit jaar 640 aanmeldingen binnen. Daarvan waren er 120 van jongeren en 85 van senioren.')],
  ['parts after daarvan that make the whole in millions', body('Het nieuwe zwembad kost € 14,2 miljoen. Daarvan betaalt de gemeente € 12 miljoen en de provincie € 2,2 miljoen.')],
  ['the term before the amount right', body('De tribune wordt afgeschreven over 25 jaar. Bij een investering van € 650.000 komt de afschrijving dan op € 26.000 per jaar.')],
  ['the term before millions right', body('We hanteren een afschrijvingstermijn van 40 jaar. Het nieuwe dorpshuis kost € 2,4 miljoen, wat een jaarlijkse afschrijvingslast van € 60.000 geeft.')],
  ['capital charges with interest after the term', body('We hanteren een afschrijvingstermijn van 40 jaar. Het dorpshuis kost € 2,4 miljoen; de kapitaallasten inclusief rente zijn € 84.000 per jaar.')],
  ['the year count change right', body('Begin 2025 waren er 318 vrijwilligers actief. Aan het eind van het jaar waren dat er 341, 23 meer dan in januari.')]
]

describeBattery(proseCalculation, defects, clean, 15)
