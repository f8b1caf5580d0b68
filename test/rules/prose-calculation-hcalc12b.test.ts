import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hcalc12b battery, written before reading the calculation code: a rest or change whose terms stand
// in an earlier sentence (or paragraph, list lead or table) than the claim: a whole minus a part that
// "blijft over"/"resteert", a gross minus costs that is net, a total minus what others pay that the
// municipality pays itself, a price change per unit times a count, growth against levels in a table.

const wrong: WrongCalculation[] = [
  ['a rest after a deduction in the next sentence', ['Het sportpark beslaat 14,6 hectare.', 'Halen we daar de 2,3 hectare voor parkeren vanaf, dan houden we 11,9 hectare over voor velden.'], '11,9'],
  ['a net after costs a paragraph later', ['De toeristenbelasting brengt bruto € 315.000 op. Daarvan gaat € 22.000 naar de inning.', '', 'De raad besluit over de besteding.', '', 'Na aftrek van de inningskosten blijft netto € 283.000 over.'], '283.000'],
  ['an own share after a total and a subsidy', ['Het project kost € 1.240.000, waarvan de provincie € 410.000 draagt.', 'Wij nemen zelf € 850.000 voor onze rekening.'], '850.000'],
  ['an own share with the rest named first', ['De rest, € 96.500, betaalt de gemeente. Het plan kost in totaal € 180.000 en het waterschap draagt € 73.500 bij.'], '96.500'],
  ['a price rise per ticket times the count the sentence before', ['Het zwembad verkoopt jaarlijks 42.000 kaartjes.', 'De prijs gaat van € 4,50 naar € 4,80 per kaartje. Dat levert € 14.600 per jaar meer op.'], '14.600'],
  ['a fee cut per permit times permits in a list lead', ['We geven ieder jaar zo\'n 1.300 vergunningen af. De leges per vergunning dalen van € 61 naar € 55, zodat ondernemers samen € 9.800 per jaar minder betalen.'], '9.800'],
  ['a remainder in words after a whole in digits', ['Er zijn 48 speeltuinen in de gemeente.', 'Twaalf daarvan zijn al vernieuwd, zodat er nog 38 op de lijst staan.'], '38'],
  ['a rest of a budget after two spendings in earlier sentences', ['Het innovatiebudget is € 250.000.', 'In het eerste jaar besteden we € 90.000 aan pilots.', 'Er resteert dan nog € 170.000 voor opschaling.'], '170.000'],
  ['a rest in square metres of a whole in hectare', ['Het terrein is 3,2 hectare groot.', 'Na aftrek van 4.000 m² voor de ontsluitingsweg blijft 29.000 m² bouwgrond over.'], '29.000'],
  ['an increase against levels in a table', ['| Wijk | 2024 | 2026 |', '| --- | --- | --- |', '| Noord | 1.840 | 2.010 |', '| Zuid | 2.260 | 2.395 |', '', 'In Noord kwamen er 170 bij en in Zuid 145.'], '145'],
  ['a saving per unit times units, count after', ['Per lantaarnpaal besparen we met led € 38 per jaar. Met 2.450 palen scheelt dat € 96.100 per jaar.'], '96.100'],
  ['a rest after subtracting the part in brackets', ['Van de 620 aanvragen (waarvan 85 ingetrokken) behandelden we er de rest, 545, binnen de termijn.'], '545'],
  ['a net reduction after gross and own costs across sentences', ['De bruto besparing op energie is € 127.000 per jaar.', 'Het onderhoud van de installaties kost € 18.500 per jaar, zodat netto € 113.500 overblijft.'], '113.500'],
  ['a part of a count taken off in the sentence after the whole', ['De school telt 640 leerlingen. Trekken we de 95 leerlingen uit groep 8 af, dan houden we 555 leerlingen over.'], '555'],
  ['a length taken off with gaat … af, the whole a paragraph up', ['We beheren 212 kilometer fietspad.', '', 'Daar gaat 18 kilometer af voor de provinciale routes; er blijft 184 kilometer over voor ons eigen onderhoud.'], '184'],
  ['a rent step per hour times hours a paragraph up', ['De sporthal wordt jaarlijks 3.400 uur verhuurd aan verenigingen.', '', 'Het huurtarief gaat in 2028 van € 27 naar € 29 per uur. Dat levert de gemeente € 7.800 per jaar extra op.'], '7.800'],
  ['a fee per stall rising, the change named per week', ['Op de markt staan wekelijks 85 kramen.', '', 'Het staangeld per kraam stijgt van € 14,50 naar € 16. Voor de marktkooplieden betekent dat per week € 157,50 meer.'], '157,50'],
  ['a new price in plaats van the old one, a rise by the change', ['In 2025 reden er 9.300 taxibusritten. Vanaf 2028 betalen reizigers € 3 per rit in plaats van € 2,60, zodat de bijdragen met € 3.320 stijgen.'], '3.320'],
  ['a gain of a row named before its count, noun columns', ['| Kern | Leden 2023 | Leden 2026 | Vrijwilligers |', '|---|---|---|---|', '| Oosthoek | 412 | 468 | 31 |', '| Zuidrand | 530 | 495 | 44 |', '| Totaal | 942 | 963 | 75 |', '', 'Het ledental steeg in drie jaar per saldo met 21. In Oosthoek kwamen er 66 leden bij; Zuidrand verloor er 35.'], '66'],
  ['own contribution as a share split in the next sentence', ['De totale kosten bedragen € 2,4 miljoen. Het Rijk betaalt € 0,9 miljoen.', 'Het gemeentelijke deel is daarmee € 1,6 miljoen.'], '1,6']
]

