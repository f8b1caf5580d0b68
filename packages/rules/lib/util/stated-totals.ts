/**
 * Totals a sentence states for parts it names around them: "een bijdrage van € 1,2 miljoen,
 * opgebouwd uit € 500.000 van het Rijk en € 600.000 van de provincie", and "elk van de 12
 * dorpshuizen krijgt € 15.000; in totaal is dat € 180.000".
 */

import { magnitudeWord, parseNumberWord } from '@kapstok/nl'
import { add, dutchNumber, mul, proseEquation, type Equation, type Rational } from './onderbouwing.js'

const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s*(?:${magnitudeWord}))?`
const AMOUNT = String.raw`€\s*(${NUMBER})(?![\d%])`
const APPROX = String.raw`(circa\s+|ongeveer\s+|ruim\s+|bijna\s+|zo'n\s+)?`
// `€ A, opgebouwd uit …`, `€ A bestaat uit …`: the parts follow in the same sentence.
const COMPOSED = new RegExp(String.raw`${APPROX}${AMOUNT}[^€.;!?]{0,30}?\b(?:bestaat|bestaande|opgebouwd|samengesteld)\s+uit\b:?((?:[^.;!?]|\.(?=\d))*)`, 'giu')
const PART = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])`, 'giu')
// Parts that are only some of the whole, or per period, or computed: the sum is then not the whole.
const OPEN = /\b(?:onder\s+(?:andere|meer)|waaronder|o\.a\.|zoals|deels|een\s+deel|onder\s+meer|daarnaast|verder|bovendien|extra|per\s+\p{L}+|jaarlijks|maandelijks|structureel|eenmalig)\b|%|[×x*à–-](?=\s*€)|\b(?:maal|keer|tot|tussen)\b/iu
// `elk van de 12 dorpshuizen krijgt € 15.000; in totaal (is dat) € 180.000`.
const EACH_OF = new RegExp(
  String.raw`\b(?:elk|ieder)e?\s+van\s+(?:de|deze|onze|alle)\s+(\d+|\p{L}+)\s+[^€.;!?]{0,60}?${AMOUNT}([^€.!?]{0,25}?)[,;:]?\s*(?:(?:dat|dit)\s+is\s+)?(?:in\s+totaal|samen|bij\s+elkaar|opgeteld)(?:\s+(?:is|zijn|gaat|komt|komen)\s+(?:dat|dit|het)(?:\s+(?:om|op|uit\s+op))?)?\s+${APPROX}${AMOUNT}`,
  'giu'
)
// The total covers more periods than the amount each: `€ 15.000 per jaar, in totaal € 60.000 over vier jaar`.
const PERIODIC = /\bper\s+(?:jaar|maand|week|kwartaal)\b|\bjaarlijks|\bmaandelijks/iu

// `bestaat uit twee projecten van € 50.000`: a count in the parts makes them prices, not parts.
const counts = (rest: string): boolean =>
  /(?<![\d.,])\d+(?![\d.,]*\s*(?:€|euro))/u.test(rest.replace(/\b(?:19|20)\d{2}\b/gu, ' ')) ||
  (rest.match(/\p{L}+/gu) ?? []).some((w) => !/^een$/i.test(w) && (parseNumberWord(w.toLowerCase()) ?? 0) >= 2)

/**
 * Every whole with the parts it consists of, and every amount each of a counted number of items
 * with a total: the parts should add up to the whole, the count times the amount to the total.
 *
 * @param text A prose text.
 * @returns The totals as equations, with the rounding of the whole or total as tolerance.
 */
export function statedTotals(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(COMPOSED)) {
    const [, approx, whole = '', rest = ''] = m
    const parts = [...rest.matchAll(PART)].map((p) => p[1] ?? '0')
    if (parts.length < 2 || OPEN.test(rest) || counts(rest.replace(PART, ' '))) continue
    const sum = parts.map(dutchNumber).reduce<Rational>((total, v) => add(total, v), { n: 0n, d: 1n })
    out.push(proseEquation(parts.join(' + '), sum, { text: whole, value: dutchNumber(whole), index: m.index + m[0].indexOf(whole) }, Boolean(approx)))
  }
  for (const m of text.matchAll(EACH_OF)) {
    const [all, count = '', each = '', between = '', approx, total = ''] = m
    const n = /^\d/.test(count) ? Number(count) : parseNumberWord(count.toLowerCase())
    if (!n || n < 2 || PERIODIC.test(all) || PERIODIC.test(text.slice(m.index + all.length, m.index + all.length + 30)) || /\d/.test(between)) continue
    out.push(proseEquation(`${n} × ${each}`, mul(dutchNumber(each), { n: BigInt(n), d: 1n }), { text: total, value: dutchNumber(total), index: m.index + all.lastIndexOf(total) }, Boolean(approx)))
  }
  return out
}
