import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave 14 battery (hcalc9), written before reading the calculation code: six shapes of a prose
// calculation whose result does not stand right after its terms. A mean stated before the list
// of its parts; a difference whose result noun opens the next sentence; a change with a spelled
// result after a colon; a product of three factors (a rate per unit per time); a rate converted
// between time units; a count on the line before a rate with a qualifier (`inclusief …`,
// `gemiddeld`) or a line break inside the sentence. Right look-alikes include rounding words, a
// mean of other years, a rate over another period, and a term that belongs to another noun.
// The start code caught 2/4 means, 3/4 differences, 1/4 changes, 3/3 products, 3/5 rates, 3/4
// counts (15/24); one right wording (a mean per month before yearly parts) was reported as a sum.
// After wave 14: 4/4, 5/5, 4/4, 3/3, 5/5, 4/4 (25/25, one difference wording added with its fix:
// two sentences of one level each); all right ones quiet but that one.

const meanWrong: WrongCalculation[] = [
  ['a mean per year before its parts in <year>', ['De uitgaven aan het jongerenwerk kwamen de afgelopen vier jaar gemiddeld uit op € 88.000 per jaar: € 78.000 in 2022, € 82.500 in 2023, € 85.500 in 2024 en € 90.000 in 2025.'], '88.000'],
  ['a mean of counts before its parts', ['Gemiddeld telden we 1.450 meldingen per jaar: 1.280 in 2023, 1.390 in 2024 en 1.520 in 2025.'], '1.450'],
  ['a mean before parts with the year first', ['De bezoekersaantallen van het museum waren de laatste drie jaar gemiddeld 43.000: in 2023 waren het er 38.500, in 2024 41.200 en in 2025 44.800.'], '43.000'],
  ['a mean in one sentence, its parts in the next', ['Gemiddeld gaven we de afgelopen jaren € 216.000 per jaar uit aan het onderhoud van speelplekken. In 2023 was dat € 198.000, in 2024 € 205.000 en in 2025 € 219.000.'], '216.000']
]

const meanRight: Array<[string, string[]]> = [
  ['a mean before its parts, holding', ['De uitgaven aan het jongerenwerk kwamen de afgelopen vier jaar gemiddeld uit op € 84.000 per jaar: € 78.000 in 2022, € 82.500 in 2023, € 85.500 in 2024 en € 90.000 in 2025.']],
  ['a mean with bijna, holding', ['Gemiddeld telden we bijna 1.400 meldingen per jaar: 1.280 in 2023, 1.390 in 2024 en 1.520 in 2025.']],
  ['a mean of other years before a list', ['Over 2018 tot en met 2021 lag het gemiddelde op 36.000 bezoekers per jaar; daarna liep het op: 38.500 in 2023, 41.200 in 2024 en 44.800 in 2025.']],
  ['a mean per month before yearly parts', ['We gaven aan de huur van de gymzaal gemiddeld € 18.000 per maand uit: € 204.000 in 2024 en € 228.000 in 2025.']],
  ['a mean in one sentence, its parts in the next, holding', ['Gemiddeld gaven we de afgelopen jaren € 207.000 per jaar uit aan het onderhoud van speelplekken. In 2023 was dat € 198.000, in 2024 € 205.000 en in 2025 € 219.000.']],
  ['a mean of earlier years, the later years in the next sentence', ['Over 2018 tot en met 2021 gaven we gemiddeld € 150.000 per jaar uit. In 2023 was dat € 198.000, in 2024 € 205.000 en in 2025 € 219.000.']],
  ['a mean per month, yearly amounts in the next sentence', ['Gemiddeld betalen we € 17.000 per maand aan huur. In 2023 was de huur € 198.000, in 2024 € 205.000 en in 2025 € 219.000.']],
  ['a mean per project before yearly totals', ['Het fonds keerde gemiddeld € 6.500 per project uit: € 91.000 in 2024 en € 104.000 in 2025.']]
]

const differenceWrong: WrongCalculation[] = [
  ['tekort in the next sentence', ['In 2028 staan de lasten van € 412.000 tegenover baten van € 365.000. Het tekort bedraagt daarmee € 57.000.'], '57.000'],
  ['overschot in the next sentence after terwijl', ['De opbrengst uit parkeervergunningen is in 2027 € 248.500, terwijl de handhaving € 196.300 kost. Het overschot komt daarmee op € 62.200.'], '62.200'],
  ['verschil as the subject of the next sentence', ['We begroten voor 2026 € 1.340.000 aan uitgaven en € 1.215.000 aan inkomsten. Het verschil van € 135.000 vangen we op uit de reserve.'], '135.000'],
  ['nadeel per saldo, the terms on two lines', ['Aan de kostenkant staat in 2029 € 86.400.', 'Aan de batenkant staat € 71.900. Per saldo is het nadeel € 15.500.'], '15.500'],
  ['tekort after two sentences of one amount each', ['De lasten van de sporthal zijn € 412.000. De huuropbrengsten zijn € 286.000. Het tekort komt daarmee op € 136.000.'], '136.000']
]

