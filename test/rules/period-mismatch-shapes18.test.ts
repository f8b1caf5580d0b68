import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 battery (hrest), written before reading the rule again: the plan's own length stated
// with a verb of duration (`loopt`, `duurt`, `beslaat`), the verb split from the length by an
// inserted clause, a pronoun that points back to the plan named earlier in the sentence, or the
// verb after the length. Look-alikes: a project, a contract, a subsidy or a pilot with its own
// length, the previous plan in the past tense, the right length, a length of a phase.
const front = { titel: 'Actieplan Schone Lucht 2027-2030', soort: 'actieplan', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Samenvatting', '', ...lines]

const defects: BatteryWording[] = [
  ['a verb of duration split by a clause', p('Dit actieplan loopt, zoals de regionale aanpak, vijf jaar.'), 'vijf'],
  ['a pronoun after a semicolon', p('Dit is ons eerste actieplan voor schone lucht; het loopt drie jaar.'), 'drie'],
  ['duurt with a length in words', p('Het actieplan duurt drie jaar en eindigt met een evaluatie.'), 'drie'],
  ['duurt with a length in digits', p('Deze aanpak duurt 5 jaar, van start tot evaluatie.'), '5'],
  ['a pronoun split by a clause', p('We kozen voor een actieplan in plaats van een visie; het loopt, net als de regionale afspraken, twee jaar.'), 'twee'],
  ['the length before the verb', p('Vijf jaar loopt dit actieplan, daarna volgt een nieuw plan.'), 'Vijf'],
  ['a length with lang after the verb', p('Het plan loopt zes jaar lang door.'), 'zes'],
  ['a pronoun in the next clause with en', p('Dit actieplan is opgesteld met de buurgemeenten en het duurt drie jaar.'), 'drie'],
  ['a verb of duration with in totaal', p('Dit actieplan loopt in totaal vijf jaar.'), 'vijf'],
  ['beslaat with een periode van', p('Het actieplan beslaat een periode van drie jaar.'), 'drie'],
  ['a length in brackets', p('Het actieplan loopt (net als het vorige) drie jaar.'), 'drie'],
  ['a pronoun after this is our plan', p('Dit is ons tweede actieplan voor de luchtkwaliteit; het duurt vijf jaar.'), 'vijf'],
  ['a list item of the plan in short', p('Kenmerken van het plan:', '', '- het plan loopt vijf jaar;', '- het richt zich op de binnenstad.'), 'vijf']
]

const clean: CleanWording[] = [
  ['a project with its own length', p('Het project Groene Daken loopt drie jaar.')],
  ['a contract with its own length', p('Het contract met de meetdienst duurt twee jaar.')],
  ['a subsidy that runs shorter', p('De subsidie voor laadpalen loopt twee jaar, tot eind 2028.')],
  ['the previous plan in the past tense', p('Het vorige actieplan liep vijf jaar.')],
  ['the right length with a clause', p('Dit actieplan loopt, net als de regionale aanpak, vier jaar.')],
  ['the right length with a pronoun', p('Dit is ons eerste actieplan voor schone lucht; het loopt vier jaar.')],
  ['a pilot inside the plan', p('Binnen het actieplan loopt een proef die twee jaar duurt.')],
  ['a pronoun for a pilot', p('We starten in 2028 een proef met schone bussen; die loopt twee jaar.')],
  ['a measurement that lasts', p('Elke meting duurt drie jaar voordat we conclusies trekken.')],
  ['a phase of the plan', p('De eerste fase van het actieplan duurt twee jaar.')],
  ['a permit term', p('Een vergunning loopt vijf jaar en kan daarna worden verlengd.')],
  ['a pronoun for a convenant after this is our plan', p('Dit is ons tweede actieplan; het convenant met de haven loopt drie jaar.')],
  ['an agreement named after the plan', p('De afspraak met de provincie, die naast dit actieplan bestaat, loopt zes jaar.')]
]

describeBattery(periodMismatch, defects, clean, 11, front)
