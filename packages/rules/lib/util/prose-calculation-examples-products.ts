import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a count of groups of a size with a total
// (group-products), a rate after `elk voor` (rate-products), a deficit or surplus after an income
// and a cost (deficit-balances) and a price per unit a paragraph or two before a count and its
// total (carried-priced-counts).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`
// An income split into two parts after a colon, a cost, and the deficit.
const dorpshuis = (tekort: string): string[] => [`Het dorpshuis ontving in 2026 € 38.500: € 30.000 aan huur en € 8.500 uit de bar. Daartegenover stonden € 41.000 aan uitgaven, wat een tekort van € ${tekort} gaf.`]
// A price per unit, a paragraph further a count of the unit and the total pointing back.
const zonneboilers = (totaal: string): string[] => ['De subsidie bedraagt € 1.800 per zonneboiler.', '', `In 2027 verwachten we 45 zonneboilers. Hiervoor is € ${totaal} nodig.`]
const dakisolatie = (count: string, total: string): string[] => ['De gemeente vergoedt € 650 per dakisolatie.', '', `In 2027 verwachten we 120 ${count}. ${total}`]

/** Groups, rates after `elk voor`, deficits and carried prices the rule stays quiet on. */
export const productsOk: RuleExample[] = [
  { title: 'Een aantal groepen van een grootte met een totaal dat klopt', text: plan(['Er komen zes ploegen van negen vrijwilligers, samen 54 vrijwilligers.']) },
  { title: 'Groepen van een geheel, geen grootte', text: plan(['We nodigen vier groepen van de basisschool uit, in totaal 96 kinderen.']) },
  { title: 'Groepen van verschillende grootte', text: plan(['We vormen vier groepen van tien tot vijftien deelnemers, in totaal 55 deelnemers.']) },
  { title: 'Sessies van een prijs met een totaal dat klopt', text: plan(['We bieden vijf sessies van € 350 aan, samen € 1.750.']) },
  { title: 'Een totaal van iets anders dan de grootte telt', text: plan(['Er komen drie teams van zes vrijwilligers, samen 40 begeleiders.']) },
  { title: 'Een deel van een fte na ieder voor, dat klopt', text: plan(['We zetten drie wijkverpleegkundigen in, ieder voor 0,8 fte, samen 2,4 fte.']) },
  { title: 'Elk voor iets zonder getal', text: plan(['Er komen vier coaches, elk voor een eigen wijk, samen goed voor 3,2 fte.']) },
  { title: 'Een aantal in woorden na elk, dat klopt', text: plan(['Er komen zes teams van elk negen vrijwilligers, samen 54 vrijwilligers.']) },
  { title: 'Een tekort na inkomsten in delen en kosten, dat klopt', text: plan(dorpshuis('2.500')) },
  { title: 'Een tekort terwijl de inkomsten de kosten overtreffen', text: plan(['Het dorpshuis kreeg € 44.000 binnen. De kosten waren € 41.000. Op de bar was er een tekort van € 2.000.']) },
  { title: 'Een bijdrage per jaar en eenmalige kosten met een tekort', text: plan(['De provincie draagt jaarlijks € 20.000 bij. De verbouwing kost € 65.000, een tekort van € 5.000.']) },
  { title: 'Een overschot dat klopt', text: plan(['De opbrengst van de braderie was € 18.400. De kosten waren € 15.900, zodat we € 2.500 overhouden.']) },
  { title: 'Een prijs per eenheid eerder in de tekst, een aantal en een totaal dat klopt', text: plan(zonneboilers('81.000')) },
  { title: 'Twee prijzen voor dezelfde eenheid', text: plan(['Een lantaarnpaal kost € 1.450 per lantaarnpaal in de kern en € 1.900 per lantaarnpaal in het buitengebied.', '', 'In 2027 vervangen we 40 lantaarnpalen. Daarmee is € 64.000 gemoeid.']) },
  { title: 'Een aantal van iets anders dan de eenheid van de prijs', text: plan(dakisolatie('aanvragen', 'Hiervoor is € 84.000 nodig.')) },
  { title: 'Een totaal naast een deel dat elders gedekt is', text: plan(dakisolatie('dakisolaties', 'Hiervoor is naast de rijksbijdrage € 84.000 nodig.')) }
]

/** Groups, rates after `elk voor`, deficits and carried prices the rule reports. */
export const productsNotOk: RuleExample[] = [
  {
    title: 'Een aantal groepen van een grootte met een totaal',
    text: plan(['We vormen vier lesgroepen van twaalf leerlingen, samen 52 leerlingen.']),
    expected: [fout('4 × 12', '52', '48')]
  },
  {
    title: 'Groepen van een grootte met een totaal aan plaatsen',
    text: plan(['Het buurthuis start zes kookgroepen van acht deelnemers, in totaal 54 plaatsen.']),
    expected: [fout('6 × 8', '54', '48')]
  },
  {
    title: 'Een deel van een fte na ieder voor',
    text: plan(['We zetten drie wijkverpleegkundigen in, ieder voor 0,8 fte, samen 2,6 fte.']),
    expected: [fout('3 × 0,8', '2,6', '2,4')]
  },
  {
    title: 'Een aantal in woorden na elk, in cijfers in de berekening',
    text: plan(['Er komen zes teams van elk negen vrijwilligers, samen 56 vrijwilligers.']),
    expected: [fout('6 × 9', '56', '54')]
  },
  {
    title: 'Een tekort na inkomsten in delen en kosten',
    text: plan(dorpshuis('3.500')),
    expected: [fout('41.000 − 38.500', '3.500', '2.500')]
  },
  {
    title: 'Een overschot na een opbrengst en kosten',
    text: plan(['De opbrengst van de braderie was € 18.400. De kosten waren € 15.900, zodat we € 3.500 overhouden.']),
    expected: [fout('18.400 − 15.900', '3.500', '2.500')]
  },
  {
    title: 'Een overschrijding van een begroot bedrag',
    text: plan(['Voor de zomerschool was € 36.000 begroot. De uitgaven kwamen uit op € 41.500, een overschrijding van € 4.500.']),
    expected: [fout('41.500 − 36.000', '4.500', '5.500')]
  },
  {
    title: 'Een prijs per eenheid een alinea eerder, een aantal en het totaal in de zin erna',
    text: plan(zonneboilers('85.500')),
    expected: [fout('45 × 1.800', '85.500', '81.000')]
  },
  {
    title: 'Een prijs per eenheid twee alinea’s eerder en een totaal met waarvan',
    text: plan(['De gemeente vergoedt € 650 per dakisolatie.', '', 'Het rijk draagt ook bij via een eigen regeling.', '', 'In 2027 verwachten we 120 dakisolaties. Daarmee is € 84.000 gemoeid, waarvan € 30.000 uit het rijksfonds.']),
    expected: [fout('120 × 650', '84.000', '78.000')]
  }
]
