import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 11 battery, written before reading the rule: a part with a unit noun (`12 van de 80
// hectare`) and a share in words with a qualifier and `van de wijk`, distractors around, the whole
// in the sentence before, the share before its parts, emphasis, a line break inside the sentence,
// a relative clause with its own number. Look-alikes: the same shares right, a change, a target.

const defects: BatteryWording[] = [
  ['a part with a unit noun, bijna een derde', ['In Noord ligt 12 van de 80 hectare onder bladerdek, bijna een derde van de wijk.']],
  ['ruim de helft that is a quarter', ['Van de 240 aanvragen zijn er 60 toegekend, ruim de helft.']],
  ['the whole in the sentence before', ['In 2025 kwamen 1.200 meldingen binnen. Daarvan gingen er 300 over zwerfafval, zo’n 40 procent.']],
  ['inclusief with a distractor count', ['Van de 50 bushaltes, inclusief de 8 in het buitengebied, zijn er 20 toegankelijk: 60 procent.']],
  ['emphasis on the share', ['Van de 200 deelnemers rondden er 150 de cursus af, **ruim 90%**.']],
  ['a line break inside the sentence', ['Van de 400 huishoudens die een aanvraag deden, kregen er 100', 'een toekenning: de helft.']],
  ['a part in kilometres, de helft van het net', ['Op 30 van de 120 kilometer fietspad ligt verlichting, ongeveer de helft van het net.']],
  ['daarvan with the whole before', ['De gemeente telt 16 sportparken. Op 12 daarvan ligt kunstgras, een derde.']],
  ['the share before its parts', ['Bijna de helft van de leerlingen, 45 van de 300, fietst naar school.']],
  ['a relative clause with its own number', ['Van de 90 verenigingen, die samen 6.000 leden tellen, kregen er 18 subsidie: 30 procent.']],
  ['precies een derde that is a quarter', ['Van de 500 woningen in de wijk zijn er 125 gasloos, precies een derde.']],
  ['dat is after a part of a whole', ['In 2026 deden 64 van de 80 scholen mee, dat is 70 procent.']],
  ['een kwart that is a fifth', ['Van de 25 wijken hebben er 5 een buurtbus, een kwart.']]
]

const clean: CleanWording[] = [
  ['a part with a unit noun, right', ['In Noord ligt 19 van de 80 hectare onder bladerdek, bijna een kwart van de wijk.']],
  ['ruim de helft, right', ['Van de 240 aanvragen zijn er 130 toegekend, ruim de helft.']],
  ['the whole in the sentence before, right', ['In 2025 kwamen 1.200 meldingen binnen. Daarvan gingen er 300 over zwerfafval, een kwart.']],
  ['inclusief with a distractor count, right', ['Van de 50 bushaltes, inclusief de 8 in het buitengebied, zijn er 20 toegankelijk: 40 procent.']],
  ['emphasis on the share, right', ['Van de 200 deelnemers rondden er 150 de cursus af, **75%**.']],
  ['a line break inside the sentence, right', ['Van de 400 huishoudens die een aanvraag deden, kregen er 200', 'een toekenning: de helft.']],
  ['daarvan, driekwart', ['De gemeente telt 16 sportparken. Op 12 daarvan ligt kunstgras, driekwart.']],
  ['the share before its parts, right', ['Bijna de helft van de leerlingen, 140 van de 300, fietst naar school.']],
  ['a change by a quarter', ['Het aantal meldingen steeg van 200 naar 250, een kwart meer.']],
  ['a target after a share', ['In 2024 waren 40 van de 160 lantaarnpalen led; in 2026 wordt dat 75 procent.']],
  ['a relative number in the next sentence', ['Van de 90 verenigingen kregen er 27 subsidie: 30 procent. Samen tellen ze 6.000 leden.']],
  ['bijna een derde, right', ['Van de 500 woningen in de wijk zijn er 160 gasloos, bijna een derde.']],
  ['ruim een derde before its count', ['Ruim een derde van de 60 sportclubs, 21 clubs, heeft een vrijwilligersbeleid.']],
  ['two shares in one sentence, right', ['Van de 80 scholen deden er 56 mee, 70 procent; van de 40 kinderopvangen 30, driekwart.']]
]

describeBattery(percentageClaimCheck, defects, clean, 0)
