import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 16 battery (hmisc16), written before reading the rule again: an event told as expected
// (`naar verwachting`, `vermoedelijk`, `volgens de planning`, `we verwachten dat`) in a present
// tense that means the future, without `zal` or `wordt`, while its date lies before the document
// date; also a month-named publication (`de meicirculaire 2026`) with only a month after it.
// Look-alikes: the same wordings with a date still ahead, a past tense, an expectation about a
// later state compared with a past date, a past date as the source of the expectation.
const front = { titel: 'Uitvoeringsprogramma Buurt en Zorg 2027-2030', periode: '2027-2030', datum: '2026-11-12' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['naar verwachting fronted, a month and year', p('Naar verwachting neemt de raad het besluit over de nieuwe huurtoeslag in oktober 2026.'), '2026'],
  ['volgens de planning with a separable verb', p('Het college legt de nota volgens de planning in september 2026 aan de raad voor.'), '2026'],
  ['vermoedelijk with a fronted adverb', p('Vermoedelijk opent de vernieuwde sporthal in augustus 2026 haar deuren.'), '2026'],
  ['naar verwachting in the middle, eind month', p('De provincie publiceert naar verwachting eind juni 2026 de nieuwe subsidieregeling.'), '2026'],
  ['a full date after naar verwachting', p('Naar verwachting volgt het advies van de cliëntenraad op 15 oktober 2026.'), '2026'],
  ['a month-named circular with a bare month', p('De meicirculaire 2026 verschijnt naar verwachting eind mei.'), '2026'],
  ['a quarter of a past year', p('Het bureau rondt het onderzoek naar verwachting in het derde kwartaal van 2026 af.'), '2026'],
  ['a list item with naar verwachting', ['# Planning', '', 'Wat we nog doen:', '', '- de aannemer levert naar verwachting in september 2026 de eerste woningen op;', '- daarna volgt de inspraak.'], '2026'],
  ['a state that means the future', p('De evaluatie van de pilot is naar verwachting in oktober 2026 klaar.'), '2026'],
  ['we verwachten dat with a final verb', p('We verwachten dat de minister in juli 2026 de nieuwe normen bekendmaakt.'), '2026'],
  ['naar verwachting in a second sentence', p('De regio werkt aan een nieuw contract. Naar verwachting tekenen de gemeenten dat in augustus 2026.'), '2026'],
  ['a demonstrative die before the object', p('Naar verwachting levert de aannemer die woningen in augustus 2026 op.'), '2026'],
  ['a demonstrative dat before the object', p('De provincie maakt dat besluit naar verwachting in oktober 2026 bekend.'), '2026'],
  ['a demonstrative deze with volgens de planning', p('Volgens de planning ondertekenen beide partijen deze overeenkomst op 1 september 2026.'), '2026'],
  ['a demonstrative with an adjectival particle goed', p('Vermoedelijk keurt de raad dat voorstel in oktober 2026 goed.'), '2026'],
  ['a demonstrative with an adjectival particle vast and a consequence', p('Naar verwachting legt het college die afspraken in augustus 2026 vast, zodat de scholen kunnen beginnen.'), '2026'],
  ['a day and month with stemt in', p('Naar verwachting stemt de raad op 2 juli 2026 in met het voorstel.'), '2026']
]

const clean: CleanWording[] = [
  ['the same wording with a date ahead', p('Naar verwachting neemt de raad het besluit over de nieuwe huurtoeslag in februari 2027.')],
  ['a past tense', p('De raad nam het besluit over de nieuwe huurtoeslag in oktober 2026.')],
  ['zoals verwacht with a past tense', p('Zoals verwacht stelde de raad de verordening in september 2026 vast.')],
  ['a month-named circular that appeared', p('De meicirculaire 2026 verscheen eind mei.')],
  ['a month-named circular of a later year', p('De meicirculaire 2027 verschijnt naar verwachting eind mei.')],
  ['a comparison with a past month', p('Het aantal aanvragen ligt naar verwachting hoger dan in oktober 2026.')],
  ['a past tariff that stays', p('Naar verwachting blijft het tarief van september 2026 ook in 2027 gelden.')],
  ['a past report as the source', p('Het rapport van september 2026 verwacht dat de vraag verder stijgt.')],
  ['a past fact and a later expectation', p('De raad is in oktober 2026 geïnformeerd; naar verwachting besluit hij in februari 2027.')],
  ['a growth since a past month', p('Sinds augustus 2026 stijgt het aantal meldingen naar verwachting verder.')],
  ['a relative clause with a past date and a future main clause', p('De regeling, die in september 2026 is vastgesteld, treedt naar verwachting in 2027 in werking.')],
  ['a relative die with a past tense', p('Naar verwachting verdwijnt de wachtlijst die in augustus 2026 nog 40 namen telde.')],
  ['a relative clause that ends on its joined verb', p('Naar verwachting verdwijnen de regels die de raad in september 2026 vaststelde.')],
  ['a perfect tense', p('Het bureau heeft het onderzoek in het derde kwartaal van 2026 afgerond.')]
]

describeBattery(staleStatement, defects, clean, 15, front)
