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
