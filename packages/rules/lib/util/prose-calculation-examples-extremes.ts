import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for the gap between the two ends of a table column, named by
// superlatives instead of rows (extreme-gaps).
const plan = (lines: string[]): string => example(['# Voorzieningen', '', ...lines], 'gemeente: Wispelmoer')
// Pools with their visitors, satisfaction and waiting time, and a total row that is no end.
const pools = ['| Zwembad | Bezoekers | Tevredenheid | Wachttijd in minuten |', '|---|---:|---:|---:|', '| De Spetter | 41.200 | 82% | 14 |', '| Het Wed | 28.900 | 74% | 9 |', '| Bronsbad | 17.300 | 61% | 21 |', '| Totaal | 87.400 | 75% | 15 |', '']
// Halls with their rent per session.
const halls = ['| Zaal | Huur per dagdeel | Bezetting |', '|---|---:|---:|', '| Kerkzaal | € 85 | 55% |', '| Schoolzaal | € 40 | 48% |', '| Sporthal | € 120 | 71% |', '']
// Two columns in days: a gap in days fits both.
const permits = ['| Vergunning | Aanvragen | Wachttijd in dagen | Behandeltijd in dagen |', '|---|---:|---:|---:|', '| Bouw | 410 | 12 | 38 |', '| Kap | 95 | 6 | 21 |', '| Evenement | 160 | 9 | 27 |', '']
// Schools by size: the largest and the smallest are the ends of the pupils, not of the satisfaction.
const schools = ['| School | Leerlingen | Tevredenheid |', '|---|---:|---:|', '| De Vlinder | 420 | 70% |', '| Het Anker | 180 | 88% |', '| De Linde | 95 | 78% |', '']

/** Gaps between a column's ends that hold, or that name no one column. */
export const extremesOk: RuleExample[] = [
  { title: 'Het verschil in procentpunten tussen de hoogste en de laagste cel', text: plan([...pools, 'Het verschil tussen de hoogste en de laagste tevredenheid is 21 procentpunt.']) },
  { title: 'Een verschil dat scheelt in de eenheid van de kolomkop', text: plan([...pools, 'Tussen de kortste en de langste wachttijd scheelt het 12 minuten.']) },
  { title: 'Het verschil in euro’s tussen de duurste en de goedkoopste', text: plan([...halls, 'Het verschil tussen de duurste en de goedkoopste zaal is € 80 per dagdeel.']) },
  { title: 'Een verschil in procenten, dat ook relatief kan zijn', text: plan([...pools, 'Het verschil tussen de hoogste en de laagste tevredenheid is 34%.']) },
  { title: 'De grootste en de kleinste rij naar een andere kolom', text: plan([...schools, 'Het verschil tussen de grootste en de kleinste school is 8 procentpunt.']) },
  { title: 'Een eenheid die twee kolommen noemen', text: plan([...permits, 'Het verschil tussen de snelste en de traagste vergunning is 17 dagen.']) }
]

/** Gaps between a column's ends that do not hold. */
export const extremesNotOk: RuleExample[] = [
  {
    title: 'Een verschil in procentpunten dat niet klopt',
    text: plan([...pools, 'Het verschil tussen de hoogste en de laagste tevredenheid is 26 procentpunt.']),
    expected: ['Berekening `82% − 61% = 26` klopt niet: de uitkomst is `21`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verschil met scheelt dat niet klopt',
    text: plan([...pools, 'Tussen de kortste en de langste wachttijd scheelt het 15 minuten.']),
    expected: ['Berekening `21 − 9 = 15` klopt niet: de uitkomst is `12`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verschil in euro’s dat niet klopt',
    text: plan([...halls, 'Het verschil tussen de duurste en de goedkoopste zaal is € 70 per dagdeel.']),
    expected: ['Berekening `€ 120 − € 40 = 70` klopt niet: de uitkomst is `80`; herstel de berekening of de uitkomst']
  }
]

/** Gaps between two named rows of a column that hold, or that may be meant otherwise. */
export const namedGapsOk: RuleExample[] = [
  { title: 'Het verschil in procentpunten tussen twee genoemde rijen', text: plan([...pools, 'Het verschil tussen De Spetter en Bronsbad is 21 procentpunt.']) },
  { title: 'Een verschil in euro’s tussen twee genoemde rijen met scheelt', text: plan([...halls, 'Tussen de Kerkzaal en de Sporthal scheelt het € 35 per dagdeel.']) },
  { title: 'Een verschil tussen twee genoemde rijen in procenten, dat ook relatief kan zijn', text: plan([...pools, 'Het verschil tussen De Spetter en Bronsbad is 34%.']) },
  { title: 'Een klein verschil tussen twee genoemde rijen dat klopt', text: plan([...halls, 'Het verschil tussen de Kerkzaal en de Schoolzaal is 7 procentpunt.']) }
]

/** Gaps between two named rows of a column that do not hold. */
export const namedGapsNotOk: RuleExample[] = [
  {
    title: 'Een verschil in procentpunten tussen twee genoemde rijen dat niet klopt',
    text: plan([...pools, 'Het verschil tussen De Spetter en Bronsbad is 26 procentpunt.']),
    expected: ['Berekening `82% − 61% = 26` klopt niet: de uitkomst is `21`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verschil in euro’s met scheelt dat niet klopt',
    text: plan([...halls, 'Tussen de Kerkzaal en de Sporthal scheelt het € 45 per dagdeel.']),
    expected: ['Berekening `€ 120 − € 85 = 45` klopt niet: de uitkomst is `35`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een verschil in de eenheid van de kolomkop dat niet klopt',
    text: plan([...pools, 'Het verschil in wachttijd tussen Bronsbad en De Spetter is 9 minuten.']),
    expected: ['Berekening `21 − 14 = 9` klopt niet: de uitkomst is `7`; herstel de berekening of de uitkomst']
  }
]
