import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hnoun17, a share whose part and whole are named by different nouns of one kind: fresh wordings
// written before reading the share readers' code. The part a compound and the whole its head
// (`werkuren` of `uur`, `jeugdleden` of `leden`), an adjective before the noun, a singular against a
// plural, a participle against the noun made of it, a measure spelled two ways (`m2`, `m²`,
// `vierkante meter`), across the forms of the three share readers: the whole named in an earlier
// sentence, the whole after a noun behind the share (`van de vloot van 80 auto's`) and `A op B`.
// Look-alikes: the same shapes right, and part and whole of different kinds whose first letters
// agree (`woningzoekenden` and `woningen`, `aanvragers` and `aanvragen`, `leerkrachten` and `leerlingen`).
// Start code: 10 of 15 caught, 3 look-alikes flagged (`90 aanvragers op 600 aanvragen` and the two open ones below);
// after: 11 of 15, the ten look-alikes kept here quiet.
// Open: two look-alikes stay flagged by readers that take the part's whole from `daarvan` or the number after
// `van alle`, not from a noun (`Er zijn 600 woningzoekenden. Daarvan kregen er 150 een woning, 40 procent van de
// woningen.`; `Het loket hielp 120 aanvragers, ruim 60 procent van alle 150 aanvragen.`); and `werkuren` of `uur`
// (a head of three letters, too short to tell from `structuren`).

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['compound part, whole in hours after the share', body('Dit jaar gingen 45 werkuren naar overleg, ruim 40 procent van het budget van 300 uur.'), '40'],
  ['m2 part, m² whole after the share', body('De 450 m2 nieuwe daktuinen beslaan 40 procent van de daken van 3.000 m².'), '40'],
  ['compound part, head whole in the clause before', body('De bibliotheek telde 2.500 leden; 250 jeugdleden was ruim 30 procent van de leden.'), '30'],
  ['compound part, whole in the sentence before', body('In de wijk staan 2.000 woningen. Er zijn 150 eengezinswoningen; dat is bijna een kwart van de woningen.'), 'een kwart'],
  ['compound part op head whole', body('Er zijn 90 spoedaanvragen op 600 aanvragen binnengekomen (ruim 30%).'), '30'],
  ['head noun of a compound whole named before', body('De gemeente telt 2.400 huurwoningen. Daarvan staan er 900 in Oost, ruim de helft van de woningen.'), 'de helft'],
  ['compound part, head whole after a noun', body('De 45 nieuwe fietsenstallingen maken 30 procent uit van het totaal van 300 stallingen.'), '30'],
  ['compound part, plural with apostrophe', body("De 18 elektrische deelauto's vormen 60 procent van de vloot van 80 auto's."), '60'],
  ['vierkante meter part, m² whole', body('De 450 vierkante meter daktuin beslaat 40 procent van het dakoppervlak van 3.000 m².'), '40'],
  ['uren part, uur whole', body('Het team besteedde 120 uren aan huisbezoeken, ongeveer de helft van de jaarlijkse inzet van 600 uur.'), 'de helft'],
  ['participle against the noun made of it', body('Van de 360 ingeschrevenen stonden er 90 al langer dan een jaar ingeschreven: dat is 40 procent.'), '40'],
  ['m² whole, vierkante meter part, in words', body('Van de 3.000 m² dak is 450 vierkante meter met zonnepanelen belegd, ongeveer 40 procent.'), '40'],
  ['adjective and noun part, plain whole before', body('Er staan 80 zitbanken in het park; 12 houten banken zijn ruim 40 procent van de banken.'), '40'],
  ['compound whole, head part, list item', body('Ons aanbod:', '', '- 240 sportlessen, waarvan 36 lessen voor senioren: een kwart van de lessen;', '- de rest voor de jeugd.'), 'een kwart'],
  ['singular-plural with vowel doubling', body('Langs de dijk staan 250 bomen; 75 leilindebomen zijn ruim de helft van de bomen.'), 'de helft']
]

const clean: CleanWording[] = [
  ['compound part, hours whole, right', body('Dit jaar gingen 45 werkuren naar overleg, zo\'n 15 procent van het budget van 300 uur.')],
  ['m2 part, m² whole, right', body('De 450 m2 nieuwe daktuinen beslaan 15 procent van de daken van 3.000 m².')],
  ['compound part, head whole, right', body('De bibliotheek telde 2.500 leden; 250 jeugdleden was 10 procent van de leden.')],
  ['compound part op head whole, right', body('Er zijn 90 spoedaanvragen op 600 aanvragen binnengekomen (15%).')],
  ['adjective and noun part, right', body('Er staan 80 zitbanken in het park; 12 houten banken zijn 15 procent van de banken.')],
  ['people against homes, whole after the share', body('De 90 woningzoekenden kregen 30 procent van de vrijgekomen voorraad van 150 woningen.')],
  ['applicants op applications', body('Er kwamen 90 aanvragers op 600 aanvragen (40% deed meer dan een aanvraag).')],
  ['teachers against pupils', body('De 30 leerkrachten verzorgen 25 procent van de lessen aan de groep van 75 leerlingen.')],
  ['measure against count', body('De 450 m² speelruimte is 40 procent van de inrichting van 3.000 speeltoestellen.')],
  ['hours against staff', body('De 120 uren vrijwilligerswerk zijn ongeveer de helft van de inzet van 600 vrijwilligers.')]
]

describeBattery(percentageClaimCheck, defects, clean, 11)
