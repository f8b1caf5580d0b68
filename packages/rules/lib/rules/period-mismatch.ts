import { lintRule, textLocation } from '../rule.js'
import { fictionalProgramme } from '../util/fictional-plan.js'
import { proseTexts } from '../util/text.js'

// "dit programma", "deze kadernota", "ons nieuwe beleidskader", "het voorliggende plan": this document.
const planNoun = String.raw`plan|programma|nota|kader|agenda|aanpak|visie|strategie|document`
const subject = (nouns: string): string =>
  String.raw`\b(?:dit|deze|ons|onze|het\s+(?:huidige|nieuwe|voorliggende))\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:${nouns})\b`
// A year range: `2025-2028`, `2025 – 2028`, `2025 t/m 2028`, `2025 tot en met 2028`, `2025 tot 2029`.
const range = String.raw`\b((?:19|20)\d{2})\s*(-|–|—|t\/m|tot\s+en\s+met|tot)\s*((?:19|20)\d{2})\b`
// Words that make a range another thing's (a previous plan, a begroting, a law, figures of earlier years).
const other =
  /(?:vorig|eerder|voorgaand|\boude\b|vervolg|opvolger|begroting|wet\b|plan\b|programma|nota\b|kader\b|agenda|akkoord|visie|sinds|na afloop|cijfers|gegevens|monitor|onderzoek|meting|peiling|gemeten|\bliep\b|\bduurde\b|daarvoor)/iu
// Only the end: "dit plan loopt tot en met 2028", "heeft een looptijd tot 2029".
const endOnly = String.raw`\s+(?:loopt|lopen|geldt|gelden|duurt|heeft\s+een\s+looptijd)(?:\s+(?:door|nog))?\s+(t\/m|tot\s+en\s+met|tot)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot))`

/** The patterns of a period said of this document; `begroting` counts only when the document is one. */
function patterns(begroting: boolean): Array<{ pattern: RegExp; gap: number; first: number }> {
  const thisPlan = subject(begroting ? `${planNoun}|begroting|meerjarenraming` : planNoun)
  return [
    { pattern: new RegExp(`${thisPlan}([^.!?;:\\n]{0,60}?)${range}`, 'giu'), gap: 1, first: 2 },
    { pattern: new RegExp(`${range}([^.!?;:\\n]{0,40}?)${thisPlan}`, 'giu'), gap: 4, first: 1 }
  ]
}

