import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 21 battery (hmisc21), written before changing the rule: a fixed day or yearly document of
// the public calendar with its year (Prinsjesdag, Verantwoordingsdag, the municipal elections, the
// meicirculaire, the voorjaarsnota) as the moment of a clause in the present that announces it,
// while that moment lies before the document date. Look-alikes: the past tense, the same occasion a
// year later, a document named as a source (`De meicirculaire 2026 laat … zien`, `In de voorjaarsnota
// 2026 staat …`), a stretch since the occasion, the perfect.
const front = { titel: 'Actieplan Warm Thuis 2027-2030', soort: 'actieplan', periode: '2027-2030', datum: '2026-10-20' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['Prinsjesdag fronted with a separable verb', p('Op Prinsjesdag 2026 maakt het kabinet bekend of de regeling doorloopt.'), 'Prinsjesdag 2026'],
  ['Verantwoordingsdag mid-clause', p('Het kabinet legt op Verantwoordingsdag 2026 verantwoording af over de regeling.'), 'Verantwoordingsdag 2026'],
  ['after the municipal elections', p('Het nieuwe college kiest na de gemeenteraadsverkiezingen van 2026 een eigen koers voor het armoedebeleid.'), '2026'],
  ['at the voorjaarsnota', p('Bij de voorjaarsnota 2026 besluit de raad over het extra budget.'), 'voorjaarsnota 2026'],
  ['with the septembercirculaire', p('Met de septembercirculaire 2026 wordt duidelijk hoeveel geld er komt.'), 'septembercirculaire 2026'],
  ['after the meicirculaire with we', p('Na de meicirculaire van 2026 passen we de bedragen in de begroting aan.'), '2026']
]

const clean: CleanWording[] = [
  ['Prinsjesdag in the past tense', p('Op Prinsjesdag 2026 maakte het kabinet bekend dat de regeling doorloopt.')],
  ['Prinsjesdag a year later', p('Op Prinsjesdag 2027 maakt het kabinet bekend of de regeling doorloopt.')],
  ['the meicirculaire as a source', p('De meicirculaire 2026 laat een voordeel van € 1,2 miljoen zien.')],
  ['the voorjaarsnota as a source', p('In de voorjaarsnota 2026 staat een extra bedrag voor armoedebestrijding.')],
  ['a stretch since the elections', p('Sinds de gemeenteraadsverkiezingen van 2026 telt de raad zeven fracties.')],
  ['the perfect after the meicirculaire', p('Na de meicirculaire 2026 is het budget bijgesteld.')],
  ['the kadernota of a later year', p('Bij de kadernota 2027 besluit de raad over de bedragen.')],
  ['a future occasion of the document year', p('Bij de decembercirculaire 2026 bekijken we of er meer geld komt.')]
]

describeBattery(staleStatement, defects, clean, 6, front)
