import { tableRowArithmetic } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4 causes of missed table rows, each in other nouns, numbers and places:
// (1) a dash (`-`, nothing) in a term cell made the row unreadable, so a difference or sum the
//     other rows keep had too few rows to count as the table's relation;
// (2) a table in the finance chapter is read as a finance table, and only its total rows were
//     checked: aantal × prijs = bedrag and investering − bijdrage = netto in its rows were not;
// (3) a table of three rows with header words no list knows: two rows that keep a product or a
//     difference of numbers other than 0 and 1 exactly show the relation the third breaks.
const t = (heading: string, rows: string[], before: string[] = []): string[] => [`# ${heading}`, '', ...before, ...(before.length ? [''] : []), ...rows]

const defects: DefectWording[] = [
  ['(1) a need minus what exists with a dash', t('Wonen en zorg', ['| Kern | Nodig | Aanwezig | Toe te voegen |', '|---|---|---|---|', '| Noorddorp | 140 | 60 | 80 |', '| Zuidwijk | 75 | 30 | 55 |', '| Middelburen | 48 | - | 48 |', '| Oostrand | 90 | 25 | 65 |']), '= 45`'],
  ['(1) an amount minus a grant with a dash', t('Accommodaties', ['| Project | Kosten | Bijdrage derden | Gemeente |', '|---|---|---|---|', '| Sporthal | € 2.400.000 | € 400.000 | € 2.000.000 |', '| Dorpshuis | € 900.000 | - | € 900.000 |', '| Zwembad | € 5.100.000 | € 600.000 | € 4.600.000 |', '| Speeltuinen | € 350.000 | € 120.000 | € 230.000 |']), '= 4.500.000`'],
  ['(1) two columns adding up with a dash', t('Onderwijs', ['| School | Groep 1-4 | Groep 5-8 | Leerlingen |', '|---|---|---|---|', '| De Wilg | 110 | 125 | 235 |', '| Het Kompas | 64 | - | 64 |', '| De Akker | 92 | 101 | 193 |', '| Sterrenwacht | 48 | 57 | 115 |']), '= 105`'],
  ['(2) aantal × tarief = bedrag in the finance chapter', t('Financiën', ['| Onderdeel | Aantal | Tarief | Bedrag |', '|---|---|---|---|', '| Jongerenwerkers (fte) | 3 | € 72.000 | € 216.000 |', '| Buurtsportcoaches (fte) | 2 | € 64.000 | € 146.000 |', '| Trainingen | 25 | € 900 | € 22.500 |']), '= 128.000`'],
  ['(2) a price before the count in the finance chapter', t('Financiën', ['| Regeling | Bijdrage | Aantal | Totaal |', '|---|---|---|---|', '| Kindpakket (per kind) | € 150 | 620 | € 93.000 |', '| Zwemdiploma (per kind) | € 350 | 140 | € 59.000 |', '| Cultuurpas (per pas) | € 75 | 800 | € 60.000 |']), '= 49.000`'],
  ['(2) investment minus subsidy in the finance chapter', t('Financiën', ['| Gebouw | Investering | Subsidie | Netto |', '|---|---|---|---|', '| Brede school Zuid | € 6.200.000 | € 1.100.000 | € 5.100.000 |', '| Gymzaal Oost | € 1.900.000 | € 300.000 | € 1.500.000 |', '| Bibliotheek | € 2.600.000 | € 250.000 | € 2.350.000 |']), '= 1.600.000`'],
  ['(2) units times a price per unit in the finance chapter', t('Financiën', ['| Maatregel | Aantal | Prijs per eenheid | Kosten |', '|---|---|---|---|', '| Zonnepanelen scholen | 480 | € 350 | € 168.000 |', '| Isolatiescans | 150 | € 240 | € 63.000 |', '| Energiecoaches (uren) | 900 | € 45 | € 40.500 |']), '= 36.000`'],
  ['(3) a product under unknown headers in three rows', t('Openbare ruimte', ['| Onderdeel | Eenheden | Kostprijs | Raming |', '|---|---|---|---|', '| Lichtmasten | 45 | € 2.300 | € 103.500 |', '| Verkeersborden | 120 | € 180 | € 23.600 |', '| Bloembakken | 16 | € 750 | € 12.000 |']), '= 21.600`'],
  ['(3) a difference under unknown headers in the finance chapter', t('Financiën', ['| Project | Raming | Provincie | Gemeente |', '|---|---|---|---|', '| Fietsbrug | € 2.750.000 | € 900.000 | € 1.850.000 |', '| Rotonde | € 1.320.000 | € 410.000 | € 930.000 |', '| Wandelroute | € 260.000 | € 75.000 | € 185.000 |']), '= 910.000`'],
  ['(3) a product of hours and a rate in three rows', t('Zorg', ['| Functie | Inzet | Uurloon | Begroot |', '|---|---|---|---|', '| Wijkverpleging | 1.400 | € 62 | € 86.800 |', '| Casemanagement | 900 | € 71 | € 65.900 |', '| Huishoudelijke hulp | 2.600 | € 31 | € 80.600 |']), '= 63.900`']
]

