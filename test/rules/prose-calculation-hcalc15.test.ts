import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hcalc15 battery, written before reading the code: the size of a change after `van A naar B` (or
// after two levels), compared with an earlier moment that is not a plain year or `vorig jaar`: the
// first year, the start, the year before, the baseline measurement, the previous count.

const wrong: WrongCalculation[] = [
  ['meer dan in het eerste jaar', ['Het aantal leden van de bibliotheek groeide van 1.140 naar 1.215, 85 meer dan in het eerste jaar.'], '85'],
  ['minder dan bij de start', ['Het aantal wachtenden op de lijst zakte van 67 naar 49, 28 minder dan bij de start.'], '28'],
  ['meer dan bij aanvang', ['De buurtapp telde eerst 310 deelnemers en groeide naar 402 deelnemers, 102 meer dan bij aanvang.'], '102'],
  ['meer dan in het startjaar', ['Het aantal stageplekken ging van 23 naar 41, 12 meer dan in het startjaar.'], '12'],
  ['minder dan het jaar daarvoor', ['Het aantal klachten daalde van 412 naar 377, 45 minder dan het jaar daarvoor.'], '45'],
  ['meer dan in het basisjaar', ['Het aantal laadpalen steeg van 96 naar 158, 52 meer dan in het basisjaar.'], '52'],
  ['minder dan bij de nulmeting', ['Het aantal verkeersborden in de wijk ging van 230 naar 181, 59 minder dan bij de nulmeting.'], '59'],
  ['meer dan bij de vorige telling', ['Het aantal bomen in het park nam toe van 1.306 naar 1.388, 92 meer dan bij de vorige telling.'], '92'],
  ['minder dan aan het begin van de periode', ['Het aantal lege winkelpanden liep terug van 34 naar 27, negen minder dan aan het begin van de periode.'], '9'],
  ['meer dan in de eerste maand', ['Het aantal ritten van de buurtbus steeg van 620 naar 705, 95 meer dan in de eerste maand.'], '95'],
  ['meer dan het eerste jaar, levels in words', ['Het aantal vrijwilligers ging van veertig naar zestig, 25 meer dan het eerste jaar.'], '25'],
  ['minder dan in het jaar ervoor', ['Het aantal inbraken in de wijk zakte van 88 naar 71, 21 minder dan in het jaar ervoor.'], '21'],
  ['meer dan bij de vorige meting', ['Het aantal fietsen in de stalling steeg van 540 naar 610, 80 meer dan bij de vorige meting.'], '80'],
  ['meer dan in het eerste kwartaal', ['Het aantal aanmeldingen voor de cursus liep op van 18 naar 31, 15 meer dan in het eerste kwartaal.'], '15']
]

/** Right calculations and look-alikes: none may be reported. */
const right: Array<[string, string[]]> = [
  ['right gap, first year', ['Het aantal leden van de bibliotheek groeide van 1.140 naar 1.215, 75 meer dan in het eerste jaar.']],
  ['right gap, start', ['Het aantal wachtenden op de lijst zakte van 67 naar 49, 18 minder dan bij de start.']],
  ['right gap, year before', ['Het aantal klachten daalde van 412 naar 377, 35 minder dan het jaar daarvoor.']],
  ['right gap, baseline', ['Het aantal laadpalen steeg van 96 naar 158, 62 meer dan in het basisjaar.']],
  ['comparison with another place', ['Het aantal ritten van de buurtbus steeg van 620 naar 705, 95 meer dan in de buurgemeente.']],
  ['comparison with another group', ['Het aantal deelnemers ging van 40 naar 60, 25 meer dan bij de jongeren.']],
  ['meer dan a target', ['Het aantal stageplekken ging van 23 naar 41, 11 meer dan het doel voor het eerste jaar.']],
  ['meer dan as a lower bound', ['Het aantal bezoekers groeide van 900 naar 1.300; in het eerste jaar waren er meer dan 800.']],
  ['more than in the first year of another thing', ['De bus reed van 620 naar 705 ritten; dat zijn 40 ritten meer dan de taxi in het eerste jaar reed.']],
  ['an ordinal of a phase only', ['In de eerste fase gaan we van 12 naar 18 locaties, in de tweede fase komen er 6 meer dan in de eerste fase bij.']],
  ['right gap in words', ['Het aantal inbraken in de wijk zakte van 88 naar 71, zeventien minder dan in het jaar ervoor.']],
  ['right gap, previous count', ['Het aantal bomen in het park nam toe van 1.306 naar 1.388, 82 meer dan bij de vorige telling.']]
]

/** How many wrong ones the code must catch: raise it as the readers learn shapes. */
const mustCatch = 14
/** Right ones the code still reports: empty it as the readers learn them. */
const stillNoisy = new Set<string>()

describeCalculationBattery('prose calculation battery (hcalc15: a change against an earlier moment)', wrong, right, mustCatch, stillNoisy)
