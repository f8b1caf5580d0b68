import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Shares and changes whose check was stopped by a gate rather than by the wording: an
// approximation word with a tolerance wider than its meaning (`ca. 59%` for 53 %), the whole or
// the old value standing earlier in the section (sentence before, paragraph before, a table of the
// section), and `nu`/`inmiddels` as the present value of a change. Written before reading the code.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const wijkTable = [
  '| Wijk | Aanvragen |',
  '|---|---|',
  '| Noord | 190 |',
  '| Zuid | 305 |',
  '| West | 365 |',
  '| Totaal | 860 |',
  ''
]
const clubTable = [
  '| Vereniging | Leden 2022 | Leden 2025 |',
  '|---|---|---|',
  '| IJsclub De Vlieger | 1.240 | 1.105 |',
  '| Schaakclub Dame | 86 | 94 |',
  ''
]

const riderTable = [
  '| Groep | Aantal | Aandeel |',
  '|---|---|---|',
  '| Forenzen (werk) | 95 | 19% |',
  '| Scholieren | 240 | 48% |',
  '| Overig | 165 | 33% |',
  '| Totaal | 500 | 100% |',
  ''
]

const defects: BatteryWording[] = [
  ['ca. in brackets, off by five', p('Van de 350 lantaarnpalen branden er 186 al op led (ca. 59%).')],
  ['ongeveer after the part', p('Op de 190 aanvragen kwamen er 77 digitaal binnen, ongeveer 47 procent.')],
  ["zo'n rounded to tens that does not round", p("Zo'n 70% van de bezoekers kwam met de fiets: 118 van de 193.")],
  ['ruim while below', p('Met 96 van de 410 deelnemers is de groep vijftigplussers goed voor ruim 28 procent.')],
  ['bijna een derde while well above', p('Bijna een derde van de 640 huurwoningen, 250 woningen, heeft nog label E of slechter.')],
  ['meer dan de helft with the whole a paragraph before', p('De sportparken verbruikten vorig jaar samen 84.000 m³ water.', '', 'Met 31.000 m³ per jaar neemt het hoofdveld meer dan de helft van het waterverbruik voor zijn rekening.')],
  ['bijna een kwart with the whole a sentence before', p('Aan de enquête namen 530 ouders deel. Van hen gaven er 71 aan ontevreden te zijn over de haaltijden, bijna een kwart van de ouders.')],
  ['whole in a table of the section', p(...wijkTable, 'Met 190 aanvragen levert Noord ruim 30 procent van alle aanvragen.')],
  ['change with nu as the present value', p('In 2021 telden we 212 volkstuinders, nu 236: een toename van ruim 25 procent.')],
  ['plain growth without approximation word', p('Het aantal mantelzorgers groeide van 415 in 2022 naar 468 in 2025, een groei van 20 procent.')],
  ['inmiddels across two sentences', p('Begin 2023 hadden 64 scholen een rookvrij schoolplein. Inmiddels zijn dat er 81, een stijging van bijna 40 procent.')],
  ['loss with both values in a table row', p(...clubTable, 'De ijsclub verloor tussen 2022 en 2025 bijna een derde van haar leden.')],
  ['growth of an area from a list item above', p('- Het bloemrijke grasland groeit van 18,5 hectare nu naar 22 hectare in 2029.', '', 'Zo groeit het bloemrijke grasland in drie jaar met ruim 35%.')],
  ["zo'n 30 procent of a count", p("Van de 1.150 bomen langs de dijk zijn er 264 ziek, dat is zo'n 30 procent.")],
  ['ca. in a list item', p('- Onderhouden: 39 van de 72 speeltuinen (ca. 62%).')],
  ['a row named and quoted under a header without a noun', p(...riderTable, 'Met 95 fietsers vormen forenzen ruim 25 procent van de gebruikers.')],
  ['a decline of a row between year columns, a paragraph between', p('| Locatie | Uitleningen 2021 | Uitleningen 2024 |', '|---|---|---|', '| Bibliotheek Centrum | 58.000 | 61.500 |', '| Bibliotheek Oost | 21.400 | 19.800 |', '', 'Het centrum blijft de grootste vestiging.', '', 'De vestiging Oost verloor tussen 2021 en 2024 ruim 20 procent van haar uitleningen.')],
  ['a decline said before the change it restates, two paragraphs on', p('1. Het aantal zwerfafvalmeldingen daalt van 640 in 2025 naar 560 in 2027.', '2. We plaatsen dertig extra afvalbakken.', '', 'Zo daalt het aantal zwerfafvalmeldingen in twee jaar met bijna 25 procent.')],
  ['a whole beside a saving with its own share', p('Onze gebouwen verbruikten samen 48.000 m³ water. Met een nieuwe spoelinstallatie besparen we 21.000 m³ (ruim 43 procent).', '', 'Met 19.000 m³ gebruikt de sporthal meer dan de helft van ons waterverbruik.')],
  ['a growth in m² from a numbered goal above, with Daarmee', p('- 3.1 Het groene schoolplein groeit van 2.400 m² nu naar 3.100 m² in 2028.', '- 3.2 Elke school krijgt een moestuin.', '', 'Daarmee groeit het groene schoolplein met ruim 40 procent.')],
  ['nog geen while above', p('Nog geen 10 procent van de 2.400 meldingen, 310 stuks, kwam via de app.')]
]

