/**
 * More forms in which published Dutch plans state their own period, beside those of
 * `period-words` and `period-headings`: a label line above its years ("**Programmaperiode**"
 * then "2026 - 2029"), a beslispunt that adopts the plan with its years ("het
 * uitvoeringsprogramma 2026-2029 vast te stellen"), the plan by the name in its title ("het
 * programma ‘Samen Sterk’ (2026-2029)"), and one end of the period said of the period itself ("aan
 * het eind van de planperiode, in 2029", "de programmaperiode eindigt op 31 december 2029").
 * Used by `period-mismatch`.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { bareTitle } from './period-headings.js'
import { hasYearRange, yearRange } from './plan-period.js'
import { otherThing, planNoun, sentenceAround, sentenceBefore } from './period-words.js'

const year = String.raw`((?:19|20)\d{2})`
// The period of the plan named as such: "de planperiode", "deze programmaperiode", "de looptijd".
const periodItself = String.raw`\b(?:de|deze)\s+(?:(?:plan|programma|beleids|uitvoerings)?periode|looptijd)\b`
// A label on a line of its own, its years on the next line: "**Looptijd**", "Planperiode:".
const labelLine = new RegExp(
  String.raw`(?:^|\n)[ \t]*[*_]{0,2}(?:looptijd|(?:(?:plan|programma|beleids|uitvoerings)[ \t]?)?periode)(?:\s+(?:van\s+)?(?:het|dit|de|deze)\s+[\p{L}-]+)?[*_]{0,2}[ \t]*:?[ \t]*[*_]{0,2}[ \t]*\n[ \t]*${yearRange}`,
  'giu'
)
// "het uitvoeringsprogramma 2026-2029 vast te stellen", "deze nota (2026-2029) vaststellen".
const adopted = new RegExp(
  String.raw`\b(?:het|de|dit|deze)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:${planNoun})\b[^.!?;\n]{0,60}?${yearRange}[^.!?;\n]{0,30}?\bvast(?:\s+te)?\s+(?:stellen|te\s+stellen)\b`,
  'giu'
)
// Whose begin or end: the period itself, or this document by its own noun ("deze nota", "dit
// uitvoeringsprogramma", "ons kader"; a plan with "dit", "deze", "ons" or "onze" is never another paper).
// The period may be named with this document after it: "tegen het einde van de looptijd van ons kader".
const thisDocument = String.raw`(?:dit|deze|ons|onze)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:${planNoun})\b`
const edgeOwner = String.raw`(?:${periodItself.slice(2)}(?:\s+van\s+${thisDocument})?|${thisDocument})`
const edgeWords = String.raw`\b(?:aan|bij|tegen|in)\s+(?:het|de)\s+(begin|start|eind|einde|slot)\s+van\s+${edgeOwner}`
// "aan het eind van de planperiode, in 2029", "bij de start van deze programmaperiode (2026)",
// "aan het eind van deze nota, eind 2030".
const edge = new RegExp(
  String.raw`${edgeWords}\s*[,(]?\s*(?:dus\s+)?(?:in\s+|eind\s+|begin\s+)?${year}\b(?!\s*(?:[-–—]|t\/m|tot\b))`,
  'giu'
)
// The year first: "in 2030, aan het einde van deze nota", "2030 (aan het eind van de looptijd)".
const edgeAfter = new RegExp(String.raw`(?<![-–—]\s*|t\/m\s+|tot\s+(?:en\s+met\s+)?)\b${year}\s*[,(]\s*${edgeWords}`, 'giu')
// "de planperiode eindigt op 31 december 2029", "de programmaperiode start in 2026".
const periodVerbYear = new RegExp(
  String.raw`${periodItself}\s+(?:(start|begint|gaat\s+van\s+start)|(?:eindigt|loopt\s+af|stopt))\s+(?:in|per|op|eind)\s+(?:(?:1\s+januari|31\s+december)\s+)?${year}\b`,
  'giu'
)

/** A range a text gives this plan, with its first year, connector and last year. */
export interface StatedRange {
  /** Offset of the range in the text. */
  index: number
  /** The range as written. */
  written: string
  /** First year, connector, last year, as written. */
  parts: [string, string, string]
}

/** One end of this plan's period that a text names. */
export interface StatedEnd {
  /** Offset of the words to quote. */
  index: number
  /** The words to quote ("2030", "eindigt op 31 december 2030"). */
  written: string
  /** Whether its sentence tells what follows the plan (an evaluation, a new plan): that may fall in the year after its end. */
  aftermath: boolean
  /** Which end of the period. */
  end: 'start' | 'eind'
  /** The year. */
  year: number
}

/**
 * Year ranges that a label line, a beslispunt or the plan's own name give this plan.
 *
 * @param text A prose text.
 * @param titel The document's title.
 * @returns The ranges, in no particular order; another thing's ranges are left out.
 */
