import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a share whose sentence names its part only by its subject, of a
// whole named by its noun, both counted in the sentences of the paragraph before it (share-subject-parts); and a part and
// its whole as the clause's two numbers right before the share.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// A hall priced in one sentence and paid for by two others in the next.
const hall = (share: string): string[] => [`De nieuwe sporthal kost € 5,4 miljoen. De provincie legt € 1,35 miljoen in en het Rijk € 675.000; de rest komt uit de gemeentelijke reserve. ${share}`]
// Members of a library, counted in one sentence and split in the next.
const members = (share: string): string[] => [`Bij de bibliotheek staan 560 leden ingeschreven. Van hen zijn er 112 scholier en 150 student. ${share}`]

/** Correct shares of a part named by its subject the rule stays quiet on. */
export const subjectPartsOk: RuleExample[] = [
  { title: 'Een bijdrage die de zin alleen bij haar betaler noemt, en die klopt', text: plan(hall('Daarmee betaalt het Rijk een achtste van de kosten.')) },
  { title: 'Twee betalers samen: de zin wijst niet één bedrag aan', text: plan(hall('Het Rijk en de provincie betalen samen ruim een derde van de kosten.')) },
  { title: 'Een aandeel van een ander bedrag dan wat de alinea telt', text: plan(hall('Daarmee besteedt het Rijk 2 procent van zijn sportbudget in onze gemeente.')) },
  { title: 'Een groep die de zin bij haar naam noemt, en die klopt', text: plan(members('De scholieren vormen een vijfde van alle leden.')) },
  { title: 'Een deel en zijn geheel vlak voor het aandeel, dat klopt', text: plan(['De stichting draagt € 15.000 bij aan de speeltuin van € 120.000, een achtste van de kosten.']) }
]

/** Shares of a part named by its subject the rule reports. */
export const subjectPartsNotOk: RuleExample[] = [
  {
    title: 'Een bijdrage die de zin alleen bij haar betaler noemt',
    text: plan(hall('Daarmee betaalt het Rijk bijna een vijfde van de kosten.')),
    expected: ['Percentage `bijna een vijfde` klopt niet: € 675.000 van € 5,4 miljoen is 12,5%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een groep die de zin bij haar naam noemt',
    text: plan(members('De scholieren vormen ruim een derde van alle leden.')),
    expected: ['Percentage `ruim een derde` klopt niet: 112 van 560 is 20%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel en zijn geheel vlak voor het aandeel',
    text: plan(['De stichting draagt € 15.000 bij aan de speeltuin van € 120.000, een kwart van de kosten.']),
    expected: ['Percentage `een kwart` klopt niet: € 15.000 van € 120.000 is 12,5%; pas het percentage of de getallen aan']
  }
]
