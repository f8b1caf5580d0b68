import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hnear20: shares whose numbers stand in the same or the previous sentence but that a gate refused.
// (1) A change to a new level (`dalen naar`, `loopt terug tot`, `groeit naar`) with its share, whose
// start is the one level of the same kind in the sentence before. (2) A part and whole in euros
// without an article (`€ 8,4 miljoen van in totaal € 12,0 miljoen`, `(€ 56.000 van € 142.000)`). (3) A list item's
// part under a lead without numbers (`De groep bestaat uit:`), its whole in the paragraph before.
// Look-alikes: the same shapes right or rounded, a sentence before with two amounts (the start is
// open), a change with its own start, and a whole of another measure.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['a fall to a new amount, start in the sentence before', body('Een dagdeel kinderopvang kostte in 2025 € 96. Door de nieuwe regeling zakt de prijs per dagdeel naar € 84, een daling van 20 procent.'), '20 procent'],
  ['a rise to a new count, start in the sentence before', body('Vorig jaar telden we 640 vrijwilligers. Met de campagne groeit het aantal vrijwilligers naar 720, ruim een kwart meer.'), 'een kwart'],
  ['a fall with loopt terug tot', body('De wachtlijst telde begin 2026 180 gezinnen. Dit jaar loopt de wachtlijst terug tot 150 gezinnen, een afname van 25%.'), '25%'],
  ['euros without an article, van in totaal', body('Van de subsidies ging 45 procent naar sport, € 3,1 miljoen van in totaal € 5,2 miljoen.'), '45 procent'],
  ['euros without an article, in brackets', body('Het grootste deel van de huur komt uit het centrum (€ 410.000 van € 520.000), ongeveer twee derde.'), 'twee derde'],
  ['a list item under a lead without numbers, whole in the paragraph before', body('In 2025 vroegen 1.240 inwoners een vergoeding aan.', '', 'Het ging om:', '', '- 520 ouderen, ruim de helft;', '- 410 gezinnen met kinderen;', '- 310 alleenstaanden.'), 'de helft']
]

const clean: CleanWording[] = [
  ['a fall to a new amount, right', body('Een dagdeel kinderopvang kostte in 2025 € 96. Door de nieuwe regeling zakt de prijs per dagdeel naar € 84, een daling van 12,5 procent.')],
  ['a rise to a new count, rounded', body('Vorig jaar telden we 640 vrijwilligers. Met de campagne groeit het aantal vrijwilligers naar 720, ruim 12 procent meer.')],
  ['two amounts before leave the start open', body('Een dagdeel kostte in 2025 € 96 en een hele dag € 170. Door de nieuwe regeling zakt de prijs per dagdeel naar € 84, een daling van 20 procent.')],
  ['a change with its own start', body('Vorig jaar telden we 640 vrijwilligers. Het aantal deelnemers groeit van 300 naar 375, een kwart meer.')],
  ['a count before of another noun', body('Vorig jaar kwamen 640 bezoekers. Met de campagne groeit het aantal vrijwilligers naar 720, een stijging van 40 procent.')],
  ['euros without an article, right', body('Van de subsidies ging 60 procent naar sport, € 3,1 miljoen van in totaal € 5,2 miljoen.')],
  ['a list item under a lead without numbers, right', body('In 2025 vroegen 1.240 inwoners een vergoeding aan.', '', 'Het ging om:', '', '- 620 ouderen, de helft;', '- 310 gezinnen met kinderen;', '- 310 alleenstaanden.')],
  ['a list with bracketed shares of its own sum under a lead without numbers', body('Op de drie scholen in het noorden zitten 331 doelgroepleerlingen.', '', 'De indicator deelt alle doelgroepleerlingen in naar risico:', '', '- hoog: 148 leerlingen (33%);', '- midden: 190 leerlingen (43%);', '- laag: 105 leerlingen (24%).')],
  ['euros in brackets, rounded', body('Het grootste deel van de huur komt uit het centrum (€ 410.000 van € 520.000), ruim driekwart.')]
]

// Before this wave 1 of 6 caught; after, 6 of 6.
describeBattery(percentageClaimCheck, defects, clean, 6)