/** Rule: the period the text gives this plan is the `periode` of its metadata. */
export const periodMismatch = lintRule(
  {
    id: 'period-mismatch',
    severity: 'warning',
    group: 'structuur',
    description: 'De looptijd die de tekst of de titel aan dit plan geeft, is de `periode` uit de frontmatter.',
    docs: {
      what: 'Zoekt jaartallen van een periode (`2025-2028`, `2025 t/m 2028`, `van 2025 tot 2029`) die in dezelfde zin over dit plan gaan ("dit programma", "deze nota", "ons beleidskader", ook "in de periode 2025-2028 werkt dit plan …") en in de titel van het document, en vergelijkt ze met `periode`. Een periode van iets anders telt niet: staat er tussen het plan en de jaren een ander stuk (het vorige plan, de begroting, een wet), dan hoort de periode daarbij. Alleen het eindjaar telt ook ("dit plan loopt tot en met 2028"). "Tot" (zonder "en met") telt het genoemde jaar niet mee: "van 2025 tot 2029" is 2025-2028. Begroting en meerjarenraming zijn dit stuk alleen als het document een begroting is. Een zin die eerst over iets anders gaat (het vorige plan, cijfers over eerdere jaren) telt niet mee. Bijlagen en inspraakreacties tellen niet mee.',
      why: 'Een plan dat in de tekst een andere looptijd noemt dan in zijn gegevens, laat de lezer raden tot wanneer het geldt, en welk van de twee is vastgesteld.',
      ok: [
        { title: 'Dezelfde looptijd in tekst en gegevens', text: fictionalProgramme(['# Inleiding', '', 'Dit programma loopt van 2025 tot en met 2028.']) },
        {
          title: 'De periode van het vorige programma',
          text: fictionalProgramme(['# Inleiding', '', 'Het vorige programma voor de periode 2021-2024 leverde veel op. Dit programma bouwt voort op dat programma 2021-2024.'])
        },
        {
          title: 'Een begroting met andere jaren',
          text: fictionalProgramme(['# Financiën', '', 'Dit programma past binnen de meerjarenbegroting 2026-2029 en de Wmo 2015.'])
        },
        { title: 'Tot het jaar na het laatste jaar', text: fictionalProgramme(['# Inleiding', '', 'Deze aanpak loopt van 2025 tot 2029.']) },
        {
          title: 'Eerdere jaren en een eerdere aanpak in dezelfde zin',
          text: fictionalProgramme([
            '# Inleiding',
            '',
            'Waar de vorige nota van 2021 tot en met 2024 liep, beslaat deze nota de jaren 2025 tot en met 2028. Dit plan is geschreven met cijfers over 2019-2023.'
          ])
        },
        { title: 'Alleen het eindjaar, goed genoemd', text: fictionalProgramme(['# Inleiding', '', 'Dit uitvoeringsprogramma loopt tot en met 2028; daarna volgt een evaluatie.']) }
      ],
      notOk: [
        {
          title: 'Een eindjaar dat afwijkt',
          text: fictionalProgramme(['# Inleiding', '', 'Dit programma voor de periode 2025–2027 zet in op meedoen.']),
          expected: ['Periode `2025–2027` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: 'De periode vóór het plan in de zin',
          text: fictionalProgramme(['# Inleiding', '', 'In de periode 2024-2028 werkt dit plan aan drie thema’s.']),
          expected: ['Periode `2024-2028` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: 'Een titel met andere jaren',
          text: fictionalProgramme(['# Inleiding', '', 'Iedereen doet mee.'], ['titel: Programma Meedoen 2025-2029']),
          expected: ['Periode `2025-2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: 'Een eindjaar met "loopt tot en met"',
          text: fictionalProgramme(['# Inleiding', '', 'Deze kadernota loopt tot en met 2029.']),
          expected: ['Periode `tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: '"Tot" in plaats van "tot en met"',
          text: fictionalProgramme(['# Inleiding', '', 'Dit programma geldt van 2025 tot 2028.']),
          expected: ['Periode `2025 tot 2028` wijkt af van de looptijd `2025-2028` in de frontmatter (`tot` telt het laatste jaar niet mee); pas de tekst of `periode` aan']
        },
        {
          title: 'Jaren tussen haakjes na "de komende vier jaar"',
          text: fictionalProgramme(['# Inleiding', '', 'In de komende vier jaar (2026–2029) werkt deze agenda aan meedoen.']),
          expected: ['Periode `2026–2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
        }
      ]
    }
  },
  (model, context) => {
    const periode = model.document?.periode
    if (!periode) return
    const report = (pointer: string, text: string, index: number, written: string): void => {
      const location = textLocation(context.file, pointer, text, index, written.length)
      // "2025 tot 2028" for 2025-2028: say why, the reader meant "tot en met".
      const exclusive = new RegExp(`\\btot\\s+${periode.eind}$`, 'u').test(written) ? ' (`tot` telt het laatste jaar niet mee)' : ''
      context.report(
        `Periode \`${written}\` wijkt af van de looptijd \`${periode.start}-${periode.eind}\` in de frontmatter${exclusive}; pas de tekst of \`periode\` aan`,
        { pointer, ...(location ? { location } : {}), actual: written, expected: [`${periode.start}-${periode.eind}`] }
      )
    }
    // `tot` excludes its year ("van 2025 tot 2029" ends with 2028); the other connectors include it.
    const ends = (connector: string, end: string): boolean => Number(end) === (/^tot$/i.test(connector) ? periode.eind + 1 : periode.eind)
    const fits = (start: string, connector: string, end: string): boolean => Number(start) === periode.start && ends(connector, end)
    const begroting = /begroting/i.test(`${model.document?.titel ?? ''} ${model.document?.soort ?? ''}`)
    const thisPlan = subject(begroting ? `${planNoun}|begroting|meerjarenraming` : planNoun)
    // A title speaks of this plan; only a title with one range is clear.
    for (const field of ['titel', 'ondertitel'] as const) {
      const text = model.document?.[field]
      const ranges = text ? [...text.matchAll(new RegExp(range, 'giu'))] : []
      const [match] = ranges
      if (text && ranges.length === 1 && match && !fits(match[1] ?? '', match[2] ?? '', match[3] ?? '')) {
        report(`/document/${field}`, text, match.index, match[0])
      }
    }
    for (const { pointer, text } of proseTexts(model)) {
      if (pointer.startsWith('/bijlagen/') || pointer.startsWith('/inspraak/')) continue
      const seen = new Set<number>()
      for (const { pattern, gap, first } of patterns(begroting)) {
        for (const match of text.matchAll(pattern)) {
          if (other.test(match[gap] ?? '') || other.test(sentenceBefore(text, match.index))) continue
          const [start, connector, end] = [match[first], match[first + 1], match[first + 2]].map((s) => (s ?? '').toLowerCase().replace(/\s+/g, ' '))
          if (fits(start ?? '', connector ?? '', end ?? '')) continue
          const written = new RegExp(range, 'iu').exec(match[0])
          if (!written) continue
          const index = match.index + written.index
          if (seen.has(index)) continue
          seen.add(index)
          report(pointer, text, index, written[0])
        }
      }
      for (const match of text.matchAll(new RegExp(thisPlan + endOnly, 'giu'))) {
        const [connector = '', end = ''] = [match[1], match[2]]
        if (other.test(sentenceBefore(text, match.index)) || ends(connector, end)) continue
        const written = match[0].slice(match[0].search(/t\/m|tot/iu))
        report(pointer, text, match.index + match[0].length - written.length, written)
      }
    }
  }
)

// The part of the sentence before `index`: "het vorige plan liep van 2021 tot 2025, dit plan …" speaks of another plan first.
// Walks back to the sentence start only, so many matches in a long text stay linear.
function sentenceBefore(text: string, index: number): string {
  let start = index
  while (start > 0 && !/[.!?;\n]/.test(text[start - 1] ?? '')) start--
  return text.slice(start, index)
}
