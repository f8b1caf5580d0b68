import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 13 battery (hpct6), written before reading the rule: shares in words with a qualifier
// (`bijna driekwart`, `ruim een derde`), a percentage in the next sentence introduced by a noun
// (`Met een opkomst van`), a saving whose whole stands a paragraph before, part and whole that
// share a unit while a count of another kind stands between them, emphasis, a relative clause.
// Look-alikes: the same shapes right, rounding words, a change, a target, two shares.
// Start code: 9 of 14 caught, one look-alike (a saving in MWh beside a count of pumps) warned.

const defects: BatteryWording[] = [
  ['bijna de helft that is a third', ['Op 7 van de 20 sportvelden ligt kunstgras, bijna de helft van de velden.']],
  ['a score in the next sentence', ['Van de 3.480 aanvragen werden er 1.150 binnen een week afgehandeld. Met een score van 41 procent blijven we onder de norm.']],
  ['the whole a paragraph before', ['Het verbruik van de gemalen was in 2025 1.900 MWh.', '', 'Door slimmer te pompen besparen we jaarlijks 380 MWh, een kwart van het huidige verbruik.']],
  ['hectare, ruim een derde', ['In Zuid ligt 12 van de 70 hectare onder water, ruim een derde van het gebied.']],
  ['ruim 90 procent that is three quarters', ['23 van de 31 wijkteamleden volgden de training, ruim 90 procent.']],
  ['dat komt neer op een aandeel van', ['Van de 640 woningen zijn er 96 gerenoveerd; dat komt neer op een aandeel van 25 procent.']],
  ['an opkomst in the next sentence', ['Bij de jeugdraad brachten 2.150 van de 6.400 stemgerechtigde jongeren hun stem uit. Een opkomst van 45 procent is hoog voor zo’n verkiezing.']],
  ['waarvan, bijna de helft', ['De bibliotheek leende 42.000 boeken uit, waarvan 8.400 e-books: bijna de helft.']],
  ['driekwart that is a fifth', ['Van de 150 bedrijven op het terrein hebben er 30 zonnepanelen, driekwart van het totaal.']],
  ['daarvan in the next sentence', ['Het wagenpark telt 48 voertuigen. Daarvan rijden er 12 elektrisch, ongeveer 40 procent.']],
  ['a saving of a third in m3', ['Het waterverbruik van de zwembaden is 60.000 m³ per jaar. Met nieuwe filters sparen we 9.000 m³, een derde van het verbruik.']],
  ['a drop with a count of buildings between', ['Het gasverbruik van de 14 gebouwen daalde van 500.000 naar 400.000 m³, een daling van 30 procent.']],
  ['a relative clause with its own number', ['Van de 1.200 leerlingen, onder wie 300 uit de buurgemeente, fietsen er 480 naar school: de helft.']],
  ['emphasis on the share', ['Van de 80 speeltuinen zijn er 20 toegankelijk, *bijna de helft*.']]
]

const clean: CleanWording[] = [
  ['ruim een derde, right', ['Op 7 van de 20 sportvelden ligt kunstgras, ruim een derde van de velden.']],
  ['a score in the next sentence, right', ['Van de 3.480 aanvragen werden er 1.150 binnen een week afgehandeld. Met een score van 33 procent blijven we onder de norm.']],
  ['the whole a paragraph before, right', ['Het verbruik van de gemalen was in 2025 1.900 MWh.', '', 'Door slimmer te pompen besparen we jaarlijks 380 MWh, een vijfde van het huidige verbruik.']],
  ['the share before its parts, right', ['Bijna driekwart van de 40 scholen, 29 in totaal, heeft een gezonde kantine.']],
  ['bijna driekwart, right', ['23 van de 31 wijkteamleden volgden de training, bijna driekwart.']],
  ['dat komt neer op een aandeel van, right', ['Van de 640 woningen zijn er 96 gerenoveerd; dat komt neer op een aandeel van 15 procent.']],
  ['waarvan, een vijfde', ['De bibliotheek leende 42.000 boeken uit, waarvan 8.400 e-books: een vijfde.']],
  ['a target after a share', ['Nu hebben 30 van de 150 bedrijven zonnepanelen; in 2029 moet dat de helft zijn.']],
  ['a growth by a quarter', ['Het aantal leden groeide van 400 naar 500, een kwart meer.']],
  ['ongeveer, rounded', ['Van de 1.200 leerlingen fietsen er 470 naar school, ongeveer 40 procent.']],
  ['a relative clause with its own number, right', ['Van de 60 verenigingen, die samen 4.500 leden hebben, doen er 15 mee: een kwart.']],
  ['two shares in one sentence', ['Van de 250 meldingen gingen er 50 over lawaai, 20 procent, en 75 over afval, 30 procent.']],
  ['an unrelated whole a paragraph before', ['De gemeente telt 9.000 huishoudens.', '', 'Van de 600 aanvragen voor bijzondere bijstand werden er 150 afgewezen, een kwart.']],
  ['a drop with a count of buildings between, right', ['Het gasverbruik van de 14 gebouwen daalde van 500.000 naar 400.000 m³, een daling van 20 procent.']],
  ['a saving in MWh with a count of pumps between', ['In 2025 gebruikten de gemalen 3.000 MWh. Met de vervanging van de 2.400 pompen dalen we in 2029 naar 1.800 MWh, een besparing van 40 procent.']]
]

describeBattery(percentageClaimCheck, defects, clean, 13)
