import { lintRule, textLocation } from '../rule.js'
import { fictionalProgramme } from '../util/fictional-plan.js'
import { duration, durationYears, exclusive, yearRange } from '../util/plan-period.js'
import { proseTexts } from '../util/text.js'

// "dit programma", "deze kadernota", "ons nieuwe beleidskader", "het voorliggende plan": this document.
const planNoun = String.raw`plan|programma|nota|kader|agenda|aanpak|visie|strategie|document`
const subject = (nouns: string): string =>
  String.raw`\b(?:dit|deze|ons|onze|het\s+(?:huidige|nieuwe|voorliggende))\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:${nouns})\b`
// A year range: `2025-2028`, `2025 – 2028`, `2025 t/m 2028`, `2025 tm 2028`, `2025 tot en met 2028`, `2025 tot 2029`.
const range = yearRange
// Words that make a range another thing's (a previous plan, a begroting, a law, figures of earlier years).
const other =
  /(?:vorig|eerder|voorgaand|\boude\b|vervolg|opvolger|begroting|wet\b|plan\b|programma|nota\b|kader\b|agenda|akkoord|visie|sinds|na afloop|cijfers|gegevens|monitor|onderzoek|meting|peiling|gemeten|\bliep\b|\bduurde\b|daarvoor)/iu
// Things that have a period of their own, and verbs in the past: a range next to them is theirs,
// even when the sentence also names a plan ("het vorige programma liep van 2019 tot en met 2022").
const otherThing =
  /(?:vorig|eerder|voorgaand|\boude\b|vervolg|opvolger|begroting|\bwet\b|akkoord|coalitie|subsidie|contract|overeenkomst|convenant|concessie|aanbesteding|regeling|verordening|pilot|project|\brijk\b|provincie|landelijk|kabinet|raadsperiode|collegeperiode|bestuursperiode|sinds|na afloop|cijfers|gegevens|monitor|onderzoek|meting|peiling|gemeten|\bliep\b|\bduurde\b|\bbesloeg\b|\bomvatte\b|\bbestreek\b|\bgold\b|\bhad\b|daarvoor)/iu
// A verb that gives a plan its period: "het programma beslaat …", "de nota heeft een looptijd van …".
const periodVerb = String.raw`(?:beslaat|beslaan|omvat|omvatten|bestrijkt|bestrijken|loopt|lopen|geldt|gelden|duurt|heeft\s+(?:een\s+)?(?:looptijd|planperiode|horizon)|geeft\s+(?:richting|koers|sturing)|richt\s+zich|beschrijft|is\s+(?:bedoeld|opgesteld|geschreven|gemaakt)|heeft\s+betrekking|zet\s+(?:de\s+)?koers\s+uit)`
// "Het programma beslaat …", "De nieuwe nota geldt …": a definite subject that the verb ties to a period.
const definiteNoun = String.raw`\b(?:het|de)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:${planNoun})`
const definite = String.raw`${definiteNoun}\s+${periodVerb}`
// The period named as such ("planperiode 2026-2031", "de looptijd is vier jaar: 2025 tot en met 2028"), or the
// document presented ("Voor u ligt het uitvoeringsprogramma Sport 2025-2028").
const periodNoun = String.raw`(?:\b(?:(?:plan|programma|beleids|uitvoerings)periode|looptijd|voor\s+u\s+ligt)\b|(?:^|\n)[ \t]*[*_]{0,2}periode[*_]{0,2}[ \t]*:)`
// Only the end: "dit plan loopt tot en met 2028", "heeft een looptijd tot 2029".
const endOnly = String.raw`\s+(?:loopt|lopen|geldt|gelden|duurt|heeft\s+een\s+looptijd)(?:\s+(?:door|nog))?\s+(t\/m|tot\s+en\s+met|tot)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot))`

