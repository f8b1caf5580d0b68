import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `finance-net-stated-vs-computed` for an action read from a pillar's
// list: its calculation is read as running text, also a deduction said in words.
const pillar = (action: string): string =>
  example(['# Pijlers', '', '## Pijler 1: Groen in de wijk {#p1}', '', 'We vergroenen de wijken samen met bewoners.', '', '### Wat doen we daarvoor?', '', `- ${action}`, '- We spreken elk kwartaal met de buurtteams.'], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Actions whose calculation holds. */
export const actionsOk: RuleExample[] = [
  { title: 'Een actie met een aftrek in woorden die klopt', text: pillar('Met 40 extra bomen besparen we 40 × € 250 = € 10.000 aan schade; na aftrek van € 3.000 voor onderhoud blijft € 7.000 over.') },
  { title: 'Een opbrengst met een aftrek die klopt', text: pillar('De verkoop van de oude gymzaal brengt € 420.000 op; na aftrek van € 78.000 sloopkosten resteert nog € 342.000 voor het dorpshuis.') },
  { title: 'Een budget met een aftrek die klopt', text: pillar('Het jeugdfonds krijgt € 90.000; na aftrek van € 17.500 voor beheer blijft € 72.500 over voor activiteiten.') },
  { title: 'Een pacht met een aftrek die klopt', text: pillar('De pacht van de volkstuinen levert € 36.000 op; na aftrek van € 9.000 voor het waterbeheer houden we € 27.000 over.') }
]

/** Actions whose calculation does not hold. */
export const actionsNotOk: RuleExample[] = [
  {
    title: 'Een actie met een aftrek in woorden die niet klopt',
    text: pillar('Met 40 extra bomen besparen we 40 × € 250 = € 10.000 aan schade; na aftrek van € 3.000 voor onderhoud blijft € 8.000 over.'),
    expected: [fout('10.000 − 3.000', '8.000', '7.000')]
  },
  {
    title: 'Een opbrengst met een aftrek die niet klopt',
    text: pillar('De verkoop van de oude gymzaal brengt € 420.000 op; na aftrek van € 78.000 sloopkosten resteert nog € 310.000 voor het dorpshuis.'),
    expected: [fout('420.000 − 78.000', '310.000', '342.000')]
  },
  {
    title: 'Een budget met een aftrek die niet klopt',
    text: pillar('Het jeugdfonds krijgt € 90.000; na aftrek van € 17.500 voor beheer blijft € 55.000 over voor activiteiten.'),
    expected: [fout('90.000 − 17.500', '55.000', '72.500')]
  }
]
