import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hrest13 battery, written before reading the code: a figure in prose that a table of the same plan
// states differently. Authors write a figure twice, in a table and in the text, and change only one:
// the prose names the row (by its words, a compound of them, or in the sentence before), a year
// column or the only amount column, and gives a value outside the rounding of the table's unit.

const costs = ['| Post | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Energieregisseur | 58 | 58 | 58 |', '| Onderhoud hybride velden | 251 | 256 | 261 |', '| Jongerenwerker Reigerskamp | - | 56 | 57 |', '| Totaal | 309 | 370 | 376 |', '', 'Bedragen x € 1.000.']
const kengetallen = ['| Kengetal | 2024 | 2025 |', '|---|---|---|', '| Gemiddelde wachttijd schuldhulp (dagen) | 41 | 37 |', '| Aantal huisbezoeken | 1.260 | 1.385 |']
const heffing = ['De tabel geeft de raming voor 2027. Bedragen x € 1.000.', '', '| Wijk | Aanslagen | Bruto | Inningskosten | Netto | Aandeel netto |', '|---|---|---|---|---|---|', '| Oudedijk | 240 | 210 | 12 | 198 | 55% |', '| Veerhaven | 180 | 170 | 8 | 162 | 45% |', '| Totaal | 420 | 380 | 20 | 360 | 100% |']
const wijken = ['| Wijk | Deelnemers | Bijeenkomsten |', '|---|---|---|', '| Hoogveld | 214 | 18 |', '| Wilgenrode | 167 | 14 |', '| Totaal | 381 | 32 |']

