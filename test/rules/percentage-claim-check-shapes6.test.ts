import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 6: a claim is a value with a tolerance, tried against the pairs and changes of the counts
// around it. Each cause in fresh words, numbers and places.

/*
 * (1) A percentage written in words (`ruim dertig procent`, `drie procentpunt`) is read like one
 * in digits.
 */
const wordDefects: DefectWording[] = [
  ['1: a change in percentage points in words', ['# Wonen', '', 'Het aandeel koopwoningen ging van 61 % in 2021 naar 62 % in 2025. Dat is een stijging van drie procentpunt.'], '`drie procentpunt`'],
  ['1: a share in words after a pair', ['# Groen', '', 'Van de 480 bomen langs de dijk zijn er 120 ziek, ruim dertig procent.'], '`ruim dertig procent`'],
  ['1: a decline in words in a list item', ['# Afval', '', 'Resultaten:', '', '- het restafval daalde van 200 naar 150 kilo per inwoner, een daling van veertig procent;'], '`veertig procent`'],
  ['1: a compound number word', ['# Sport', '', 'Het ledental groeide van 400 naar 500, een groei van vijfendertig procent.'], '`vijfendertig procent`']
]
const wordClean: CleanWording[] = [
  ['1: points in words, right', ['# Wonen', '', 'Het aandeel koopwoningen ging van 61 % in 2021 naar 64 % in 2025. Dat is een stijging van drie procentpunt.']],
  ['1: a share in words, right', ['# Groen', '', 'Van de 480 bomen langs de dijk zijn er 150 ziek, ruim dertig procent.']],
  ['1: a decline in words, right', ['# Afval', '', 'Resultaten:', '', '- het restafval daalde van 200 naar 120 kilo per inwoner, een daling van veertig procent;']],
  ['1: a word that is no number before procent', ['# Geld', '', 'Van de 480 aanvragen werden er 120 toegekend; elk procent telt.']],
  ['1: an article before procent', ['# Geld', '', 'De huur steeg van 700 naar 707 euro, een procent meer dan vorig jaar.']]
]
describeWordings(percentageClaimCheck, wordDefects, wordClean)

/*
 * (2) `Ruim` and `bijna` before a small round ten reach a quarter of it, not five points: 7 is not
 * `bijna 10 procent`, 13 not `ruim 10 procent`.
 */
const reachDefects: DefectWording[] = [
  ['2: bijna ten for seven', ['# Zorg', '', 'Het aantal cliënten daalde van 1.500 in 2023 naar 1.390 in 2025, een daling van bijna 10 procent.'], '`bijna 10 procent`'],
  ['2: ruim ten for thirteen', ['# Verkeer', '', 'Van de 300 kruispunten zijn er 40 onveilig: ruim 10%.'], '`ruim 10%`'],
  ['2: bijna ten in a list item', ['# Jeugd', '', 'Hulp in 2025:', '', '- van de 600 jeugdigen kregen er 42 hulp thuis, bijna 10%;', '- de rest kreeg hulp op school.'], '`bijna 10%`']
]
const reachClean: CleanWording[] = [
  ['2: bijna ten for nine', ['# Zorg', '', 'Het aantal cliënten daalde van 1.500 in 2023 naar 1.360 in 2025, een daling van bijna 10 procent.']],
  ['2: ruim ten for eleven', ['# Verkeer', '', 'Van de 300 kruispunten zijn er 34 onveilig: ruim 10%.']],
  ['2: bijna forty for thirty-six stays allowed', ['# Jeugd', '', 'Van de 600 jeugdigen kregen er 216 hulp thuis, bijna 40 procent.']],
  ['2: bijna twenty for eighteen', ['# Jeugd', '', 'Van de 600 jeugdigen kregen er 108 hulp thuis, bijna 20 procent.']]
]
describeWordings(percentageClaimCheck, reachDefects, reachClean)

/*
 * (3) The claim before its pair: the next sentence restates the part and the whole (`Het gaat om
 * 80 van de 300 scholen.`).
 */
