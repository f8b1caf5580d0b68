/**
 * Year ranges in headings and table captions ("# Uitvoeringsprogramma Sport 2025-2029",
 * "Tabel 3. Begroting 2025–2029 (x € 1.000)") that name this plan's period. A heading or caption
 * says less than a sentence, so only two kinds count: the document's own title with years after
 * it, and a plan or budget noun with a range that shares one end with the plan's period (a range
 * sharing neither end is another thing's: the municipal meerjarenbegroting, a previous plan).
 * Used by `period-mismatch`.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { hasYearRange, yearRange } from './plan-period.js'

// What a heading or caption about this plan's own years is called.
const planOrBudget = /programma|plan\b|plannen|planning|nota\b|kader|agenda|aanpak|strategie|begroting|meerjarenraming|financi[eë]n|kosten|budget|middelen|dekking|uitvoering|activiteiten|acties|maatregelen|fasering|tijdpad/iu
/**
 * The plan's own schedule (`Planning`, `Uitvoering`, `Activiteiten`, `Fasering`): years in such a
 * heading are the plan's, also when shifted by a year from its period, the slip of a plan copied
 * from the year before. Money words are not in it: the municipal meerjarenbegroting runs on its
 * own years, often one year off the plan's.
 */
export const planSchedule = /planning|uitvoering|agenda|activiteiten|acties|maatregelen|fasering|tijdpad|werkplan/iu
// Headings about another thing or about the past.
const elsewhere =
  /vorig|eerder|voorgaand|\boude\b|vervolg|opvolger|terugblik|evaluatie|resultaten|realisatie|jaarrekening|verantwoording|coalitie|akkoord|subsidie|contract|regio\s*deal|raadsperiode|collegeperiode|cijfers|gegevens|monitor|onderzoek|meting|peiling|prognose|ontwikkeling|aantal|trend|sinds|\bwet\b|verordening|\brijk|provincie|landelijk|visie/iu
// A heading over the plan's period: "Looptijd", "3.2 Planperiode", "Looptijd van het programma", also
// as one of the topics it lists ("Doel, afbakening en looptijd", "Looptijd en monitoring"). Its section's
// first range is the plan's period.
const periodTopic = String.raw`(?:looptijd|(?:plan|programma|beleids)?periode|tijdvak|tijdpad)`
export const periodHeading = new RegExp(String.raw`^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[\p{L}-]+,\s+)*(?:[\p{L}-]+\s+en\s+)?${periodTopic}(?:\s+(?:van\s+)?(?:het|dit|de|deze)\s+[\p{L}-]+|\s+en\s+[\p{L}-]+)?\s*$`, 'iu')
// A part of the period by name (`fase 1`, `(eerste fase)`, `tranche 2`, `deel A`): its own years, not the plan's
// (`fasering` is the plan's schedule and stays).
export const partOfPeriod = /\b(?:fase|fasen|deel|tranche|jaarschijf|stap|pilotjaar|pilotperiode)\b/iu
// A caption line: "Tabel 3.", "Figuur 2:", "Overzicht 1 –".
// A table may carry its chapter's number (`Tabel 4.3`).
const captionLabel = /^\s*(?:[*_]{1,2})?(?:tabel|overzicht)\s+\d+(?:\.\d+)*[.:–-]?\s/iu

/** A range found in a heading or caption. */
export interface HeadingRange {
  /** Offset of the range in the text. */
  index: number
  /** The range as written. */
  written: string
  /** First year, connector, last year as written. */
  parts: [string, string, string]
  /** Whether the heading names the document itself (its title): then any difference counts. */
  titled: boolean
}

/**
 * The one year range of a heading or caption line that speaks of this plan's years.
 *
 * @param line The heading or caption.
 * @param offset Offset of `line` in its text.
 * @param titel The document's title, to recognise a heading that names the document.
 * @returns The range, or `undefined` when the line holds none, several, or another thing's.
 */
