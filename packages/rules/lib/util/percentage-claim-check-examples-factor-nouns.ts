import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a change said by a noun: a halving (`bijna een halvering`,
// share-factors), sized by how much goes, and a fraction after any noun of a change's size (`een aanwas van ruim een
// kwart`, `een verlies van een derde`: the list of change-nouns).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Changes said by a noun that the numbers bear out. */
export const factorNounsOk: RuleExample[] = [
  { title: 'Een bijna-halvering die iets meer dan de helft overlaat', text: plan(['Het aantal zwerfafvalmeldingen is bijna gehalveerd: van 150 naar 80.']) },
  { title: 'Een kortere doorlooptijd als bijna een halvering die klopt', text: plan(['De doorlooptijd van een bezwaar ging van 16 naar 9 weken, bijna een halvering.']) },
  { title: 'Een halvering die klopt', text: plan(['Het aantal standplaatsen op de weekmarkt daalde van 60 naar 30, een halvering.']) },
  { title: 'Een verlies als breuk van de verandering, geen deel van het oude getal', text: plan(['Het ledental van de schaakclub zakte van 90 naar 62, een verlies van bijna een derde.']) },
  { title: 'Een besparing van een kwart die klopt', text: plan(['De stookkosten van het clubhuis gingen van € 8.000 naar € 6.000, een besparing van een kwart.']) },
  { title: 'Een aanwas van ruim een kwart die klopt', text: plan(['Het aantal vrijwilligers bij de voedselbank groeide van 40 naar 51, een aanwas van ruim een kwart.']) }
]

/** Changes said by a noun that the numbers contradict. */
export const factorNounsNotOk: RuleExample[] = [
  {
    title: 'Een kortere doorlooptijd die geen bijna-halvering is',
    text: plan(['De doorlooptijd van een bezwaar ging van 16 naar 12 weken, bijna een halvering.']),
    expected: ['Percentage `bijna een halvering` klopt niet: van 16 naar 12 is -25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Ruim gehalveerd terwijl meer dan de helft overblijft',
    text: plan(['Het aantal zwerfafvalmeldingen is ruim gehalveerd: van 150 naar 80.']),
    expected: ['Percentage `ruim gehalveerd` klopt niet: van 150 naar 80 is -46,7%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een halvering die een kwart minder is',
    text: plan(['Het aantal standplaatsen op de weekmarkt daalde van 60 naar 45, een halvering.']),
    expected: ['Percentage `halvering` klopt niet: van 60 naar 45 is -25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een aanwas die kleiner is dan ruim een kwart',
    text: plan(['Het aantal vrijwilligers bij de voedselbank groeide van 40 naar 46, een aanwas van ruim een kwart.']),
    expected: ['Percentage `ruim een kwart` klopt niet: van 40 naar 46 is 15%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een winst die geen bijna de helft is',
    text: plan(['Het aantal bezoekers van de kinderboerderij steeg van 200 naar 230, een winst van bijna de helft.']),
    expected: ['Percentage `bijna de helft` klopt niet: van 200 naar 230 is 15%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een verlies dat het overgebleven deel noemt in plaats van de verandering',
    text: plan(['Het ledental van de schaakclub zakte van 90 naar 60, een verlies van twee derde.']),
    expected: ['Percentage `twee derde` klopt niet: van 90 naar 60 is 33,3%; pas het percentage of de getallen aan']
  }
]