const nextDefects: DefectWording[] = [
  ['3: a percentage of a group, the pair in the next sentence', ['# Onderwijs', '', 'Bijna 30 procent van de scholen heeft een verouderd gebouw. Het gaat om 19 van de 52 scholen.'], '`Bijna 30 procent`'],
  ['3: a fraction, the pair in the next sentence', ['# Wonen', '', 'Een kwart van de flats heeft geen lift. Dat zijn 60 van de 180 flats.'], '`Een kwart`'],
  ['3: in a list item', ['# Sport', '', 'Aandachtspunten:', '', '- ruim de helft van de velden is aan vervanging toe. Het betreft 11 van de 24 velden.'], '`ruim de helft`']
]
const nextClean: CleanWording[] = [
  ['3: the pair in the next sentence, right', ['# Onderwijs', '', 'Bijna 40 procent van de scholen heeft een verouderd gebouw. Het gaat om 19 van de 52 scholen.']],
  ['3: a fraction, right', ['# Wonen', '', 'Een derde van de flats heeft geen lift. Dat zijn 60 van de 180 flats.']],
  ['3: a next sentence about another group', ['# Sport', '', 'Ruim de helft van de velden is aan vervanging toe. Daarnaast zijn 3 van de 8 kleedkamers verouderd.']],
  ['3: a next pair of another noun', ['# Onderwijs', '', 'Bijna 30 procent van de scholen heeft een verouderd gebouw. Het gaat om 19 van de 52 gymzalen.']]
]
describeWordings(percentageClaimCheck, nextDefects, nextClean)

/*
 * (4) The part in the claim's own sentence, the share closing its clause (`…, 12 procent.`,
 * `goed voor een derde van de stroom.`): the whole is a larger count in the sentences before it
 * in the same section, also across paragraphs and in a table.
 */
const partDefects: DefectWording[] = [
  ['4: a part with its share at the end, whole two paragraphs up', ['# Enquête', '', 'Aan de peiling namen 2.400 inwoners deel.', '', 'De meesten zijn tevreden over hun wijk.', '', 'Vorig jaar kregen 312 deelnemers te maken met een inbraak, 8 procent.'], '`8 procent`'],
  ['4: a part of the requests in the sentence before', ['# Subsidie', '', 'In 2024 dienden 120 verenigingen een verzoek in. Er werden er 30 gehonoreerd, de helft van de verzoeken.'], '`de helft`'],
  ['4: a year in the claim and the whole in a sentence of that year', ['# Klimaat', '', 'In 2020 stootte de gemeente 500 kton uit. In 2025 was dat 400 kton.', '', '| Sector | 2020 | 2025 |', '|---|---|---|', '| Verkeer | 150 | 100 |', '| Overig | 350 | 300 |', '', 'Het verkeer is met 100 kton goed voor ruim een derde van de uitstoot in 2025.'], '`ruim een derde`'],
  ['4: the count after a colon', ['# Afval', '', 'In 2025 zamelden we 9.000 ton afval in.', '', 'Gft is goed voor ruim de helft van het afval: 3.600 ton.'], '`ruim de helft`'],
  ['4: a longer phrase after the share', ['# Enquête', '', 'Aan de peiling namen 2.400 inwoners deel.', '', 'Een fietsdiefstal meldden 300 deelnemers, 20 procent van alle ondervraagden in de gemeente.'], '`20 procent`'],
  ['4: a row of a table in the same unit', ['# Energie', '', '| Bron | 2020 (GWh) | 2025 (GWh) |', '|---|---|---|', '| Zon | 20 | 60 |', '| Wind | 180 | 240 |', '| Totaal | 200 | 300 |', '', 'Zon is met 60 GWh goed voor de helft van de opwek.'], '`de helft`']
]
const partClean: CleanWording[] = [
  ['4: a part with its share at the end, right', ['# Enquête', '', 'Aan de peiling namen 2.400 inwoners deel.', '', 'De meesten zijn tevreden over hun wijk.', '', 'Vorig jaar kregen 312 deelnemers te maken met een inbraak, 13 procent.']],
  ['4: a part of the requests, right', ['# Subsidie', '', 'In 2024 dienden 120 verenigingen een verzoek in. Er werden er 30 gehonoreerd, een kwart van de verzoeken.']],
  ['4: a row of a table, right', ['# Energie', '', '| Bron | 2020 (GWh) | 2025 (GWh) |', '|---|---|---|', '| Zon | 20 | 60 |', '| Wind | 180 | 240 |', '| Totaal | 200 | 300 |', '', 'Zon is met 60 GWh goed voor een vijfde van de opwek.']],
  ['4: a share of a group the text gives no count for', ['# Enquête', '', 'Aan de peiling namen 2.400 inwoners deel.', '', 'In de wijk wonen 312 gezinnen, 40 procent van de bewoners is ouder dan zestig.']],
  ['4: a comparison after the part', ['# Meldingen', '', 'In de hele gemeente kwamen 9.000 meldingen binnen.', '', 'In de wijk waren het er 312, 8 procent meer dan landelijk.']],
  ['4: the count after a colon, right', ['# Afval', '', 'In 2025 zamelden we 9.000 ton afval in.', '', 'Gft is goed voor ruim de helft van het afval: 5.000 ton.']],
  ['4: a longer phrase, right', ['# Enquête', '', 'Aan de peiling namen 2.400 inwoners deel.', '', 'Een fietsdiefstal meldden 480 deelnemers, 20 procent van alle ondervraagden in de gemeente.']],
  ['4: a share of another group as subject of its own clause', ['# Bibliotheek', '', 'De bibliotheek telde 1.200 leden.', '', 'In het najaar kwamen 300 bezoekers, 40 procent van de bezoekers was ouder dan 65.']],
  ['4: a share in parentheses whose whole follows', ['# Zorg', '', 'Het zorgkantoor telt 140 contracten.', '', 'Slechts 12 aanbieders (10%) leveren het grootste deel van de zorg. De overige 108 aanbieders leveren de rest.']],
  ['4: an amount is a share of a budget named elsewhere', ['# Subsidies', '', 'Het fonds keerde 320.000 euro uit aan 40 verenigingen.', '', 'De muziekschool krijgt € 50.000, 20 procent.']],
  ['4: a far-off share is of other numbers', ['# Wonen', '', 'De gemeente telt 18.000 woningen.', '', 'Dit jaar komen er 90 bij, 40 procent.']]
]
describeWordings(percentageClaimCheck, partDefects, partClean)

