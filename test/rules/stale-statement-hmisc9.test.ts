import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc9 battery, written before reading the rule: an event told as still to come at a month or
// season that already lies behind the document date, in a sentence that also names a later year
// as what the event is about (`de bedragen voor 2029`, `het kader na 2030`, `de jaren 2028-2031`):
// that year belongs to a noun, not to the time of the event. Look-alikes: the expected time is
// itself later; the past date is when something was done or said; a past tense; the past date
// is the start of a forecast that runs to the later year.
const front = { titel: 'Programmaplan Dorpen en Wijken 2027-2030', periode: '2027-2030', datum: '2026-11-02' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['a later year after `na` before the expected season', p('De minister stuurt het wetsvoorstel over de jaren na 2028 naar verwachting in het voorjaar van 2026 naar de Kamer.'), '2026'],
  ['naar verwachting fronted, a later year at the end', p('Naar verwachting maakt het rijk in juni 2025 bekend hoeveel geld er voor 2029 beschikbaar is.'), '2025'],
  ['a span of years before the expected season', p('Het waterschap stelt zijn beheerplan voor 2028-2033 naar verwachting in de zomer van 2026 vast.'), '2026'],
  ['a passive with a later period', p('De landelijke bijdragen voor de periode na 2030 worden naar verwachting in het najaar van 2025 verdeeld.'), '2025'],
  ['a list item with a later year', ['# Planning', '', 'Nog te verwachten:', '', '- de nieuwe verordening voor 2029 verschijnt naar verwachting in april 2026;', '- daarna passen we de regels aan.'], '2026'],
  ['an expectation in brackets, a later year after', p('Het kabinet neemt (naar verwachting in het voorjaar van 2026) een besluit over de tarieven voor 2028.'), '2026'],
  ['verwachten dat with a span to a later year', p('We verwachten dat de provincie de regeling voor 2028 tot en met 2031 in de zomer van 2026 vaststelt.'), '2026'],
  ['a quarter with a later year', p('De gemeenteraad besluit over het vervolg na 2030 naar verwachting in het eerste kwartaal van 2026.'), '2026'],
  ['a study up to a far year', p('Het onderzoek naar de woningbehoefte tot 2040 is naar verwachting in mei 2026 klaar.'), '2026'],
  ['the later year in the subject', p('Naar verwachting volgt in de winter van 2025 het besluit over het budget voor 2030.'), '2025'],
  ['a month in words with zal', p('De inspectie zal in september 2026 haar oordeel over de scholen voor 2029 geven.'), '2026'],
  ['two sentences, the second with a later year', p('De tarieven zijn nog niet bekend. Het rijk publiceert de normen voor 2028 naar verwachting in juli 2026.'), '2026']
]

const clean: CleanWording[] = [
  ['the expected season itself later', p('De minister stuurt het wetsvoorstel over de jaren na 2028 naar verwachting in het voorjaar van 2027 naar de Kamer.')],
  ['a past tense', p('In het voorjaar van 2026 heeft het rijk de bedragen voor 2029 bekendgemaakt.')],
  ['a past report of an expectation about a later year', p('Het rijk heeft in juni 2025 laten weten dat het geld voor 2029 naar verwachting lager uitvalt.')],
  ['a past origin of a forecast', p('De regeling uit 2025 loopt naar verwachting door tot 2030.')],
  ['a past adoption date', p('Het plan voor de jaren tot 2030 is in mei 2026 vastgesteld.')],
  ['a past evaluation before a later decision', p('Na de evaluatie in het voorjaar van 2026 besluit de raad in 2027 over het vervolg na 2030.')],
  ['a past agreement, the expected year later', p('Zoals in maart 2026 afgesproken, stelt de provincie de regeling voor 2028 naar verwachting in 2027 vast.')],
  ['figures about a past year expected later', p('De cijfers over 2025 komen naar verwachting in het voorjaar van 2027 beschikbaar.')],
  ['a past decision that holds until a later year', p('Het besluit van de minister uit het voorjaar van 2026 geldt naar verwachting tot 2030.')],
  ['a stand at a past date with a forecast', p('Eind juni 2026 stonden er 140 woningen in de planning; naar verwachting zijn het er in 2029 ruim 300.')],
  ['since a past month', p('Sinds april 2026 werkt de provincie aan de regeling voor 2028, die naar verwachting in 2027 klaar is.')]
]

describeBattery(staleStatement, defects, clean, 11, front)
