import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 10 battery, written before reading the rule: a span of the plan itself (its
// meerjarenraming, begrotingsperiode, looptijd, planperiode …) written as its end only (`tot en
// met 2031`, `t/m`, `tot eind`, `eindigt in`), whose end is not the plan's own end. Also with a
// relative clause, the end fronted, emphasis. Look-alikes: the plan's own end, the looptijd of
// another thing (a contract, a deal, a loan), a range that only mentions the plan period as a
// reference, the previous period, amounts after `tot`.
const front = { titel: 'Programmabegroting 2027-2030', soort: 'programmaplan', periode: '2027-2030', datum: '2026-09-15' }
const p = (...lines: string[]): string[] => ['# Financiën', '', ...lines]

const defects: BatteryWording[] = [
  ['the meerjarenraming tot en met a later year', p('De meerjarenraming tot en met 2032 laat een tekort zien.')],
  ['the begrotingsperiode tot en met', p('In de begrotingsperiode tot en met 2031 investeren we € 4 miljoen in fietspaden.')],
  ['the looptijd of this plan between commas', p('Gedurende de looptijd van dit plan, tot en met 2031, monitoren we de wachttijden.')],
  ['the meerjarenbegroting t/m', p('In de meerjarenbegroting t/m 2031 is hiervoor jaarlijks € 200.000 opgenomen.')],
  ['a looptijd ending before the plan', p('Deze begroting heeft een looptijd tot en met 2029.')],
  ['the planperiode eindigt in', p('De planperiode eindigt in 2031.')],
  ['the planperiode with tot eind in brackets', p('Over de hele planperiode (tot eind 2031) reserveren we € 1,2 miljoen.')],
  ['the uitvoeringsperiode of this programme', p('De uitvoeringsperiode van dit programma loopt tot en met 2032.')],
  ['the end fronted before the period noun', p('Tot en met 2031, het laatste jaar van deze begrotingsperiode, blijft het tarief gelijk.')],
  ['a relative clause with the end', p('In de meerjarenraming, die tot en met 2031 loopt, is het tekort verwerkt.')],
  ['the looptijd in emphasis', p('De *looptijd* van deze begroting is tot en met 2028.')],
  ['the begrotingsjaren tot en met', p('Voor de begrotingsjaren tot en met 2031 ramen we een lichte stijging van de kosten.')],
  ['the meerjarenraming loopt tot', p('Onze meerjarenraming loopt tot en met 2032 en is sluitend.')]
]

const clean: BatteryWording[] = [
  ['the plan\'s own end', p('De meerjarenraming tot en met 2030 laat een tekort zien.')],
  ['the begrotingsperiode t/m its own end', p('In de begrotingsperiode t/m 2030 investeren we € 4 miljoen in fietspaden.')],
  ['the looptijd of a regional deal', p('De looptijd van de regionale woondeal loopt tot en met 2032.')],
  ['the looptijd of a contract', p('Het contract met de aanbieder heeft een looptijd tot en met 2031.')],
  ['the meerjarenraming of the province', p('De meerjarenraming van de provincie loopt tot en met 2034.')],
  ['the planperiode ends on its own end', p('De planperiode eindigt in 2030.')],
  ['a subsidy beyond the planperiode', p('De subsidie loopt tot en met 2031, één jaar na het einde van de planperiode.')],
  ['a loan with its looptijd', p('De lening heeft een looptijd van dertig jaar, tot en met 2056.')],
  ['a year after the planperiode', p('Na de planperiode, in 2031, evalueren we de aanpak.')],
  ['an amount after tot', p('Het tekort in de meerjarenraming loopt op tot € 2,1 miljoen in 2030.')],
  ['a distractor year after the own end', p('In de meerjarenraming is tot en met 2030 jaarlijks € 50.000 opgenomen, vanaf 2031 structureel € 30.000.')],
  ['the previous period', p('De vorige planperiode liep tot en met 2026.')],
  ['the looptijd of leases', p('De looptijd van de huurcontracten is tot en met 2035.')],
  ['the own end between commas', p('Binnen de begrotingsperiode, tot en met 2030, blijft het tarief gelijk.')],
  ['a doorkijk after the raming', p('De meerjarenraming reikt tot en met 2030; voor 2031 maken we een doorkijk.')]
]

describeBattery(periodMismatch, defects, clean, 13, front)
