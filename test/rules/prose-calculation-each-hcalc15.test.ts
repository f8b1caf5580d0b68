import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// hcalc15 battery (written before reading count-means): a mean of a count per counted unit written with
// `elk`/`ieder` after a preposition instead of `per` (`… 14 uur in elke aanvraag`, `… voor iedere school`).
// Start code: 3 of 13 caught, right ones quiet.

const wrong: WrongCalculation[] = [
  ['uur in elke aanvraag', ['Met 390 uur voor 30 aanvragen zit er ruim 15 uur in elke aanvraag.'], '15'],
  ['gesprekken voor ieder team', ['De wijkteams voeren samen 1.120 gesprekken; met zeven teams is dat 180 gesprekken voor ieder team.'], '180'],
  ['bezoekers op elke avond', ['Over 16 avonden kwamen 1.040 bezoekers, gemiddeld 70 bezoekers op elke avond.'], '70'],
  ['kilo in elke container', ['In de 45 containers zat samen 2.700 kilo glas, dat is 65 kilo in elke container.'], '65'],
  ['uren aan iedere leerling', ['De school besteedt 960 uur aan 40 leerlingen, zo’n 30 uur aan iedere leerling.'], '30'],
  ['deelnemers bij elke bijeenkomst', ['Aan de 12 bijeenkomsten namen 432 mensen deel, gemiddeld 41 deelnemers bij elke bijeenkomst.'], '41'],
  ['mean first, counts after', ['Er gaan circa 22 uur in iedere melding zitten: 1.500 uur voor 85 meldingen.'], '22'],
  ['count in words', ['Zes wijkagenten handelden 618 meldingen af, dus 93 meldingen voor elke agent.'], '93'],
  ['across two sentences', ['Het team verwerkte vorig jaar 2.400 dossiers met 16 medewerkers. Dat zijn 170 dossiers voor ieder van hen.'], '170'],
  ['bomen in elke straat', ['In 25 straten planten we 600 bomen, dus 32 bomen in elke straat.'], '32'],
  ['ton op elk bedrijf', ['De 18 bedrijven stootten 5.400 ton uit, ofwel 350 ton op elk bedrijf.'], '350'],
  ['minuten in elk gesprek', ['De 240 gesprekken duurden samen 7.200 minuten, gemiddeld 36 minuten in elk gesprek.'], '36'],
  ['meters aan iedere kant', ['Over 8 kavels is 1.200 meter haag geplant, zo’n 170 meter aan iedere kavel.'], '170']
]

const right: Array<[string, string[]]> = [
  ['right mean in elke aanvraag', ['Met 390 uur voor 30 aanvragen zit er 13 uur in elke aanvraag.']],
  ['right mean voor ieder team', ['De wijkteams voeren samen 1.120 gesprekken; met zeven teams is dat 160 gesprekken voor ieder team.']],
  ['right mean op elke avond', ['Over 16 avonden kwamen 1.040 bezoekers, gemiddeld 65 bezoekers op elke avond.']],
  ['a norm, not a mean', ['We hebben 30 aanvragen en 390 uur; de norm is 8 uur voor elke aanvraag.']],
  ['a fixed amount each', ['De 40 leerlingen krijgen 960 uur les, en daarnaast 2 uur extra voor iedere leerling met een achterstand.']],
  ['two different things', ['In 25 straten wonen 600 gezinnen; we planten 3 bomen in elke straat.']],
  ['a count of another noun', ['Over 16 avonden kwamen 1.040 bezoekers, met 4 vrijwilligers op elke avond.']],
  ['a lower bound', ['De 18 bedrijven stootten 5.400 ton uit; minstens 100 ton op elk bedrijf komt uit verwarming.']],
  ['each with its own count', ['We hebben 8 kavels met 1.200 meter haag; aan iedere kavel staan 4 lantaarnpalen.']],
  ['right mean with zo’n', ['De school besteedt 960 uur aan 40 leerlingen, zo’n 24 uur aan iedere leerling.']],
  ['right mean in elk gesprek', ['De 240 gesprekken duurden samen 7.200 minuten, gemiddeld 30 minuten in elk gesprek.']]
]

/** How many wrong ones the code must catch: raise it as the readers learn shapes. */
const mustCatch = 10
const stillNoisy = new Set<string>()

describeCalculationBattery('prose calculation battery (hcalc15: a mean per elk/ieder)', wrong, right, mustCatch, stillNoisy)