/*
 * (5) A claim that points back (`Dat is …`) to a part of a whole named by a back-reference
 * (`Van hen …`), also when it names the whole with another noun (`van alle deelnemers`).
 */
const chainDefects: DefectWording[] = [
  ['5: a back-reference part, then the share of all', ['# Jeugd', '', 'Op de vragenlijst reageerden 2.000 ouders. Van hen zeiden 260 ouders dat ze hulp zochten. Dat is ruim een kwart van alle invullers.'], '`ruim een kwart`'],
  ['5: a back-reference part, then a percentage of all', ['# Wonen', '', 'Er staan 3.000 woningzoekenden ingeschreven. Van hen zoeken er 450 een seniorenwoning. Dat is 25 procent van alle zoekers.'], '`25 procent`'],
  ['5: with daarvan and a percentage', ['# Bibliotheek', '', 'De bibliotheek telde 5.000 leden. Daarvan waren er 1.100 jonger dan achttien. Dat is bijna 30 procent van het ledenbestand.'], '`bijna 30 procent`'],
  ['5: the share of the group with de', ['# Cultuur', '', 'Het theater verkocht 8.000 kaartjes. Daarvan gingen er 1.000 naar scholieren. Dat is een kwart van de verkopen.'], '`een kwart`'],
  ['5: in a list item', ['# Zorg', '', '- In 2025 meldden zich 640 cliënten. Van hen kregen 80 cliënten een indicatie. Dit is een op de vijf aanmelders.'], '`een op de vijf`']
]
const chainClean: CleanWording[] = [
  ['5: a back-reference chain, right', ['# Jeugd', '', 'Op de vragenlijst reageerden 2.000 ouders. Van hen zeiden 560 ouders dat ze hulp zochten. Dat is ruim een kwart van alle invullers.']],
  ['5: with daarvan, right', ['# Bibliotheek', '', 'De bibliotheek telde 5.000 leden. Daarvan waren er 1.400 jonger dan achttien. Dat is bijna 30 procent van het ledenbestand.']],
  ['5: the share of the group with de, right', ['# Cultuur', '', 'Het theater verkocht 8.000 kaartjes. Daarvan gingen er 2.000 naar scholieren. Dat is een kwart van de verkopen.']],
  ['5: all of a narrower group', ['# Jeugd', '', 'Op de vragenlijst reageerden 2.000 ouders. Van hen zeiden 260 ouders dat ze hulp zochten. Dat is 40 procent van alle jongeren in de regio.']],
  ['4: a year in the claim, right', ['# Klimaat', '', 'In 2020 stootte de gemeente 500 kton uit. In 2025 was dat 400 kton.', '', '| Sector | 2020 | 2025 |', '|---|---|---|', '| Verkeer | 150 | 100 |', '| Overig | 350 | 300 |', '', 'Het verkeer is met 100 kton goed voor een kwart van de uitstoot in 2025.']],
  ['4: a count of another year than the table', ['# Energie', '', '| Bron | 2020 (GWh) | 2025 (GWh) |', '|---|---|---|', '| Zon | 20 | 60 |', '| Wind | 180 | 240 |', '| Totaal | 200 | 300 |', '', 'In 2015 was zon met 60 GWh goed voor de helft van de opwek.']],
  ['5: in a list item, right', ['# Zorg', '', '- In 2025 meldden zich 640 cliënten. Van hen kregen 128 cliënten een indicatie. Dit is een op de vijf aanmelders.']]
]
describeWordings(percentageClaimCheck, chainDefects, chainClean)

/*
 * (6) A part of a whole named by its noun (`Van die vrijwilligers …`) whose count stands in the
 * paragraph before in a sentence that names the noun, also before the number.
 */