const wrong: WrongCalculation[] = [
  ['a yearly cost in euros against a cost table in thousands after it', ['Voor de inzet van een energieregisseur rekenen we in 2028 € 64.000.', '', ...costs], '64.000'],
  ['a count of days against a kengetal table before it', [...kengetallen, '', 'De wachttijd voor een eerste gesprek bij schuldhulp kwam in 2025 uit op 33 dagen.'], '33'],
  ['a count per district, the only count column', [...wijken, '', 'In Wilgenrode deden 176 deelnemers mee aan de cursussen.'], '176'],
  ['an amount in millions against a row in thousands', ['| Project | 2027 | 2028 |', '|---|---|---|', '| Renovatie zwembad De Duikeend | 2.150 | 300 |', '| Nieuwe sporthal Oost | 900 | 3.400 |', '', 'Bedragen x € 1.000.', '', 'De renovatie van zwembad De Duikeend kost in 2027 € 2,4 miljoen.'], '2,4'],
  ['the result before the row it names', [...costs, '', '€ 215.000 gaat in 2027 naar het onderhoud van de hybride velden.'], '215.000'],
  ['the year in the sentence before', [...costs, '', 'Vanaf 2028 komt er een jongerenwerker in Reigerskamp bij. Daarvoor trekken we € 61.000 per jaar uit.'], '61.000'],
  ['the row named in the sentence before, several numbers', ['| Post | 2027 | 2028 | 2029 |', '|---|---|---|---|', '| Coördinator leespunten | 47 | 47 | 47 |', '| Leesbevordering | 30 | 30 | 30 |', '', 'Alle bedragen x € 1.000.', '', 'Een coördinator leespunten houdt de zes punten draaiende. Voor die functie van 0,6 fte, tegen € 78.000 per fte, ramen we € 52.800 per jaar.'], '52.800'],
  ['a list item with the row name and a yearly amount', ['| Onderdeel | 2027 | 2028 |', '|---|---|---|', '| Buurtmediation | 42 | 42 |', '| Straatcoaches | 95 | 95 |', '', 'Bedragen x € 1.000.', '', 'Jaarlijks gaat er geld naar:', '', '- buurtmediation: € 48.000 per jaar;', '- de straatcoaches in de binnenstad.'], '48.000'],
  ['an amount in brackets', ['| Post | 2027 | 2028 |', '|---|---|---|', '| Bijdrage regionaal steunpunt | 153 | 156 |', '| Eigen personeel | 410 | 418 |', '', 'Bedragen x € 1.000.', '', 'De bijdrage aan het regionale steunpunt (€ 135.000 in 2027) stijgt mee met de lonen.'], '135.000'],
  ['a single-column subsidy table in thousands', ['| Organisatie | Subsidie 2027 |', '|---|---|', '| Stichting Repaircafé Noord | 18 |', '| Speeltuinvereniging De Wip | 9 |', '', 'Bedragen x € 1.000.', '', 'Stichting Repaircafé Noord ontvangt een subsidie van € 14.500.'], '14.500'],
  ['hectares against a table of terrains', ['| Terrein | Bruto (ha) | Uitgeefbaar (ha) |', '|---|---|---|', '| De Lange Eng | 41 | 32 |', '| Trekvaartzone | 27 | 19 |', '', 'Op De Lange Eng is 23 hectare uitgeefbaar.'], '23'],
  ['a spelled count against a members table', ['| Vereniging | 2024 | 2025 |', '|---|---|---|', '| Schaakclub De Loper | 84 | 91 |', '| Bridgeclub Harten Vrouw | 120 | 112 |', '', 'In 2025 telde schaakclub De Loper zesentachtig leden.'], 'zesentachtig'],
  ['a rounded amount outside its own rounding', [...costs, '', 'Het onderhoud van de hybride velden vraagt in 2029 ongeveer € 230.000.'], '230.000'],
  ['a house visits count two paragraphs under the table', [...kengetallen, '', 'De wachttijden lopen terug.', '', 'In 2025 legden de consulenten 1.538 huisbezoeken af.'], '1.538'],
  ['a cost named by the compound head of the row', ['| Maatregel | 2027 | 2028 |', '|---|---|---|', '| Fietsenstallingen stations | 120 | 80 |', '| Laadpalen | 60 | 60 |', '', 'Bedragen x € 1.000.', '', 'Voor nieuwe stallingen bij de stations is in 2028 € 110.000 gereserveerd.'], '110.000'],
  ['a count named by the head of its row', ['| Indicator | 2024 | 2025 |', '|---|---|---|', '| Meldingen buitenruimte | 2.140 | 2.310 |', '| Klachten | 80 | 95 |', '', 'In 2025 kwamen er 2.130 meldingen binnen.'], '2.130'],
  ['a mean the table itself gives', ['| Kengetal | 2024 | 2025 |', '|---|---|---|', '| Gemiddelde reistijd leerlingenvervoer (minuten) | 34 | 31 |', '| Ritten per schooldag | 410 | 428 |', '', 'De gemiddelde reistijd in het leerlingenvervoer was in 2025 38 minuten.'], '38'],
  ['a cost with samen met in the sentence', [...costs, '', 'Samen met de woningcorporaties zetten we in 2027 een energieregisseur in, voor € 66.000.'], '66.000'],
  ['a cost of a doelgroep service', ['| Post | 2027 | 2028 |', '|---|---|---|', '| Vervoer doelgroepen regiotaxi | 820 | 845 |', '| Leerlingenvervoer | 1.310 | 1.350 |', '', 'Bedragen x € 1.000.', '', 'Voor het vervoer van doelgroepen met de regiotaxi ramen we in 2028 € 874.000.'], '874.000'],
  ['an extra post named with its own word', ['| Post | 2027 | 2028 |', '|---|---|---|', '| Boa’s | 240 | 245 |', '| Extra handhaver Veerkade | 64 | 66 |', '', 'Bedragen x € 1.000.', '', 'Voor de extra handhaver aan de Veerkade trekken we in 2027 € 71.000 uit.'], '71.000'],
  ['a net total named by its column only', [...heffing, '', 'Van de bruto-opbrengst gaat € 20.000 naar de inning.', '', 'Na aftrek van die kosten houdt het fonds netto € 370.000 over.'], '370.000'],
  ['a percentage against a kengetal in percent', ['| Indicator | 2024 | 2025 |', '|---|---|---|', '| Bereik jeugdgezondheidszorg | 91% | 87% |', '| Vaccinatiegraad | 88% | 89% |', '', 'Het bereik van de jeugdgezondheidszorg was in 2025 78 procent.'], '78']
]

