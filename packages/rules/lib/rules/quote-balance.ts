import { lintRule, textLocation } from '../rule.js'
import { textExample as example } from '../util/text-examples.js'
import { paragraphs, short, writtenTexts } from '../util/text.js'

/** Rule: quotation marks come in pairs. */
export const quoteBalance = lintRule(
  {
    id: 'quote-balance',
    severity: 'info',
    group: 'tekst',
    description: 'Aanhalingstekens staan in paren.',
    docs: {
      what: 'Telt per tekst (een citaat mag over meer alinea\'s lopen) of tabelcel de openende en sluitende aanhalingstekens: `„` of `“` tegen `”`, `‘` tegen `’` (een `’` voor een letter, zoals in `KPI’s`, is een apostrof, en zonder `‘` in de tekst is elke `’` er een) en het aantal `"`, dat even moet zijn. Een tekst waarin ze niet kloppen, geeft één melding bij het eerste teken dat geen partner heeft.',
      why: 'Een citaat met één teken laat de lezer niet zien waar het begint of ophoudt.',
      ok: [
        { title: 'Paren van enkele en dubbele tekens en een apostrof', text: example(['# Visie', '', 'We noemen dit ‘de bedoeling’ en de “stip op de horizon”; de KPI’s volgen.']) },
        { title: 'Het Nederlandse lage openingsteken', text: example(['# Visie', '', 'De raad sprak van „samen doen”, en dat is ons motto.']) },
        { title: 'Rechte tekens in paren en apostroffen zonder enkele aanhalingstekens', text: example(['# Visie', '', 'Het motto "Beekdal doet mee" staat op de website van de kinderen’ school en ’s avonds op de borden.']) }
      ],
      notOk: [
        {
          title: 'Een sluitend teken zonder begin',
          text: example(['# Visie', '', 'De buurt zegt: maak de speeltuin weer open.” Dat doen we.']),
          expected: ['Aanhalingsteken `”` heeft geen partner in `De buurt zegt: maak de speeltuin weer ope…`; zet het ontbrekende teken of haal dit weg']
        },
        {
          title: 'Een openend teken zonder einde',
          text: example(['# Visie', '', 'Ons motto is ‘samen doen en dat blijft zo.']),
          expected: ['Aanhalingsteken `‘` heeft geen partner in `Ons motto is ‘samen doen en dat blijft zo.`; zet het ontbrekende teken of haal dit weg']
        },
        {
          title: 'Een oneven aantal rechte tekens',
          text: example(['# Visie', '', 'Het motto "Beekdal doet mee staat op de website.']),
          expected: ['Aanhalingsteken `"` heeft geen partner in `Het motto "Beekdal doet mee staat op de w…`; zet het ontbrekende teken of haal dit weg']
        }
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of writtenTexts(model)) {
      // A quote may run over several paragraphs: count the whole text.
      const lonely = unpaired(text)
      if (lonely === undefined) continue
      const paragraph = paragraphs(text).filter((p) => p.index <= lonely).at(-1)?.text ?? text
      const location = textLocation(context.file, pointer, text, lonely, 1)
      context.report(
        `Aanhalingsteken \`${text.charAt(lonely)}\` heeft geen partner in \`${short(paragraph, 42)}\`; zet het ontbrekende teken of haal dit weg`,
        { pointer, ...(location ? { location } : {}), actual: text.charAt(lonely) }
      )
    }
  }
)

// Offset of the first quotation mark without a partner, if any. `„` opens like `“`; a `’`
// before a letter is an apostrophe (`KPI’s`, `’s avonds`), and without any `‘` in the text
// every `’` is one (`de kinderen’ ouders`).
function unpaired(text: string): number | undefined {
  const open: Record<string, number[]> = { '“': [], '‘': [] }
  const singles = text.includes('‘')
  let first: number | undefined
  let straight: number[] = []
  const lonely = (i: number): void => {
    if (first === undefined || i < first) first = i
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (ch === '“' || ch === '„') open['“']?.push(i)
    else if (ch === '‘') open['‘']?.push(i)
    else if (ch === '”' || (ch === '’' && singles && !/\p{L}/u.test(text.charAt(i + 1)))) {
      const stack = open[ch === '”' ? '“' : '‘'] ?? []
      if (stack.length > 0) stack.pop()
      else lonely(i)
    } else if (ch === '"') straight = straight.length === 1 ? [] : [i]
  }
  for (const stack of Object.values(open)) if (stack[0] !== undefined) lonely(stack[0])
  if (straight[0] !== undefined) lonely(straight[0])
  return first
}
