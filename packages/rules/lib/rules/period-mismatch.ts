import { lintRule, textLocation } from '../rule.js'
import { fictionalProgramme } from '../util/fictional-plan.js'
import { proseTexts } from '../util/text.js'

// "dit programma", "ons nieuwe beleidskader", "het voorliggende plan": this document.
const thisPlan = String.raw`\b(?:dit|deze|ons|onze|het\s+(?:huidige|nieuwe|voorliggende))\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:plan|programma|nota|kader|agenda|aanpak|visie|strategie|document)\b`
// A year range: `2025-2028`, `2025 – 2028`, `2025 t/m 2028`, `2025 tot en met 2028`, `2025 tot 2029`.
const range = String.raw`\b((?:19|20)\d{2})\s*(-|–|—|t\/m|tot en met|tot)\s*((?:19|20)\d{2})\b`
// Words between the plan and the range that make the range another thing's (a previous plan, a begroting, a law).
const other = /(?:vorig|eerder|voorgaand|\boude\b|vervolg|opvolger|begroting|wet\b|plan\b|programma|nota\b|kader\b|agenda|akkoord|visie|sinds|na afloop)/iu
const after = new RegExp(`${thisPlan}([^.!?;:\\n]{0,60}?)${range}`, 'giu')
const before = new RegExp(`${range}([^.!?;:\\n]{0,40}?)${thisPlan}`, 'giu')

/** Rule: the period the text gives this plan is the `periode` of its metadata. */
export const periodMismatch = lintRule(
  {
    id: 'period-mismatch',
    severity: 'warning',
    group: 'structuur',
    description: 'De looptijd die de tekst of de titel aan dit plan geeft, is de `periode` uit de frontmatter.',
    docs: {
      what: 'Zoekt jaartallen van een periode (`2025-2028`, `2025 t/m 2028`, `van 2025 tot 2029`) die in dezelfde zin over dit plan gaan ("dit programma", "deze nota", "ons beleidskader", ook "in de periode 2025-2028 werkt dit plan …") en in de titel van het document, en vergelijkt ze met `periode`. Een periode van iets anders telt niet: staat er tussen het plan en de jaren een ander stuk (het vorige plan, de begroting, een wet), dan hoort de periode daarbij. Bij "tot" (zonder "en met") mag het eindjaar ook één later zijn. Bijlagen en inspraakreacties tellen niet mee.',
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
        { title: 'Tot het jaar na het laatste jaar', text: fictionalProgramme(['# Inleiding', '', 'Deze aanpak loopt van 2025 tot 2029.']) }
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
        }
      ]
    }
  },
  (model, context) => {
    const periode = model.document?.periode
    if (!periode) return
    const report = (pointer: string, text: string, index: number, written: string): void => {
      const location = textLocation(context.file, pointer, text, index, written.length)
      context.report(
        `Periode \`${written}\` wijkt af van de looptijd \`${periode.start}-${periode.eind}\` in de frontmatter; pas de tekst of \`periode\` aan`,
        { pointer, ...(location ? { location } : {}), actual: written, expected: [`${periode.start}-${periode.eind}`] }
      )
    }
    const fits = (start: string, connector: string, end: string): boolean =>
      Number(start) === periode.start && (Number(end) === periode.eind || (connector === 'tot' && Number(end) === periode.eind + 1))
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
      for (const [pattern, gapGroup, firstYear] of [[after, 1, 2], [before, 4, 1]] as const) {
        for (const match of text.matchAll(pattern)) {
          if (other.test(match[gapGroup] ?? '')) continue
          const [start, connector, end] = [match[firstYear], match[firstYear + 1], match[firstYear + 2]].map((s) => (s ?? '').toLowerCase())
          if (fits(start ?? '', connector ?? '', end ?? '')) continue
          const written = new RegExp(range, 'iu').exec(match[0])
          if (!written) continue
          const index = match.index + written.index
          if (seen.has(index)) continue
          seen.add(index)
          report(pointer, text, index, written[0])
        }
      }
    }
  }
)