const differenceRight: Array<[string, string[]]> = [
  ['tekort after two sentences of one amount each, holding', ['De lasten van de sporthal zijn € 412.000. De huuropbrengsten zijn € 286.000. Het tekort komt daarmee op € 126.000.']],
  ['nadeel per saldo on two lines, holding', ['Aan de kostenkant staat in 2029 € 86.400.', 'Aan de batenkant staat € 71.900. Per saldo is het nadeel € 14.500.']],
  ['a tekort after a subsidy in its own sentence', ['De lasten zijn € 412.000. De huur levert € 286.000 op. Met de subsidie van € 26.000 is het tekort € 100.000.']],
  ['tekort in the next sentence, holding', ['In 2028 staan de lasten van € 412.000 tegenover baten van € 365.000. Het tekort bedraagt daarmee € 47.000.']],
  ['overschot with ruim, holding', ['De opbrengst uit parkeervergunningen is in 2027 € 248.500, terwijl de handhaving € 196.300 kost. Het overschot komt daarmee op ruim € 52.000.']],
  ['the tekort of another year', ['In 2026 staan tegenover € 640.000 aan lasten € 600.000 aan baten. Het tekort van 2025 was € 55.000 en loopt dus terug.']],
  ['a tekort after a third term', ['De lasten zijn € 300.000 en de baten € 260.000. Met de onttrekking van € 25.000 uit de reserve is het tekort nog € 15.000.']]
]

const changeWrong: WrongCalculation[] = [
  ['a fall with a spelled result after a colon', ['In 2020 telde de gemeente nog 14 peuterspeelzalen en in 2025 nog 11: vier minder in vijf jaar.'], '= 4'],
  ['a rise with a spelled result after a colon', ['Het aantal vrijwilligers groeide van 48 in 2022 naar 57 in 2025: elf erbij in drie jaar.'], '= 11'],
  ['a daling with a spelled result', ['In 2019 waren er 23 buurthuizen, nu zijn dat er 19: een daling van drie.'], '= 3'],
  ['a rise with a result in digits after a colon', ['Het aantal laadpalen steeg van 120 in 2023 tot 164 in 2025: 34 meer dan twee jaar eerder.'], '34']
]

const changeRight: Array<[string, string[]]> = [
  ['a fall with a spelled result, holding', ['In 2020 telde de gemeente nog 14 peuterspeelzalen en in 2025 nog 11: drie minder in vijf jaar.']],
  ['a rise with a spelled result, holding', ['Het aantal vrijwilligers groeide van 48 in 2022 naar 57 in 2025: negen erbij in drie jaar.']],
  ['a fall holding beside a spelled count of districts', ['In 2019 waren er 23 buurthuizen en in 2025 19: vier minder, verspreid over drie wijken.']],
  ['a fall holding, then another spelled number', ['In 2021 had de wijk 16 speelplekken en in 2025 nog 13: drie zijn opgeheven en twee vernieuwd.']]
]

const productWrong: WrongCalculation[] = [
  ['an area, a price per m² per week and weeks', ['Een sporthal van 1.200 m² kost bij een schoonmaaktarief van € 0,85 per m² per week, uitgaande van 40 weken, € 44.800 per jaar.'], '44.800'],
  ['people, a price per hour per person and hours', ['Zes handhavers kosten bij € 58 per uur per persoon voor 20 uur samen € 7.560.'], '7.560'],
  ['pupils, a price per pupil per day and days', ['Voor 35 leerlingen rekenen we € 4,20 per leerling per schooldag; over 190 schooldagen komt dat uit op € 29.930.'], '29.930']
]

const productRight: Array<[string, string[]]> = [
  ['an area, a price per m² per week and weeks, holding', ['Een sporthal van 1.200 m² kost bij een schoonmaaktarief van € 0,85 per m² per week, uitgaande van 40 weken, € 40.800 per jaar.']],
  ['pupils, days, holding', ['Voor 35 leerlingen rekenen we € 4,20 per leerling per schooldag; over 190 schooldagen komt dat uit op € 27.930.']],
  ['a price per m² per month and an area, per month', ['Het tarief is € 2,10 per m² per maand; een standplaats van 20 m² kost dus € 42 per maand.']],
  ['a price per m³ per month over a year, holding', ['Een container van 4 kuub kost € 11 per kuub per maand, dus € 528 per jaar.']]
]

