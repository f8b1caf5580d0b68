import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 battery (hmisc), written before reading the rule again: a start that lies behind the
// document date, told in a present tense that means the future, where the finite verb stands at
// the end of a relative or subordinate clause (`die … ingaat`, `dat … van start gaat`, `zodra …
// in werking treedt`) or splits from its particle (`gaat … in`, `sluit … aan`, `voert … in`).
// Look-alikes: a state that holds from a past date (`geldt`, `bedraagt`, `werken`), a past or
// perfect tense of the same verbs, the same start still ahead, a clause without a date, a period
// that runs across the document date.
const front = { titel: 'Uitvoeringsprogramma Buurt en Zorg 2027-2030', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['a relative clause with a separable verb at its end', p('De nieuwe afvalstoffenheffing, die per 1 maart 2026 ingaat, valt lager uit voor alleenstaanden.'), '2026'],
  ['a relative clause with van start gaan', p('We bereiden ons voor op de landelijke norm die op 1 juni 2026 van start gaat.'), '2026'],
  ['a fronted date with a split particle', p('Vanaf 1 januari 2026 gaat de nieuwe parkeerregeling in.'), '2026'],
  ['a neuter relative clause with begint before a main verb', p('Het contract met de nieuwe vervoerder, dat op 1 augustus 2026 begint, loopt vier jaar.'), '2026'],
  ['a separable voert in with a consequence clause', p('De regio voert per 1 mei 2026 een nieuw inkoopmodel in, waardoor de tarieven dalen.'), '2026'],
  ['a month and year in a relative clause', p('De proef met buurtbemiddeling, die in maart 2026 van start gaat, richt zich op twee wijken.'), '2026'],
  ['a list item with a separable verb', ['# Planning', '', 'Wat er verandert:', '', '- per 15 juni 2026 stapt de regio over op een nieuw registratiesysteem;', '- de teams krijgen daarvoor een training.'], '2026'],
  ['a subordinate zodra clause', p('Zodra de wet op 1 september 2026 ingaat, passen we de verordening aan.'), '2026'],
  ['a subordinate wanneer clause with in werking treedt', p('Wanneer het nieuwe besluit op 1 februari 2026 in werking treedt, vervalt de oude regeling.'), '2026'],
  ['a separable sluit aan with a date in the middle', p('De gemeente sluit per 1 april 2026 aan bij het regionale meldpunt.'), '2026'],
  ['a pronoun subject in a second sentence', p('Het college kiest een nieuwe aanbieder. Die begint op 1 juni 2026 met de uitvoering.'), '2026'],
  ['a relative clause inside brackets', p('De buslijn naar het ziekenhuis (die per 1 juni 2026 vaker gaat rijden) krijgt twee nieuwe haltes.'), '2026'],
  ['a date with a weekday name', p('Het vernieuwde loket gaat op maandag 2 maart 2026 open.'), '2026'],
  ['a relative clause with a place before the verb', p('Het programma sluit aan op het landelijke kader, dat per 1 april 2026 in de hele regio ingaat.'), '2026']
]

const clean: CleanWording[] = [
  ['a present state from a past date', p('Het nieuwe beleid geldt vanaf 1 april 2026.')],
  ['a perfect tense in a relative clause', p('De regeling die op 1 maart 2026 is ingegaan, werkt goed.')],
  ['the same relative clause with a start still ahead', p('De verordening die per 1 januari 2027 ingaat, vervangt de oude regels.')],
  ['a state since a past date', p('Sinds 1 augustus 2026 rijdt de bus twee keer per uur.')],
  ['a past tense of the separable verb', p('De nieuwe heffing ging per 1 maart 2026 in.')],
  ['a past tense in a relative clause', p('Het contract dat op 1 augustus 2026 begon, loopt vier jaar.')],
  ['an amount that holds from a past date', p('Per 1 januari 2026 bedraagt het tarief € 12 per maand.')],
  ['a period running across the document date', p('De proef loopt van 1 maart 2026 tot 1 maart 2027.')],
  ['a fronted date still ahead', p('Per 1 december 2026 gaat de nieuwe regeling in.')],
  ['a habitual present from a past date', p('Vanaf 1 januari 2026 werken de wijkteams met één dossier.')],
  ['a relative clause with a state verb', p('Het landelijke kader, dat per 1 mei 2026 geldt, vraagt om een nieuwe aanpak.')],
  ['a zodra clause without a date', p('Zodra de wet ingaat, passen we de verordening aan.')],
  ['a past tense in a reported clause', p('Uit de evaluatie blijkt dat de regeling op 1 maart 2026 inging.')],
  ['a perfect of gaan with an infinitive', p('Vanaf maart 2026 is de buurtbus vaker gaan rijden, ook op zondag.')],
  ['a relative clause in the past with in werking trad', p('De verordening die op 1 februari 2026 in werking trad, vraagt om nieuwe formulieren.')]
]

describeBattery(staleStatement, defects, clean, 14, front)