const nounDefects: DefectWording[] = [
  ['6: the noun before its count in the paragraph before', ['# Vrijwilligers', '', 'Vrijwilligerswerk doen 420 inwoners, ruim een derde van de respondenten.', '', 'Het werk is niet altijd licht. Van die vrijwilligers stoppen er 100 binnen een jaar. Dat is een op de drie.'], '`een op de drie`'],
  ['6: with deze and a percentage', ['# Zorg', '', 'Thuiszorg ontvangen 900 ouderen in de gemeente.', '', 'Van deze thuiszorgcliënten wonen er 270 alleen. Dat is 40 procent.'], '`40 procent`'],
  ['6: onder deze with the noun apart from its count', ['# Wijken', '', 'Mantelzorg voor een buurman geven 500 inwoners.', '', 'Onder deze mantelzorgers zijn er 80 jonger dan dertig. Dat is een kwart.'], '`een kwart`'],
  ['6: the noun after its count', ['# Sport', '', 'De sportverenigingen telden 2.500 leden.', '', 'Van die leden is een deel inactief: 350 sporten minder dan eens per maand. Dat is een kwart.'], '`een kwart`']
]
const nounClean: CleanWording[] = [
  ['6: the noun before its count, right', ['# Vrijwilligers', '', 'Vrijwilligerswerk doen 420 inwoners, ruim een derde van de respondenten.', '', 'Het werk is niet altijd licht. Van die vrijwilligers stoppen er 140 binnen een jaar. Dat is een op de drie.']],
  ['6: onder deze, right', ['# Wijken', '', 'Mantelzorg voor een buurman geven 500 inwoners.', '', 'Onder deze mantelzorgers zijn er 125 jonger dan dertig. Dat is een kwart.']],
  ['6: with deze, right', ['# Zorg', '', 'Thuiszorg ontvangen 900 ouderen in de gemeente.', '', 'Van deze thuiszorgcliënten wonen er 360 alleen. Dat is 40 procent.']],
  ['6: the noun after its count, right', ['# Sport', '', 'De sportverenigingen telden 2.500 leden.', '', 'Van die leden is een deel inactief: 625 sporten minder dan eens per maand. Dat is een kwart.']],
  ['6: a noun the paragraph before does not count', ['# Sport', '', 'De sportverenigingen telden 2.500 leden.', '', 'Van die trainers stoppen er 12 binnen een jaar. Dat is een kwart.']]
]
describeWordings(percentageClaimCheck, nounDefects, nounClean)

/*
 * (7) A share said of one row of a distribution table in the same text (its percentage columns add
 * up to 100%): the sentence, or the one before it in its paragraph, names exactly that row.
 */
const distribution = ['| Woonvorm | 2020 | 2025 |', '|---|---|---|', '| Koop | 55% | 52% |', '| Sociale huur | 30% | 31% |', '| Vrije sector huur | 15% | 17% |', '| Totaal | 100% | 100% |', '']
const rowDefects: DefectWording[] = [
  ['7: the row named in the sentence before', ['# Wonen', '', ...distribution, 'De vrije sector huur groeit langzaam. Nog altijd huurt maar een op de tien huishoudens zo.'], '`een op de tien`'],
  ['7: the row named in the sentence itself', ['# Wonen', '', ...distribution, 'In sociale huur woont ruim de helft.'], '`ruim de helft`'],
  ['7: a percentage in a list item', ['# Wonen', '', ...distribution, 'Opvallend:', '', '- koop blijft met 60 procent de grootste woonvorm.'], '`60 procent`']
]
const rowClean: CleanWording[] = [
  ['7: the row named before, right', ['# Wonen', '', ...distribution, 'De vrije sector huur groeit langzaam. Nog altijd huurt maar een op de zes huishoudens zo.']],
  ['7: the row in the sentence, right', ['# Wonen', '', ...distribution, 'Ruim de helft van de huishoudens woont in een koopwoning; bijna een derde in sociale huur.']],
  ['7: a sum of rows', ['# Wonen', '', ...distribution, 'Sociale huur en vrije sector huur zijn samen goed voor bijna de helft van de woningen.']],
  ['7: two rows named', ['# Wonen', '', ...distribution, 'Koop daalt en sociale huur stijgt. Een kwart van de starters vindt niets.']],
  ['7: a table that is no distribution', ['# Wonen', '', '| Wijk | Leegstand | Groei |', '|---|---|---|', '| Centrum | 5% | 2% |', '| Noord | 3% | 1% |', '| Zuid | 4% | 2% |', '', 'In het Centrum staat een op de tien winkels leeg.']]
]
describeWordings(percentageClaimCheck, rowDefects, rowClean)
