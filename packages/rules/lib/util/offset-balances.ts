/**
 * A balance after costs set against an income or budget: "De kaartverkoop leverde € 84.000 op.
 * Hier staan de gages van € 46.000 en de techniek van € 21.000 tegenover. Per saldo houdt het
 * festival € 17.000 over." Dutch sets costs against a whole with `daar/hier staan … tegenover`: the
 * whole is the one amount of the sentence before, the amounts before `tegenover` are what is set
 * against it, and the balance after it (in the same sentence or the next, named by `saldo`, `over`,
 * `resteert` or `netto`) should be the whole less them.
 *
 * One reading only: quiet on a shortfall (`tekort`, `negatief`, `nadelig`: the sign turns), on shares
 * and on a balance more than twice off the difference (it is then another figure).
 */

import { AMOUNT } from './amount-change.js'
import { add, dutchNumber, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { paragraphSentences } from './text.js'

// `Daar staan … tegenover`, `Hier stonden … tegenover`: what is set against the whole, up to `tegenover`
// (a point inside an amount, `€ 150.000`, ends no sentence).
const SET_AGAINST = /^\s*(?:daar|hier)\s+(?:staat|staan|stond|stonden)\b(?:[^.;!?]|\.(?=\d))*?\btegenover\b/iu
// A word that makes the amount the balance.
const BALANCE = /\b(?:saldo|over|overhield|overhoudt|overhouden|overbleef|overblijft|resteert|resteerde|netto)\b/iu
// A shortfall turns the sign, a share is no amount of the balance.
const OTHER = /\b(?:tekort|negatie\p{L}*|nadelig\p{L}*|procent)\b|%/iu
const AMOUNTS = new RegExp(AMOUNT, 'gu')

type Sentence = { index: number; text: string }

/**
 * Every balance of a whole and the amounts set against it.
 *
 * @param text A prose text.
 * @returns The balances as equations (`€ 84.000 − € 46.000 − € 21.000`), at the balance.
 */
export function offsetBalances(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((sentence, s) => {
      const against = SET_AGAINST.exec(sentence.text)
      const before = sentences[s - 1]
      if (!against || !before) return
      const wholes = [...before.text.matchAll(AMOUNTS)]
      const costs = [...against[0].matchAll(AMOUNTS)].map((a) => a[1] ?? '')
      if (wholes.length !== 1 || costs.length === 0) return
      const result = balanceAfter(sentence, against[0].length, sentences[s + 1])
      if (!result || [before.text, sentence.text, result.text].some((t) => OTHER.test(t))) return
      const whole = wholes[0]![1] ?? ''
      const taken = costs.reduce<Rational>((sum, c) => add(sum, dutchNumber(c)), { n: 0n, d: 1n })
      const computed = sub(dutchNumber(whole), taken)
      const stated = dutchNumber(result.amount)
      if (computed.n <= 0n || !near(computed, stated)) return
      out.push(proseEquation(`€ ${whole} − ${costs.map((c) => `€ ${c}`).join(' − ')}`, computed, { text: result.amount, value: stated, index: result.index }, false))
    })
  }
  return out
}

// The one amount after `tegenover` in its sentence, else the one amount of the next sentence, with a word of the balance.
function balanceAfter(sentence: Sentence, from: number, next: Sentence | undefined): { amount: string; index: number; text: string } | undefined {
  const rest = sentence.text.slice(from)
  const own = [...rest.matchAll(AMOUNTS)]
  const [place, found, offset] = own.length > 0 ? [rest, own, sentence.index + from] : next ? [next.text, [...next.text.matchAll(AMOUNTS)], next.index] : ['', [], 0]
  if (found.length !== 1 || !BALANCE.test(place)) return undefined
  const m = found[0]!
  return { amount: m[1] ?? '', index: offset + (m.index ?? 0) + m[0].indexOf(m[1] ?? ''), text: place }
}