const right: Array<[string, string[]]> = [
  ['a rounded restatement in millions', ['| Project | 2027 | 2028 |', '|---|---|---|', '| Renovatie zwembad De Duikeend | 2.150 | 300 |', '| Nieuwe sporthal Oost | 900 | 3.400 |', '', 'Bedragen x € 1.000.', '', 'De renovatie van zwembad De Duikeend kost in 2027 bijna € 2,2 miljoen.']],
  ['another year than the one that differs', [...costs, '', 'Het onderhoud van de hybride velden kost in 2029 € 261.000.']],
  ['a part of the row', [...costs, '', 'Van het budget voor de energieregisseur gaat in 2027 € 31.000 naar opleiding en materiaal.']],
  ['a target in a year the table has no column for', [...kengetallen, '', 'In 2028 willen we de wachttijd bij schuldhulp terugbrengen naar 30 dagen.']],
  ['a per-month figure', [...costs, '', 'De energieregisseur kost ons ongeveer € 4.800 per maand.']],
  ['an extra amount on top of the row', [...costs, '', 'In 2028 komt er € 15.000 extra bij voor de energieregisseur.']],
  ['a range around the row', [...costs, '', 'De energieregisseur kost tussen € 50.000 en € 60.000 per jaar.']],
  ['a lower bound', [...wijken, '', 'In Hoogveld deden meer dan 200 deelnemers mee.']],
  ['another noun in the same row', [...wijken, '', 'In Wilgenrode hielden de buurtcoaches 12 spreekuren.']],
  ['a yearly amount that matches a later year with vanaf', [...costs, '', 'Vanaf 2029 rekenen we voor de jongerenwerker in Reigerskamp € 57.000 per jaar.']],
  ['a total over the years', [...costs, '', 'Over de drie jaren samen kost de energieregisseur € 174.000.']],
  ['a right count per district', [...wijken, '', 'In Hoogveld deden 214 deelnemers mee.']],
  ['a rounded amount in euros within the table unit', [...costs, '', 'Het onderhoud van de hybride velden kost in 2028 € 255.600.']],
  ['a figure of another year than the table', [...kengetallen, '', 'In 2023 was de wachttijd voor schuldhulp nog 52 dagen.']],
  ['a row named after the town, the figure of the whole', ['| Kern | Inwoners |', '|---|---|', '| Veldhoorn | 8.400 |', '| Ellecom | 2.100 |', '| Totaal | 10.500 |', '', 'Veldhoorn telde bij de laatste telling 10.500 inwoners.']],
  ['a reserve stand on a day beside the yearly withdrawals', ['| Post | 2027 | 2028 |', '|---|---|---|', '| Reserve jeugdzorg | 120 | 80 |', '| Inhuur | 60 | 60 |', '', 'Bedragen x € 1.000.', '', 'De reserve jeugdzorg heeft op 1 januari 2027 een stand van € 150.000.']],
  ['one word of a long label', ['| Post | 2027 | 2028 |', '|---|---|---|', '| Regulier budget straatverlichting in de kernen | 250 | 250 |', '| Vervanging masten | 90 | 40 |', '', 'Bedragen x € 1.000.', '', 'Het budget is in 2027 € 300.000.']],
  ['a part of the total', ['| Gebied | Aanslagen | Opbrengst |', '|---|---|---|', '| Centrum | 210 | 160 |', '| Haven | 90 | 80 |', '| Totaal | 300 | 240 |', '', 'Bedragen x € 1.000.', '', 'Van de totale opbrengst is € 180.000 al ontvangen.']],
  ['an amount per person with elke', ['| Post | 2027 |', '|---|---|', '| Vrijwilligerspremie | 40 |', '| Scholing | 12 |', '', 'Bedragen x € 1.000.', '', 'Elke vrijwilliger krijgt een vergoeding van € 35.']],
  ['the sentence before gives its own figure', ['| Depot | Strekkende meter |', '|---|---|', '| Archief Schansweg | 700 |', '| Archief Kastanjehof | 350 |', '', 'In het archief aan de Schansweg staan 420 meter bouwdossiers. Voor die 420 meter rekent de scanner € 50.400.']],
  ['a net total named by its column, right', [...heffing, '', 'Na aftrek van de inningskosten houdt het fonds netto € 360.000 over.']],
  ['a net amount of one district, right', [...heffing, '', 'In Veerhaven blijft netto € 162.000 over voor de ondernemers.']],
  ['a head two rows share', ['| Indicator | 2024 | 2025 |', '|---|---|---|', '| Meldingen buitenruimte | 2.140 | 2.310 |', '| Meldingen overlast | 1.980 | 2.050 |', '', 'In 2025 kwamen er 2.130 meldingen binnen.']],
  ['a gap to a norm', [...kengetallen, '', 'In 2025 lag het aantal huisbezoeken 140 boven de norm.']],
  ['a mean over rows the table does not give', [...wijken, '', 'Per wijk deden gemiddeld 190 deelnemers mee.']],
  ['a share of the whole beside a share column', ['| Vorm | Aantal trajecten | Aandeel |', '|---|---|---|', '| Budgetcoaching | 30 | 50% |', '| Thuisadministratie | 18 | 30% |', '| Schuldregeling | 12 | 20% |', '| Totaal | 60 | 100% |', '', 'Bij 80% van de trajecten (48 van de 60) ging het om budgetcoaching of thuisadministratie.']],
  ['a rest of the total named by a unit column', ['| Locatie | Strekkende meter | Vol |', '|---|---|---|', '| Kelder raadhuis | 640 | 85% |', '| Loods Ganzenweide | 310 | 60% |', '| Bij het regioarchief | 650 | - |', '| Totaal | 1.600 | |', '', 'Zelf beheren we nog 950 meter.']],
  ['a plan figure beside realised kengetallen', [...kengetallen, '', 'We willen dat in 2025 nog maar 30 dagen de wachttijd voor schuldhulp is; dat is gelukt noch mislukt.']]
]

/** How many wrong ones the code must catch: raise it as the readers learn shapes. */
const mustCatch = 22

describeCalculationBattery('prose calculation battery (hrest13: prose figures a table of the plan states differently)', wrong, right, mustCatch)
