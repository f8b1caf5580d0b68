import { monthName, monthNames } from '@kapstok/nl'
import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { paragraphs, proseTexts } from '../util/text.js'

const months = monthNames.join('|')
const forms: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  // `17/11`: day and month, no year.
  [/(?<![\d/.,-])(\d{1,2})\/(\d{1,2})(?![\d/])(?!\s*(?:van|hiervan|daarvan|deel|e\b|ste\b))/g, () => 'heeft geen jaar; schrijf de volledige datum'],
  // `27-1-2021`
  [/(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g, (m) => `afwijkend geschreven; schrijf \`${Number(m[1])} ${monthName(Number(m[2]))} ${m[3]}\``],
  // `2021-08-24` in running text
  [/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, (m) => `afwijkend geschreven; schrijf \`${Number(m[3])} ${monthName(Number(m[2]))} ${m[1]}\``],
  // `9 november` without a year
  // (a year later in the same enumeration counts: `15 april en 10 mei 2021`)
  [new RegExp(`(?<![\\d])(\\d{1,2})\\s+(?:${months})(?![\\p{L}])(?![^.;:]{0,40}?\\b(?:19|20)\\d{2}\\b)`, 'giu'), () => 'heeft geen jaar; schrijf de volledige datum']
]

/** Rule: dates in running text carry a year and one notation. */
export const dateFormatProse = lintRule(
  {
    id: 'date-format-prose',
    severity: 'info',
    group: 'tekst',
    description: 'Datums in lopende tekst hebben een jaar en één schrijfwijze (`27 januari 2021`).',
    docs: {
      what: 'Meldt datums in lopende tekst zonder jaar (`17/11`, `9 november`) en datums in cijfers (`27-1-2021`, `2021-08-24`), met de schrijfwijze in woorden als voorstel; per alinea en vorm één melding. Een datum zonder jaar in een opsomming die met een jaar eindigt (`15 april en 10 mei 2021`) en breuken (`2/3 van de gevallen`) tellen niet. Een maand met alleen een jaar (`medio 2021`, `november 2021`) wordt niet gemeld.',
      why: 'Een stuk wordt jaren later nog gelezen: "9 november" zegt dan niet welk jaar, en vier schrijfwijzen door elkaar maken zoeken en vergelijken lastig.',
      ok: example(['# Proces', '', 'Het college stelde het plan op 9 november 2021 vast; de raad besprak het op 27 januari 2022.']),
      notOk: example(['# Proces', '', 'Op 27-1-2021 sprak de raad erover; het verzoek is op 9 november verstuurd.']),
      expected: [
        'Datum `27-1-2021` afwijkend geschreven; schrijf `27 januari 2021`',
        'Datum `9 november` heeft geen jaar; schrijf de volledige datum'
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of proseTexts(model)) {
      for (const paragraph of paragraphs(text)) {
        // One message per paragraph and form (a table of sources has one date per row).
        for (const [pattern, advice] of forms) {
          // Not inside a web address (`…/2021/25-januari/19:30/12-1-…`).
          const hits = [...paragraph.text.matchAll(pattern)].filter((m) => !/(?:https?:|www\.)\S*$/.test(paragraph.text.slice(0, m.index)))
          const first = hits[0]
          if (!first) continue
          const index = paragraph.index + first.index
          const location = textLocation(context.file, pointer, text, index, first[0].length)
          const more = hits.length > 1 ? ` (${hits.length}× in deze alinea)` : ''
          context.report(`Datum \`${first[0]}\` ${advice(first)}${more}`, { pointer, ...(location ? { location } : {}), actual: first[0] })
        }
      }
    }
  }
)
