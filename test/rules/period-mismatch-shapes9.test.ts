import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: a fallback for a near-miss range (one end shared with the plan period and the other a
// year or two off, or the whole range shifted by a year) that the sentence does not give to another
// named thing with years of its own. Also `het`/`dit`/`deze` back to the plan noun of the sentence
// before, a compound of the plan noun with `periode`, and the plan's own noun from its title
// (agenda, actieplan, begroting). Look-alikes: another thing's years (visie, akkoord, coalitie,
// regio, provincie, Rijk, programma X, contract, a partner's subsidy period), a phase or pilot
// inside the plan period, a range before the plan, a pronoun back to another thing.

const kader = { titel: 'Beleidskader Zorg voor Elkaar 2027-2030', soort: 'beleidskader', periode: '2027-2030', datum: '2026-11-20' }
const agenda = { titel: 'Uitvoeringsagenda Fietsroutes 2027-2030', soort: 'agenda', periode: '2027-2030', datum: '2026-10-01' }
const actieplan = { titel: 'Actieplan Schuldhulp Dichtbij 2027-2029', soort: 'uitvoeringsprogramma', periode: '2027-2029', datum: '2026-11-01' }
const begroting = { titel: 'Programmabegroting 2027-2030, programma 2 Wonen', soort: 'programmaplan', periode: '2027-2030', datum: '2026-09-15' }

const kaderDefects: DefectWording[] = [
  ['a pronoun back to the plan noun', ['# Inleiding', '', 'Dit beleidskader is samen met mantelzorgers geschreven. Het bepaalt de koers voor 2026 tot en met 2030.'], '`2026 tot en met 2030`'],
  ['a compound of the plan noun and periode', ['# Inleiding', '', 'In de beleidskaderperiode 2027-2031 willen we elke mantelzorger bereiken.'], '`2027-2031`'],
  ['a near-miss range with a verb of spreading', ['# Geld', '', 'Over de jaren 2027 tot en met 2032 spreiden we de extra uitgaven voor respijtzorg.'], '`2027 tot en met 2032`'],
  ['goals for a longer span without a subject', ['# Doelen', '', 'De doelen in dit hoofdstuk willen we tussen 2027 en 2031 halen.'], '`2027 en 2031`']
]
const kaderClean: CleanWording[] = [
  ['a pronoun back to another thing', ['# Inleiding', '', 'Dit beleidskader sluit aan op de Regionale Zorgvisie. Die loopt van 2026 tot en met 2030.']],
  ['an akkoord with its own years', ['# Inleiding', '', 'Het Lokaal Zorgakkoord loopt van 2027 tot en met 2031 en sluit aan op dit kader.']],
  ['the coalition\'s years', ['# Inleiding', '', 'De coalitie heeft voor 2026-2030 afgesproken dat mantelzorgers meer steun krijgen.']],
  ['a range before the plan', ['# Terugblik', '', 'Het vorige kader liep van 2024 tot en met 2026.']],
  ['the plan\'s own years by pronoun', ['# Inleiding', '', 'Dit beleidskader is nieuw. Het bepaalt de koers voor 2027 tot en met 2030.']]
]

const agendaDefects: DefectWording[] = [
  ['the agenda named with a shorter range', ['# Opgave', '', 'In deze agenda staat welke fietsroutes we in de jaren 2027-2029 aanleggen.'], '`2027-2029`'],
  ['a shifted range without a subject', ['# Geld', '', 'Met de middelen die we voor 2028-2031 reserveren, leggen we de routes aan.'], '`2028-2031`']
]
const agendaClean: CleanWording[] = [
  ['the province\'s years', ['# Geld', '', 'De provincie stelt in de periode 2027-2031 subsidie beschikbaar voor snelfietsroutes.']],
  ['a region\'s agenda', ['# Regio', '', 'De regio werkt met een investeringsagenda voor 2026-2030.']],
  ['a pilot inside the plan period', ['# Aanpak', '', 'De proef met slimme verkeerslichten loopt van 2027 tot en met 2028.']],
  ['a first phase inside the plan period', ['# Aanpak', '', 'In de eerste fase, 2027-2028, pakken we de schoolroutes aan.']]
]

const actieplanDefects: DefectWording[] = [
  ['a budget for a longer period', ['# Geld', '', 'Voor de periode 2027-2030 trekt de gemeente jaarlijks € 50.000 uit voor deze aanpak.'], '`2027-2030`'],
  ['a perfect with a shifted range', ['# Geld', '', 'Het college heeft voor 2026-2029 een budget vrijgemaakt voor de schuldhulp.'], '`2026-2029`'],
  ['tussen two years', ['# Aanpak', '', 'Tussen 2027 en 2030 bezoeken vrijwilligers alle huishoudens met een betalingsachterstand.'], '`2027 en 2030`']
]
const actieplanClean: CleanWording[] = [
  ['a contract with its own years', ['# Partners', '', 'Het contract met de schuldhulporganisatie loopt van 2027 tot en met 2030.']],
  ['a partner\'s subsidy period', ['# Partners', '', 'De subsidieperiode van de Kredietbank loopt van 2027 tot en met 2030.']],
  ['the Rijk\'s years', ['# Inleiding', '', 'Het Rijk trekt in de jaren 2026-2029 extra geld uit voor schuldhulp.']],
  ['a named programme with its own years', ['# Inleiding', '', 'Het programma Geldzorgen de Baas loopt van 2027 tot en met 2030.']],
  ['the plan\'s own years', ['# Geld', '', 'Voor de periode 2027-2029 trekt de gemeente jaarlijks € 50.000 uit.']]
]

const begrotingDefects: DefectWording[] = [
  ['a multi-year estimate shifted by a year', ['# Kosten', '', 'De ramingen voor de jaren 2028 tot en met 2031 zijn sluitend.'], '`2028 tot en met 2031`'],
  ['a compound of begroting and periode', ['# Kosten', '', 'In de begrotingsperiode 2027-2031 investeren we € 2 miljoen in nieuwe huurwoningen.'], '`2027-2031`']
]
const begrotingClean: CleanWording[] = [
  ['the estimate for the plan\'s years', ['# Kosten', '', 'De ramingen voor de jaren 2027 tot en met 2030 zijn sluitend.']],
  ['the figures of years before the plan', ['# Kosten', '', 'De jaarrekeningen over 2023 tot en met 2025 lieten een overschot zien.']]
]

describeWordings(periodMismatch, kaderDefects, kaderClean, kader)
describeWordings(periodMismatch, agendaDefects, agendaClean, agenda)
describeWordings(periodMismatch, actieplanDefects, actieplanClean, actieplan)
describeWordings(periodMismatch, begrotingDefects, begrotingClean, begroting)
