import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmean18: a mean per counted unit before and after the number of units changes, with the total
// stated earlier in the section. The first mean confirms which total the paragraph divides (the
// total over the first count); the second mean, over the new count, can then lie no further from
// the first than that total over the new count, unless the text says the total itself changes.
// Look-alikes: the second mean right or within its rounding, a forecast between the old mean and
// the total over the new count (units that add to the total, like laadpalen), a total that the
// sentence says shrinks, a norm per unit, a mean of another year, a mean with its own total.

const body = (...lines: string[]): string[] => ['# Werklast', '', ...lines]

const defects: BatteryWording[] = [
  ['more fte, workload drops too far', body('In 2025 verwerkte het wijkteam 840 aanvragen.', '', 'Het team telt nu 6 fte; dat is gemiddeld 140 aanvragen per fte. Met twee extra fte komen we op 8 fte en zakt de werkdruk naar ongeveer 80 aanvragen per fte.'), '80'],
  ['total and first mean in one paragraph, units in a clause before', body('De handhavers voerden vorig jaar 2.310 controles uit. Met 7 handhavers kwam dat neer op 330 controles per handhaver. Als we het team uitbreiden tot 10 handhavers, daalt dat naar gemiddeld 200 controles per handhaver.'), '200'],
  ['fewer classes, mean rises too far', body('Dit schooljaar zitten 1.380 leerlingen in de brugklassen.', '', 'Verdeeld over 46 klassen zijn dat gemiddeld 30 leerlingen per klas. Sluiten we 6 klassen, dan houden we 40 klassen over en stijgt de klassengrootte naar gemiddeld 37 leerlingen per klas.'), '37'],
  ['count in words, zo\'n', body('Vorig jaar bezochten 12.600 patiënten een huisarts in het dorp.', '', 'Bij negen huisartsen is dat gemiddeld 1.400 patiënten per huisarts. Met drie nieuwe huisartsen komt het dorp op twaalf huisartsen en daalt dat naar zo\'n 900 patiënten per huisarts.'), '900'],
  ['total in a paragraph two back', body('In 2025 kwamen 3.000 meldingen over de openbare ruimte binnen.', '', 'De meeste meldingen gaan over zwerfafval en losliggende tegels.', '', 'De buitendienst telt 12 medewerkers, gemiddeld 250 meldingen per medewerker. Met 3 medewerkers erbij komen we op 15 medewerkers en ongeveer 150 meldingen per medewerker.'), '150']
]

const clean: CleanWording[] = [
  ['second mean right, rounded', body('In 2025 verwerkte het wijkteam 840 aanvragen.', '', 'Het team telt nu 6 fte; dat is gemiddeld 140 aanvragen per fte. Met twee extra fte komen we op 8 fte en zakt de werkdruk naar ongeveer 105 aanvragen per fte.')],
  ['units that add to the total: a forecast between', body('De 40 laadpalen leverden in 2025 samen 96.000 kWh.', '', 'Dat is gemiddeld 2.400 kWh per laadpaal. Met 10 nieuwe palen komen we op 50 laadpalen en verwachten we zo\'n 2.100 kWh per laadpaal.')],
  ['the sentence says the total shrinks', body('In 2025 verwerkte het wijkteam 840 aanvragen.', '', 'Het team telt nu 6 fte; dat is gemiddeld 140 aanvragen per fte. Met de uitbreiding naar 8 fte en minder aanvragen door de digitale route zakt dat naar ongeveer 80 aanvragen per fte.')],
  ['a norm per unit, not a mean', body('In 2025 verwerkte het wijkteam 840 aanvragen.', '', 'Het team telt nu 6 fte; dat is gemiddeld 140 aanvragen per fte. Met 8 fte zitten we nog boven de landelijke norm van 80 aanvragen per fte.')],
  ['a mean in another year', body('In 2025 verwerkte het wijkteam 840 aanvragen.', '', 'Het team telt nu 6 fte; dat is gemiddeld 140 aanvragen per fte. In 2028 werken we met 8 fte en verwachten we ongeveer 80 aanvragen per fte.')],
  ['a mean with its own total', body('In 2025 verwerkte het wijkteam 840 aanvragen.', '', 'Het team telt nu 6 fte; dat is gemiddeld 140 aanvragen per fte. We verwachten straks 640 aanvragen; met 8 fte is dat gemiddeld 80 aanvragen per fte.')],
  ['a mean over another total of the section', body('In 2025 kwamen 1.380 leerlingen in de brugklas, van wie 920 op het vmbo.', '', 'Op het vmbo is dat bij 46 klassen gemiddeld 20 leerlingen per klas. Met 40 klassen komen we op 23 leerlingen per klas.')],
  ['the same rate for more units', body('De 40 laadpalen leverden in 2025 samen 96.000 kWh.', '', 'Dat is gemiddeld 2.400 kWh per laadpaal. Met 10 nieuwe palen blijft dat naar verwachting zo\'n 2.400 kWh per laadpaal.')]
]

