/**
 * A whole, the parts taken from it, and what is left: "Het tekort van € 340.000 dekken we voor
 * € 200.000 uit de reserve en voor € 100.000 uit de algemene middelen; het restant van € 40.000
 * …", "De herinrichting kost € 2,4 miljoen. De provincie betaalt € 1,2 miljoen, het Rijk € 600.000
 * en de gemeente de rest: € 600.000." The first amount is the whole (in the sentence of the rest or
 * the one before), the amounts between are the parts; the rest should be the difference.
 */

import { AMOUNT } from './amount-change.js'
import { add, beyond, dutchNumber, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { linkedSentences } from './text.js'

// A word that makes the next amount what is left: `de rest`, `het restant (van)`, `resteert`.
const REST = /\b(?:de\s+rest|het\s+rest(?:ant|erende(?:\s+bedrag)?)?|restant|resteert|resteren|resterende|overblijvende|het\s+overige|blijft\s+(?:er\s+)?(?:dan\s+|nog\s+)?)\b[^€.;!?\d]{0,25}$/iu
// Parts per period, shares or computed amounts make it another sum; a deduction from a bruto
// amount is finance-net-stated-vs-computed's.
const OTHER = /\bna\s+aftrek\b|\bbruto\b|\bnetto\b|\bper\s+\p{L}+|\bjaarlijks|\bmaandelijks|%|\bprocent|[×x*à](?=\s*€)|\bwaarvan\b|\bonder\s+(?:andere|meer)\b|\bzoals\b/iu
const AMOUNTS = new RegExp(AMOUNT, 'gu')

/**
 * Every rest that follows a whole and the parts taken from it.
 *
 * @param text A prose text.
 * @returns The rests as equations (`€ 340.000 − € 200.000 − € 100.000`), with the rounding of the rest as tolerance.
 */
export function restAmounts(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, s) => {
      for (const m of sentence.text.matchAll(AMOUNTS)) {
        const at = sentence.index + (m.index ?? 0)
        if (!REST.test(text.slice(sentence.index, at))) continue
        // The whole: the first amount of this sentence or of the sentence before; when one of the
        // two readings holds, the text is consistent.
        const readings: Array<Equation & { whole: Rational }> = []
        for (const start of [sentence.index, ...(s > 0 ? [sentences[s - 1]!.index] : [])]) {
          const window = text.slice(start, at)
          const amounts = [...window.matchAll(AMOUNTS)].map((a) => a[1] ?? '')
          if (amounts.length < 2 || OTHER.test(window)) continue
          // From the sentence before, the whole is its one amount (two there may add up to it).
          if (start !== sentence.index && [...text.slice(start, sentence.index).matchAll(AMOUNTS)].length !== 1) continue
          const [whole = '', ...parts] = amounts
          const taken = parts.reduce<Rational>((sum, p) => add(sum, dutchNumber(p)), { n: 0n, d: 1n })
          const computed = sub(dutchNumber(whole), taken)
          const stated = dutchNumber(m[1] ?? '')
          if (computed.n <= 0n || !near(computed, stated)) continue
          readings.push({ ...proseEquation(`€ ${whole} − ${parts.map((p) => `€ ${p}`).join(' − ')}`, computed, { text: m[1] ?? '', value: stated, index: at + m[0].indexOf(m[1] ?? '') }, false), whole: dutchNumber(whole) })
        }
        // Else the reading with the largest whole: a whole holds its parts.
        const holds = readings.find((e) => !beyond(e.computed, e.stated, e.tolerance))
        const widest = readings.reduce<(typeof readings)[number] | undefined>((w, e) => (!w || sub(e.whole, w.whole).n > 0n ? e : w), undefined)
        const chosen = holds ?? widest
        if (chosen) {
          const { whole: _whole, ...equation } = chosen
          out.push(equation)
        }
      }
    })
  }
  return out
}
