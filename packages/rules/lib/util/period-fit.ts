/**
 * How `period-mismatch` weighs a written range against the plan's `periode`: the years a range
 * covers (`tot` leaves out its last year), whether it is the period, ends with it, or belongs to a
 * previous version, and whether a heading's range speaks of the plan at all. The rule reads many
 * kinds of text; this is the one judge they all share, kept apart so it reads as one thing.
 */
import { headingRange, planSchedule, type HeadingRange } from './period-headings.js'
import { overlapsPlan, rangeOwner, type OwnKind } from './period-owner.js'
import { over } from './period-words.js'
import { exclusive, fullYear } from './plan-period.js'

/** The plan's period from its metadata. */
export interface Periode {
  /** Its first year. */
  start: number
  /** Its last year. */
  eind: number
}

/** A range's start, connector and end as written, in lower case with single spaces. */
export type RangeParts = [string, string, string]

/**
 * The years a range covers: `tot` excludes its year ("van 2025 tot 2029" ends with 2028); the other connectors include it.
 *
 * @param start The first year as written.
 * @param connector The words between (`-`, `t/m`, `tot`).
 * @param end The last year as written.
 * @returns The first and last year covered.
 */
export const rangeSpan = (start: string, connector: string, end: string): [number, number] => [fullYear(start), fullYear(end) - (exclusive(connector) ? 1 : 0)]

/**
 * The start, connector and end of a range matched by `yearRange` from group `first` on.
 *
 * @param match The match.
 * @param first The group of the range's start.
 * @returns The three parts, lower case with single spaces.
 */
export const rangeParts = (match: RegExpMatchArray, first: number): RangeParts =>
  [match[first], match[first + 1], match[first + 2]].map((s) => (s ?? '').toLowerCase().replace(/\s+/g, ' ')) as RangeParts

/** Whether a span lies within the plan's period (a phase of it, when the sentence names one). */
export const withinPeriod = (periode: Periode, first: number, last: number): boolean => first >= periode.start && last <= periode.eind

/** The judges of one plan's period. */
export interface PeriodFit {
  /** Whether a range is exactly the period. */
  fits: (start: string, connector: string, end: string) => boolean
  /** Whether a range ending with this connector and year ends with the plan. */
  ends: (connector: string, end: string) => boolean
  /**
   * A document whose years end before this plan starts, said to be over (`is in 2021 geëindigd`, `loopt
   * medio 2025 af`): the previous version, whatever its name.
   */
  pastVersion: (last: number, sentence: string) => boolean
}

/**
 * The judges of a plan's period.
 *
 * @param periode The plan's period.
 * @returns Its judges.
 */
export function periodFit(periode: Periode): PeriodFit {
  return {
    fits: (start, connector, end) => {
      const [first, last] = rangeSpan(start, connector, end)
      return first === periode.start && last === periode.eind
    },
    ends: (connector, end) => fullYear(end) - (exclusive(connector) ? 1 : 0) === periode.eind,
    pastVersion: (last, sentence) => last < periode.start && over.test(sentence)
  }
}

/**
 * The range in a heading or caption line that departs from the plan's period, when the line speaks
 * of the plan: it names the document, or shares one end with its period.
 *
 * @param line The line.
 * @param offset Offset of the line in its text.
 * @param titel The document's title.
 * @param kind The nouns the document calls itself by.
 * @param periode The plan's period.
 * @returns The departing range, if any.
 */
export function headingSlip(line: string, offset: number, titel: string, kind: OwnKind, periode: Periode): HeadingRange | undefined {
  const found = headingRange(line, offset, titel)
  if (!found || periodFit(periode).fits(...found.parts)) return undefined
  const [first, last] = rangeSpan(...found.parts)
  // Sharing neither end, the range counts only when bound to this plan's own noun ("## Het sportplan 2024-2027 in het kort").
  const bound = rangeOwner(line.slice(0, found.index - offset), kind) === 'self' && overlapsPlan(first, last, periode)
  // The plan's schedule one year off its period, over as many years: the slip of last year's plan.
  const shifted = planSchedule.test(line) && last - first === periode.eind - periode.start && Math.abs(first - periode.start) === 1
  if (!found.titled && first !== periode.start && last !== periode.eind && !bound && !shifted) return undefined
  // "Meerjarenraming 2026-2028" in a plan for 2025-2028: the years after the begroting year.
  if (!found.titled && /raming|jaarschijf/iu.test(line) && first === periode.start + 1 && last === periode.eind) return undefined
  return found
}
