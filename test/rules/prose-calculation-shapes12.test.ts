import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave 12 battery (calculation part A), written before reading the calculation code: a rounded
// result whose own written precision excludes the exact value (`circa`, `ongeveer`, `ruim`,
// `bijna`, `zo'n`), a bound times a count (`maximaal`, `ten hoogste`, `hooguit`, `tot`,
// `minimaal`, `ten minste`) that a stated total passes, a mean before bracketed parts with labels,
// a change whose start level stands in the sentence or line before, a mean times a count two
// sentences back, and a `per saldo` rest whose whole stands before. The start code caught 16 of
// 27 and flagged 2 of 35 right ones (in `stillNoisy` until fixed).

const wrong: WrongCalculation[] = [
  // A rounded result: the exact value lies outside the rounding the number itself shows.
  ['circa with three digits off the product', ['We verstrekken 2.150 parkeervergunningen van € 62,40; dat brengt circa € 142.000 op.'], '142.000'],
  ['ongeveer off the product', ['Er komen 380 deelnemers tegen € 27,50 per persoon, ongeveer € 11.200 aan eigen bijdragen.'], '11.200'],
  ['ruim above the exact product', ['Met 1.240 aanvragen van gemiddeld € 86 gaat het om ruim € 112.000.'], '112.000'],
  ['bijna far above the exact product', ['De 64 lantaarnpalen van € 1.875 kosten samen bijna € 128.000.'], '128.000'],
  ['circa off a sum of bracketed parts', ['De kosten voor personeel (€ 412.600), huisvesting (€ 87.300) en materiaal (€ 23.900) komen samen op circa € 541.000.'], '541.000'],
  ['circa off a difference', ['Het aantal bezoekers steeg van 18.430 naar 21.960, circa 4.100 meer.'], '4.100'],
  ['ongeveer off a mean', ['De 14 sportparken kosten samen € 1.930.000 per jaar aan onderhoud, gemiddeld ongeveer € 148.000 per park.'], '148.000'],
  ['zo’n off a product', ['We plaatsen 18 laadpalen van € 7.450, zo’n € 142.000 in totaal.'], '142.000'],
  // A bound times a count bounds the total.
  ['a total above a maximum times a count', ['We geven 35 startende ondernemers elk maximaal € 2.500, in totaal € 91.000.'], '91.000'],
  ['ten hoogste with the count in the next sentence', ['Een huishouden krijgt ten hoogste € 400 vergoed. Met 120 huishoudens gaat het om € 52.000.'], '52.000'],
  ['hooguit per request and a paid total', ['Per aanvraag is hooguit € 650 beschikbaar; voor de 58 aanvragen van dit jaar is € 39.000 uitgekeerd.'], '39.000'],
  ['a total below a minimum times a count', ['Elke deelnemer betaalt minimaal € 15; met 240 deelnemers levert dat € 3.300 op.'], '3.300'],
  ['ten minste hours and a lower total', ['Elke vrijwilliger zet zich ten minste 6 uur per week in; de 30 vrijwilligers samen 160 uur per week.'], '160'],
  ['tot per monument and a higher total', ['Voor elk monument is een bijdrage tot € 1.800 mogelijk. Dit jaar ontvangen 16 monumenten een bijdrage, samen € 31.400.'], '31.400'],
  // A mean before bracketed parts with labels.
  ['a mean per month with month labels', ['Het aantal meldingen lag in het eerste kwartaal op gemiddeld 41 per maand (januari: 38, februari: 51, maart: 44).'], '41'],
  ['a mean per year with year labels', ['We bouwden gemiddeld 175 woningen per jaar (2022: 160, 2023: 210, 2024: 201).'], '175'],
  ['a mean in millions with year labels and semicolons', ['Jaarlijks ging er gemiddeld € 1,4 miljoen naar onderhoud (2023: € 1,1 miljoen; 2024: € 1,3 miljoen; 2025: € 1,2 miljoen).'], '1,4'],
  ['a mean with labels without colons', ['De opkomst bij de vier bijeenkomsten was gemiddeld 64 bewoners (maart 58, juni 71, september 49, november 66).'], '64'],
  // A change whose start level stands in the line or sentence before.
  ['a fall after a line break with an abbreviated unit', ['In 2019 verbruikte de gemeente 8,4 gigawattuur (GWh) aan stroom.', 'In 2024 was dat 6,9 GWh, een daling van 1,2 GWh.'], '1,2'],
  ['a fall with the start in the sentence before', ['Het aantal meldingen van zwerfafval lag in 2020 op 1.340. In 2025 waren het er 1.120, een afname van 240.'], '240'],
  ['minder after a line break', ['De eigen organisatie stootte in 2018 5.600 ton CO2 uit.', 'Inmiddels is dat 4.850 ton: 650 ton minder.'], '650'],
  ['a rise with the start in the sentence before', ['In 2022 hadden 2.310 woningen zonnepanelen. Eind 2025 waren dat er 3.480, een stijging van 1.070.'], '1.070'],
  // A mean times a count two sentences back.
  ['a mean per item times a count two sentences back', ['Dit jaar doen 48 buurten mee. Elke buurt kiest een eigen thema. Per buurt is gemiddeld € 2.750 beschikbaar, in totaal € 144.000.'], '144.000'],
  ['a mean per person times a count two sentences back', ['Aan de cursus namen 64 inwoners deel. De evaluatie was positief. Gemiddeld volgde iedere deelnemer 7 lessen, samen 512 lessen.'], '512'],
  // A per saldo rest.
  ['per saldo with the whole in the sentence before', ['Het sportbudget bedraagt € 860.000. We besteden € 540.000 aan accommodaties en € 185.000 aan activiteiten; per saldo blijft € 155.000 over.'], '155.000'],
  ['per saldo in millions', ['De opbrengst is € 1,8 miljoen. Daar staan kosten van € 1,1 miljoen en € 0,3 miljoen tegenover; per saldo houden we € 0,5 miljoen over.'], '0,5'],
  ['per saldo growth of members', ['Er kwamen 120 leden bij en 95 leden gingen weg; per saldo groeide de club met 35 leden.'], '35'],
  // Added after the first measurement, for the gates the dev-set misses showed (written after the first
  // fixes, so not measured on the start code).
  ['a rounded product after an opening connective', ['Bovendien verkopen we 1.850 jaarkaarten van € 38,50; dat brengt circa € 78.000 op.'], '78.000'],
  ['an exact product after an opening connective', ['Daarnaast verwachten we 620 aanvragen van € 115, samen € 74.900.'], '74.900'],
  ['a mean exactly half a step above its result', ['Over vier jaar kwamen gemiddeld 130 meldingen per jaar binnen (2022: 118, 2023: 141, 2024: 127, 2025: 154).'], '130'],
  ['a growth with a unit abbreviated in brackets', ['In 2020 telde de gemeente 86 kilometer (km) fietspad.', 'Nu is dat 104 km, een groei van 16 km.'], '16'],
  ['a bound among other numbers', ['Eén op de vijf van de 400 aanvragers krijgt een bijdrage van ten hoogste € 900; bij 80 toekenningen gaat het om € 76.500.'], '76.500']
]

