/**
 * A change that is the balance of an inflow and an outflow stated beside it: `De uitstroom ligt
 * op 85 fte per jaar, de instroom op 61 fte; het tekort groeit daardoor met 24 fte per jaar.`,
 * `Er kwamen 310 aanmeldingen en 255 afmeldingen binnen. Het ledental steeg zo met 55.` The size
 * of the change should be the gap between the two flows: what comes in less what goes out (a
 * stock grows), or the other way round (a shortfall grows); only the size is judged.
 *
 * One reading only: one inflow and one outflow word, each with the first number after it in its
 * clause (no percentage), of one unit; one size, after both flows in the sentence or the one number
 * of the next sentence of the paragraph; and a size within a factor two of the gap.
 */

import { countedNumbers, factor } from './base-year-changes.js'
import { dutchNumber, make, mul, sub } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'
import { sizes } from './year-span-changes.js'

// The two flows of a stock: what comes in and what goes out.
const INFLOW = /\b(?:instroom|toestroom|aanwas|aanmeldingen|inschrijvingen|vestigers|vestiging)\b/iu
const OUTFLOW = /\b(?:uitstroom|afvloeiing|afmeldingen|uitschrijvingen|opzeggingen|vertrekkers|vertrek)\b/iu
// A flow's number stands in its clause: no clause break between the word and the number.
const CLAUSE_END = /[,;:]\s|\s(?:en|maar|terwijl)\s/iu
const TWO = make(2n, 1n)
const INFLOWS = new RegExp(INFLOW.source, 'giu')
const OUTFLOWS = new RegExp(OUTFLOW.source, 'giu')

/**
 * Every change stated as the balance of an inflow and an outflow in its sentence.
 *
 * @param text A prose text.
 * @returns The changes as equations (`85 − 61`), with the rounding of the size as tolerance.
 */
export function flowBalances(text: string): Equation[] {
  if (!INFLOW.test(text) || !OUTFLOW.test(text)) return []
  const out: Equation[] = []
  for (const paragraph of paragraphSentences(text)) {
    paragraph.forEach((s, k) => {
      const inflow = flowNumber(s.text, INFLOWS)
      const outflow = flowNumber(s.text, OUTFLOWS)
      if (!inflow || !outflow || inflow.euro !== outflow.euro || !factor(inflow, outflow) || (inflow.noun && outflow.noun && !sameFactor(inflow, outflow))) return
      const last = Math.max(inflow.at, outflow.at)
      // The size after both flows in the sentence, else the one number of the next sentence.
      const own = sizes(s.text).filter((z) => z.at > last)
      const next = paragraph[k + 1]
      const later = own.length === 0 && next && countedNumbers(next.text).length === 1 ? sizes(next.text) : []
      const [size, at] = own.length === 1 ? [own[0]!, s.index] : later.length === 1 && own.length === 0 ? [later[0]!, next!.index] : [undefined, 0]
      // The size counts what the flows count (`24 fte`), or says no unit.
      const sizeQ = countedNumbers(size === own[0] ? s.text : next?.text ?? '').find((q) => q.at === size?.at)
      if (!size || size.euro !== inflow.euro || (sizeQ?.noun && !factor(sizeQ, inflow.noun ? inflow : outflow))) return
      const rise = sub(outflow.value, inflow.value).n >= 0n
      const gap = rise ? sub(outflow.value, inflow.value) : sub(inflow.value, outflow.value)
      const stated = dutchNumber(size.text)
      if (gap.n === 0n || sub(stated, mul(gap, TWO)).n > 0n || sub(gap, mul(stated, TWO)).n > 0n) return
      const [a, b] = rise ? [outflow.text, inflow.text] : [inflow.text, outflow.text]
      out.push(proseEquation(`${a} − ${b}`, gap, { text: size.text, value: stated, index: at + size.at }, size.approx))
    })
  }
  return out
}

// Two counted numbers of one unit (`85 fte` and `61 fte`), or of no unit.
const sameFactor = (a: ReturnType<typeof countedNumbers>[number], b: ReturnType<typeof countedNumbers>[number]): boolean => {
  const f = factor(a, b)
  return f !== undefined && sub(f, make(1n, 1n)).n === 0n
}

// The first number after the flow word (a global pattern), in its clause; none when the word occurs twice.
function flowNumber(sentence: string, word: RegExp): ReturnType<typeof countedNumbers>[number] | undefined {
  const all = [...sentence.matchAll(word)]
  if (all.length !== 1) return undefined
  const word0 = all[0]![0].toLowerCase()
  const from = (all[0]!.index ?? 0) + all[0]![0].length
  const numbers = countedNumbers(sentence)
  // The number that counts the flow itself (`310 aanmeldingen`), else the first after the word.
  const q = numbers.find((n) => n.noun === word0) ?? numbers.find((n) => n.at >= from)
  if (!q || q.percent || (q.noun !== word0 && CLAUSE_END.test(sentence.slice(from, q.at)))) return undefined
  // A number that counts the flow word itself has no unit of its own.
  return q.noun === word0 ? { ...q, noun: '' } : q
}
