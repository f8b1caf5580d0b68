import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct15, written before reading the rule: plain share claims a gate stops.
// (a) a determiner or possessive between `van` and the whole (`van onze 80 scholen`, `van alle`,
// `van deze`, `van hun`); (b) `X op Y` as part of a whole (`45 lege plaatsen op 300`);
// (c) `één op de N` with an approximation word whose tolerance the real share exceeds;
// (d) the whole named back (`dat bezit`, `deze groep`, `dat aantal`) and counted in the
// sentence before. The look-alikes: the same forms with a fitting share, a rate (`per`),
// `op` as a place or date, two counts the anaphor could take, a whole of another unit.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  // (a) a determiner between `van` and the whole
  ['onze, brackets', p('Op dit moment hebben 18 van onze 75 sportvelden kunstgras (35%).'), '35%'],
  ['alle, words', p('Van alle 240 bushaltes zijn er 60 toegankelijk voor rolstoelen, ongeveer de helft.'), 'de helft'],
  ['deze, procent', p('Bij 9 van deze 120 bruggen is groot onderhoud nodig; dat is zo\'n 20 procent.'), '20 procent'],
  ['hun, list item', p('Wat de scholen melden:', '', '- 14 van hun 50 lokalen zijn te warm in de zomer (bijna 40%).', '- De ventilatie is verouderd.'), '40%'],
  ['de, result first', p('Ruim een derde van de 900 lantaarnpalen is al overgezet op led: 190 palen.'), 'een derde'],
  // (b) `op` as `van`
  ['op, ruim een kwart', p('Met 45 lege standplaatsen op 400 is er ruim een kwart vrij op de weekmarkt.'), 'ruim een kwart'],
  ['op, percent', p('Er waren 12 klachten op 300 meldingen, dat is bijna 10 procent.'), '10 procent'],
  ['op, de helft, result first', p('De helft van de plekken is bezet: 70 bezette bedden op 210 in het hospice.'), 'De helft'],
  // (c) één op de N with an approximation word
  ['ongeveer een op de acht', p('Van de 3.600 leerlingen fietsen er 220 naar school: ongeveer één op de acht.'), 'één op de acht'],
  ['ongeveer een op de twintig', p('Op het complex hebben 4.800 tuinders een perceel. Van hen gebruiken er 90 een kas, ongeveer één op de twintig.'), 'één op de twintig'],
  ['bijna een op de vijf', p('Bij 5.000 inwoners zijn er 620 mantelzorger, bijna een op de vijf.'), 'een op de vijf'],
  ['digits, 1 op de 4', p('Van de 2.800 huishoudens heeft 1 op de 4 een warmtepomp: 410 huishoudens.'), '1 op de 4'],
  // (d) the whole named back in the next sentence
  ['dat bezit, next sentence', p('De stichting beheert 2.400 huurwoningen in de binnenstad. Met het isoleren van 700 woningen pakken we ongeveer de helft van dat bezit aan.'), 'de helft'],
  ['deze groep', p('In de gemeente wonen 6.000 inwoners van 75 jaar en ouder. Van deze groep krijgen er 900 thuiszorg, ruim een kwart.'), 'ruim een kwart'],
  ['die, two sentences back', p('Het waterschap onderhoudt 640 stuwen in het gebied. Het onderhoud kost jaarlijks veel. Aan 90 stuwen vervangen we in 2028 bijna een derde van die installaties.'), 'bijna een derde'],
  ['dat aantal, percent', p('We tellen 1.500 straatbomen langs de provinciale weg. Bij 120 bomen is ziekte vastgesteld, zo\'n 25 procent van dat aantal.'), '25 procent']
]

const clean: CleanWording[] = [
  ['fitting, onze', p('Op dit moment hebben 18 van onze 75 sportvelden kunstgras (24%).')],
  ['fitting, alle', p('Van alle 240 bushaltes zijn er 60 toegankelijk voor rolstoelen, een kwart.')],
  ['fitting, op', p('Met 45 lege standplaatsen op 400 is er ruim een tiende vrij op de weekmarkt.')],
  ['op as a rate', p('Er zijn 3 agenten op 1.000 inwoners; dat willen we naar 4 brengen, een stijging van een derde.')],
  ['op as a ratio', p('Volgens de prognose werkt in 2040 1 op de 4 mensen in de bouw (nu 1 op 9), bijna het dubbele van nu.')],
  ['op as a ratio, small whole', p('Een kwart van de kinderen zwemt wekelijks; bij de tieners is dat 3 op 10.')],
  ['op as a place', p('We plaatsen 40 zonnepanelen op 12 daken, zodat de helft van de daken groen is.')],
  ['per, not a share', p('We halen 45 kilo afval op per 100 huishoudens, ruim een kwart minder dan in 2024.')],
  ['fitting een op de acht', p('Van de 3.600 leerlingen fietsen er 450 naar school: ongeveer één op de acht.')],
  ['fitting een op de twintig', p('Op het complex hebben 4.800 tuinders een perceel. Van hen gebruiken er 230 een kas, ongeveer één op de twintig.')],
  ['fitting bijna een op de vijf', p('Bij 5.000 inwoners zijn er 960 mantelzorger, bijna een op de vijf.')],
  ['fitting dat bezit', p('De stichting beheert 2.400 huurwoningen in de binnenstad. Met het isoleren van 1.150 woningen pakken we ongeveer de helft van dat bezit aan.')],
  ['anaphor with two counts', p('De stichting beheert 2.400 huurwoningen en 600 garages. Met het isoleren van 700 woningen pakken we ongeveer de helft van dat bezit aan.')],
  ['anaphor, other unit', p('De renovatie kost € 2,4 miljoen. Met 700 woningen pakken we ongeveer de helft van die opgave aan.')],
  ['two back, a count between', p('Het waterschap onderhoudt 640 stuwen in het gebied. Vorig jaar braken er 12 af. Aan 90 stuwen vervangen we in 2028 bijna een derde van die installaties.')],
  ['fitting, two back', p('Het waterschap onderhoudt 640 stuwen in het gebied. Het onderhoud kost jaarlijks veel. Aan 200 stuwen vervangen we in 2028 bijna een derde van die installaties.')],
  ['target share', p('We hebben 18 van onze 75 sportvelden met kunstgras en willen in 2030 de helft van de velden omzetten.')],
  ['fitting deze groep', p('In de gemeente wonen 6.000 inwoners van 75 jaar en ouder. Van deze groep krijgen er 900 thuiszorg, zo\'n 15 procent.')]
]

describeBattery(percentageClaimCheck, defects, clean, 12)
