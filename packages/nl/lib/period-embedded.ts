/**
 * Dates that are not the whole cell: two dates run together by tracked changes or a copy
 * (`Juni Maart-2022`, `2021 2022`), and a date inside status text, an event or a sentence
 * (`Gestart juni 2021`, `na de verkiezingen van 2026`). Split from period.ts, which reads the
 * whole-cell forms and hands its reader in.
 */

import { isoDate, lastDayOfMonth } from './calendar.js'
import { parseMonthWord } from './months.js'
import { fused, invalid, plausibleYear, yearReading, type ReadExact, type Reading } from './period-readings.js'
import { columnLabelPattern, eventPattern, statusPattern } from './period-words.js'

const year = '(\\d{4})'
// Two words before a year (`Juni Maart-2022`): read once, not per cell.
const twoWordsYear = new RegExp('^' + '([A-Za-z]+\\.?)\\s*([A-Za-z]+\\.?)' + '[\\s-]*' + year + '$')

/** Tracked-change remnants (`Juni Maart-2022`, `2021 2022`) and doubled text (`2021 2021`). */
export function readFused(value: string): Reading | undefined {
  let match = /^(\d{4})\s*(\d{4})$/.exec(value)
  if (match) {
    const first = Number(match[1])
    const second = Number(match[2])
    if (!plausibleYear(first) || !plausibleYear(second)) return undefined
    if (first === second) {
      return {
        ...yearReading(first, 'repeated'),
        confidence: 0.8,
        note: 'Jaartal staat twee keer in de cel: `' + value + '`'
      }
    }
    return fused(
      isoDate(Math.min(first, second), 1, 1),
      isoDate(Math.max(first, second), 12, 31),
      '`' + first + '` en `' + second + '` staan aan elkaar; kies één jaar'
    )
  }

  match = twoWordsYear.exec(value)
  const words = match ? [[match[1] ?? '', match[2] ?? '']] : []
  // Glued without a space: `JuniMaart 2022`.
  const glued = /^([A-Z][a-z]+)([A-Z][a-z]+)[\s-]*(\d{4})$/.exec(value)
  if (glued) words.push([glued[1] ?? '', glued[2] ?? ''])
  const y = Number((match ?? glued)?.[3])
  for (const [a, b] of words) {
    const first = parseMonthWord(a ?? '')
    const second = parseMonthWord(b ?? '')
    if (!first || !second || !plausibleYear(y)) continue
    const low = Math.min(first.month, second.month)
    const high = Math.max(first.month, second.month)
    return fused(
      isoDate(y, low, 1),
      lastDayOfMonth(y, high),
      '`' + a + '` en `' + b + '` staan aan elkaar; kies één maand'
    )
  }
  return undefined
}

/**
 * A date inside other text: status text, an event, or a sentence.
 *
 * @param value The cleaned cell text.
 * @param readExact The reader of a whole date form (period.ts), tried on runs of its words.
 */
export function readEmbedded(value: string, readExact: ReadExact): Reading {
  const tokens = value.split(' ')
  const found = findDate(tokens, readExact)
  const words = tokens.length
  const sentences = value.split(/[.!?]\s+(?=[A-Z])/).length
  const columnLabel = columnLabelPattern.exec(value)

  if (columnLabel || words > 6 || sentences > 1) {
    const why = columnLabel
      ? 'Datumveld bevat tekst die begint met `' + columnLabel[0] + '`; staan de kolommen verschoven?'
      : 'Datumveld bevat tekst in plaats van een datum'
    if (!found) return invalid('prose', why)
    return {
      kind: 'invalid',
      ...span(found.reading),
      confidence: 0.3,
      form: 'prose',
      note: why + '; gelezen als `' + found.text + '`'
    }
  }

  const rest = tokens
    .filter((_, index) => !found || index < found.from || index >= found.to)
    .join(' ')
    .replace(/[()[\]]/g, '')
    .replace(/^[\s:;,.-]+|[\s:;,.-]+$/g, '')

  if (!found) {
    if (statusPattern.test(value)) {
      return { kind: 'unknown', confidence: 0, form: 'status-text', note: 'Status `' + value + '` in plaats van een datum' }
    }
    return { kind: 'unknown', confidence: 0, form: 'unknown', note: 'Geen datum herkend in `' + value + '`' }
  }

  const reading = found.reading
  // The date found, with what the words around it make of the cell: how sure, which form, why.
  const around = (kind: Reading['kind'], confidence: number, form: string, note: string): Reading => ({
    kind,
    ...span(reading),
    confidence,
    form,
    ...normalized(reading),
    note: note + '; gelezen als `' + found.text + '`'
  })
  if (statusPattern.test(rest)) return around(reading.kind, 0.6, 'status-text', 'Status `' + rest + '` in het datumveld')
  if (eventPattern.test(rest)) return around('event', 0.6, 'event', 'Gebeurtenis `' + rest + '` als datum')
  return around(reading.kind, 0.5, 'annotated', 'Tekst `' + rest + '` bij de datum')
}

/** Leftmost, longest run of tokens (at most 5) that reads as a date. */
function findDate(
  tokens: string[],
  readExact: ReadExact
): { from: number; to: number; text: string; reading: Reading } | undefined {
  for (let from = 0; from < tokens.length; from++) {
    for (let to = Math.min(tokens.length, from + 5); to > from; to--) {
      const text = tokens
        .slice(from, to)
        .join(' ')
        .replace(/^[(\["'‘“]+|[)\]"'’”:;,.!]+$/g, '')
        .trim()
      if (!/\d{4}/.test(text)) continue
      const reading = readExact(text)
      if (reading && reading.start) return { from, to, text, reading }
    }
  }
  return undefined
}

function span(reading: Reading): { start?: string; end?: string } {
  const result: { start?: string; end?: string } = {}
  if (reading.start) result.start = reading.start
  if (reading.end) result.end = reading.end
  return result
}

function normalized(reading: Reading): { normalized?: string } {
  return reading.normalized ? { normalized: reading.normalized } : {}
}
