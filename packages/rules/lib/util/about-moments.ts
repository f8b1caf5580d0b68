import { momentsIn } from './stale-clauses.js'

/**
 * A clause read without the moments it is about rather than at: a year or span after `voor`,
 * `na`, `over` or `tot` (`de tarieven voor 2029`, `het vervolg na 2030`, `de normen voor de
 * jaren 2028-2031`, `de behoefte tot 2040`) belongs to a noun, not to the time of the clause.
 * When the clause's own time (`in het voorjaar van 2026`, `in mei 2026`) lies before the
 * document day, such a later year does not make the announcement current.
 *
 * Only a time within a year counts as the clause's own time (a season, a month, a quarter, after
 * `in`): a bare earlier year is often where something comes from (`de regeling uit 2025`).
 *
 * @param clause A clause with a moment after the document day.
 * @param day The document day (ISO).
 * @returns The clause with those later moments blanked, or undefined when a later moment is the
 *   clause's own time, or when no earlier time within a year stands after `in`.
 */
export function withoutAboutMoments(clause: string, day: string): string | undefined {
  const moments = momentsIn(clause)
  const later = moments.filter((t) => t.end >= day)
  // The second year of a span (`voor 2028-2033`) is judged by the word before the span.
  const lead = (t: { index: number }): string => clause.slice(0, t.index).replace(/\b(?:19|20)\d{2}\s*[-–]\s*$/u, '')
  if (later.length === 0 || !later.every((t) => aboutLead.test(lead(t)))) return undefined
  const own = moments.filter((t) => t.end < day && !/^\d{4}$/u.test(t.text.trim()) && atLead.test(clause.slice(0, t.index)))
  if (own.length === 0) return undefined
  let masked = clause
  for (const t of later) masked = masked.slice(0, t.index) + ' '.repeat(t.text.length) + masked.slice(t.index + t.text.length)
  return masked
}

// `voor 2029`, `na de periode 2028`, `over de jaren 2028-2031`, `tot en met 2031`, `t/m 2031`.
const aboutLead = /\b(?:voor|na|over|tot(?:\s+en\s+met)?|t\/m)\s+(?:(?:de|het)\s+(?:periode|jaren|jaar)\s+(?:na\s+|tot\s+|vanaf\s+)?)?$/iu
// The clause's own time: `in mei 2026`, `in het voorjaar van 2026`, `in de loop van 2026`.
const atLead = /\bin\s+(?:de\s+loop\s+van\s+)?$/iu
