import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of prose-calculation for a yearly amount and its total over the years: the yearly
// amount as the outcome of the clause before, as `de jaarlijkse … van`, a total after `brengt … op`
// or before its years (`oftewel … over de looptijd`), and an action that takes its yearly
// amount from the action above it in a theme's list.
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const actions = (lines: string[]): string => example(["# Thema's", '', '## Bewegen {#t1}', '', 'Sport en bewegen horen bij elke wijk.', '', '### Acties', '', ...lines], 'gemeente: Lindewaarde')
const coaches = (total: string): string[] => ['- We openen elk voorjaar de sportvelden voor buurtteams.', '- Een buurtsportcoach kost € 56.000 per jaar; voor drie wijken komt dat op € 168.000 per jaar.', `- Over vier jaar gerekend betalen we de coaches samen € ${total}.`]
const excursions = (total: string): string[] => [`Een excursie kost € 650; we maken er zes per jaar, dus € 3.900 per jaar. Over vier jaar is dat samen € ${total}.`]

/** Totals over the years that hold, or that are not a yearly amount times the years. */
export const yearsOk: RuleExample[] = [
  { title: 'Een actie die het jaarbedrag van de actie erboven over de planjaren telt, klopt', text: actions(coaches('672.000')) },
  { title: 'Een jaarbedrag dat de zin ervoor uitrekent, over de jaren, klopt', text: plan(excursions('15.600')) },
  { title: 'Een investering naast een jaarbijdrage in de actie erboven', text: actions(['- De jaarlijkse bijdrage aan de sportraad is € 40.000.', '- Over vier jaar investeren we daarnaast € 300.000 in de kleedkamers.']) },
  { title: 'Een opbrengst over de looptijd met een post zonder bedrag erbij', text: plan(['Over de looptijd van vier jaar levert de jaarlijkse verhuur van € 12.000 samen met de verkoop van de kavel € 298.000 op.']) },
  { title: 'Een jaarbedrag omgerekend naar een maand', text: plan(['Het onderhoud van de speeltuinen vraagt € 26.500 per jaar, oftewel € 2.208 per maand.']) },
  { title: 'Een bedrag per jaar per leerling dat niet de uitkomst van zijn zin is', text: plan(['Een muziekles kost € 90 per jaar per leerling en we geven les aan 40 leerlingen. Over vier jaar is dat samen € 14.400.']) }
]

/** Totals over the years that do not hold. */
export const yearsNotOk: RuleExample[] = [
  {
    title: 'Een actie die het jaarbedrag van de actie erboven over de planjaren telt, klopt niet',
    text: actions(coaches('572.000')),
    expected: ['Berekening `€ 168.000 × 4 = 572.000` klopt niet: de uitkomst is `672.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een jaarbedrag dat de zin ervoor uitrekent, over de jaren, klopt niet',
    text: plan(excursions('19.500')),
    expected: ['Berekening `€ 3.900 × 4 = 19.500` klopt niet: de uitkomst is `15.600`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een jaarlijkse pacht die in vier jaar meer oplevert dan vier keer',
    text: plan(['De jaarlijkse pacht van de jachthaven van € 215.000 brengt in vier jaar € 1,3 miljoen op.']),
    expected: ['Berekening `€ 215.000 × 4 = 1,3 miljoen` klopt niet: de uitkomst is `860.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een totaal met oftewel vóór de looptijd, na een zin met een ander getal',
    text: plan(['Het park telt 3 speeltuinen.', 'Hun onderhoud vraagt € 26.500 per jaar, oftewel € 96.000 over de looptijd.']),
    expected: ['Berekening `€ 26.500 × 4 = 96.000` klopt niet: de uitkomst is `106.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een jaarbedrag over de planjaren',
    text: plan(['Het jeugdwerk krijgt jaarlijks € 84.000. In de vier planjaren is dat samen € 420.000.']),
    expected: ['Berekening `€ 84.000 × 4 = 420.000` klopt niet: de uitkomst is `336.000`; herstel de berekening of de uitkomst']
  },
  {
    title: 'Een jaarbedrag uit een punt erboven, over de jaren samen',
    text: plan(['- Een leesclub kost € 1.250; 6 leesclubs per jaar komen op € 7.500 per jaar.', '- Over drie jaar is dat samen € 25.500.']),
    expected: ['Berekening `€ 7.500 × 3 = 25.500` klopt niet: de uitkomst is `22.500`; herstel de berekening of de uitkomst']
  }
]
