import { offsetLocation, type PlanFile } from '@kapstok/core'
import { lintRule, textLocation } from '../rule.js'
import { replaceFix, type Fix } from '../fix.js'
import { conversionNotOk, conversionOk } from '../util/conversion-examples.js'
import { modelTables } from '../util/model-tables.js'
import { scanTable } from '../util/table-rows.js'
import { paragraphs, short, writtenTexts } from '../util/text.js'

/** One kind of residue found by a pattern in running text or a cell. */
interface Kind {
  /** Pattern; each starts with a look-behind or a rare character, so no match attempt scans a long run of letters twice. */
  pattern: RegExp
  /** Name of the kind, in Dutch, for the message. */
  what: string
  /** What to do, in Dutch. */
  advice: string
  /** Whether a match really is residue (optional: every match is). */
  keep?: (match: RegExpMatchArray) => boolean
  /** The repaired text of a match, for `check --fix` (optional: no fix). */
  repair?: (match: string) => string
}

const join = 'voeg het woord samen'
// Words after which a single letter is a label (`bijlage b`, `plan b`), not a cut-off end.
const labels = new Set(['bijlage', 'artikel', 'lid', 'onderdeel', 'sub', 'punt', 'plan', 'type', 'vitamine', 'fase', 'optie', 'variant', 'scenario', 'categorie', 'klasse', 'model', 'niveau', 'groep', 'deel', 'versie', 'kolom', 'rij', 'route', 'letter', 'onder', 'stap', 'bijlagen'])

const kinds: Kind[] = [
  { pattern: /<\/?(?:br|span|div|p|font|b|i|u|sup|sub|strong|em)\b[^<>\n]{0,200}>/gi, what: 'HTML-code', advice: 'haal de code weg of schrijf de opmaak in Markdown' },
  // A formula between dollars with a command in it, or a command on its own.
  {
    pattern: /\$[^$\n]{0,200}\\[a-zA-Z%][^$\n]{0,200}\$|\\(?:frac|times|cdot|div|pm|approx|sqrt|euro|leq|geq)(?![a-zA-Z])|\\%/g,
    what: 'LaTeX-code',
    advice: 'schrijf de formule in gewone tekens (`×`, `/`, `%`)'
  },
  {
    pattern: /\[([^\[\]\n]{1,300})\]\(#\)/g,
    what: 'lege link',
    advice: 'laat de tekst staan zonder link, of geef het doel',
    repair: (match) => match.slice(1, match.lastIndexOf(']('))
  },
  // Not an image (`![](grafiek.png)`), whose empty brackets are a missing caption.
  { pattern: /(?<![\]!])\[\]\([^()\s]{0,300}\)/g, what: 'link zonder tekst', advice: 'geef de link een tekst of haal hem weg' },
  { pattern: /\bpagina\s{1,3}\d+\s{1,3}van\s{1,3}\d+\b/gi, what: 'paginanummer', advice: 'haal het weg' },
  // `samen- werking`; not `in- en uitstroom`, not `zorg- welzijns- en onderwijsinstellingen`,
  // not the end of a remark between dashes (`we hebben - noodgedwongen- ervaren`).
  {
    pattern: /(?<![\p{L}\p{N}])(?<![-–] )\p{L}\p{Ll}+- (?!(?:en|of|tot|noch|dan|als|maar|en\/of|c\.q\.|respectievelijk)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}\p{N}-])/gu,
    what: 'afbreekstreep',
    advice: join,
    // Two vowels meeting keep their hyphen (`zee-egel`).
    repair: (match) => match.replace(/([aeiou]?)- (\p{Ll})/u, (_, vowel: string, next: string) => (vowel && /[aeiou]/.test(next) ? `${vowel}-${next}` : vowel + next))
  },
  // `besparin g`: one consonant left over from a word cut without a hyphen; not a label
  // (`bijlage b`), an enumeration (`b)`) or an abbreviation (`e.a.`).
  {
    pattern: /(?<![\p{L}\p{N}])(\p{L}\p{Ll}{3,}) [b-df-hj-np-tv-wyz](?=[\s,;:!?]|$)/gu,
    what: 'afgebroken woord',
    advice: join,
    keep: (m) => !labels.has((m[1] ?? '').toLowerCase()),
    repair: (match) => match.replace(' ', '')
  },
  { pattern: /(?<!\p{L})\p{L}*\p{Ll},\p{L}{2,}/gu, what: 'ontbrekende spatie', advice: 'zet de spatie terug' },
  { pattern: /(?<!\p{L})\p{L}*\p{Ll}[‘“]\p{Lu}\p{Ll}+/gu, what: 'ontbrekende spatie', advice: 'zet de spatie terug' }
]

