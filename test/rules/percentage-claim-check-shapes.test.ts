import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shapes of percentage defects that plans written blind by other authors used and the first
// wordings did not: the part said "M van hen" after the whole, the whole in a sentence that also
// names a date, the part in parentheses after the share, two years in two sentences with the
// later year first, a reference number between whole and part, and a table with a column of
// changes between two year columns. Each shape has look-alikes that are right or say another thing.
const defects: DefectWording[] = [
  ['M van hen after the whole in the clause before', ['# Taal', '', 'Vorig jaar begonnen 420 inwoners aan een taaltraject; 300 van hen haalden het certificaat (64%).'], '`64%`'],
  ['M daarvan after the whole in the sentence before', ['# Werk', '', 'In het eerste halfjaar meldden 150 jongeren zich bij het jongerenloket. 45 daarvan vonden binnen drie maanden werk, ruim 40 procent.'], '`ruim 40 procent`'],
  ['Van hen after a sentence with a date', ['# Zorg', '', 'Op 1 maart 2026 stonden 520 cliënten ingeschreven bij de dagbesteding. Van hen komen er 130 uit een andere gemeente, dat is 31 procent.'], '`31 procent`'],
  ['Daarvan after a sentence with a date and a share word', ['# Armoede', '', 'Per 15 oktober 2025 hadden 800 huishoudens recht op de toeslag. Daarvan vroegen er 600 hem ook aan, ongeveer twee derde.'], '`ongeveer twee derde`'],
  ['the part in parentheses after the share, whole before', ['# Inkomen', '', 'Eind 2025 ontvingen 2.000 huishoudens een uitkering. Van hen heeft 18% (460 huishoudens) ook schulden.'], '`18%`'],
  ['the part in parentheses after a fraction, whole before', ['# Sport', '', 'In onze gemeente zijn 90 sportverenigingen actief. Daarvan heeft een derde (45 verenigingen) een eigen kantine.'], '`een derde`'],
  ['later year first, earlier year in the next sentence', ['# Opvang', '', 'In 2025 vroegen 540 gezinnen om hulp bij de schuldhulpverlening. In 2022 waren dat er nog 450, een stijging van 12 procent in drie jaar.'], '`12 procent`'],
  ['later year first with a decline', ['# Veiligheid', '', 'In 2024 telde de politie 210 inbraken in woningen. In 2021 waren het er nog 300, een daling van 20%.'], '`20%`'],
  ['a table reference between whole and part', ['# Wonen', '', 'Van de 800 woningen in tabel 3.2 zijn er 120 voor starters, dat is 25 procent van de bouw.'], '`25 procent`'],
  ['a round ten for an exact half', ['# Jeugd', '', 'Van de 20 jongerenwerkers hebben er 7 een hbo-opleiding, dat is 40 procent.'], '`40 procent`'],
  ['a round ten for a quarter', ['# Groen', '', 'Van de 1.200 bomen in het park zijn er 300 ouder dan vijftig jaar, ofwel 30% van het bestand.'], '`30%`'],
  ['a figure reference between whole and part', ['# Mobiliteit', '', 'Van de 400 ondervraagden in figuur 2 fietsen er 250 dagelijks, ruim 70%.'], '`ruim 70%`'],
  [
    'a table with a change column between two year columns',
    ['# Cijfers', '', '| Soort melding | 2021 | 2022 | 2023 | Verandering 2021-2023 |', '|---|---|---|---|---|', '| Geluid | 120 | 130 | 150 | +25% |', '| Afval | 200 | 190 | 180 | -10% |', '| Parkeren | 80 | 90 | 100 | +40% |'],
    '`+40%`'
  ],
  [
    'a table with a growth column in procent',
    ['# Bezoek', '', '| Voorziening | 2020 | 2024 | Groei 2020-2024 |', '|---|---|---|---|', '| Bibliotheek | 5.000 | 6.000 | 20% |', '| Zwembad | 8.000 | 8.800 | 30% |'],
    '`30%`'
  ]
]

