import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 12 probe, written after the fixes of the battery in `-gates12` and run once before any
// further change: fresh counts in other shapes, to see whether the mended gates carry over (4 of 6:
// a fronted count whose clause had an adverb or a phrase beside its one subject was not read; the
// clause reader in `list-clauses` mends that).

const list = (n: number): string[] => ['', ...['de wijkraad', 'de scholen', 'de huisartsen', 'de corporatie', 'de politie', 'de bibliotheek'].slice(0, n).map((i) => `- ${i}`)]
const lead = (line: string): string[] => ['# Aanpak', '', line]

const defects: DefectWording[] = [
  ['a modal, an object and a final infinitive', [...lead('Scholen kunnen bij ons op vier terreinen een aanvraag indienen:'), ...list(3)]],
  ['mogen and een eigen', [...lead('Jongeren mogen via twee routes een eigen plan voorleggen:'), ...list(3)]],
  ['a fronted count with a passive', lead('Op vijf plekken in de gemeente wordt een laadplein aangelegd: De Hoven, Kerkbuurt, Molenwijk en Stationsgebied.')],
  ['a fronted count with nog', lead('In drie kernen ontbreekt nog een pinautomaat: Oosthoek, Westhoek, Zuidhoek en Noordhoek.')],
  ['a perfect tense with dit jaar', lead('We hebben dit jaar vier wijkcentra verbouwd: De Kolk, De Bron en Het Baken.')],
  ['zal with a year and an object', [...lead('Het college zal in 2027 met zes partners een convenant sluiten:'), ...list(5)]]
].map(([name, lines]) => [name, lines, ''] as DefectWording)

const clean: CleanWording[] = [
  ['a dangling aan over names', lead('Met drie wethouders is een bezoek gebracht aan: De Linde, Het Anker, De Vlinder en De Wissel.')],
  ['a modal and a final infinitive, right', [...lead('Scholen kunnen bij ons op vier terreinen een aanvraag indienen:'), ...list(4)]],
  ['a duration over ways', lead('Binnen twee weken neemt een consulent contact op: telefonisch, per mail of aan huis.')],
  ['one item', lead('In drie gesprekken kwam een thema steeds terug: eenzaamheid.')],
  ['de volgende', [...lead('We hebben met vier partners gesproken over de volgende onderwerpen:'), ...list(2)]],
  ['an article only in a phrase, the list the object', lead('Met drie wethouders bezochten we in de zomer: De Linde, Het Anker, De Vlinder en De Wissel.')],
  ['a plural in the clause', lead('In drie wijken kregen bewoners een brief: Noord, Oost, Zuid en West.')],
  ['a perfect tense, right', lead('We hebben dit jaar vier wijkcentra verbouwd: De Kolk, De Bron, De Linde en Het Baken.')]
]

describeBattery(countClaimMismatch, defects, clean, 6)
