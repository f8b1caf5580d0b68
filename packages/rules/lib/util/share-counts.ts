/**
 * A percentage or a fraction in words (`de helft`, `twee derde`) of a whole restated as a count in
 * the same sentence: "Van de 2.400 woningen is 35%
 * een huurwoning, dat zijn 840 woningen", "35% van de 640 aanmelders (224) kreeg een traject". The
 * count should be the percentage of the whole, within the rounding of the percentage (35%: 34,5
 * to 35,5 %) and of the count.
 */

import { NUMBER } from './amount-change.js'
import { add, dutchNumber, mul, proseEquation, rounding, type Equation, type Rational } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'
import { QUALIFIER } from './share-asides.js'

const PERCENT = String.raw`(\d{1,3}(?:,\d+)?)\s*(?:%|procent\b)`
const WHOLE = String.raw`\bvan\s+(?:de|alle|onze|deze|die|het)\s+(?:[\p{L}-]+\s+)?(${NUMBER})(?![\d.,]*\d)`
// `Van de N … P% …` or `P% van de N …`.
const SHARE_OF = [new RegExp(String.raw`${WHOLE}[^.;!?%]{0,80}?(?<![\d,])${PERCENT}`, 'giu'), new RegExp(String.raw`(?<![\d,])${PERCENT}\s+${WHOLE}`, 'giu')]
// A fraction in words of a whole: `de helft van de 46 verenigingen`, `twee derde van alle 90 scholen`.
const FRACTION_OF = new RegExp(String.raw`\b(de\s+helft|(?:een|één|twee|drie|vier)\s+(?:derde|kwart|vijfde|tiende))\s+${WHOLE.slice(2)}`, 'giu')
const PARTS: Record<string, bigint> = { helft: 2n, derde: 3n, kwart: 4n, vijfde: 5n, tiende: 10n }
const NUMERATOR: Record<string, bigint> = { de: 1n, een: 1n, één: 1n, twee: 2n, drie: 3n, vier: 4n }
// The count after it: `, dat zijn (er) 840`, `; dit zijn 840`, `, ofwel 840`, `(840)`, `: 19 verenigingen`.
// An age or a duration may qualify the clause between them (`ouder dan 65 jaar (120)`).
const COUNT = new RegExp(String.raw`^(?:[^.!?\d%]|${QUALIFIER}){0,60}?(?:(?:dat|dit)\s+(?:zijn|is|betreft)\s+(?:er\s+)?|ofwel\s+|oftewel\s+|\(\s*|:\s*)(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent|jaar))`, 'iu')
// Words that make the percentage approximate or another calculation (a change, a rate).
const OTHER = /\b(?:ruim|bijna|circa|ongeveer|zo['’]n|meer\s+dan|minder\s+dan|stijging|daling|groei|toename|afname|gestegen|gedaald|rente|index|indexatie)\b/iu

/**
 * Every percentage or fraction in words of a whole with the count it comes to.
 *
 * @param text A prose text.
 * @returns The counts as equations (`35% × 2.400`), with the rounding of the share and the count as tolerance.
 */
export function shareCounts(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    for (const sentence of sentences) {
      if (OTHER.test(sentence.text)) continue
      for (const [k, re] of SHARE_OF.entries()) {
        for (const m of sentence.text.matchAll(re)) {
          const [whole = '', percent = ''] = k === 0 ? [m[1], m[2]] : [m[2], m[1]]
          const share = mul(dutchNumber(percent), { n: 1n, d: 100n })
          // The percentage is rounded at its last digit (35%: ±0,5 %), which the whole multiplies.
          const e = countAfter(sentence, m, whole, share, `${percent}%`, mul(rounding(`${percent}%`), dutchNumber(whole)))
          if (e) out.push(e)
        }
      }
      for (const m of sentence.text.matchAll(FRACTION_OF)) {
        const [, fraction = '', whole = ''] = m
        const [numerator = '', part = ''] = fraction.toLowerCase().split(/\s+/u)
        const share = { n: NUMERATOR[numerator] ?? 1n, d: PARTS[part] ?? 1n }
        // A fraction in words is a round share: one percent of the whole beside the count's rounding.
        const e = share.n < share.d ? countAfter(sentence, m, whole, share, fraction, mul({ n: 1n, d: 100n }, dutchNumber(whole))) : undefined
        if (e) out.push(e)
      }
    }
  }
  return out
}

// The count right after a share of a whole (`, dat zijn 840`), as an equation when it is near the share.
function countAfter(sentence: { text: string; index: number }, m: RegExpMatchArray, whole: string, share: Rational, written: string, slack: Rational): Equation | undefined {
  if (isYearNumber(whole)) return undefined
  return resultAfterShare(sentence, m, COUNT, `${written} × ${whole}`, mul(share, dutchNumber(whole)), slack)
}

/**
 * The number a share comes to, stated right after the share's match (`, dat zijn 840`, `: € 2.069`),
 * as an equation when it is near the computed value (shared with `share-amounts`).
 *
 * @param sentence The sentence and where it starts in the text.
 * @param m The share's match in the sentence.
 * @param after The pattern of what follows the match; its first group is the stated number.
 * @param term How the equation writes its terms (`35% × 2.400`).
 * @param computed What the share comes to.
 * @param slack The rounding of the share, added to the stated number's own.
 * @returns The equation, or nothing when no number follows or it is far from the computed one.
 */
export function resultAfterShare(sentence: { text: string; index: number }, m: RegExpMatchArray, after: RegExp, term: string, computed: Rational, slack: Rational): Equation | undefined {
  const end = (m.index ?? 0) + m[0].length
  const found = after.exec(sentence.text.slice(end))
  if (!found) return undefined
  const said = found[1] ?? ''
  const stated = dutchNumber(said)
  if (!near(computed, stated)) return undefined
  const index = sentence.index + end + (found.index ?? 0) + found[0].lastIndexOf(said)
  const e = proseEquation(term, computed, { text: said, value: stated, index }, false)
  return { ...e, tolerance: add(e.tolerance, slack) }
}