const right: Array<[string, string[]]> = [
  ['the rest after a deduction right', ['Het sportpark beslaat 14,6 hectare.', 'Halen we daar de 2,3 hectare voor parkeren vanaf, dan houden we 12,3 hectare over voor velden.']],
  ['a net after costs right', ['De toeristenbelasting brengt bruto € 315.000 op. Daarvan gaat € 22.000 naar de inning.', '', 'De raad besluit over de besteding.', '', 'Na aftrek van de inningskosten blijft netto € 293.000 over.']],
  ['an own share right', ['Het project kost € 1.240.000, waarvan de provincie € 410.000 draagt.', 'Wij nemen zelf € 830.000 voor onze rekening.']],
  ['a rest of another noun', ['Er zijn 48 speeltuinen in de gemeente.', 'Twaalf daarvan zijn al vernieuwd; verder plaatsen we 30 bankjes.']],
  ['a price rise per ticket right', ['Het zwembad verkoopt jaarlijks 42.000 kaartjes.', 'De prijs gaat van € 4,50 naar € 4,80 per kaartje. Dat levert € 12.600 per jaar meer op.']],
  ['a price rise with a changed count', ['Het zwembad verkoopt nu 42.000 kaartjes per jaar.', 'De prijs gaat van € 4,50 naar € 4,80 per kaartje. We verwachten minder bezoek; de opbrengst stijgt naar verwachting met € 9.000.']],
  ['a rest of a budget with an unnamed third spending', ['Het innovatiebudget is € 250.000.', 'In het eerste jaar besteden we € 90.000 aan pilots en een deel aan onderzoek.', 'Er resteert dan nog € 120.000 voor opschaling.']],
  ['a rest in square metres right', ['Het terrein is 3,2 hectare groot.', 'Na aftrek van 4.000 m² voor de ontsluitingsweg blijft 28.000 m² bouwgrond over.']],
  ['an increase against a table right', ['| Wijk | 2024 | 2026 |', '| --- | --- | --- |', '| Noord | 1.840 | 2.010 |', '| Zuid | 2.260 | 2.395 |', '', 'In Noord kwamen er 170 bij en in Zuid 135.']],
  ['an approximate rest', ['Het terrein is 3,2 hectare groot.', 'Na aftrek van de wegen blijft er ongeveer 2,7 hectare over.']],
  ['an own share beside a second co-funder', ['Het plan kost € 180.000. Het waterschap draagt € 73.500 bij en een fonds € 20.000.', 'De gemeente betaalt € 86.500.']],
  ['a length taken off right', ['We beheren 212 kilometer fietspad.', '', 'Daar gaat 18 kilometer af voor de provinciale routes; er blijft 194 kilometer over.']],
  ['a yearly loss over years, not one deduction', ['De bibliotheek heeft 5.300 boeken in de collectie.', '', 'Elk jaar gaan er ongeveer 400 boeken af door slijtage, zodat er na vier jaar nog 4.700 boeken overblijven.']],
  ['a part taken off a whole of another noun', ['Het dorp telt 640 huishoudens. Trekken we de 95 leerlingen uit groep 8 af, dan houden we 555 leerlingen over.']],
  ['a rent step right', ['De sporthal wordt jaarlijks 3.400 uur verhuurd.', '', 'Het huurtarief gaat van € 27 naar € 29 per uur. Dat levert € 6.800 per jaar extra op.']],
  ['a new price in plaats van right', ['In 2025 reden er 9.300 taxibusritten. Vanaf 2028 betalen reizigers € 3 per rit in plaats van € 2,60, zodat de bijdragen met € 3.720 stijgen.']],
  ['a price step per year with a shrinking count', ['We verkochten 2.100 parkeervergunningen. De vergunning gaat van € 95 naar € 110 per jaar. We verwachten dat 300 bewoners afhaken; de opbrengst stijgt daardoor met € 26.000 extra.']],
  ['row gains right, with a part of one named after', ['| Kern | Leden 2023 | Leden 2026 | Vrijwilligers |', '|---|---|---|---|', '| Oosthoek | 412 | 468 | 31 |', '| Zuidrand | 530 | 495 | 44 |', '| Totaal | 942 | 963 | 75 |', '', 'In Oosthoek kwamen er 56 leden bij, onder wie 12 jongeren. Zuidrand verloor er 35.']],
  ['a count of another noun beside rows of a table', ['| Kern | Leden 2023 | Leden 2026 | Vrijwilligers |', '|---|---|---|---|', '| Oosthoek | 412 | 468 | 31 |', '| Zuidrand | 530 | 495 | 44 |', '| Totaal | 942 | 963 | 75 |', '', 'In Oosthoek meldden zich 50 nieuwe vrijwilligers aan, in Zuidrand 6 meer dan vorig jaar.']],
  ['a saving per unit right', ['Per lantaarnpaal besparen we met led € 38 per jaar. Met 2.450 palen scheelt dat € 93.100 per jaar.']]
]

/** How many wrong ones the code must catch: raise it as the readers learn shapes. */
const mustCatch = 17

// Flagged on the start code (the unnamed third spending is ignored): left noisy until a reader sees 'een deel'.
const stillNoisy = new Set(['a rest of a budget with an unnamed third spending'])

describeCalculationBattery('prose calculation battery (hcalc12b: rests and changes across sentences)', wrong, right, mustCatch, stillNoisy)
