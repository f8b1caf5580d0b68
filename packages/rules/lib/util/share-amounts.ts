/**
 * A percentage of an amount that the sentence names as its base, and the amount it comes to, in
 * either order and with the noun of the share between: "Op de pachtsom van € 41.380 geven we 5%
 * korting, ofwel € 2.069", "We houden 6% beheerkosten in over het fonds van € 296.500: € 17.790".
 * `share-counts` reads a percentage of a count (`van de 585 aanmelders`); the fold of the
 * sentence quantities reads a percentage right before its base (`6% van € 296.500`). This reads
 * the base that opens the clause or stands behind the share's noun, and the amount after it.
 */

import { NUMBER } from './amount-change.js'
import { dutchNumber, mul, rounding, type Equation } from './onderbouwing.js'
import { resultAfterShare } from './share-counts.js'
import { paragraphSentences } from './text.js'
import { parseNumberWord } from '@kapstok/nl'

// A percentage in digits or in words (`tien procent`).
const PERCENT = String.raw`(?<![\d,\p{L}])(\d{1,3}(?:,\d+)?|\p{L}+)\s*(?:%|procent\b)`
// The base: an amount named by its noun (`de pachtsom van € 41.380`, `het fonds van € 296.500`).
const BASE = String.raw`\b(?:over|op|van)\s+(?:de|het|een|onze|ons|deze|dit)\s+(?:[\p{L}-]+\s+){1,2}?(?:van\s+)?€\s*(${NUMBER})(?![\d.,]*\d)`
// The base opens the clause and the percentage follows without another number between, or the
// percentage comes first with at most two words (its noun) before the base.
const SHARE_OF = [
  new RegExp(String.raw`(?:^\s*|[,;:]\s*)${BASE}[^.;!?%€\d]{0,60}?${PERCENT}`, 'giu'),
  // (`P% van de X van € …` is the sentence quantities' fold: only `over` and `op` here.)
  new RegExp(String.raw`${PERCENT}(?:\s+[\p{L}-]+){0,2}?\s+${BASE.replace('(?:over|op|van)', '(?:over|op)')}`, 'giu')
]
// The amount after it: `, ofwel € 2.069`, `, dat is € 2.069`, `: € 2.069`, `(€ 2.069)`, `; dat komt neer op € 2.069`.
// `, waarmee we op € 2.069 uitkomen`.
const AMOUNT = new RegExp(String.raw`^[^.!?\d%€]{0,40}?(?:(?:dat|dit)\s+(?:is|zijn|betreft|komt\s+neer\s+op)\s+|ofwel\s+|oftewel\s+|samen\s+|(?:waarmee|zodat)\s+(?:we|het|dat|dit)\s+(?:[\p{L}]+\s+)?op\s+|\(\s*|:\s*)€\s*(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`, 'iu')
// A percentage that is a change or an approximation, or a second percentage: another calculation.
const OTHER = /\b(?:ruim|bijna|circa|ongeveer|zo['’]n|meer\s+dan|minder\s+dan|stijging|daling|groei|toename|afname|gestegen|gedaald)\b|%[^%]*%|procent[^.]*procent/iu

/**
 * Every percentage of a named base amount with the amount it comes to.
 *
 * @param text A prose text.
 * @returns The shares as equations (`5% × € 41.380`), with the rounding of the percentage and the amount as tolerance.
 */
export function shareAmounts(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    for (const sentence of sentences) {
      if (OTHER.test(sentence.text)) continue
      for (const [k, re] of SHARE_OF.entries()) {
        for (const m of sentence.text.matchAll(re)) {
          const [base = '', written = ''] = k === 0 ? [m[1], m[2]] : [m[2], m[1]]
          const spelled = /^\p{L}+$/u.test(written) ? parseNumberWord(written.toLowerCase()) : undefined
          if (/^\p{L}+$/u.test(written) && spelled === undefined) continue
          const percent = spelled === undefined ? written : String(spelled)
          // The percentage is rounded at its last digit (5%: ±0,5 %), which the base multiplies.
          const e = resultAfterShare(sentence, m, AMOUNT, `${percent}% × € ${base}`, mul(dutchNumber(`${percent}%`), dutchNumber(base)), mul(rounding(`${percent}%`), dutchNumber(base)))
          if (e) out.push(e)
        }
      }
    }
  }
  return out
}
