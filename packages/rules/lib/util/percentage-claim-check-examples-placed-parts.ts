import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a share drawn from a counted part (`…, zodat …`) that names
// the whole by another word and says only where its members are (`van de armaturen in de nieuwe wijken staat`).
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
const wrong = (said: string, basis: string): string[] => [`Percentage \`${said}\` klopt niet: ${basis}; pas het percentage of de getallen aan`]

/** Correct shares of a counted part with a place the rule stays quiet on. */
export const placedPartsOk: RuleExample[] = [
  { title: 'Een aandeel na `zodat` met een ander woord voor het geheel en een plaats, dat klopt', text: plan(['Van de 1.600 lantaarns zijn er 400 vervangen door led, zodat een kwart van de armaturen in de nieuwe wijken staat.']) },
  { title: 'Een geheel dat de plaats smaller maakt, met een ander werkwoord erna', text: plan(['Van de 1.600 lantaarns zijn er 400 vervangen door led, zodat ruim de helft van de armaturen in de binnenstad nog oud is.']) },
  { title: 'Een geheel in twee delen, met een aandeel dat bij het tweede deel past', text: plan(['Van de 640 bezoekers kwamen er 400 met de auto en 240 met de bus, zodat ruim een derde van het publiek uit de regio kwam.']) },
  { title: 'Een aandeel na `zodat` met een ander woord voor het geheel, dat klopt', text: plan(['Van de 330 mantelzorgers hebben er 110 een betaalde baan, zodat een derde van de helpers naast de zorg werkt.']) }
]

/** Shares of a counted part with a place that do not hold. */
export const placedPartsNotOk: RuleExample[] = [
  {
    title: 'Een aandeel na `zodat` met een ander woord voor het geheel, het werkwoord van plaats achteraan',
    text: plan(['Van de 1.600 lantaarns zijn er 400 vervangen door led, zodat ruim de helft van de armaturen in de nieuwe wijken staat.']),
    expected: wrong('ruim de helft', '400 van 1.600 is 25%')
  },
  {
    title: 'Een aandeel na `zodat` dat zegt waar de leden werken',
    text: plan(['Van de 330 mantelzorgers hebben er 110 een betaalde baan, zodat bijna de helft van de helpers in de zorg werkt.']),
    expected: wrong('bijna de helft', '110 van 330 is 33,3%')
  },
  {
    title: 'Een aandeel na `dus` met het werkwoord van plaats vooraan',
    text: plan(['Van de 900 marktbezoekers kwamen er 300 te voet, dus ruim de helft van het publiek kwam uit de eigen kern.']),
    expected: wrong('ruim de helft', '300 van 900 is 33,3%')
  },
  {
    title: 'Een geheel in twee delen, met een aandeel dat bij geen van beide past',
    text: plan(['Van de 640 bezoekers kwamen er 400 met de auto en 240 met de bus, zodat ruim 70 procent van het publiek uit de regio kwam.']),
    expected: wrong('ruim 70 procent', '400 van 640 is 62,5%')
  }
]
