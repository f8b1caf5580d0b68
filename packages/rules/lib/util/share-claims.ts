/**
 * Percentages and fractions in prose, with the numbers they are said of: a change (`van 80
 * naar 92, een stijging van 15%`) or a share (`45 van de 180 aanvragen, een kwart`), and
 * whether the wording (`ruim`, `bijna`, `circa`) fits the numbers.
 */

import { formatDutchNumber } from '@kapstok/nl'

/** A percentage or fraction claimed in a sentence, with the numbers it is about. */
export interface ShareClaim {
  /** The claim as written, with its wording (`ruim 18%`, `een derde`). */
  said: string
  /** Offset of `said` in the text. */
  index: number
  /** What the numbers give, in percent. */
  actual: number
  /** How the numbers give it, in Dutch (`van 80 naar 92`, `45 van de 180`). */
  basis: string
  /** Whether the wording fits `actual`. */
  fits: boolean
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?`
const WORD = String.raw`ruim|ruimschoots|bijna|nagenoeg|krap|circa|ca\.|ongeveer|rond(?:om)?|zo'n|ongeveer|meer\s+dan|minder\s+dan|ten\s+minste|minstens|hooguit|maximaal`
const FRACTION = String.raw`(?:de|een|twee|drie|vier)\s+(?:helft|derde|kwart|vijfde|tiende)|driekwart|[½⅓⅔¼¾]`
// A percentage or fraction, with the word before it: `ruim 18%`, `bijna de helft`.
const SHARE = new RegExp(String.raw`(?:\b(${WORD})\s+)?(?:(${NUMBER})\s?(?:%|procent\b)|\b(${FRACTION})\b)`, 'giu')
// `van 90 naar 106`, `van circa 90 tot 106`
const CHANGE = new RegExp(String.raw`\bvan\s+(?:(?:${WORD})\s+)?(${NUMBER})\s+(?:naar|tot)\s+(?:(?:${WORD})\s+)?(${NUMBER})\b(?!\s?%)`, 'giu')
// `45 van de 180`, `45 van de in totaal 180`
const PART_OF = new RegExp(String.raw`\b(${NUMBER})\s+(?:van\s+de|op\s+de|uit)\s+(?:in\s+totaal\s+|ruim\s+|circa\s+)?(${NUMBER})\b(?!\s?%)`, 'giu')

const fractions: Record<string, number> = { helft: 1 / 2, derde: 1 / 3, kwart: 1 / 4, vijfde: 1 / 5, tiende: 1 / 10 }
const counts: Record<string, number> = { de: 1, een: 1, twee: 2, drie: 3, vier: 4 }
const glyphs: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4 }

/**
 * Find percentage and fraction claims in a text, per sentence, and judge them against the
 * change (`van X naar Y`) or the part (`M van de N`) in the same sentence.
 *
 * @param text A prose text.
 * @returns The claims found with numbers to judge them by.
 */
export function shareClaims(text: string): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const { sentence, offset } of sentences(text)) {
    const shares = [...sentence.matchAll(SHARE)]
    if (shares.length === 0) continue
    const change = [...sentence.matchAll(CHANGE)][0]
    const part = [...sentence.matchAll(PART_OF)][0]
    for (const share of shares) {
      const stated = share[2] !== undefined ? read(share[2]) : fraction(share[3] ?? '')
      if (stated === undefined) continue
      const word = (share[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
      const step = share[2] !== undefined ? percentStep(share[2]) : fractionStep(stated)
      let actual: number | undefined
      let basis = ''
      if (change && share[2] !== undefined && (share.index ?? 0) > (change.index ?? 0)) {
        const from = read(change[1] ?? '')
        const to = read(change[2] ?? '')
        if (!from || to === undefined) continue
        actual = Math.abs(((to - from) / from) * 100)
        basis = `van ${change[1]} naar ${change[2]}`
      } else if (part) {
        const m = read(part[1] ?? '')
        const n = read(part[2] ?? '')
        if (m === undefined || !n || m > n) continue
        actual = (m / n) * 100
        basis = `${part[1]} van ${part[2]}`
      }
      if (actual === undefined) continue
      out.push({ said: share[0], index: offset + (share.index ?? 0), actual, basis, fits: fits(word, stated, actual, step) })
    }
  }
  return out
}

/**
 * A percentage for a message: one decimal, Dutch notation.
 *
 * @param value Percent.
 * @returns E.g. `17,8%`.
 */
export function percentText(value: number): string {
  return formatDutchNumber(Math.round(value * 10) / 10) + '%'
}

/**
 * Whether the wording fits: without a word the percentage is the actual one rounded at its last
 * digit; `ruim` and `bijna` allow up to one step of that digit above or below; `circa` one step
 * either side; `meer dan` and `minder dan` only say the side.
 */
function fits(word: string, stated: number, actual: number, step: number): boolean {
  const eps = 1e-9
  switch (word) {
    case 'ruim':
    case 'ruimschoots':
      return actual >= stated - eps && actual < stated + step
    case 'bijna':
    case 'nagenoeg':
    case 'krap':
      return actual <= stated + eps && actual > stated - step
    case 'meer dan':
      return actual > stated
    case 'ten minste':
    case 'minstens':
      return actual >= stated - eps
    case 'minder dan':
      return actual < stated
    case 'hooguit':
    case 'maximaal':
      return actual <= stated + eps
    case '':
      return Math.abs(actual - stated) <= step / 2 + eps
    default:
      return Math.abs(actual - stated) <= step + eps
  }
}

// One step of the last digit written: `18` → 1, `17,8` → 0,1, `20` → 10 (a round number).
function percentStep(written: string): number {
  const [whole = '', decimals = ''] = written.replace(/\./g, '').split(',')
  if (decimals) return 10 ** -decimals.length
  const trailing = whole.length - whole.replace(/0+$/, '').length
  return 10 ** Math.min(trailing, Math.max(0, whole.length - 1))
}

// A fraction stands for the shares nearer to it than to the next simple fraction (halves to tenths).
function fractionStep(stated: number): number {
  const simple = [2, 3, 4, 5, 10].flatMap((d) => Array.from({ length: d - 1 }, (_, k) => ((k + 1) / d) * 100))
  const others = simple.filter((f) => Math.abs(f - stated) > 1e-9)
  const gap = Math.min(...others.map((f) => Math.abs(f - stated)))
  return gap
}

function fraction(text: string): number | undefined {
  const glyph = glyphs[text]
  if (glyph !== undefined) return glyph * 100
  if (/^driekwart$/i.test(text)) return 75
  const [count = '', noun = ''] = text.toLowerCase().split(/\s+/)
  const value = fractions[noun]
  const times = counts[count]
  return value === undefined || times === undefined ? undefined : value * times * 100
}

function read(text: string): number | undefined {
  const n = Number(text.replaceAll('.', '').replace(',', '.'))
  return Number.isFinite(n) ? n : undefined
}

// Sentences end at `.`, `!`, `?` or `;` followed by a space; a dot inside a number does not end one.
function sentences(text: string): Array<{ sentence: string; offset: number }> {
  const out: Array<{ sentence: string; offset: number }> = []
  let start = 0
  for (const end of text.matchAll(/[.!?;](?=\s|$)|\n\s*\n/g)) {
    out.push({ sentence: text.slice(start, end.index + end[0].length), offset: start })
    start = end.index + end[0].length
  }
  if (start < text.length) out.push({ sentence: text.slice(start), offset: start })
  return out
}
