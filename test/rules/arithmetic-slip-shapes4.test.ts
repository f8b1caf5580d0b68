import { arithmeticSlip } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 4 cause: `à` (a price per item) was meant to cue a calculation, but `\bà\b` never matches
// (à is no ASCII word character), so a sentence whose only cue is `à` was skipped; and a
// budget verb or noun (`ramen`, `reserveren`, `uittrekken`, `raming`, `budget`) cues a
// calculation as much as `kost` does.
const defects: DefectWording[] = [
  ['a product with à and a named investment', ['# Wonen', '', 'Voor de tijdelijke woningen ramen we 140 woningen à € 85.000, een investering van € 12,9 mln.'], '`€ 12,9 mln`'],
  ['a product with à in a list item', ['# Sport', '', '- We vervangen 36 lichtmasten à € 4.250: een uitgave van € 163.000.'], '`€ 163.000`'],
  ['a product with à in a table cell', ['# Groen', '', '| Maatregel | Raming |', '|---|---|', '| Bomen | 230 bomen à € 650, een post van € 159.500 |'], '`€ 159.500`'],
  ['a price before the count with à', ['# Jeugd', '', 'De gemeente koopt 48 laptops à € 725 voor de bibliotheek, een bedrag van € 37.800.'], '`€ 37.800`'],
  ['a count times a price with reserveren', ['# Jeugd', '', 'We reserveren voor 64 gezinnen van gemiddeld € 1.850 in 2027 € 128.400.'], '`€ 128.400`'],
]

const clean: CleanWording[] = [
  ['a product with à that holds', ['# Wonen', '', 'Voor de tijdelijke woningen ramen we 140 woningen à € 85.000, een investering van € 11,9 mln.']],
  ['à with an amount that is about something else', ['# Sport', '', '- We vervangen 36 lichtmasten à € 4.250; de velden kosten daarnaast € 780.000.']],
  ['à with a round unrelated budget', ['# Groen', '', 'We planten 230 bomen à € 650 en hebben voor onderhoud € 25.000 per jaar.']],
  ['à with the right product in a cell', ['# Groen', '', '| Maatregel | Raming |', '|---|---|', '| Bomen | 230 bomen à € 650, een post van € 149.500 |']],
  ['ramen with a product that holds', ['# Wonen', '', 'Voor 85 starterswoningen van € 220.000 ramen we € 18,7 mln.']],
  ['a budget unrelated to the count', ['# Sport', '', '- Voor 26 verenigingen is een budget van € 87.500 nodig; de bijdrage is € 3.750 per vereniging met meer dan 100 leden.']],
  ['reserveren with a product that holds', ['# Jeugd', '', 'We reserveren voor 64 gezinnen van gemiddeld € 1.850 in 2027 € 118.400.']]
]

describeWordings(arithmeticSlip, defects, clean)
