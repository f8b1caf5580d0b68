import { monthName, monthNames } from '@kapstok/nl'
import { lintRule, textLocation } from '../rule.js'
import { textExample as example } from '../util/text-examples.js'
import { noteWords } from '../util/notes.js'
import { paragraphs, proseTexts } from '../util/text.js'

type Form = { pattern: RegExp; advice: (m: RegExpMatchArray) => string | undefined }

const noYear = (): string => 'heeft geen jaar; schrijf de volledige datum'
const inWords = (day: string | undefined, month: string | undefined, year: string | undefined): string | undefined => {
  const d = Number(day)
  const m = Number(month)
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 ? `afwijkend geschreven; schrijf \`${d} ${monthName(m)} ${year}\`` : undefined
}
const forms: Form[] = [
  // `12/3`: day and month, no year; not a fraction (`2/3 van`), not `24/7`, not the date of a
  // working note (`3/4 overleg …`: internal-note-leak reports the note).
  {
    pattern: new RegExp(String.raw`(?<![\d/.,-])(\d{1,2})\/(\d{1,2})(?![\d/])(?![ \t]{0,3}(?:van|hiervan|daarvan|deel|e\b|ste\b|${noteWords}))`, 'giu'),
    advice: (m) => (m[0] !== '24/7' && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? noYear() : undefined)
  },
  { pattern: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g, advice: (m) => inWords(m[1], m[2], m[3]) },
  { pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, advice: (m) => inWords(m[3], m[2], m[1]) },
  // `2 oktober` without a year near it in the sentence, and not a yearly date.
  { pattern: new RegExp(String.raw`(?<!\d)(\d{1,2})[ \t]{1,3}(?:${monthNames.join('|')})(?!\p{L})`, 'giu'), advice: () => noYear() }
]
const year = /\b(?:19|20)\d{2}\b/
const yearly = /\b(?:jaarlijks|elk jaar|ieder jaar|per jaar|van het jaar)\b/i

/** Rule: dates in running text carry a year and one notation. */
export const dateFormatProse = lintRule(
  {
    id: 'date-format-prose',
    severity: 'info',
    group: 'tekst',
    description: 'Datums in lopende tekst hebben een jaar en één schrijfwijze (`27 januari 2021`).',
    docs: {
      what: 'Meldt datums in lopende tekst zonder jaar (`12/3`, `2 oktober`) en datums in cijfers (`14-3-2025`, `2025-08-24`), met de schrijfwijze in woorden als voorstel; per alinea en vorm één melding. Niet gemeld: een datum zonder jaar in een zin die het jaar al noemt (`op 3 maart en 14 april 2026`, `in 2026 … op 2 oktober`), een datum die elk jaar terugkomt (`jaarlijks op 1 april`), breuken (`2/3 van de gevallen`), `24/7`, datums in een webadres, en een maand met alleen een jaar (`medio 2026`). De datum van een werkaantekening (`3/4 overleg`) meldt `internal-note-leak`.',
      why: 'Een stuk wordt jaren later nog gelezen: "2 oktober" zegt dan niet welk jaar, en vier schrijfwijzen door elkaar maken zoeken en vergelijken lastig.',
      ok: [
        { title: 'Volledige datums in woorden', text: example(['# Proces', '', 'Het college stelde het plan op 4 februari 2025 vast; de raad besprak het op 13 maart 2025.']) },
        { title: 'Het jaar eerder of later in de zin', text: example(['# Proces', '', 'In 2026 praten we op 3 maart en 14 april met inwoners, en op 15 mei en 10 juni 2027 opnieuw.']) },
        { title: 'Een datum die elk jaar terugkomt', text: example(['# Proces', '', 'De aanbieders leveren jaarlijks vóór 1 april hun verantwoording aan.']) },
        { title: 'Breuken, 24/7 en een webadres', text: example(['# Toegang', '', 'In 2/3 van de gevallen is het team 24/7 bereikbaar; zie www.voorbeeld.nl/nieuws/12-3-2024.']) }
      ],
      notOk: [
        {
          title: 'Cijfers en een datum zonder jaar',
          text: example(['# Proces', '', 'Op 14-3-2025 sprak de raad erover; het verzoek is op 2 oktober verstuurd.']),
          expected: ['Datum `14-3-2025` afwijkend geschreven; schrijf `14 maart 2025`', 'Datum `2 oktober` heeft geen jaar; schrijf de volledige datum']
        },
        {
          title: 'Een datum als in een database',
          text: example(['# Proces', '', 'De inspraak liep tot 2025-08-24.']),
          expected: ['Datum `2025-08-24` afwijkend geschreven; schrijf `24 augustus 2025`']
        },
        {
          title: 'Dag en maand met een schuine streep',
          text: example(['# Proces', '', 'Het plan gaat op 12/3 naar de commissie.']),
          expected: ['Datum `12/3` heeft geen jaar; schrijf de volledige datum']
        },
        {
          title: 'Meer datums in één alinea',
          text: example(['# Proces', '', 'Bijeenkomsten: 5-8-2025, 12-8-2025 en 19-8-2025.']),
          expected: ['Datum `5-8-2025` afwijkend geschreven; schrijf `5 augustus 2025` (3× in deze alinea)']
        }
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of proseTexts(model)) {
      for (const paragraph of paragraphs(text)) {
        const urls = [...paragraph.text.matchAll(/(?:https?:\/\/|www\.)\S+/g)].map((m) => [m.index, m.index + m[0].length] as const)
        // One message per paragraph and form (a table of sources has one date per row).
        for (const { pattern, advice } of forms) {
          // Matches come in order: one cursor over the web addresses keeps this linear.
          let u = 0
          const inUrl = (index: number): boolean => {
            while (u < urls.length && (urls[u]?.[1] ?? 0) <= index) u++
            return (urls[u]?.[0] ?? Infinity) <= index
          }
          const hits = [...paragraph.text.matchAll(pattern)]
            .filter((m) => !inUrl(m.index) && (pattern !== forms[3]?.pattern || !yearNear(paragraph.text, m.index, m[0].length)))
            .map((m) => ({ m, advice: advice(m) }))
            .filter((hit): hit is { m: RegExpExecArray; advice: string } => hit.advice !== undefined)
          const first = hits[0]
          if (!first) continue
          const index = paragraph.index + first.m.index
          const location = textLocation(context.file, pointer, text, index, first.m[0].length)
          const more = hits.length > 1 ? ` (${hits.length}× in deze alinea)` : ''
          context.report(`Datum \`${first.m[0]}\` ${first.advice}${more}`, { pointer, ...(location ? { location } : {}), actual: first.m[0] })
        }
      }
    }
  }
)

// Whether the sentence around a date names its year, or calls it a yearly date.
function yearNear(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 100), index).split(/[.!?;]\s/).at(-1) ?? ''
  const after = text.slice(index + length, index + length + 60).split(/[.!?;:]/)[0] ?? ''
  return year.test(before) || year.test(after) || yearly.test(before) || yearly.test(after)
}