describeBattery(proseCalculation, defects, clean, 5)

// hmean18, second shape: a mean in euros per counted thing whose sentence names the total, which
// is the total row of an amount column in a table of the section; the count is the total of the
// column that counts the mean's noun, or of the column the amount column is the amount of
// (`Bedrag toegekend` of `Toegekend`). Look-alikes: the mean over another column (aanvragen
// instead of toekenningen) right, the mean right or within its rounding, a mean of another year,
// a part paid by someone, a table whose amount column ties to no count column.

const table = (intro: string, head: string, rows: string[]): string[] => [intro, '', head, `|${head.split('|').slice(1, -1).map(() => '---').join('|')}|`, ...rows, '']
const grants = table('De tabel geeft per wijk de aanvragen, de toekenningen en het toegekende bedrag in 2025.', '| Wijk | Aanvragen | Toegekend | Bedrag toegekend |', ['| Noord | 140 | 118 | € 98.000 |', '| Zuid | 171 | 137 | € 124.000 |', '| Totaal | 311 | 255 | € 222.000 |'])
const clubs = table('Subsidie per vereniging in 2026:', '| Vereniging | Leden | Subsidie |', ['| Voetbal | 420 | € 21.000 |', '| Tennis | 260 | € 10.400 |', '| Hockey | 320 | € 16.000 |', '| Totaal | 1.000 | € 47.400 |'])
const homes = table('Isolatie per buurt:', '| Buurt | Woningen | Isolatiesubsidie |', ['| Oost | 180 | € 540.000 |', '| West | 240 | € 720.000 |', '| Totaal | 420 | € 1.260.000 |'])
const courses = table('De cursussen van 2025:', '| Cursus | Deelnemers | Kosten |', ['| Koken | 40 | € 26.000 |', '| Fietsen | 50 | € 32.500 |', '| Totaal | 90 | € 58.500 |'])
const plans = table('Buurtplannen per kern:', '| Kern | Aanvragen | Gehonoreerd | Bedrag gehonoreerd |', ['| Elst | 30 | 24 | € 28.800 |', '| Ravenhorst | 50 | 40 | € 48.000 |', '| Totaal | 80 | 64 | € 76.800 |'])

const tableDefects: BatteryWording[] = [
  ['een gemiddeld initiatief, count by the amount column', body('## Terugblik', '', ...grants, 'Met € 222.000 aan toekenningen kwam een gemiddeld initiatief uit op ongeveer € 1.100.'), '1.100'],
  ['per lid, count column named by the noun', body('## Sport', '', ...clubs, 'De € 47.400 aan subsidie komt neer op gemiddeld € 52 per lid.'), '52'],
  ['per woning, a compound amount header', body('## Isolatie', '', ...homes, 'De € 1.260.000 aan isolatiesubsidie betekent gemiddeld € 2.800 per woning.'), '2.800'],
  ['ruim, per deelnemer', body('## Cursussen', '', ...courses, 'Aan de cursussen gaven we € 58.500 uit, gemiddeld ruim € 720 per deelnemer.'), '720'],
  ['mean before the total, a plan per kern', body('## Buurtplannen', '', ...plans, 'Een gemiddeld plan kreeg van de € 76.800 zo\'n € 1.500.'), '1.500']
]

const tableClean: CleanWording[] = [
  ['a mean over the requests, right', body('## Terugblik', '', ...grants, 'Met € 222.000 aan toekenningen kwam het bedrag gemiddeld op zo\'n € 710 per aanvraag.')],
  ['een gemiddeld initiatief, right', body('## Terugblik', '', ...grants, 'Met € 222.000 aan toekenningen kwam een gemiddeld initiatief uit op zo\'n € 870.')],
  ['bijna, within its rounding', body('## Terugblik', '', ...grants, 'Met € 222.000 aan toekenningen kwam een gemiddeld initiatief uit op bijna € 900.')],
  ['a mean of another year', body('## Terugblik', '', ...grants, 'Met € 222.000 aan toekenningen lag het bedrag hoger dan in 2023, toen een gemiddeld initiatief op € 960 uitkwam.')],
  ['a part paid by another party', body('## Sport', '', ...clubs, 'Van de € 47.400 aan subsidie betaalt de provincie € 20.000, gemiddeld € 20 per lid.')],
  ['an amount column tied to no count column', body('## Terugblik', '', ...table('Per wijk in 2025:', '| Wijk | Aanvragen | Toegekend | Bedrag |', ['| Noord | 140 | 118 | € 98.000 |', '| Zuid | 171 | 137 | € 124.000 |', '| Totaal | 311 | 255 | € 222.000 |']), 'Met € 222.000 aan toekenningen kwam een gemiddeld initiatief uit op zo\'n € 960.')],
  ['per cursus, right', body('## Cursussen', '', ...courses, 'Aan de cursussen gaven we € 58.500 uit, gemiddeld € 29.250 per cursus.')]
]

describeBattery(proseCalculation, tableDefects, tableClean, 5)