const clean: CleanWording[] = [
  ['ca. that rounds', p('Van de 350 lantaarnpalen branden er 186 al op led (ca. 53%).')],
  ["zo'n to tens that rounds", p("Zo'n 60% van de bezoekers kwam met de fiets: 118 van de 193.")],
  ['ruim that holds', p('Met 96 van de 410 deelnemers is de groep vijftigplussers goed voor ruim 23 procent.')],
  ['meer dan de helft that holds', p('De sportparken verbruikten vorig jaar samen 84.000 m³ water.', '', 'Met 48.000 m³ per jaar neemt het hoofdveld meer dan de helft van het waterverbruik voor zijn rekening.')],
  ['change with nu that holds', p('In 2021 telden we 212 volkstuinders, nu 236: een toename van ruim 11 procent.')],
  ['two candidate wholes, one fits', p(...wijkTable, 'Voor de buurtbus kwamen 450 aanvragen binnen. Met 190 aanvragen levert Noord ruim 40 procent van de aanvragen voor de buurtbus.')],
  ['loss from a table that holds', p(...clubTable, 'De ijsclub verloor tussen 2022 en 2025 ruim een tiende van haar leden.')],
  ['nu in a target', p('In 2021 telden we 212 volkstuinders. We willen nu 40 procent meer tuinen aanbieden.')],
  ['a change in percentage points', p('Het bereik steeg van 61 procent naar 68 procent, een stijging van 7 procentpunt.')],
  ['a percentage of another quantity', p('Van de 350 lantaarnpalen branden er 186 op led; de ledlampen gebruiken ca. 60% minder stroom.')],
  ['a future growth after a past change', p('Het aantal leden groeide van 415 naar 468. Voor 2029 verwachten we een groei van 20 procent.')],
  ['growth from a list item that holds', p('- Het bloemrijke grasland groeit van 18,5 hectare nu naar 22 hectare in 2029.', '', 'Zo groeit het bloemrijke grasland in drie jaar met bijna 19%.')],
  ['a row named and quoted that holds', p(...riderTable, 'Met 95 fietsers vormen forenzen bijna 20 procent van de gebruikers.')],
  ['a quoted count of a row not named', p(...riderTable, 'Met 95 fietsers per dag is de stalling aan de Markt ruim 40 procent bezet.')],
  ['a row between year columns that holds', p('| Locatie | Uitleningen 2021 | Uitleningen 2024 |', '|---|---|---|', '| Bibliotheek Centrum | 58.000 | 61.500 |', '| Bibliotheek Oost | 21.400 | 19.800 |', '', 'De vestiging Oost verloor tussen 2021 en 2024 bijna 8 procent van haar uitleningen.')],
  ['a change of another subject after a stated one', p('- Het aantal zwerfafvalmeldingen daalt van 640 in 2025 naar 560 in 2027.', '', 'Zo daalt het aantal klachten over hondenpoep met 30 procent.')],
  ['a whole beside a saving, that holds', p('Onze gebouwen verbruikten samen 48.000 m³ water. Met een nieuwe spoelinstallatie besparen we 21.000 m³ (ruim 43 procent).', '', 'Met 26.000 m³ gebruikt de sporthal meer dan de helft van ons waterverbruik.')],
  ['ruim een kwart of another count', p('Aan de enquête namen 530 ouders deel. Van hen gaven er 71 aan ontevreden te zijn. Ruim een kwart van de scholen past de haaltijden aan.')]
]

// Still flagged, at the start as now (open): a share that closes the clause of a measured part but names a group
// of another kind as its whole, `Het hoofdveld gebruikt 31.000 m³ water en is goed voor meer dan de helft van de
// wedstrijden.` after `… samen 84.000 m³ water.`: the reader takes the earlier count in the same unit.

describeBattery(percentageClaimCheck, defects, clean, 21)
