import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a count of equal parts of an arrangement
// (rows, racks, floors, units) of one size with their total (group-products).
const plan = (lines: string[]): string => example(['# Uitvoering', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Arrangements of equal parts whose total the rule stays quiet on. */
export const arrangementsOk: RuleExample[] = [
  { title: 'Rijen van een grootte met een totaal dat klopt, een woord ertussen', text: plan(['Op het marktterrein zetten we vier rijen van zeven kramen neer, samen 28 kramen.']) },
  { title: 'Rijen met iets anders erbij', text: plan(['De tribune krijgt vijf rijen van 16 stoelen en een rolstoelplek, samen 90 plaatsen.']) },
  { title: 'Verdiepingen van een oppervlakte met een totaal dat klopt', text: plan(['Het nieuwe wijkcentrum krijgt twee verdiepingen van 350 m², samen 700 m².']) }
]

/** Arrangements of equal parts whose total the rule reports. */
export const arrangementsNotOk: RuleExample[] = [
  {
    title: 'Rekken van een grootte met een totaal aan plaatsen',
    text: plan(['Bij het station komen vijf fietsrekken van tien plaatsen, goed voor 56 fietsplaatsen.']),
    expected: [fout('5 × 10', '56', '50')]
  },
  {
    title: 'Verdiepingen van een aantal woningen met een totaal',
    text: plan(['Het complex aan de Lindelaan telt drie verdiepingen van negen appartementen, in totaal 29 appartementen.']),
    expected: [fout('3 × 9', '29', '27')]
  },
  {
    title: 'Rijen waarvan het zelfstandig naamwoord voor een voorzetsel staat',
    text: plan(['We zetten vier rijen van elf kramen op, samen 48 kramen.']),
    expected: [fout('4 × 11', '48', '44')]
  }
]