const clean: CleanWording[] = [
  ['M van hen that fits', ['# Taal', '', 'Vorig jaar begonnen 420 inwoners aan een taaltraject; 300 van hen haalden het certificaat (71%).']],
  ['M van hen with two numbers before', ['# Taal', '', 'Vorig jaar begonnen 420 inwoners en 80 vrijwilligers aan een taaltraject; 60 van hen haalden het certificaat (75%).']],
  ['Van hen after a date that fits', ['# Zorg', '', 'Op 1 maart 2026 stonden 520 cliënten ingeschreven bij de dagbesteding. Van hen komen er 130 uit een andere gemeente, dat is 25 procent.']],
  ['Van hen about a share of another base', ['# Zorg', '', 'Op 1 maart 2026 stonden 520 cliënten ingeschreven. Van hen is 40% van de mannen ouder dan 80.']],
  ['the part in parentheses that fits', ['# Inkomen', '', 'Eind 2025 ontvingen 2.000 huishoudens een uitkering. Van hen heeft 23% (460 huishoudens) ook schulden.']],
  ['a share with a year in parentheses', ['# Inkomen', '', 'Eind 2025 ontvingen 2.000 huishoudens een uitkering. Van hen heeft 18% (2024) ook schulden.']],
  ['later year first that fits', ['# Opvang', '', 'In 2025 vroegen 540 gezinnen om hulp bij de schuldhulpverlening. In 2022 waren dat er nog 450, een stijging van 20 procent in drie jaar.']],
  ['two years in two paragraphs', ['# Veiligheid', '', 'In 2024 telde de politie 210 inbraken in woningen.', '', 'In 2021 waren er 300 fietsdiefstallen, 20% meer dan het jaar ervoor.']],
  ['a table reference that fits', ['# Wonen', '', 'Van de 800 woningen in tabel 3.2 zijn er 200 voor starters, dat is 25 procent van de bouw.']],
  ['a round ten near an exact half', ['# Jeugd', '', 'Van de 40 jongerenwerkers hebben er 15 een hbo-opleiding, dat is 40 procent.']],
  ['ongeveer a round ten for an exact half', ['# Groen', '', 'Van de 1.200 bomen in het park zijn er 300 ouder dan vijftig jaar, ofwel ongeveer 30% van het bestand.']],
  ['a share of another whole right after a part', ['# Groen', '', 'Van de 1.200 bomen in het park zijn er 300 ouder dan vijftig jaar, 30% van de bezoekers komt er om die bomen.']],
  ['a range of groups is no part', ['# Onderwijs', '', 'Van de 1.800 leerlingen van groep 5 tot en met 8 die in 2025 zijn getest, scoorden er 450 onder hun niveau (25%).']],
  [
    'a table with a change column that fits',
    ['# Cijfers', '', '| Soort melding | 2021 | 2022 | 2023 | Verandering 2021-2023 |', '|---|---|---|---|---|', '| Geluid | 120 | 130 | 150 | +25% |', '| Afval | 200 | 190 | 180 | -10% |', '| Parkeren | 80 | 90 | 100 | +25% |']
  ],
  [
    'a table with a share column next to years',
    ['# Bezoek', '', '| Voorziening | 2020 | 2024 | Aandeel jongeren |', '|---|---|---|---|', '| Bibliotheek | 5.000 | 6.000 | 40% |', '| Zwembad | 8.000 | 8.800 | 30% |']
  ],
  [
    'a change column over other years than the columns',
    ['# Bezoek', '', '| Voorziening | 2022 | 2024 | Groei 2015-2024 |', '|---|---|---|---|', '| Bibliotheek | 5.000 | 6.000 | 50% |', '| Zwembad | 8.000 | 8.800 | 30% |']
  ]
]

describeWordings(percentageClaimCheck, defects, clean)