const rateWrong: WrongCalculation[] = [
  ['per night to per year with oftewel', ['Een plek in de nachtopvang kost € 96 per nacht, oftewel zo’n € 31.000 per jaar.'], '31.000'],
  ['per month to per year with dat is', ['De huur van de loods is € 2.350 per maand, dat is € 26.200 per jaar.'], '26.200'],
  ['per week to per year with omgerekend', ['De begeleiding kost € 640 per week; omgerekend is dat € 36.280 per jaar.'], '36.280'],
  ['per year to per month with neerkomt op', ['Het abonnement kost € 84.000 per jaar, wat neerkomt op € 8.000 per maand.'], '8.000'],
  ['per quarter to per year with ofwel', ['De beveiliging van het depot kost € 14.500 per kwartaal, ofwel € 52.000 per jaar.'], '52.000']
]

const rateRight: Array<[string, string[]]> = [
  ['per night to per year, holding', ['Een plek in de nachtopvang kost € 96 per nacht, oftewel zo’n € 35.000 per jaar.']],
  ['per month to per year, holding', ['De huur van de loods is € 2.350 per maand, dat is € 28.200 per jaar.']],
  ['a weekly cost beside a yearly licence', ['De begeleiding kost € 640 per week; daarnaast betalen we € 3.000 per jaar voor de licentie.']],
  ['per year to per month, holding', ['Het abonnement kost € 84.000 per jaar, wat neerkomt op € 7.000 per maand.']],
  ['per working day over stated working days', ['Een inzet van € 250 per werkdag komt neer op ongeveer € 55.000 per jaar bij 220 werkdagen.']],
  ['per month to per year with ofwel, holding', ['Het onderhoudscontract kost € 1.200 per maand, ofwel € 14.400 per jaar.']]
]

const countWrong: WrongCalculation[] = [
  ['kilometres on the line before, a rate with inclusief', ['Het nieuwe wandelnetwerk krijgt 18,5 kilometer aan paden.', 'Uitgaande van gemiddeld € 42.000 per kilometer, inclusief bebording en bankjes, komt dat uit op ruim € 690.000.'], '690.000'],
  ['posts in the sentence before, inclusief and bijna', ['We vervangen dit jaar 340 lantaarnpalen. Met € 1.850 per paal, inclusief montage en afvoer van de oude, kost dat bijna € 560.000.'], '560.000'],
  ['line breaks inside the sentence', ['De gemeente plant in 2027', '260 nieuwe bomen; bij gemiddeld € 750 per boom, inclusief drie jaar nazorg,', 'is dat € 215.000.'], '215.000'],
  ['racks on the line before, exclusief', ['Er komen 45 nieuwe fietsenrekken bij de stations.', 'Tegen € 3.200 per rek, exclusief btw, komt de investering op € 158.000.'], '158.000']
]

const countRight: Array<[string, string[]]> = [
  ['kilometres on the line before, holding with ruim', ['Het nieuwe wandelnetwerk krijgt 18,5 kilometer aan paden.', 'Uitgaande van gemiddeld € 42.000 per kilometer, inclusief bebording en bankjes, komt dat uit op ruim € 770.000.']],
  ['posts, holding with bijna', ['We vervangen dit jaar 340 lantaarnpalen. Met € 1.850 per paal, inclusief montage en afvoer van de oude, kost dat bijna € 630.000.']],
  ['a count of another noun on the line before', ['Het wandelnetwerk telt 18,5 kilometer aan paden en 12 rustpunten.', 'Uitgaande van € 4.500 per rustpunt, inclusief bankje, komt dat uit op € 54.000.']],
  ['a rate over a part of the stated length', ['Het netwerk is 24 kilometer lang.', 'Van de 6 kilometer die we dit jaar verharden kost elke kilometer gemiddeld € 90.000, inclusief kolken, samen € 540.000.']]
]

describeCalculationBattery('prose calculation battery (wave 14, a mean before its parts)', meanWrong, meanRight, 4, new Set(['a mean per month before yearly parts']))
describeCalculationBattery('prose calculation battery (wave 14, a difference in the next sentence)', differenceWrong, differenceRight, 5)
describeCalculationBattery('prose calculation battery (wave 14, a change with a spelled result)', changeWrong, changeRight, 4)
describeCalculationBattery('prose calculation battery (wave 14, three factors)', productWrong, productRight, 3)
describeCalculationBattery('prose calculation battery (wave 14, a rate between time units)', rateWrong, rateRight, 5)
describeCalculationBattery('prose calculation battery (wave 14, a count before a qualified rate)', countWrong, countRight, 4)
