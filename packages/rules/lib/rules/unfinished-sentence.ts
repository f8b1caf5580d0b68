import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { paragraphs, proseTexts } from '../util/text.js'

const dangling = new Set([
  'en', 'of', 'maar', 'tenzij', 'omdat', 'dat', 'die', 'als', 'zodat', 'want', 'wanneer', 'doordat', 'hoewel',
  'de', 'het', 'een', 'van', 'voor', 'met', 'aan', 'op', 'naar', 'door', 'bij', 'om', 'te', 'afhankelijk'
])

/** Rule: sentences are finished. */
export const unfinishedSentence = lintRule(
  {
    id: 'unfinished-sentence',
    severity: 'error',
    severityByStatus: { concept: 'warning' },
    group: 'tekst',
    description: 'Zinnen zijn af: geen alinea die eindigt op een voegwoord, of op een dubbele punt zonder opsomming.',
    docs: {
      what: 'Meldt alinea\'s in lopende tekst die zonder leesteken eindigen op een woord dat iets aankondigt (`en`, `tenzij`, `omdat`, `van`, `afhankelijk`, …), en tekst die eindigt op een dubbele punt zonder dat er een opsomming volgt.',
      why: 'In de bronnen eindigt een voorwaarde op "…aangeboden, tenzij" en een opsomming op "gerealiseerd:" zonder lijst: de lezer mist precies het deel waar het om gaat.',
      ok: example(['# Toegang', '', 'Hulp wordt aangeboden, tenzij de inwoner die zelf kan regelen.', '', 'Dit is gerealiseerd:', '', '- een loket']),
      notOk: example(['# Toegang', '', 'Hulp wordt aangeboden, tenzij', '', 'Dit is gerealiseerd:']),
      expected: [
        'Zin eindigt op `tenzij`; maak de zin af',
        'Tekst eindigt op een dubbele punt zonder opsomming; voeg de opsomming toe of maak de zin af'
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of proseTexts(model)) {
      const parts = paragraphs(text)
      parts.forEach((paragraph, i) => {
        const body = paragraph.text
        if (/^[|#>]/.test(body) || /^\s*(?:[-*+]|\d+[.)])\s/.test(body)) return
        const last = /([\p{L}]+)\s*$/u.exec(body)
        if (last && dangling.has((last[1] ?? '').toLowerCase())) {
          const index = paragraph.index + last.index
          const location = textLocation(context.file, pointer, text, index, (last[1] ?? '').length)
          context.report(`Zin eindigt op \`${last[1]}\`; maak de zin af`, { pointer, ...(location ? { location } : {}) })
        } else if (body.endsWith(':') && i === parts.length - 1) {
          const index = paragraph.index + body.length - 1
          const location = textLocation(context.file, pointer, text, index, 1)
          context.report('Tekst eindigt op een dubbele punt zonder opsomming; voeg de opsomming toe of maak de zin af', {
            pointer,
            ...(location ? { location } : {})
          })
        }
      })
    }
  }
)
