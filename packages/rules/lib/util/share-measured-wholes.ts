/**
 * A share of all of a measured thing: `Oud papier was met 95 kg per inwoner
 * ruim een vijfde van al het huishoudelijk afval` after `In 2025 zamelden we 430 kg
 * huishoudelijk afval per inwoner in`. The part is the one amount in a unit of measure before the
 * share; the whole is the nearest earlier amount in that same measure that the whole's noun follows
 * (`430 kg huishoudelijk afval`), however many figures of other things stand between.
 */

import { read } from './share-tolerance.js'
import { MEASURE } from './share-named-wholes.js'
import { measureForm } from './noun-kinds.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import { numbersOf } from './share-back-references.js'

// `van al het huishoudelijk afval`, `van alle elektriciteit`, `van het totale grof afval`: every bit of a thing, nothing narrowing it.
const OF_ALL = /^\s+van\s+(?:al\s+(?:het|de)|alle|(?:het|de)\s+(?:totale|hele|gehele|volledige))\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}?)\s*(?:[.;,:)]|$)/iu
// An amount in a measure and the words after it: `430 kg huishoudelijk afval`, `86 hectare openbaar groen`.
const MEASURED = new RegExp(String.raw`(?<![\d.,])(${PLAIN_NUMBER})(?![\d]|[.,]\d)\s*(m²|m2|m³|m3|km²|[\p{L}]+)((?:\s+\p{L}[\p{L}-]*){0,3})`, 'giu')

interface Measured {
  written: string
  value: number
  unit: string
  words: string
}

const measuredIn = (text: string): Measured[] =>
  [...text.matchAll(MEASURED)].flatMap((m) => {
    const value = read(m[1] ?? '')
    return value !== undefined && !isYearNumber(m[1]) && MEASURE.test(m[2] ?? '') ? [{ written: `${m[1]} ${m[2]}`, value, unit: measureForm(m[2] ?? ''), words: ` ${(m[3] ?? '').toLowerCase().trim()} ` }] : []
  })

/**
 * The share of all of a measured whole named after the share, counted before in the part's measure.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param earlier The sentences of its section before it, nearest last.
 * @returns The part as a share of that whole, or undefined.
 */
export function measuredWholeShare(before: string, after: string, earlier: string[]): { actual: number; basis: string } | undefined {
  const of = OF_ALL.exec(after)
  if (!of) return undefined
  // The one figure before the share, in a measure: `met 95 kg per inwoner`.
  const parts = measuredIn(before)
  const part = parts.length === 1 && numbersOf(before).length === 1 ? parts[0] : undefined
  if (!part) return undefined
  const noun = ` ${(of[1] ?? '').toLowerCase()} `
  for (let i = earlier.length - 1; i >= 0; i--) {
    const whole = measuredIn(earlier[i] ?? '').filter((w) => w.unit === part.unit && w.value > part.value && w.words.startsWith(noun)).at(-1)
    if (whole) return { actual: (part.value / whole.value) * 100, basis: `${part.written} van ${whole.written}` }
  }
  return undefined
}
