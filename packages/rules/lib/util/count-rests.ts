/**
 * A whole counted after `Van de`, the part of it its clause counts, and the rest that the next
 * clause or sentence counts with a word of the rest: `Van de 120 scholen deden er 95 mee; de
 * overige 25 haakten af.`, `…; 25 scholen deden niet mee.` The rest should be the whole less
 * the part. Only a word that makes the number the rest says so: `de overige`, `de andere`, `de
 * resterende`, or `niet mee`, `niet deel` or `buiten` in the rest's own clause, or a verb of
 * remaining right after it (`zodat er nog 25 resteren`); a second part
 * after the first (`30 toegekend; 12 afgewezen`, `150 tevreden, 30 niet tevreden`) may leave cases
 * open and is no rest.
 */

import { NUMBER } from './amount-change.js'
import { sub } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { countValue } from './per-noun-means.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

/** `Van de 120 (aangeschreven) scholen`: the whole, at the start of a sentence. */
export const WHOLE = new RegExp(String.raw`^\s*van\s+(?:de|het|alle)\s+(${NUMBER})(?![\d%])\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]{3,}`, 'iu')
// A count in digits, not an amount, a percentage or a part of another number.
const COUNT = new RegExp(String.raw`(?<![\d.,€]|€\s)(${NUMBER})(?![\d%.,]|\s*(?:%|procent|euro))`, 'giu')
/** A word before the count that makes it the rest (a negation or `buiten` after it does too, below). */
export const REST_BEFORE = /\b(?:de\s+)?(?:overige|andere|resterende|overgebleven)\s+$/iu
// (`niet mee`, `niet deel`, `buiten`: not `niet tevreden`, beside which a neutral group may stand).
const REST_AFTER = /^[^,;.!?]*\b(?:niet\s+(?:mee|deel)|geen\s+(?:gebruik|deel)|buiten)\b/iu
// A verb of remaining right after the count (`zodat er nog 25 resteren`, `blijven er 25 scholen
// over`); `over` only at the clause's end, where it is no preposition (`25 over zorg`).
const REST_VERB = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:resteren|resteert|overblijven|overblijft|over(?=\s*(?:[,;.!?]|$)))/iu
/** A word of approximation makes the numbers too rough to prove a slip. */
export const APPROX = /\b(?:circa|ongeveer|ruim|bijna|zo['’]n|rond|gemiddeld)\b/iu

/** The counts of a clause (no amounts, percentages or years), at their offsets from `from`. */
export const counts = (clause: string, from: number): Array<{ written: string; index: number }> =>
  [...clause.matchAll(COUNT)].map((m) => ({ written: m[1] ?? '', index: from + (m.index ?? 0) })).filter((c) => !isYearNumber(c.written))

/**
 * The rests of wholes after a part, as the whole less the part.
 *
 * @param text A prose text.
 * @returns The equations (`120 − 95 = 25`).
 */
export function countRests(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      const whole = WHOLE.exec(s.text)
      if (!whole || APPROX.test(s.text)) return
      const after = s.text.slice(whole[0].length)
      // The part's clause runs to a semicolon or a comma before the rest; the rest's clause is the one after it, or the next sentence.
      const cut = after.search(/[;,]/u)
      const partClause = cut < 0 ? after : after.slice(0, cut)
      const parts = counts(partClause, whole[0].length)
      let restText = cut < 0 ? '' : after.slice(cut + 1)
      let restAt = s.index + whole[0].length + cut + 1
      if (cut < 0) {
        const next = sentences[k + 1]
        if (!next || APPROX.test(next.text)) return
        restText = next.text
        restAt = next.index
      }
      const rests = counts(restText, 0)
      if (parts.length !== 1 || rests.length !== 1) return
      const rest = rests[0]!
      const restWord = REST_BEFORE.test(restText.slice(0, rest.index)) || REST_AFTER.test(restText.slice(rest.index + rest.written.length)) || REST_VERB.test(restText.slice(rest.index + rest.written.length))
      if (!restWord) return
      const [w, p, r] = [countValue(whole[1] ?? ''), countValue(parts[0]!.written), countValue(rest.written)]
      if (!w || !p || !r || p.n * w.d >= w.n * p.d) return
      out.push(proseEquation(`${whole[1]} − ${parts[0]!.written}`, sub(w, p), { text: rest.written, value: r, index: restAt + rest.index }, false))
    })
  }
  return out
}
