import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// h3calc (levels beside labelled asides): a change between two years whose levels stand in a
// sentence that also holds an aside of other years (`(2019: 3,1 miljoen; 2020: 2,2 miljoen)`).
// The aside's levels are their own years'; they do not make the clause of a named year unclear.
// The size should be the gap between the two years' levels. Look-alikes: the gap right, a
// level of a year in the aside only, a percentage change.

const body = (...lines: string[]): string[] => ['# Ontwikkeling', '', ...lines]

const defects: BatteryWording[] = [
  ['millions, aside before', body('Na de terugval (2020: 2,2 miljoen; 2021: 2,6 miljoen) trok de markt weer aan: 3,3 miljoen in 2022 en 3,7 miljoen in 2024. Tussen 2022 en 2024 groeide het aantal bezoeken met 600.000.'), '400.000'],
  ['digits, one aside year', body('Het aantal uitleningen (2019: 88.000) zakte naar 61.000 in 2021 en steeg tot 74.000 in 2024. Van 2021 naar 2024 nam het aantal toe met 15.000.'), '13.000'],
  ['aside after the levels', body('We telden 4.100 deelnemers in 2023 en 4.650 in 2025 (2024: 4.300). Tussen 2023 en 2025 kwamen er 650 deelnemers bij.'), '550'],
  ['euro, aside', body('De opbrengst liep op van € 1,2 miljoen in 2022 naar € 1,5 miljoen in 2025 (2023: € 1,3 miljoen; 2024: € 1,4 miljoen). Tussen 2022 en 2025 steeg de opbrengst met € 0,4 miljoen.'), '300.000'],
  ['two sentences, aside first', body('De dip kwam in de crisisjaren (2009: 910; 2010: 870). Daarna waren er 1.020 starters in 2015 en 1.180 in 2020. Tussen 2015 en 2020 groeide het aantal starters met 190.'), '160'],
  ['decline', body('Het verbruik (2018: 5.600 MWh) daalde tot 5.100 MWh in 2022 en 4.700 MWh in 2025. Tussen 2022 en 2025 daalde het verbruik met 500 MWh.'), '400']
]

const clean: CleanWording[] = [
  ['gap right', body('Na de terugval (2020: 2,2 miljoen; 2021: 2,6 miljoen) trok de markt weer aan: 3,3 miljoen in 2022 en 3,7 miljoen in 2024. Tussen 2022 en 2024 groeide het aantal bezoeken met 400.000.')],
  ['digits right', body('Het aantal uitleningen (2019: 88.000) zakte naar 61.000 in 2021 en steeg tot 74.000 in 2024. Van 2021 naar 2024 nam het aantal toe met 13.000.')],
  ['aside year in the span, right', body('We telden 4.100 deelnemers in 2023 en 4.650 in 2025 (2024: 4.300). Tussen 2024 en 2025 kwamen er 350 deelnemers bij.')],
  ['percentage', body('Na de terugval (2020: 2,2 miljoen; 2021: 2,6 miljoen) trok de markt weer aan: 3,3 miljoen in 2022 en 3,7 miljoen in 2024. Tussen 2022 en 2024 groeide het bezoek met 12 procent.')],
  ['decline right', body('Het verbruik (2018: 5.600 MWh) daalde tot 5.100 MWh in 2022 en 4.700 MWh in 2025. Tussen 2022 en 2025 daalde het verbruik met 400 MWh.')],
  ['another measure per year', body('Het verbruik (2018: 5.600 MWh) daalde tot 5.100 MWh in 2022 en 4.700 MWh in 2025. Tussen 2022 en 2025 daalde het verbruik met gemiddeld 130 MWh per jaar.')]
]

describeBattery(proseCalculation, defects, clean, 6)