const clean: CleanWording[] = [
  ['(1) a need minus what exists with a dash that holds', t('Wonen en zorg', ['| Kern | Nodig | Aanwezig | Toe te voegen |', '|---|---|---|---|', '| Noorddorp | 140 | 60 | 80 |', '| Zuidwijk | 75 | 30 | 45 |', '| Middelburen | 48 | - | 48 |', '| Oostrand | 90 | 25 | 65 |'])],
  ['(1) dashes in a table of counts without a relation', t('Sport', ['| Club | Leden | Vrijwilligers | Teams |', '|---|---|---|---|', '| Hockey | 420 | 60 | 24 |', '| Korfbal | 180 | - | 12 |', '| Tennis | 350 | 35 | - |', '| Atletiek | 140 | 22 | 6 |'])],
  ['(1) an amount minus a grant that holds', t('Accommodaties', ['| Project | Kosten | Bijdrage derden | Gemeente |', '|---|---|---|---|', '| Sporthal | € 2.400.000 | € 400.000 | € 2.000.000 |', '| Dorpshuis | € 900.000 | - | € 900.000 |', '| Zwembad | € 5.100.000 | € 600.000 | € 4.500.000 |'])],
  ['(2) aantal × tarief that holds in the finance chapter', t('Financiën', ['| Onderdeel | Aantal | Tarief | Bedrag |', '|---|---|---|---|', '| Jongerenwerkers (fte) | 3 | € 72.000 | € 216.000 |', '| Buurtsportcoaches (fte) | 2 | € 64.000 | € 128.000 |', '| Trainingen | 25 | € 900 | € 22.500 |'])],
  ['(2) a finance table of years with a total row', t('Financiën', ['| Post (x € 1.000) | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Jongerenwerk | 216 | 220 | 224 |', '| Sportcoaches | 128 | 130 | 132 |', '| Trainingen | 22 | 22 | 23 |', '| Totaal | 366 | 372 | 379 |'])],
  ['(2) investment minus subsidy that holds', t('Financiën', ['| Gebouw | Investering | Subsidie | Netto |', '|---|---|---|---|', '| Brede school Zuid | € 6.200.000 | € 1.100.000 | € 5.100.000 |', '| Gymzaal Oost | € 1.900.000 | € 300.000 | € 1.600.000 |', '| Bibliotheek | € 2.600.000 | € 250.000 | € 2.350.000 |'])],
  ['(2) a finance table of budgets without a relation', t('Financiën', ['| Regeling | Budget 2026 | Budget 2027 | Aanvragen |', '|---|---|---|---|', '| Kindpakket | € 93.000 | € 95.000 | 620 |', '| Zwemdiploma | € 49.000 | € 50.000 | 140 |', '| Cultuurpas | € 60.000 | € 61.000 | 800 |'])],
  ['(3) a product under unknown headers that holds', t('Openbare ruimte', ['| Onderdeel | Eenheden | Kostprijs | Raming |', '|---|---|---|---|', '| Lichtmasten | 45 | € 2.300 | € 103.500 |', '| Verkeersborden | 120 | € 180 | € 21.600 |', '| Bloembakken | 16 | € 750 | € 12.000 |'])],
  ['(3) two rows of ones and zeros that match by chance', t('Sport', ['| Club | Teams | Trainers | Velden |', '|---|---|---|---|', '| Hockey | 1 | 4 | 4 |', '| Korfbal | 1 | 3 | 3 |', '| Tennis | 2 | 5 | 6 |'])],
  ['(3) three rows where only one row keeps a relation', t('Wonen', ['| Wijk | Woningen | Huishoudens | Inwoners |', '|---|---|---|---|', '| Noord | 1.200 | 1.150 | 2.350 |', '| Zuid | 900 | 870 | 2.100 |', '| Oost | 640 | 610 | 1.420 |'])]
]

describeWordings(tableRowArithmetic, defects, clean)
