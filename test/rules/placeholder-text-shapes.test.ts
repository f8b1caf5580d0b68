import { describe, expect, it } from 'vitest'
import { placeholderText } from '@kapstok/rules'
import { checkMarkdown } from './helpers.js'
import { describeWordings, wordingsPlan, type CleanWording, type DefectWording } from './wordings.js'

// Shapes by cause (wave 3), fresh wordings in several places (prose, list item, table cell):
// 1. a working note in square brackets whose instruction is not its first word, or is a verb
//    the old list did not hold (`[stand opvragen bij …]`, `[cijfers … afwachten]`);
// 2. an ellipsis in the middle of a sentence, with words on both sides, where a number or
//    name belongs, whatever the words around it are;
// 3. PM as the budget notation in a sentence that gives its reason or says what it means.
const defects: DefectWording[] = [
  // 1. Bracketed notes.
  ['a note whose verb comes last', ['# Monitoring', '', 'De eerste rapportage verschijnt in [week nog invullen] 2027 en gaat naar de commissie.'], '`[week nog invullen]`'],
  ['a note that asks to request a figure', ['# Bereik', '', 'In 2025 bezochten [bezoekersaantal opvragen bij de bibliotheek] inwoners een taalcafé.'], '`[bezoekersaantal opvragen bij de bibliotheek]`'],
  ['a note that waits for figures, in a list item', ['# Cijfers', '', '- Het aantal meldingen van huiselijk geweld: [cijfers Veilig Thuis afwachten].', '- Het aantal huisverboden daalde van 31 naar 24.'], '`[cijfers Veilig Thuis afwachten]`'],
  ['a note in a table cell', ['# Resultaten', '', '| Indicator | Stand 2025 |', '|---|---|', '| Wachttijd schuldhulp | [stand per 1 juli navragen] |'], '`[stand per 1 juli navragen]`'],
  ['a note that the figure still follows', ['# Opvang', '', 'Het aantal gezinnen in de noodopvang schatten we op [getal volgt van de regio], met een stijgende lijn.'], '`[getal volgt van de regio]`'],
  // 2. An ellipsis in a sentence.
  ['an ellipsis for a number of rooms', ['# Huisvesting', '', 'De nieuwe sporthal krijgt … kleedkamers en een tribune voor tweehonderd bezoekers.'], '`…`'],
  ['an ellipsis after a verb of growth', ['# Meldingen', '', 'Het aantal meldingen over overlast steeg naar ... vorig jaar, vooral in het centrum.'], '`...`'],
  ['an ellipsis in a list item', ['# Vrijwilligers', '', '- In 2025 meldden zich … vrijwilligers aan bij de voedselbank.', '- De wachtlijst voor maatjes is verdwenen.'], '`…`'],
  ['an ellipsis in a table cell sentence', ['# Resultaten', '', '| Doel | Stand |', '|---|---|', '| Groene schoolpleinen | Daarvan zijn er … klaar |'], '`…`'],
  // 3. PM without a reason stays a placeholder.
  ['PM for a number of places', ['# Wonen', '', 'In Westhoek bouwen we PM woningen voor starters.'], '`PM`']
]

const clean: CleanWording[] = [
  ['a link in square brackets', ['# Bronnen', '', 'Zie [het rapport van de rekenkamer](https://example.org/rapport) voor de aanbevelingen.']],
  ['an editorial insertion in a quotation', ['# Visie', '', 'De jongerenraad schreef: “Wij willen dat zij [de wethouders] vaker naar ons toe komen.”']],
  ['a footnote number and sic', ['# Achtergrond', '', 'Het landelijk beeld is gunstig [1]; de brief spreekt van “schuldhulpverlenig” [sic].']],
  ['a source in brackets', ['# Cijfers', '', 'Ruim een op de tien inwoners is laaggeletterd [Bron: Stichting Lezen en Schrijven, 2024].']],
  ['an omission in a quotation', ['# Visie', '', 'In het coalitieakkoord staat: “Iedereen doet mee … ook wie extra steun nodig heeft.”']],
  ['an ellipsis as enzovoort after a list', ['# Aanbod', '', 'We denken aan sport, muziek, toneel … en nog veel meer.']],
  ['an ellipsis glued to a word', ['# Aanpak', '', 'We wachten af… en besluiten in het najaar.']],
  ['an ellipsis at the end of a list item', ['# Thema’s', '', '- wonen, zorg, welzijn …', '- werk en inkomen']],
  ['PM in a sentence with its reason after the verb particle', ['# Financiën', '', 'Voor de huur van het nieuwe pand nemen we PM op, omdat de onderhandelingen nog lopen.']],
  ['PM in a reason clause', ['# Financiën', '', 'Het tekort in 2029 is nog niet gedekt, omdat de bijdrage van de provincie voor dat jaar nog PM is.']],
  ['PM explained in a legend', ['# Financiën', '', 'Een streepje betekent dat er geen geld nodig is, PM dat het bedrag nog niet bekend is.']],
  ['PM as a post that stays on PM for a reason', ['# Financiën', '', 'De bijdragen voor 2030 hangen af van de evaluatie en staan daarom nog op PM.']]
]

describeWordings(placeholderText, defects, clean)

describe('placeholder-text place', () => {
  it('should report a placeholder after a finance table on its own line', async () => {
    const body = [
      '# Financiën',
      '',
      'Bedragen x € 1.000.',
      '',
      '| Post | 2026 | 2027 |',
      '|---|---|---|',
      '| Opvang | 120 | 130 |',
      '| Totaal | 120 | 130 |',
      '',
      'De stand van de reserve is op 1 januari 2026 € XX; de jaarrekening geeft de definitieve stand.'
    ]
    const file = await checkMarkdown(placeholderText, wordingsPlan(body))
    const line = wordingsPlan(body).split('\n').findIndex((l) => l.includes('€ XX')) + 1
    expect(file.messages.map((m) => [m.reason, m.line])).toEqual([['Tijdelijke tekst `XX`; vul de echte tekst in', line]])
  })
})

// Wave 3, more forms of the same causes: a note in parentheses that ends on its instruction, an
// ellipsis that ends the sentence after a preposition or a colon, two dots for an amount.
describeWordings(
  placeholderText,
  [
    ['a note in parentheses', ['# Planning', '', 'De nieuwe regeling gaat in per (ingangsdatum nog invullen) en geldt vier jaar.'], '`(ingangsdatum nog invullen)`'],
    ['an ellipsis after a preposition at the end', ['# Doelen', '', 'Het aantal vrijwillige maatjes groeit van 40 naar …'], '`…`'],
    ['an ellipsis after a colon in a list item', ['# Organisatie', '', '- Aanspreekpunt bij de gemeente: …', '- Trekker: team Samenleving'], '`…`'],
    ['two dots for an amount in a table cell', ['# Middelen', '', '| Post | Bedrag |', '|---|---|', '| Huur buurtkamer | € .. |'], '`..`']
  ],
  [
    ['a clause in parentheses ending on a verb of checking', ['# Kwaliteit', '', 'De kwaliteit van de opvang (die we elk jaar nakijken) is goed.']],
    ['an ellipsis after a list at the end', ['# Aanbod', '', 'Denk aan sport, muziek, dans …']],
    ['a colon before a list', ['# Organisatie', '', 'Het aanspreekpunt is:', '', '- team Samenleving']],
    ['an amount with a dash', ['# Middelen', '', '| Post | Bedrag |', '|---|---|', '| Huur buurtkamer | € - |']]
  ]
)