export function headingRange(line: string, offset: number, titel: string): HeadingRange | undefined {
  const ranges = allMatches(compiled(yearRange, 'giu'), line)
  const [match] = ranges
  if (ranges.length !== 1 || !match || elsewhere.test(line)) return undefined
  const bare = bareTitle(titel)
  const titled = bare.length >= 8 && line.toLowerCase().includes(bare)
  if (!titled && (!planOrBudget.test(line) || partOfPeriod.test(line))) return undefined
  return { index: offset + match.index, written: match[0], parts: [match[1] ?? '', match[2] ?? '', match[3] ?? ''], titled }
}

/**
 * A title without its years: `Uitvoeringsprogramma Sport 2025-2028` → `uitvoeringsprogramma sport`.
 *
 * @param titel The document's title.
 * @returns The title in lower case, up to its first year.
 */
export function bareTitle(titel: string): string {
  return titel.replace(/[\s,–-]*\(?(?:\b(?:19|20)\d{2}\b|['’‘]\d{2}\b).*$/u, '').trim().toLowerCase()
}

/**
 * Year ranges right after the document's own name in running text: "het Uitvoeringsprogramma
 * Sport 2025-2029", "in het Programmaplan Jeugd (2025 – 2029)".
 *
 * @param text A prose text.
 * @param titel The document's title.
 * @returns Each range with its offset and the sentence it stands in.
 */
export function titledRanges(text: string, titel: string): Array<{ match: RegExpExecArray; sentence: string }> {
  const bare = bareTitle(titel)
  // The name stands before a range: a text without one (most texts) has no match.
  if (bare.length < 8 || !hasYearRange(text)) return []
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  const out: Array<{ match: RegExpExecArray; sentence: string }> = []
  for (const match of allMatches(compiled(String.raw`${escaped}[\s,]*\(?\s*${yearRange}`, 'giu'), text)) {
    let start = match.index
    while (start > 0 && !/[.!?;\n]/.test(text[start - 1] ?? '')) start--
    const end = text.slice(match.index).search(/[.!?;\n]/)
    out.push({ match, sentence: text.slice(start, end < 0 ? text.length : match.index + end).replace(match[0], ' ') })
  }
  return out
}

/**
 * Caption lines of a prose text: a line starting with `Tabel 3.`, or a short line right above a table.
 *
 * @param text A prose text (Markdown, tables included).
 * @returns The lines with their offsets.
 */
export function captionLines(text: string): Array<{ line: string; offset: number }> {
  const out: Array<{ line: string; offset: number }> = []
  const lines = text.split('\n')
  // Whether the next non-empty line of each line starts a table, computed backwards in one pass.
  const tableNext: boolean[] = []
  let table = false
  for (let i = lines.length - 1; i >= 0; i--) {
    tableNext[i] = table
    const trimmed = (lines[i] ?? '').trim()
    if (trimmed !== '') table = trimmed.startsWith('|')
  }
  let offset = 0
  for (const [i, line] of lines.entries()) {
    if (!line.trim().startsWith('|') && (captionLabel.test(line) || (line.length <= 100 && tableNext[i] === true))) out.push({ line, offset })
    offset += line.length + 1
  }
  return out
}

/**
 * The heading lines of a Markdown text before its bijlagen or inspraak, with the offset of their text (a
 * `{#id}` block left off): every heading as written, also one the reader turns into another part.
 *
 * @param text A Markdown source.
 * @returns Each heading's text and where it starts.
 */
export function sourceHeadings(text: string): Array<{ line: string; offset: number }> {
  const out: Array<{ line: string; offset: number }> = []
  let offset = 0
  let fence = false
  for (const line of text.split('\n')) {
    const at = offset
    offset += line.length + 1
    if (/^\s*(?:```|~~~)/u.test(line)) fence = !fence
    const m = /^(#{1,6}[ \t]+)(.*?)[ \t]*(?:\{[^{}]*\})?[ \t]*$/u.exec(line)
    if (fence || !m) continue
    // The bijlagen and the inspraak may be other papers with years of their own.
    if (/^(?:\d+\.?\s+)?(?:bijlage|inspraak|reacties|nota\s+van\s+beantwoording)/iu.test(m[2] ?? '')) break
    out.push({ line: m[2] ?? '', offset: at + (m[1]?.length ?? 0) })
  }
  return out
}
