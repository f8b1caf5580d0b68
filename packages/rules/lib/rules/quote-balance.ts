import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { paragraphs, short, writtenTexts } from '../util/text.js'

/** Rule: quotation marks come in pairs. */
export const quoteBalance = lintRule(
  {
    id: 'quote-balance',
    severity: 'info',
    group: 'tekst',
    description: 'Aanhalingstekens staan in paren.',
    docs: {
      what: 'Telt per tekst (een citaat mag over meer alinea\'s lopen) of tabelcel de openende en sluitende aanhalingstekens: `“` tegen `”`, `‘` tegen `’` (een `’` voor een letter, zoals in `KPI’s`, is een apostrof) en het aantal `"`, dat even moet zijn. Een tekst waarin ze niet kloppen, geeft één melding bij het eerste teken dat geen partner heeft.',
      why: 'In de bronnen staat een sluitend `”` zonder openend teken en een citaat dat met `‘` opent en met `”` sluit; de lezer ziet niet waar het citaat begint of ophoudt.',
      ok: example(['# Visie', '', 'We noemen dit ‘de bedoeling’ en de “stip op de horizon”; de KPI’s volgen.']),
      notOk: example(['# Visie', '', 'De inwoner vraagt ons: wat is de huidige situatie en waar willen we naar toe?” Dat is de vraag.']),
      expected: ['Aanhalingsteken `”` heeft geen partner in `De inwoner vraagt ons: wat is de huidige …`; zet het ontbrekende teken of haal dit weg']
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

// Offset of the first quotation mark without a partner, if any.
function unpaired(text: string): number | undefined {
  const open: Record<string, number[]> = { '“': [], '‘': [] }
  const lonely: number[] = []
  const straight: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (ch === '“' || ch === '‘') open[ch]?.push(i)
    else if (ch === '”' || ch === '’') {
      // An apostrophe (`KPI’s`, `’s avonds`) is followed by a letter.
      if (ch === '’' && /\p{L}/u.test(text.charAt(i + 1))) continue
      const stack = open[ch === '”' ? '“' : '‘'] ?? []
      if (stack.length > 0) stack.pop()
      else lonely.push(i)
    } else if (ch === '"') straight.push(i)
  }
  const all = [...lonely, ...(open['“'] ?? []), ...(open['‘'] ?? []), ...(straight.length % 2 === 1 ? [straight.at(-1) ?? 0] : [])]
  return all.length === 0 ? undefined : Math.min(...all)
}
