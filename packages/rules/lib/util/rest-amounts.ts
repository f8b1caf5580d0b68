/**
 * A whole, the parts taken from it, and what is left: "Het tekort van € 340.000 dekken we voor
 * € 200.000 uit de reserve en voor € 100.000 uit de algemene middelen; het restant van € 40.000
 * …", "De nieuwe brug vraagt € 3,6 miljoen. Het waterschap draagt € 1,5 miljoen bij, de regio € 900.000
 * en wij nemen het resterende deel: € 1,2 miljoen." The first amount is the whole (in the sentence of the rest or
 * the one before), the amounts between are the parts; the rest should be the difference.
 */

import { AMOUNT, APPROX } from './amount-change.js'
import { add, beyond, dutchNumber, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { linkedSentences } from './text.js'

// A word that makes the next amount what is left: `de rest`, `het restant (van)`, `resteert`.
// What the payer is left to pay after a contribution is a rest of the cost too: `betaalt de
// huurder zelf nog`, `de eigen bijdrage is dan`, `het eigen deel wordt`.
const REST = /\b(?:de\s+rest|het\s+rest(?:ant|erende(?:\s+bedrag)?)?|restant|resteert|resteren|resterende|overblijvende|het\s+overige|blijft\s+(?:er\s+)?(?:dan\s+|nog\s+)?|(?:betaalt|betalen)\s+(?:[\p{L}'-]+\s+){0,3}?zelf|eigen\s+(?:bijdrage|deel))\b[^€.;!?\d]{0,25}$/iu
// The same rest named after its amount: `zodat € 2.800 voor rekening van de eigenaar komt`.
const REST_AFTER = /^\s*(?:voor\s+(?:rekening\s+van|eigen\s+rekening)|zelf\s+(?:moet\s+)?(?:betalen|betaalt|bijdraagt))\b/iu
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
        if (!REST.test(text.slice(sentence.index, at)) && !REST_AFTER.test(sentence.text.slice((m.index ?? 0) + m[0].length))) continue
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
    sentences.forEach((sentence, s) => {
      const rest = s > 0 ? restOfWhole(sentences[s - 1]!, sentence) : undefined
      if (rest) out.push(rest)
    })
  }
  return out
}

// An approximation word right before the rest (`… nog ruim`): compiled once, not per sentence.
const APPROX_AT_END = new RegExp(String.raw`${APPROX}$`, 'iu')
// `Van de € 5,2 miljoen blijft daarmee …`, `Van de kosten (€ 600.000) …`, `Van het budget van € 26.000 …`: the whole, named as what the rest is of.
const OF_WHOLE = new RegExp(String.raw`\bvan\s+(?:de|het|dit|deze)\s+(?:[\p{L}-]+\s+){0,3}?(?:van\s+)?\(?${AMOUNT}`, 'iu')
// What is left of it: `blijft (over)`, `resteert`, or `komt … voor rekening van`.
const LEFT = /\b(?:blijft|blijven|resteert|resteren|overblijft)\b|\bkomt\b(?=[^;!?]*\bvoor\s+(?:rekening|onze\s+rekening)\b)/iu

/**
 * A rest of a whole whose parts others pay in the sentence before: `Het waterschap betaalt € A en
 * de provincie € B. Van de € W blijft daarmee € R voor de gemeente.` The sentence names the
 * whole and the rest (its only two amounts); the parts are the amounts of the sentence before.
 * One reading only: the parts are less than the whole, neither one part alone nor the parts
 * together as the rest's own make-up (`… € A uit de reserve en € B uit de begroting`) give the rest.
 */
function restOfWhole(before: { index: number; text: string }, sentence: { index: number; text: string }): Equation | undefined {
  const whole = OF_WHOLE.exec(sentence.text)
  const found = [...sentence.text.matchAll(AMOUNTS)]
  if (!whole || found.length !== 2 || OTHER.test(sentence.text) || OTHER.test(before.text)) return undefined
  const result = found[1]!
  const between = sentence.text.slice(0, result.index)
  const left = LEFT.exec(sentence.text)
  if (found[0]!.index !== (whole.index ?? 0) + whole[0].lastIndexOf('€') || !left || left.index > (result.index ?? 0)) return undefined
  const parts = [...before.text.matchAll(AMOUNTS)].map((a) => a[1] ?? '')
  if (parts.length === 0) return undefined
  const [w, r] = [dutchNumber(whole[1] ?? ''), dutchNumber(result[1] ?? '')]
  const values = parts.map((p) => dutchNumber(p))
  const taken = values.reduce<Rational>((sum, v) => add(sum, v), { n: 0n, d: 1n })
  const computed = sub(w, taken)
  const rounded = APPROX_AT_END.exec(between)?.[1] !== undefined
  const equation = proseEquation(`€ ${whole[1]} − ${parts.map((p) => `€ ${p}`).join(' − ')}`, computed, { text: result[1] ?? '', value: r, index: sentence.index + (result.index ?? 0) + result[0].indexOf(result[1] ?? '') }, rounded)
  const gives = (v: Rational): boolean => !beyond(v, r, equation.tolerance)
  if (computed.n <= 0n || !near(computed, r) || gives(taken) || values.some((v) => gives(sub(w, v)))) return undefined
  return equation
}