/** The patterns of a period said of this document; `begroting` counts only when the document is one. */
function patterns(begroting: boolean): Array<{ pattern: RegExp; gap: number; first: number; elsewhere: RegExp }> {
  const thisPlan = subject(begroting ? `${planNoun}|begroting|meerjarenraming` : planNoun)
  return [
    { pattern: new RegExp(`${thisPlan}([^.!?;:\\n]{0,60}?)${range}`, 'giu'), gap: 1, first: 2, elsewhere: other },
    { pattern: new RegExp(`${range}([^.!?;:\\n]{0,40}?)${thisPlan}`, 'giu'), gap: 4, first: 1, elsewhere: other },
    { pattern: new RegExp(`${definite}([^.!?;:\\n]{0,60}?)${range}`, 'giu'), gap: 1, first: 2, elsewhere: otherThing },
    { pattern: new RegExp(`${periodNoun}([^.!?;\\n]{0,50}?)${range}`, 'giu'), gap: 1, first: 2, elsewhere: otherThing }
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
      what: 'Zoekt jaartallen van een periode (`2025-2028`, `2025 t/m 2028`, `van 2025 tot 2029`) die in dezelfde zin over dit plan gaan ("dit programma", "deze nota", "ons beleidskader", ook "in de periode 2025-2028 werkt dit plan …") en in de titel van het document, en vergelijkt ze met `periode`. Een periode van iets anders telt niet: staat er tussen het plan en de jaren een ander stuk (het vorige plan, de begroting, een wet), dan hoort de periode daarbij. Alleen het eindjaar telt ook ("dit plan loopt tot en met 2028"). "Tot" (zonder "en met") telt het genoemde jaar niet mee: "van 2025 tot 2029" is 2025-2028. Begroting en meerjarenraming zijn dit stuk alleen als het document een begroting is. Een zin die eerst over iets anders gaat (het vorige plan, cijfers over eerdere jaren) telt niet mee. Ook de andere vormen waarin plannen hun looptijd noemen tellen: "het programma beslaat/omvat/bestrijkt/heeft een looptijd van …", "geeft richting voor de periode …", "planperiode 2026-2031", "de looptijd is vier jaar: 2025 tot en met 2028", "Voor u ligt het uitvoeringsprogramma 2025-2028", met `t/m`, `tm` of `t.e.m.`; maar niet als de zin over iets anders met een eigen looptijd gaat (een subsidie, een contract, het coalitieakkoord, het vorige programma, de verleden tijd). Een duur van dit plan ("dit vierjarige programma", "de looptijd is drie jaar", "in de komende drie jaar werkt dit programma …") moet passen bij het aantal jaren van `periode` (voor `2023-2027` zijn vier en vijf jaar allebei goed: zo’n periode is vaak een raadsperiode van vier jaar); staan er jaren achter ("een vierjarig programma (2025-2027)"), dan tellen die. Bijlagen en inspraakreacties tellen niet mee.',
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
        {
          title: 'Een subsidie en een contract met een eigen looptijd',
          text: fictionalProgramme(['# Inleiding', '', 'De rijkssubsidie heeft een looptijd van 2025 tot en met 2026. Het vervoerscontract loopt drie jaar.'])
        },
        {
          title: 'Een duur die klopt, en een doeljaar',
          text: fictionalProgramme(['# Inleiding', '', 'Dit is een vierjarig programma. In de komende vier jaar werkt dit programma toe naar 2030, het jaar waarin we alle wijken willen bereiken.'])
        },
        {
          title: 'De planperiode goed genoemd, met tm',
          text: fictionalProgramme(['# Leeswijzer', '', 'Planperiode: 2025 tm 2028. Het programma bestrijkt daarmee de hele raadsperiode.'])
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
          title: 'Het programma bestrijkt andere jaren',
          text: fictionalProgramme(['# Leeswijzer', '', 'Het programma bestrijkt de jaren 2026 t/m 2029 en wordt jaarlijks bijgesteld.']),
          expected: ['Periode `2026 t/m 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: 'Een planperiode na een dubbele punt',
          text: fictionalProgramme(['# Leeswijzer', '', 'De looptijd is vier jaar: 2025 tot en met 2029.']),
          expected: ['Periode `2025 tot en met 2029` wijkt af van de looptijd `2025-2028` in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: 'Een duur die niet bij de periode past',
          text: fictionalProgramme(['# Inleiding', '', 'Dit tweejarige programma zet in op meedoen.']),
          expected: ['Looptijd `tweejarige` wijkt af van de looptijd `2025-2028` (4 jaar) in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: 'Het aantal komende jaren van dit plan',
          text: fictionalProgramme(['# Inleiding', '', 'In de komende vijf jaar werkt deze agenda aan een inclusieve gemeente.']),
          expected: ['Looptijd `vijf jaar` wijkt af van de looptijd `2025-2028` (4 jaar) in de frontmatter; pas de tekst of `periode` aan']
        },
        {
          title: 'Jaren tussen haakjes na "de komende drie jaar"',
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
    const ends = (connector: string, end: string): boolean => Number(end) === (exclusive(connector) ? periode.eind + 1 : periode.eind)
    const fits = (start: string, connector: string, end: string): boolean => Number(start) === periode.start && ends(connector, end)
    const begroting = /begroting/i.test(`${model.document?.titel ?? ''} ${model.document?.soort ?? ''}`)
    const thisPlan = subject(begroting ? `${planNoun}|begroting|meerjarenraming` : planNoun)
    const length = periode.eind - periode.start + 1
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
      for (const { pattern, gap, first, elsewhere } of patterns(begroting)) {
        for (const match of text.matchAll(pattern)) {
          if (elsewhere.test(match[gap] ?? '') || elsewhere.test(sentenceBefore(text, match.index))) continue
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
      // "dit plan loopt tot en met 2029", and with a definite subject ("het programma loopt tot 2030")
      // unless the sentence is about another thing's period.
      const endPatterns: Array<[RegExp, RegExp, boolean]> = [
        [new RegExp(thisPlan + endOnly, 'giu'), other, false],
        [new RegExp(definiteNoun + endOnly, 'giu'), otherThing, true]
      ]
      for (const [pattern, elsewhere, subjectToo] of endPatterns) for (const match of text.matchAll(pattern)) {
        const [connector = '', end = ''] = [match[1], match[2]]
        if (elsewhere.test(sentenceBefore(text, match.index)) || (subjectToo && elsewhere.test(match[0])) || ends(connector, end)) continue
        if (seen.has(match.index)) continue
        seen.add(match.index)
        const written = match[0].slice(match[0].search(/t\/m|tot/iu))
        report(pointer, text, match.index + match[0].length - written.length, written)
      }
      // A duration of this plan ("dit vierjarige programma", "de looptijd is vier jaar"): its count
      // of years, or the years in brackets after it, against the metadata.
      for (const said of planDurations(text, thisPlan)) {
        const years = [said.range?.[1], said.range?.[2], said.range?.[3]].map((s) => (s ?? '').toLowerCase().replace(/\s+/g, ' '))
        if (said.range && !fits(years[0] ?? '', years[1] ?? '', years[2] ?? '')) {
          if (!seen.has(said.range.index)) report(pointer, text, said.range.index, said.range[0])
          seen.add(said.range.index)
        } else if (said.years !== length && said.years !== length - 1) {
          // A period "2023-2027" is often a raadsperiode of four years (mid-2023 to mid-2027): both counts fit.
          const location = textLocation(context.file, pointer, text, said.index, said.written.length)
          context.report(
            `Looptijd \`${said.written}\` wijkt af van de looptijd \`${periode.start}-${periode.eind}\` (${length} jaar) in de frontmatter; pas de tekst of \`periode\` aan`,
            { pointer, ...(location ? { location } : {}), actual: said.written, expected: [`${length} jaar`] }
          )
        }
      }
    }
  }
)

// "dit vierjarige programma", "een 4-jarig plan (2025-2028)" in a sentence about this plan.
const adjective = new RegExp(String.raw`${duration}\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:${planNoun})\b`, 'giu')
// "de looptijd is vier jaar", "heeft een looptijd van 4 jaar", "loopt vier jaar", "de komende drie jaar".
const framed = new RegExp(String.raw`\b(?:(looptijd)(?:\s+van\s+(?:dit|deze|het|de)\s+[\p{L}-]*(?:${planNoun}))?(?:\s+(?:van|is|bedraagt))?|(komende)|(?:duurt|loopt|periode\s+van))\s+(?:ruim\s+|circa\s+|precies\s+)?${duration}`, 'giu')
// "looptijd van de subsidie": the looptijd of something that is not a plan.
const ofOther = new RegExp(String.raw`looptijd\s+van\s+(?:de|het|een)\s+(?![\p{L}-]*(?:${planNoun})\b)`, 'iu')
// A range right after the duration: "vierjarig programma (2025-2027)", "vier jaar: 2025 tot en met 2028".
const rangeAfter = new RegExp(String.raw`^\s*[(:,–-]?\s*(?:(?:van|voor)\s+)?(?:de\s+(?:jaren|periode)\s+)?${yearRange}`, 'iu')

/** A duration said of this plan, with the years that may follow it. */
interface PlanDuration {
  /** Offset of the duration in the text. */
  index: number
  /** The duration as written (`vier jaar`, `vierjarige`). */
  written: string
  /** The count of years. */
  years: number
  /** The year range right after it, with its offset in the text (groups: first, connector, last). */
  range?: RegExpExecArray
}

/**
 * Durations a text gives this plan. A sentence that also speaks of another thing with a period
 * of its own (a subsidy, the previous plan, the coalition) is left alone; "de komende drie jaar"
 * and "duurt vier jaar" count only in a sentence that names this plan.
 */
function planDurations(text: string, thisPlan: string): PlanDuration[] {
  const out: PlanDuration[] = []
  const named = new RegExp(`${thisPlan}|\\bvoor\\s+u\\s+ligt\\b|^\\s*(?:dit|het)\\s+is\\s+een\\b`, 'iu')
  for (const sentence of text.matchAll(/[^.!?;\n]+/g)) {
    const said = sentence[0]
    if (otherThing.test(said) || !/jaar|jarig/iu.test(said)) continue
    const about = named.test(said)
    // Where each duration is, and where a range after it would start.
    const found: Array<{ at: number; written: string; tail: number }> = []
    for (const m of said.matchAll(adjective)) {
      const written = new RegExp(duration, 'iu').exec(m[0])?.[0] ?? ''
      if (about && /jarig/iu.test(written)) found.push({ at: m.index, written, tail: m.index + m[0].length })
    }
    for (const m of said.matchAll(framed)) {
      // "de looptijd van de lening" is another thing's; "de looptijd" alone or "van het programma" is this plan's.
      if (m[1] && !about && ofOther.test(said)) continue
      if (!m[1] && !about) continue
      const written = new RegExp(duration, 'iu').exec(m[0])?.[0] ?? ''
      const at = m.index + m[0].length - written.length
      found.push({ at, written, tail: m.index + m[0].length })
    }
    for (const { at, written, tail } of found) {
      const years = durationYears(written)
      if (years === undefined) continue
      const duration: PlanDuration = { index: sentence.index + at, written, years }
      const range = rangeAfter.exec(said.slice(tail))
      if (range) {
        const digits = range[0].search(/\d/)
        range.index = sentence.index + tail + digits
        range[0] = range[0].slice(digits)
        duration.range = range
      }
      out.push(duration)
    }
  }
  return out
}

// The part of the sentence before `index`: "het vorige plan liep van 2021 tot 2025, dit plan …" speaks of another plan first.
// Walks back to the sentence start only, so many matches in a long text stay linear.
function sentenceBefore(text: string, index: number): string {
  let start = index
  while (start > 0 && !/[.!?;\n]/.test(text[start - 1] ?? '')) start--
  return text.slice(start, index)
}