export function statedRanges(text: string, titel: string): StatedRange[] {
  const out: StatedRange[] = []
  // Each form ends in a range: a text without one (most texts) has none of them.
  if (!hasYearRange(text)) return out
  const add = (match: RegExpExecArray, first: number): void => {
    const written = compiled(yearRange, 'iu').exec(match[0].slice(match[0].search(/['’‘\d]|januari/iu)))
    if (!written) return
    const index = match.index + match[0].indexOf(written[0])
    out.push({ index, written: written[0], parts: [match[first] ?? '', match[first + 1] ?? '', match[first + 2] ?? ''] })
  }
  for (const match of allMatches(labelLine, text)) add(match, 1)
  for (const match of allMatches(adopted, text)) if (!otherThing.test(match[0])) add(match, 1)
  for (const match of allMatches(namedPlan(titel), text)) {
    if (!otherThing.test(sentenceBefore(text, match.index) + match[0]) && !/\b(?:vorige|nieuwe|volgende)\s+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) add(match, 1)
  }
  return out
}

// What follows a plan at its end: an evaluation, an account, the next plan.
const aftermath = /\b(?:evalu\p{L}*|eindevaluatie|terugblik\p{L}*|verantwoord\p{L}*|eindrapport\p{L}*|balans|vervolg\p{L}*|opvolger|nieuwe\s+(?:nota|plan|programma|agenda|beleid\p{L}*))\b/iu

/**
 * One end of the period said of the period itself: "aan het eind van de planperiode, in 2030".
 *
 * @param text A prose text.
 * @returns The ends named.
 */
export function statedEnds(text: string): StatedEnd[] {
  const out: StatedEnd[] = []
  for (const match of allMatches(edge, text)) {
    const written = match[2] ?? ''
    out.push({ index: match.index + match[0].lastIndexOf(written), written, end: /begin|start/iu.test(match[1] ?? '') ? 'start' : 'eind', year: Number(written), aftermath: aftermath.test(sentenceAround(text, match.index)) })
  }
  for (const match of allMatches(edgeAfter, text)) {
    const written = match[1] ?? ''
    out.push({ index: match.index, written, end: /begin|start/iu.test(match[2] ?? '') ? 'start' : 'eind', year: Number(written), aftermath: aftermath.test(sentenceAround(text, match.index)) })
  }
  for (const match of allMatches(periodVerbYear, text)) {
    const verb = match[0].search(/\s(?:start|begint|gaat|eindigt|loopt|stopt)\s/iu) + 1
    out.push({ index: match.index + verb, written: match[0].slice(verb), end: match[1] ? 'start' : 'eind', year: Number(match[2]), aftermath: false })
  }
  return out
}

// The plan by the name of its title after a plan noun: title "Uitvoeringsprogramma Samen Sterk"
// gives "het programma ‘Samen Sterk’ (2026-2029)".
function namedPlan(titel: string): RegExp {
  const words = bareTitle(titel).split(/\s+/u)
  const head = words[0] ?? ''
  const name = compiled(`(?:${planNoun})$`, 'iu').test(head) ? words.slice(1).join(' ') : ''
  if (name.length < 5) return /(?!)/gu
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  // The name in quotes after "het", "dit" or "ons" and a plan noun: a name without quotes, or after an
  // adjective ("het nationale programma Wonen"), may be another government's programme.
  return compiled(String.raw`\b(?:het|dit|deze|ons|onze)\s+[\p{L}-]*(?:${planNoun})\s+[‘'"“]${escaped}[’'"”][\s,]*\(?\s*${yearRange}`, 'giu')
}

/** A table whose header has a column per year ("| Actie | 2026 | 2027 | 2028 | 2029 |"). */
export interface YearColumns {
  /** Offset of each year cell in the text. */
  cells: Array<{ index: number; year: number }>
  /** The line above the table (its caption) and the header row. */
  context: string
}

/**
 * Tables in a prose text with three or more consecutive year columns.
 *
 * @param text A prose text (Markdown, tables included).
 * @returns The year columns of each table header.
 */
export function yearColumns(text: string): YearColumns[] {
  const out: YearColumns[] = []
  const lines = text.split('\n')
  let offset = 0
  let above = ''
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1] ?? ''
    if (line.trim().startsWith('|') && /^\s*\|?\s*:?-{2,}/u.test(next) && !(lines[i - 1] ?? '').trim().startsWith('|')) {
      const cells: Array<{ index: number; year: number }> = []
      for (const cell of line.matchAll(/(?<=\|)[ \t]*((?:19|20)\d{2})[ \t]*(?=\|)/gu)) {
        cells.push({ index: offset + cell.index + cell[0].indexOf(cell[1] ?? ''), year: Number(cell[1]) })
      }
      const consecutive = cells.every((cell, k) => k === 0 || cell.year === (cells[k - 1]?.year ?? 0) + 1)
      if (cells.length >= 3 && consecutive) out.push({ cells, context: `${above}\n${line}` })
    }
    if (line.trim() !== '') above = line
    offset += line.length + 1
  }
  return out
}
