/**
 * The day a plan speaks from: its `datum`, the day it was signed or adopted (`publicatie`,
 * `besluit.vergaderdatum`), or the adoption line on its title page ("Vastgesteld door de
 * gemeenteraad op 9 april 2026", "De raad heeft dit programma vastgesteld op …"). Used by
 * `stale-statement`.
 */
import type { Plan } from '@kapstok/core'
import { monthNames, parseDutchPeriod } from '@kapstok/nl'
import { planNoun, subject } from './period-words.js'
import { proseTexts } from './text.js'

const months = monthNames.join('|')
// A written day: `9 april 2026`, `09-04-2026`, `2026-04-09`.
const day = String.raw`(\d{1,2}\s{1,3}(?:${months})\s{1,3}\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2})`
// A line that opens with the adoption: "Vastgesteld in de openbare vergadering van 9 april 2026".
const adoptionLine = new RegExp(String.raw`^[\s*_]*(?:vastgesteld|aangenomen)\b[^.\n]{0,80}?\b(?:op|van|d\.d\.)\s{1,3}${day}`, 'imu')
// A sentence in which this document is adopted: "De raad heeft dit programma vastgesteld op …".
const adoptedHere = new RegExp(String.raw`${subject(planNoun)}[^.\n]{0,60}?\b(?:vastgesteld|aangenomen)\s{1,3}(?:op|in\s{1,3}de\s{1,3}(?:openbare\s{1,3})?vergadering\s{1,3}van)\s{1,3}${day}`, 'iu')

/**
 * The plan's own day (ISO), when it gives one.
 *
 * @param plan The model.
 * @returns The date, or `undefined`.
 */
export function documentDay(plan: Plan): string | undefined {
  const doc = plan.document
  const declared = [doc?.datum, doc?.publicatie?.ondertekening, plan.besluit?.vergaderdatum].find((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(String(d)))
  if (declared) return String(declared)
  for (const { text } of proseTexts(plan)) {
    const written = adoptionLine.exec(text)?.[1] ?? adoptedHere.exec(text)?.[1]
    const read = written ? parseDutchPeriod(written) : undefined
    if (read?.kind === 'date' && read.start && fitsPeriod(plan, Number(read.start.slice(0, 4)))) return read.start
  }
  return undefined
}

// A plan is adopted shortly before or during its period; an adoption line dated otherwise
// speaks of another document (a list of earlier decisions).
function fitsPeriod(plan: Plan, year: number): boolean {
  const periode = plan.document?.periode
  return !periode || (year >= periode.start - 2 && year <= periode.eind)
}