const tableAdvice: Record<string, string> = {
  streepjesrij: 'haal de rij weg (`kapstok check --fix`)',
  vervolgrij: 'voeg de rij samen met de rij erboven (`kapstok check --fix`)'
}

/** A residue in one paragraph. */
interface Hit {
  index: number
  match: string
}

/** Rule: no residue of Word/PDF conversion in the text. */
export const conversionArtifact = lintRule(
  {
    id: 'conversion-artifact',
    severity: 'warning',
    group: 'tekst',
    fixable: true,
    description: 'Geen restanten van de omzetting uit Word of PDF: HTML- en LaTeX-code, lege links, paginanummers, afgebroken woorden, streepjesrijen en vervolgrijen in tabellen.',
    docs: {
      what: 'Zoekt in alle tekst naar HTML-tags (`<br>`, `<i>`, `<span>`), LaTeX (`$40 \\times 12$`, `\\frac`, `\\%`), lege links (`[tekst](#)`, `[](…)`), paginakoppen (`PAGINA 12 VAN 30`), woorden die met een afbreekstreep zijn gesplitst (`samen- werking`; niet bij een gedachtestreepje, `in- en uitstroom`, `sport- en beweegakkoord` of `zorg- welzijns- en onderwijsinstellingen`), woorden waarvan één letter los is geraakt (`besparin g`; niet `bijlage b`), ontbrekende spaties (`inwoners,bijvoorbeeld`, `visie“Samen`) en, in tabellen, rijen van alleen streepjes (`| -- | -- |`, niet de scheidingsrij onder de kop) en vervolgrijen: een rij waarvan elke gevulde cel de tekst of het bedrag van de cel erboven voortzet (`| | wijkcentra in elke kern. |` onder een cel die midden in een zin stopt, `0` onder `€ 250.00`). Een eerste kolom die leeg blijft om rijen te groeperen is geen vervolgrij: de cellen beginnen met een hoofdletter of zijn bedragen onder bedragen. Dat geldt ook voor de uitvoeringsagenda en de financiële tabellen die de lezer als rijen inleest: een agendarij met een lege of met een kleine letter beginnende activiteit die de afgebroken zin erboven afmaakt (en verder lege of ook doorlopende cellen), of een begrotingsrij zonder naam waarvan de bedragen de afgebroken bedragen erboven afmaken; een tweede actie onder hetzelfde thema met eigen datums, een rij zonder naam met volle bedragen en een subtotaal blijven eigen rijen. Een vervolgrij daar krijgt één melding van deze regel; de regels voor de agenda en de financiën lezen hem niet als eigen rij (geen `agenda-orphan-row` of `agenda-date-missing` erop, geen `amount-malformed` op het bedrag dat hij afmaakt). Per alinea (of tabel) en soort één melding, op de eerste plek, met het aantal; in de agenda en de financiële tabellen één melding per rij. Een bedrag met een spatie binnen één cel (`€ 200.00 0`) meldt `amount-malformed`. `kapstok check --fix` laat van een lege link de tekst staan, voegt afgebroken woorden samen, voegt vervolgrijen samen met de rij erboven (een bedrag zonder spatie), ook in de agenda en de financiële tabellen, en haalt streepjesrijen weg; de lezer doet dat nooit uit zichzelf.',
      why: 'Een tekst die uit Word of een PDF is overgenomen, houdt vaak tags, formules, lege links, afgebroken woorden en opgeknipte tabelrijen over; in een gegenereerd document horen die niet thuis, en een opgeknipte rij telt een bedrag of een zin als twee. Eén melding per alinea houdt de lijst leesbaar: de schrijver past de alinea in één keer aan.',
      ok: conversionOk,
      notOk: conversionNotOk
    }
  },
  (model, context) => {
    for (const { pointer, text } of writtenTexts(model)) {
      for (const paragraph of paragraphs(text)) {
        const groups = new Map<string, { advice: string; hits: Hit[]; repair?: (match: string) => string }>()
        for (const kind of kinds) {
          for (const m of paragraph.text.matchAll(kind.pattern)) {
            if (kind.keep && !kind.keep(m)) continue
            const group = groups.get(kind.what) ?? { advice: kind.advice, hits: [], ...(kind.repair ? { repair: kind.repair } : {}) }
            group.hits.push({ index: paragraph.index + m.index, match: m[0] })
            groups.set(kind.what, group)
          }
        }
        const table = scanTable(paragraph.text)
        for (const artifact of table?.artifacts ?? []) {
          const group = groups.get(artifact.what) ?? { advice: tableAdvice[artifact.what] ?? '', hits: [] }
          group.hits.push({ index: paragraph.index + artifact.index, match: artifact.match })
          groups.set(artifact.what, group)
        }
        // One fix joins the whole table; it goes with the first of its messages.
        let tableFix = table && table.joined !== paragraph.text ? spanFix(context.file, pointer, text, paragraph.index, paragraph.text, table.joined) : undefined
        const ordered = [...groups].sort(([, a], [, b]) => (a.hits[0]?.index ?? 0) - (b.hits[0]?.index ?? 0))
        for (const [what, { advice, hits, repair }] of ordered) {
          const first = hits[0]
          if (!first) continue
          const location = textLocation(context.file, pointer, text, first.index, first.match.length)
          const count = hits.length > 1 ? `, ${hits.length}× in deze alinea` : ''
          let fix: Fix | undefined
          if (repair) fix = repairFix(context.file, pointer, text, hits, repair)
          else if (tableAdvice[what] && tableFix) [fix, tableFix] = [tableFix, undefined]
          context.report(`Opmaakrestant \`${short(first.match, 50)}\` (${what}${count}); ${advice}`, {
            pointer,
            ...(location ? { location } : {}),
            actual: first.match,
            ...(fix ? { fix } : {})
          })
        }
      }
    }
    // Tables the reader turned into agenda or finance rows: one message per row, at the row,
    // the fix (the whole table joined) with the first.
    for (const table of modelTables(model, context.file)) {
      let fix = table.scan.joined !== table.text ? replaceFix(context.file, table.location, table.text, table.scan.joined) : undefined
      for (const artifact of table.artifacts) {
        const location = offsetLocation(table.location, table.text, artifact.index, artifact.match.length)
        context.report(`Opmaakrestant \`${short(artifact.match, 50)}\` (${artifact.what}); ${tableAdvice[artifact.what]}`, {
          ...(artifact.row ? { pointer: artifact.row } : {}),
          location,
          actual: artifact.match,
          ...(fix ? { fix } : {})
        })
        fix = undefined
      }
    }
  }
)

// One fix for all hits of a kind in a paragraph: the span from the first to the last, with
// each hit repaired and the text between them kept.
function repairFix(file: PlanFile, pointer: string, text: string, hits: Hit[], repair: (match: string) => string): Fix | undefined {
  const sorted = [...hits].sort((a, b) => a.index - b.index)
  const start = sorted[0]!.index
  let out = ''
  let at = start
  for (const hit of sorted) {
    if (hit.index < at) return undefined
    out += text.slice(at, hit.index) + repair(hit.match)
    at = hit.index + hit.match.length
  }
  return spanFix(file, pointer, text, start, text.slice(start, at), out)
}

// A fix replacing `slice` (at `index` of the value `text`) with `replacement`, when the source
// holds the value verbatim there.
function spanFix(file: PlanFile, pointer: string, text: string, index: number, slice: string, replacement: string): Fix | undefined {
  const location = textLocation(file, pointer, text, index, slice.length)
  return replaceFix(file, location, slice, replacement)
}
