import { financeSumMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A rounding declaration that names its size ("door afronding kunnen totalen 1 afwijken") is
// what the plan itself allows: a total further off breaks the plan's own statement, even when
// amounts rounded one by one could explain it. Fresh wordings, in thousands, millions and euros;
// the declaration by the table or in the chapter intro.
const table = (rows: string[]): string[] => ['| Post | 2026 | 2027 |', '|---|---|---|', ...rows]

const defects: DefectWording[] = [
  [
    'a total two off where the caption allows one',
    ['# Financiën', '', '## Lasten (x € 1.000)', '', ...table(['| Personeel | 412 | 418 |', '| Huisvesting | 96 | 97 |', '| Activiteiten | 230 | 245 |', '| Communicatie | 18 | 18 |', '| Totaal | 756 | 780 |']), '', 'Door afronding kunnen totalen 1 afwijken van de som van de regels.'],
    'hoogstens `1`'
  ],
  [
    'a total in millions 0,3 off where 0,1 is declared',
    ['# Wat mag het kosten?', '', 'Bedragen x € 1 mln. Door afronding op één decimaal kunnen totalen met 0,1 afwijken.', '', ...table(['| Jeugdhulp | 12,4 | 12,9 |', '| Wmo | 8,1 | 8,3 |', '| Participatie | 5,6 | 5,5 |', '| Schuldhulp | 1,2 | 1,2 |', '| Minimabeleid | 2,3 | 2,4 |', '| Totaal | 29,9 | 30,3 |'])],
    'hoogstens `0,1`'
  ],
  [
    'a subtotal off where the chapter intro declares a maximum',
    ['# Financiën', '', 'Alle bedragen in dit hoofdstuk zijn x € 1.000. Afrondingsverschillen van maximaal 1 zijn mogelijk.', '', '## Dekking', '', ...table(['| Rijksbijdrage | 150 | 150 |', '| Provincie | 75 | 80 |', '| Eigen middelen | 61 | 64 |', '| Subtotaal | 288 | 294 |'])],
    'hoogstens `1`'
  ]
]

const clean: CleanWording[] = [
  [
    'a total one off where one is declared',
    ['# Financiën', '', '## Lasten (x € 1.000)', '', ...table(['| Personeel | 412 | 418 |', '| Huisvesting | 96 | 97 |', '| Activiteiten | 230 | 245 |', '| Totaal | 739 | 760 |']), '', 'Door afronding kunnen totalen 1 afwijken van de som van de regels.']
  ],
  [
    'a total off within the amounts’ rounding where no size is declared',
    ['# Financiën', '', '## Lasten (x € 1.000)', '', ...table(['| Personeel | 412 | 418 |', '| Huisvesting | 96 | 97 |', '| Activiteiten | 230 | 245 |', '| Communicatie | 18 | 18 |', '| Totaal | 757 | 778 |']), '', 'Door afronding kunnen totalen afwijken van de som van de onderdelen.']
  ],
  [
    'a total that is as much higher as the text says',
    ['# Financiën', '', 'De bedragen zijn x € 1.000. In 2027 is het totaal door afronding 1 hoger dan de som van de regels.', '', '## Kosten', '', ...table(['| Onderzoek | 40 | 45 |', '| Uitvoering | 120 | 130 |', '| Totaal | 160 | 176 |'])]
  ],
  [
    'a table in euros with a margin in euros',
    ['# Financiën', '', '## Subsidies', '', 'Bedragen in euro’s, afgerond; door afronding kunnen verschillen van hooguit € 2 ontstaan.', '', ...table(['| Verenigingen | 12.400 | 12.500 |', '| Buurthuizen | 8.300 | 8.300 |', '| Totaal | 20.700 | 20.800 |'])]
  ]
]

describeWordings(financeSumMismatch, defects, clean)
