import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4: causes that made a percentage go unread, each written in fresh words, numbers and places.

/*
 * (1) A year, a date, an age or an age range between the whole and its part, or a relative
 * clause with a comma (`Van de N … die in 2025 …, V er M`), also over several source lines.
 */
const betweenDefects: DefectWording[] = [
  ['1: a relative clause with a year', ['# Onderwijs', '', 'Van de 640 leerlingen die in 2024 de school verlieten, gingen er 96 naar het mbo, ruim 20 procent.'], '`ruim 20 procent`'],
  ['1: an age range in a list item', ['# Sport', '', '- Van de 1.500 inwoners van 16 tot en met 26 jaar deden er 300 mee aan het sportaanbod, een kwart.', '- Het aanbod loopt door.'], '`een kwart`'],
  ['1: an age with "of ouder"', ['# Wonen', '', 'Van de 2.200 inwoners van 65 jaar of ouder wonen er 550 alleen, dat is 28 procent.'], '`28 procent`'],
  ['1: a date in a relative clause', ['# Leegstand', '', 'Van de 380 woningen die op 1 januari 2025 leegstonden, zijn er 57 weer bewoond: 19%.'], '`19%`'],
  ['1: wrapped over three lines', ['# Parkeren', '', 'Van de 900 aanvragen voor een', 'parkeervergunning die we in 2025 ontvingen, zijn er 270', 'goedgekeurd, ruim 40%.'], '`ruim 40%`'],
  ['1: a year before the part, in a caption', ['# Re-integratie', '', '*Figuur 2: Van de 420 deelnemers rondden er in 2025 84 het traject af (25%).*'], '`25%`'],
  ['1: a "-plussers" age between', ['# Zorg', '', 'Van de 3.000 75-plussers in de gemeente krijgen er 450 thuiszorg, ongeveer 18 procent.'], '`ongeveer 18 procent`']
]
const betweenClean: CleanWording[] = [
  ['1: a relative clause with a year, right', ['# Onderwijs', '', 'Van de 640 leerlingen die in 2024 de school verlieten, gingen er 96 naar het mbo, 15 procent.']],
  ['1: an age range, right', ['# Sport', '', '- Van de 1.500 inwoners van 16 tot en met 26 jaar deden er 300 mee, een op de vijf.', '- Het aanbod loopt door.']],
  ['1: an age is no part', ['# Vrijwilligers', '', 'Van de 2.200 inwoners van 65 jaar of ouder doet 30% vrijwilligerswerk.']],
  ['1: a part before an age, right', ['# Jeugd', '', 'Van de 800 deelnemers waren er 120 jonger dan 18 jaar, 15 procent.']],
  ['1: a period between, right', ['# Bouwen', '', 'Van de 300 woningen in de periode 2026-2029 zijn er 90 sociale huur, 30 procent.']],
  ['1: a comma after the whole is no relative clause', ['# Wijken', '', 'Van de 12 wijken, met samen 3.400 inwoners, hebben er 5 een buurthuis; 60% van de inwoners woont daar.']],
  ['1: a date before the part, right', ['# Meldingen', '', 'Van de 450 meldingen kwamen er op 3 maart 2025 12 binnen via de app, bijna 3%.']]
]
describeWordings(percentageClaimCheck, betweenDefects, betweenClean)