/** Right calculations and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['circa with three digits right', ['We verstrekken 2.150 parkeervergunningen van € 62,40; dat brengt circa € 134.000 op.']],
  ['ongeveer with two digits, a naive 1 % would flag it', ['We verstrekken 2.150 parkeervergunningen van € 62,40; dat brengt ongeveer € 130.000 op.']],
  ['ongeveer right', ['Er komen 380 deelnemers tegen € 27,50 per persoon, ongeveer € 10.500 aan eigen bijdragen.']],
  ['ruim right', ['Met 1.240 aanvragen van gemiddeld € 86 gaat het om ruim € 106.000.']],
  ['ruim with one digit', ['De 64 lantaarnpalen van € 1.875 kosten samen ruim € 100.000.']],
  ['circa in millions for a sum', ['De kosten voor personeel (€ 412.600), huisvesting (€ 87.300) en materiaal (€ 23.900) komen samen op circa € 0,5 miljoen.']],
  ['circa right for a sum', ['De kosten voor personeel (€ 412.600), huisvesting (€ 87.300) en materiaal (€ 23.900) komen samen op circa € 524.000.']],
  ['ruim right for a difference', ['Het aantal bezoekers steeg van 18.430 naar 21.960, ruim 3.500 meer.']],
  ['ongeveer right for a mean', ['De 14 sportparken kosten samen € 1.930.000 per jaar aan onderhoud, gemiddeld ongeveer € 138.000 per park.']],
  ['bijna with two digits for a mean', ['De 14 sportparken kosten samen € 1.930.000 per jaar aan onderhoud, gemiddeld bijna € 140.000 per park.']],
  ['zo’n rounded to a five', ['We plaatsen 18 laadpalen van € 7.450, zo’n € 135.000 in totaal.']],
  ['a bound total equal to the maximum times the count', ['We geven 35 startende ondernemers elk maximaal € 2.500, in totaal ten hoogste € 87.500.']],
  ['a total below a maximum times a count', ['Een huishouden krijgt ten hoogste € 400 vergoed. Met 120 huishoudens ging het vorig jaar om € 41.600.']],
  ['a budget beside a maximum and a count of last year', ['Een aanvraag mag maximaal € 5.000 bedragen. Vorig jaar kwamen 14 aanvragen binnen; het totale budget is € 250.000.']],
  ['a total above a minimum times a count', ['Elke deelnemer betaalt minimaal € 15; met 240 deelnemers leverde dat € 4.180 op.']],
  ['a total below tot per monument', ['Voor elk monument is een bijdrage tot € 1.800 mogelijk. Dit jaar ontvangen 16 monumenten een bijdrage, samen € 24.900.']],
  ['a count total below a maximum per school', ['Per school zijn maximaal 3 projecten mogelijk; de 22 scholen voeren samen 51 projecten uit.']],
  ['a budget with a reserve beside a maximum', ['Elke wijk krijgt maximaal € 20.000. Het budget van € 300.000 verdelen we over 12 wijken en een reserve.']],
  ['a mean per month right', ['Het aantal meldingen lag in het eerste kwartaal op gemiddeld 44 per maand (januari: 38, februari: 51, maart: 44).']],
  ['a mean per year right', ['We bouwden gemiddeld 190 woningen per jaar (2022: 160, 2023: 210, 2024: 201).']],
  ['a mean with only years in brackets', ['We bouwden gemiddeld 310 woningen per jaar (2021 tot en met 2024).']],
  ['a rounded mean with labels without colons', ['De opkomst bij de vier bijeenkomsten was gemiddeld ruim 60 bewoners (maart 58, juni 71, september 49, november 66).']],
  ['a mean and one earlier value in brackets', ['Er komen gemiddeld 42 meldingen per maand binnen (in 2024 nog 38 per maand).']],
  ['the fall after a line break right', ['In 2019 verbruikte de gemeente 8,4 gigawattuur (GWh) aan stroom.', 'In 2024 was dat 6,9 GWh, een daling van 1,5 GWh.']],
  ['the fall with the start before right', ['Het aantal meldingen van zwerfafval lag in 2020 op 1.340. In 2025 waren het er 1.120, een afname van 220.']],
  ['minder after a line break right', ['De eigen organisatie stootte in 2018 5.600 ton CO2 uit.', 'Inmiddels is dat 4.850 ton: 750 ton minder.']],
  ['the rise right', ['In 2022 hadden 2.310 woningen zonnepanelen. Eind 2025 waren dat er 3.480, een stijging van 1.170.']],
  ['a fall against a year not stated, with another quantity before', ['In 2019 telde de gemeente 41.200 inwoners.', 'In 2024 was de uitstoot 338 kton, een daling van 64 kton ten opzichte van 2023.']],
  ['a target halving the start before', ['In 2015 stootten we 412 kton uit. Het doel voor 2030 is 206 kton, een halvering.']],
  ['the mean times a count two back right', ['Dit jaar doen 48 buurten mee. Elke buurt kiest een eigen thema. Per buurt is gemiddeld € 2.750 beschikbaar, in totaal € 132.000.']],
  ['the lessons right', ['Aan de cursus namen 64 inwoners deel. De evaluatie was positief. Gemiddeld volgde iedere deelnemer 7 lessen, samen 448 lessen.']],
  ['a mean per theme beside a count of neighbourhoods', ['Dit jaar doen 48 buurten mee. Er zijn 6 thema’s. Per thema is gemiddeld € 2.750 beschikbaar, in totaal € 16.500.']],
  ['per saldo right', ['Het sportbudget bedraagt € 860.000. We besteden € 540.000 aan accommodaties en € 185.000 aan activiteiten; per saldo blijft € 135.000 over.']],
  ['per saldo in millions right', ['De opbrengst is € 1,8 miljoen. Daar staan kosten van € 1,1 miljoen en € 0,3 miljoen tegenover; per saldo houden we € 0,4 miljoen over.']],
  ['per saldo growth right', ['Er kwamen 120 leden bij en 95 leden gingen weg; per saldo groeide de club met 25 leden.']],
  ['a rounded product after an opening connective right', ['Bovendien verkopen we 1.850 jaarkaarten van € 38,50; dat brengt circa € 71.000 op.']],
  ['an exact product after an opening connective right', ['Daarnaast verwachten we 620 aanvragen van € 115, samen € 71.300.']],
  ['a product with plus after an opening connective', ['Daarnaast verwachten we 620 aanvragen van € 115 plus een toeslag, samen € 74.900.']],
  ['a mean at half a step rounded up', ['Over vier jaar kwamen gemiddeld 140 meldingen per jaar binnen (2022: 118, 2023: 141, 2024: 127, 2025: 154).']],
  ['the growth with an abbreviated unit right', ['In 2020 telde de gemeente 86 kilometer (km) fietspad.', 'Nu is dat 104 km, een groei van 18 km.']],
  ['a bound among other numbers right', ['Eén op de vijf van de 400 aanvragers krijgt een bijdrage van ten hoogste € 900; bij 80 toekenningen gaat het om € 68.400.']],
  ['a range with tot is no bound', ['Een bijdrage loopt van € 500 tot € 1.500; voor 40 aanvragen is dat samen € 52.000.']]
]

/** How many wrong ones the code must catch: raise it as the readers learn shapes. */
const mustCatch = 30
/** Right ones the code still reports: empty it as the readers learn them. */
const stillNoisy = new Set<string>()

describeCalculationBattery('prose calculation battery (wave 12, part A)', wrong, right, mustCatch, stillNoisy)
