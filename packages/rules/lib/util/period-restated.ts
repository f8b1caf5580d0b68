/**
 * A number of one period restated right after it per another period, for counts as well as
 * amounts, and whatever marks the first period: "We snoeien jaarlijks 2.600 bomen, gemiddeld 240
 * per maand", "In 2025 kwamen 3.900 meldingen binnen; dat zijn er zo'n 75 per week", "Per week
 * rijden 30 busjes uit, ruim 1.500 per jaar", "- 840 controles per jaar (gemiddeld 70 per maand)".
 * The second number is the first times the number of its period in the first one. (`period-rates`
 * reads the euro form with `dat is`; this reads the wider family: a year named by a year number,
 * `jaarlijks` or `per maand` opening the clause, and an apposition after a comma, semicolon or bracket.)
 */

import { div, make, mul } from './exact-number.js'
import { add, proseEquation, type Equation } from './onderbouwing.js'
import { near, oneSided, roundedToWhole } from './per-noun-means.js'
import { PER_YEAR } from './period-rates.js'
import { quantities, sameKind, type Quantity } from './sentence-quantities.js'
import { paragraphSentences } from './text.js'
import { MONTH } from './year-numbers.js'

const PERIOD = String.raw`(jaar|kwartaal|maand|week)`
// Between the first number and the restated one: its noun and a few words of its clause, a comma,
// semicolon or bracket, then a word that restates (`dat zijn er`, `ofwel`, a bare `of`: `€ 30 per
// maand, of € 360 per jaar`) or rounds (`gemiddeld`). A bare `of` may join two different offers;
// those are far apart, and `near` drops them.
// No digits between: another number would be what the second one restates.
const LINK = /^[^\d.!?]{0,60}?[,;(]\s*(?:(?:dat|dit|wat)\s+(?:is|zijn|betekent|komt\s+neer\s+op)\s+(?:er\s+)?|(?:of|ofwel|oftewel|omgerekend|dus|(?:is|zijn)\s+(?:dat|dit))\s+)?(?:(?:gemiddeld|circa|ca\.|ongeveer|ruim|bijna|zo['’]n|rond)\s+)*(?:€\s*)?$/iu
// A period that opens the clause of the first number: `jaarlijks`, `elke maand`, `per week`.
const OPENS = new RegExp(String.raw`\b(?:(?:per|elke|elk|iedere|ieder)\s+${PERIOD}|(jaar|kwartaal|maand|week)(?:lijks|elijks))\b(?!\s+(?:later|eerder|daarna|erna))`, 'giu')
// Part of a year or a span of other periods: a mean over those is no mean over the year
// (`in de zomer gemiddeld 9.000 per maand`, `de drukste maand`, `in de eerste drie maanden`).
const PART_OF_YEAR = new RegExp(String.raw`\b(?:\p{L}*(?:zomer|winter|voorjaar|najaar|herfst|lente|seizoen|vakantie)\p{L}*|drukste|rustigste|piek\p{L}*|helft|halfjaar|maanden|weken|kwartalen|schooljaar|${MONTH})\b`, 'iu')
// One year named for the whole clause: `in 2025`, `vorig jaar`, `over het afgelopen jaar`.
const ONE_YEAR = /\b(?:(?:in|over|tijdens)\s+(?:(?:heel|geheel)\s+)?(?:19|20)\d{2}|vorig\s+jaar|(?:het\s+)?afgelopen\s+jaar|in\s+een\s+jaar|op\s+jaarbasis)\b/iu

/**
 * Every number of one period restated per another right after it, with the restated number as result.
 *
 * @param text A prose text.
 * @returns The conversions as equations (`7.800 ÷ 12`), with the rounding of the result as tolerance.
 */
export function restatedPeriods(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    for (const sentence of sentences) {
      const qs = withBrackets(sentence)
      qs.forEach((r, k) => {
        const q = qs[k - 1]
        const to = PER_YEAR[r.per]
        if (!q || to === undefined || q.share || q.unit === '%' || r.unit === '%') return
        if (!sameKind(q, r) || !LINK.test(text.slice(q.end, r.index))) return
        // The line of the two numbers up to the end of the second's clause (a list item is a line).
        const lineStart = Math.max(sentence.index, text.lastIndexOf('\n', q.index) + 1)
        if (PART_OF_YEAR.test(text.slice(lineStart, r.end) + (/^[^.;\n]*/u.exec(text.slice(r.end))?.[0] ?? ''))) return
        const from = periodOf(q, text.slice(sentence.index, q.index))
        if (from === undefined || from === r.per) return
        // Per year a number of `from` periods: the restated number is the first times from ÷ to.
        const [f, t] = [PER_YEAR[from]!, to]
        const computed = mul(q.value, make(f, t))
        // Far off, the second number counts something else than the first spread over time.
        if (!near(computed, r.value)) return
        const e = oneSided(widened(roundedToWhole(proseEquation(t > f ? `${q.text} ÷ ${t / f}` : `${q.text} × ${f / t}`, computed, { text: r.text, value: r.value, index: r.index }, r.approx !== '')), q.approx), r.approx)
        // A year is 52 weeks and a day: a week's share may be a fifty-second off.
        out.push(from === 'week' || r.per === 'week' ? { ...e, tolerance: add(e.tolerance, div(e.computed, make(52n, 1n))) } : e)
      })
    }
  }
  return out
}

// A first number written with a rounding word (`ruim drieduizend`, `circa 1.500`) is known to a tenth
// or a twentieth of itself: what it restates is known as loosely.
function widened(e: Equation, approx: string): Equation {
  if (!approx) return e
  const share = /^(?:ruim|bijna)$/iu.test(approx) ? 10n : 20n
  return { ...e, tolerance: add(e.tolerance, div(e.computed, make(share, 1n))) }
}

// The quantities of a sentence with those in its brackets, which the tokenizer leaves out as labels
// (`624 keuringen per jaar (gemiddeld 52 per maand)`), in the order they stand.
function withBrackets(sentence: { index: number; text: string }): Quantity[] {
  // A copy: the quantities are shared with the other readers of the sentence.
  const qs = [...quantities(sentence.text, sentence.index)]
  for (const m of sentence.text.matchAll(/\(([^()]*)\)/gu)) {
    const at = sentence.index + (m.index ?? 0) + 1
    for (const q of quantities(m[1] ?? '', at)) if (!qs.some((o) => o.index === q.index)) qs.push(q)
  }
  return qs.sort((a, b) => a.index - b.index)
}

// The period of a number: its own `per maand`, a period opening its clause with no other number
// between (`Per week rijden 30 busjes uit`), or one year the clause names (`In 2025 kwamen …`).
function periodOf(q: Quantity, before: string): string | undefined {
  if (q.per) return PER_YEAR[q.per] !== undefined ? q.per : undefined
  if (q.unit !== '€' && /^(?:jaar|jaren|maand|maanden|week|weken|kwartaal|kwartalen|dag|dagen)\b/u.test(q.unit)) return undefined
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)
  if (/\d/.test(clause.replace(/\b(?:19|20)\d{2}\b/gu, ''))) return undefined
  const opens = [...clause.matchAll(OPENS)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase())
  if (opens.length === 1) return opens[0]
  if (opens.length > 1) return undefined
  const years = clause.match(/\b(?:19|20)\d{2}\b/gu) ?? []
  return years.length <= 1 && ONE_YEAR.test(clause) ? 'jaar' : undefined
}
