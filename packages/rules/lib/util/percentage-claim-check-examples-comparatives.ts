import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a change said as a share with a comparative right after its
// numbers (share-comparative-changes).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Correct changes said with a comparative the rule stays quiet on. */
export const comparativesOk: RuleExample[] = [
  { title: 'Een kortere termijn in woorden met een percentage dat klopt', text: plan(['De wachttijd voor een parkeervergunning gaat van tien naar zes werkdagen, 40 procent korter.']) },
  { title: 'Een hoger tarief als breuk die klopt', text: plan(['Het tarief voor een standplaats gaat van € 80 naar € 100 per dag, een kwart duurder.']) },
  { title: 'Een vergelijking met iets anders (`hoger dan`)', text: plan(['Het tarief voor een standplaats gaat van € 80 naar € 90 per dag, ruim een kwart hoger dan in de buurgemeenten.']) }
]

/** Changes said with a comparative that the numbers contradict. */
export const comparativesNotOk: RuleExample[] = [
  {
    title: 'Een kortere termijn in woorden die geen halvering is',
    text: plan(['De wachttijd voor een parkeervergunning gaat van tien naar zeven werkdagen, bijna de helft korter.']),
    expected: ['Percentage `bijna de helft` klopt niet: van 10 naar 7 is 30%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een hoger tarief dat geen kwart duurder is',
    text: plan(['Het tarief voor een standplaats gaat van € 80 naar € 90 per dag, een kwart duurder.']),
    expected: ['Percentage `een kwart` klopt niet: van 80 naar 90 is 12,5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een kortere reistijd met een te grote breuk',
    text: plan(['De reistijd met de buurtbus wordt van 50 naar 40 minuten teruggebracht, ruim een kwart korter.']),
    expected: ['Percentage `ruim een kwart` klopt niet: van 50 naar 40 is 20%; pas het percentage of de getallen aan']
  }
]
