import type { RuleExample } from '../rule.js'
import { example } from './examples.js'
import { sentenceSeriesNotOk, sentenceSeriesOk } from './percentage-claim-check-examples-sentence-series.js'

// The documented examples of `percentage-claim-check` for a change between two levels the sentence names apart from
// `van … naar`: a start, a percentage after `met` and the level it reaches (share-changes-to-level), and a level with its
// year against the one of an earlier year (`640 ritten in 2025 tegenover 800 twee jaar eerder`, share-changes).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

/** Changes between two levels that the percentage fits, and levels of two things that are no change. */
export const levelChangesOk: RuleExample[] = [
  { title: 'Een daling met een percentage tot een nieuw niveau die klopt', text: plan(['Na de piek van 360 in 2025 zakt het aantal ritten in 2026 met 30 procent, tot 252.']) },
  { title: 'Een teruglopende wachtlijst met een percentage dat klopt', text: plan(['De wachtlijst van 150 gezinnen in 2024 loopt in 2026 met ruim 30 procent terug tot 100 gezinnen.']) },
  { title: 'Een kortere wachttijd naast een getal van iets anders', text: plan(['Met 12 medewerkers verkort het team de wachttijd van 10 weken met 40 procent tot 6 weken.']) },
  { title: 'Twee niveaus van verschillende dingen zijn geen verandering', text: plan(['Van 400 woningen daalt het energieverbruik met 30 procent tot 2.800 kWh.']) },
  { title: 'Een stand tegenover die van jaren eerder die klopt', text: plan(['De dierenambulance reed 640 ritten in 2025 tegenover 800 twee jaar eerder, een daling van een vijfde.']) },
  { title: 'Een verlies tegenover een eerder jaar dat klopt', text: plan(['Er reden 18 buurtbussen in 2025 tegen 24 in 2022, een verlies van een kwart.']) },
  ...sentenceSeriesOk
]

/** Changes between two levels that the numbers contradict. */
export const levelChangesNotOk: RuleExample[] = [
  {
    title: 'Een daling met een percentage dat niet bij het nieuwe niveau past',
    text: plan(['Na de piek van 360 in 2025 zakt het aantal ritten in 2026 met 30 procent, tot 300.']),
    expected: ['Percentage `30 procent` klopt niet: van 360 naar 300 is 16,7%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groei met het partikel van het werkwoord voor het nieuwe niveau',
    text: plan(['Het aantal leerlingen van 1.200 in 2024 neemt tot 2032 met 10 procent toe, naar 1.260.']),
    expected: ['Percentage `10 procent` klopt niet: van 1.200 naar 1.260 is 5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een teruglopende wachtlijst met een te klein percentage',
    text: plan(['De wachtlijst van 150 gezinnen in 2024 loopt in 2026 met ruim 20 procent terug tot 100 gezinnen.']),
    expected: ['Percentage `ruim 20 procent` klopt niet: van 150 naar 100 is 33,3%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een stand met haar jaar tegenover die van jaren eerder',
    text: plan(['De bibliotheek telde 1.800 leden in 2025 tegenover 2.400 drie jaar eerder: een daling van ruim 30 procent.']),
    expected: ['Percentage `ruim 30 procent` klopt niet: van 2.400 naar 1.800 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een daling als breuk tegenover een eerder jaar',
    text: plan(['De dierenambulance reed 640 ritten in 2025 tegenover 800 twee jaar eerder, een daling van bijna een derde.']),
    expected: ['Percentage `bijna een derde` klopt niet: van 800 naar 640 is 20%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een verlies tegenover een eerder jaar dat geen bijna de helft is',
    text: plan(['Er reden 18 buurtbussen in 2025 tegen 24 in 2022, een verlies van bijna de helft.']),
    expected: ['Percentage `bijna de helft` klopt niet: van 24 naar 18 is 25%; pas het percentage of de getallen aan']
  },
  ...sentenceSeriesNotOk
]
