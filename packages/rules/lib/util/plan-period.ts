/**
 * How Dutch plans state their own period in prose: year ranges (`2025-2028`, `2025 t/m 2028`,
 * `2025 tm 2028`, `van 2025 tot 2029`) and durations (`vier jaar`, `een vierjarig programma`,
 * `de komende 4 jaar`). Used by `period-mismatch`.
 */
import { parseNumberWord } from '@kapstok/nl'

/**
 * A year range, as a regex source with three groups: first year, connector, last year.
 * Connectors: dashes, `t/m`, `tm`, `t.e.m.`, `tot en met`, `tot`.
 */
export const yearRange = String.raw`\b((?:19|20)\d{2})\s*(-|–|—|t\/m|t\.\s?e\.\s?m\.?|tm|tot\s+en\s+met|tot)\s*((?:19|20)\d{2})\b`

/** The connector `tot` (without `en met`) leaves out the year it names. */
export function exclusive(connector: string): boolean {
  return /^tot$/i.test(connector.trim())
}

// A count of years: `vier jaar`, `4 jaren`, `vierjarig`, `4-jarige`, `vier-jarig`.
const number = String.raw`(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)`
/** A duration in years, as a regex source with the count in group 1. */
export const duration = String.raw`\b(${number})(?:\s+ja(?:ar|ren)\b|\s*-?\s*jarige?\b)`

/**
 * The number of years a duration says: `vier jaar` → 4, `4-jarig` → 4, `vierjarige` → 4.
 *
 * @param text A duration as matched by `duration`.
 * @returns The count, or `undefined` when the text holds none.
 */
export function durationYears(text: string): number | undefined {
  const m = new RegExp(duration, 'iu').exec(text)
  return m ? parseNumberWord(m[1] ?? '') : undefined
}
