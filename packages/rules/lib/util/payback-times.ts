/**
 * A payback time: an investment, what it saves or yields per year, and the years in which it
 * earns itself back ("De installatie kost € 84.000 en bespaart € 14.000 per jaar; ze is in zes
 * jaar terugverdiend"). The years are the investment divided by the yearly amount; `binnen N jaar`
 * and `na N jaar` allow less, `in N jaar` is that number rounded.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { div, make } from './exact-number.js'
import { dutchNumber, sub, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'

// The claim: `(binnen|in|na) N jaar … terugverdiend`, `verdient zich in N jaar terug`, `terugverdientijd van N jaar`.
const BACK_EARNED = /\bterug\s*verdien|\bterugverdien|\bverdien(?:t|en)\b[^.!?]{0,60}\bterug\b/iu
const YEARS = new RegExp(String.raw`\b(binnen|in|na|ruim|bijna|van|is|ongeveer|circa)\s+(?:(?:ruim|bijna|ongeveer|circa)\s+)?(${NUMBER}|\p{L}+)\s+jaar\b`, 'giu')
const AMOUNT = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])`, 'giu')
// An amount per year: what is saved or earned each year.
const YEARLY = /^\s*(?:per\s+jaar|op\s+jaarbasis|jaarlijks|structureel|per\s+jaar\s+(?:aan|op|minder))\b|\b(?:jaarlijks|per\s+jaar)\s+(?:een\s+)?(?:besparing|opbrengst|voordeel)?\s*(?:van\s+)?$/iu

/**
 * Every payback time whose investment and yearly amount stand in its sentence or the two before.
 *
 * @param text A prose text (one paragraph or more).
 * @returns The payback times as equations (`€ 84.000 ÷ € 14.000`), stated years against computed years.
 */
export function paybackTimes(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      if (!BACK_EARNED.test(sentence.text)) return
      const years = [...sentence.text.matchAll(YEARS)].map((m) => ({ m, n: /^\d/.test(m[2] ?? '') ? Number(dutchNumber(m[2] ?? '0').n) / Number(dutchNumber(m[2] ?? '0').d) : parseNumberWord((m[2] ?? '').toLowerCase()) })).filter((y) => y.n !== undefined && y.n > 0 && y.n < 100)
      if (years.length !== 1) return
      const { m, n } = years[0]!
      const scope = sentences.slice(Math.max(0, s - 2), s + 1)
      const amounts = scope.flatMap((t, i) => [...t.text.matchAll(AMOUNT)].map((a) => ({ sentence: s - (scope.length - 1 - i), written: a[1] ?? '', value: dutchNumber(a[1] ?? '0'), yearly: YEARLY.test(t.text.slice((a.index ?? 0) + a[0].length, (a.index ?? 0) + a[0].length + 25)) || YEARLY.test(t.text.slice(Math.max(0, (a.index ?? 0) - 25), a.index ?? 0)) })))
      const yearly = amounts.filter((a) => a.yearly)
      // The investment: the one amount of the claim's own sentence that is not yearly, else the one of the sentences before.
      const own = amounts.filter((a) => !a.yearly && a.sentence === s)
      const once = own.length === 1 ? own : amounts.filter((a) => !a.yearly)
      if (yearly.length !== 1 || once.length !== 1 || yearly[0]!.value.n === 0n) return
      const computed = div(once[0]!.value, yearly[0]!.value)
      const stated = make(BigInt(Math.round((n ?? 0) * 10)), 10n)
      // `binnen N jaar` and `na N jaar` (after N years it is earned back) hold for anything up to N;
      // `in N jaar` for what rounds to N.
      const within = /^(?:binnen|na)$/iu.test(m[1] ?? '')
      const holds = within ? sub(stated, computed).n >= 0n : Math.abs(Number(computed.n) / Number(computed.d) - (n ?? 0)) <= 0.5
      if (!holds) out.push({ expression: `€ ${once[0]!.written} ÷ € ${yearly[0]!.written}`, computed, stated, result: `${m[2]} jaar`, index: sentence.index + (m.index ?? 0) + m[0].indexOf(m[2] ?? ''), tolerance: within ? make(0n, 1n) : make(1n, 2n), final: true, arithmetic: true, soft: true })
    })
  }
  return out
}
