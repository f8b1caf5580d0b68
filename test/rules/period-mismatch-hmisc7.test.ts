import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc7 battery, written before reading the rule: a span told as a number of years and one of
// its ends (`de drie jaren tot eind 2029`, `vijf jaar vanaf 2027`), in a sentence about the plan or
// what it sets out to do, where the span starts at the plan's first year but ends a year off its
// last, or ends at its last but starts a year off. Look-alikes: the right count with the right end,
// a phase named as the first or last years, a contract, subsidy or pilot of its own, a span in the
// past.
const front = { titel: 'Uitvoeringsprogramma Buurt en Groen 2027-2030', soort: 'uitvoeringsprogramma', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['a count and an end one year early', p('In de drie jaren tot eind 2029 willen we de wachttijd voor een tuinaanpassing halveren.'), '2029'],
  ['a count and a start running a year past the end', p('In de vijf jaar vanaf 2027 werken we aan een schoner en groener centrum.'), '2031'],
  ['the programme with a count and an end', p('Het programma loopt drie jaar, tot eind 2029.'), '2029'],
  ['the end before the count', p('Tot eind 2031, dus in vijf jaar, vergroenen we twintig schoolpleinen.'), '2031'],
  ['a count in brackets', p('In de komende vijf jaar (tot en met 2031) plant de gemeente 800 bomen.'), '2031'],
  ['a count in digits', p('We trekken hiervoor 5 jaar uit, tot en met 2031.'), '2031'],
  ['a list item', p('Onze doelen:', '', '- in de 3 jaren tot eind 2029 komen er twee buurtmoestuinen bij;', '- de bewoners beheren ze zelf.'), '2029'],
  ['gedurende with a count and a start', p('Gedurende de vijf jaar vanaf 2027 houden we elk voorjaar een schouw.'), '2031'],
  ['binnen with a count and an end', p('Binnen drie jaar, tot eind 2029, moet elke wijk een eigen groenplan hebben.'), '2029'],
  ['a span told as years of the plan', p('Dit uitvoeringsprogramma beslaat vijf jaar vanaf 2027.'), '2031'],
  ['a count in a second sentence', p('De aanpak is ambitieus. In de drie jaren tot en met 2029 willen we het aantal geveltuinen verdubbelen.'), '2029'],
  ['in drie jaar tijd with an end', p('In drie jaar tijd, tot eind 2029, maken we alle speelplekken toegankelijk.'), '2029']
]

const clean: CleanWording[] = [
  ['the right count and end', p('In de vier jaren tot eind 2030 willen we de wachttijd voor een tuinaanpassing halveren.')],
  ['the right count and start', p('In de vier jaar vanaf 2027 werken we aan een schoner en groener centrum.')],
  ['the first years named', p('In de eerste twee jaren, tot eind 2028, richten we ons op de oudste wijken.')],
  ['the last years named', p('In de laatste drie jaar, vanaf 2028, volgt de rest van de gemeente.')],
  ['a contract of its own', p('Het onderhoudscontract voor het groen loopt vijf jaar, tot en met 2031.')],
  ['a subsidy of its own', p('De provincie geeft een subsidie voor drie jaar, tot eind 2029.')],
  ['a span in the past', p('In de vijf jaar tot eind 2025 plantten we ruim 600 bomen.')],
  ['a pilot of its own', p('De proef met een buurtconciërge duurt twee jaar, tot eind 2028.')],
  ['a follow-up beyond the plan', p('Ook in de vijf jaar na 2030 blijven we de bomen water geven.')],
  ['a lease ending later', p('De huur van de kas voor de buurtmoestuin loopt tien jaar, vanaf 2027.')]
]

describeBattery(periodMismatch, defects, clean, 5, front)
