import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc13 battery, written before reading the rule: a sentence ties a year to the end of this
// plan itself — by a clause with an end verb (`als dit programma afloopt`, `wanneer het eindigt`,
// `zodra het is afgelopen`) or an end noun (`het einde van deze programmaperiode`, `het slot van
// het programma`) — and that year is not the plan's last year (2029 in a 2026-2029 plan). Look-
// alikes: the right year; something else that ends (a convenant, a pilot, a contract, a rijks-
// subsidie, the previous programme); a year after the end (`na afloop`); a year counted from the
// end (`een jaar voordat`); a halfway point; the year after the end set after the end words (what
// happens at the end may take place then).
const defects: BatteryWording[] = [
  ['a year before, `als dit programma afloopt` after it', ['Eind 2028, als dit programma afloopt, heeft elke wijk een buurtteam.'], '2028'],
  ['`als` clause with the year inside', ['Als dit uitvoeringsprogramma in 2030 afloopt, evalueren we de aanpak.'], '2030'],
  ['`tot en met` a year, apposition with the end of the period', ['Tot en met 2030, het einde van deze programmaperiode, houden we het budget gelijk.'], '2030'],
  ['`wanneer het programma eind` a year `afloopt`', ['Wanneer het programma eind 2028 afloopt, willen we 300 woningen verduurzaamd hebben.'], '2028'],
  ['year then `wanneer dit programma eindigt` between commas', ['We willen dat in 2030, wanneer dit programma eindigt, alle scholen meedoen.'], '2030'],
  ['`bij het aflopen van het programma in` a year', ['Bij het aflopen van het programma in 2028 is de wachtlijst weggewerkt.'], '2028'],
  ['`het programma loopt af in` a year', ['Het programma loopt af in 2030; daarna nemen de corporaties het over.'], '2030'],
  ['`aan het eind van dit programma` with the year in brackets', ['Aan het eind van dit programma (2028) staan er twaalf nieuwe speelplekken.'], '2028'],
  ['`tegen het einde van de programmaperiode, in` a year', ['Tegen het einde van de programmaperiode, in 2028, is de helft van de daken groen.'], '2028'],
  ['year then `als het programma stopt`', ['In 2028, als het programma stopt, moeten de afspraken geborgd zijn.'], '2028'],
  ['a list item with `aan het slot van het programma`', ['We plannen twee bijeenkomsten met alle partners:', '', '- een startbijeenkomst in het eerste jaar;', '- een slotbijeenkomst aan het slot van het programma, in 2028.'], '2028'],
  ['`dit programma eindigt in` a year, the point in the next sentence', ['Dit programma eindigt in 2028. Dan moet de nieuwe aanpak klaarliggen.'], '2028'],
  ['`zodra het programma in` a year `is afgelopen`', ['Zodra het programma in 2030 is afgelopen, stopt de bijdrage aan de stichting.'], '2030']
]

const clean: CleanWording[] = [
  ['the right year with `als dit programma afloopt`', ['Eind 2029, als dit programma afloopt, heeft elke wijk een buurtteam.']],
  ['a convenant that ends', ['Als het convenant in 2030 afloopt, maken we nieuwe afspraken met de corporaties.']],
  ['a rental contract that runs out', ['Het huurcontract van de sporthal loopt af in 2028.']],
  ['a pilot that ends early', ['Als de pilot eind 2027 afloopt, besluiten we over voortzetting.']],
  ['the previous programme', ['Het vorige programma eindigde in 2025.']],
  ['a year after the end, `na afloop`', ['Na afloop van dit programma, in 2030, volgt een evaluatie door de rekenkamer.']],
  ['the right end year after `tot het einde van de programmaperiode`', ['Tot het einde van de programmaperiode in 2029 houden we het budget gelijk.']],
  ['a regulation that runs a year longer', ['De regeling voor minima loopt af in 2030, een jaar na dit programma.']],
  ['a rijkssubsidie that ends', ['Wanneer de subsidie van het Rijk in 2028 eindigt, zoeken we ander geld.']],
  ['a halfway point', ['Halverwege het programma, in 2027 of 2028, houden we een tussenmeting.']],
  ['a national programme that ends', ['Het landelijke programma Schoon Water eindigt in 2030.']],
  ['an account in the year after, after the end words', ['Bij het aflopen van het programma, in 2030, leggen we verantwoording af aan de raad.']],
  ['a year counted back from the end', ['Eind 2028, een jaar voordat dit programma afloopt, maken we de balans op.']]
]

describeBattery(periodMismatch, defects, clean, 13)
