/**
 * Totals a sentence states for parts it names around them: "een bijdrage van € 1,2 miljoen,
 * opgebouwd uit € 500.000 van het Rijk en € 600.000 van de provincie", "in totaal € 450.000:
 * € 200.000 voor …, € 150.000 voor … en € 100.000 voor …", and "elk van de 12
 * dorpshuizen krijgt € 15.000; in totaal is dat € 180.000".
 */

import { parseNumberWord } from '@kapstok/nl'
import { AMOUNT, APPROX, NUMBER } from './amount-change.js'
import { add, dutchNumber, mul, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'

// `€ A, opgebouwd uit …`, `€ A bestaat uit …`: the parts follow in the same sentence.
const COMPOSED = new RegExp(String.raw`${APPROX}${AMOUNT}[^€.;!?]{0,30}?\b(?:(?:bestaat|bestaan|bestaande|opgebouwd|samengesteld)\s+uit|verdeeld\s+over)\b:?((?:[^.;!?]|\.(?=\d))*)`, 'giu')
// `In totaal trekken we € 450.000 uit: € 200.000 voor …, € 150.000 voor … en € 100.000 voor …`:
// a total named as one, then a colon and the parts.
const TOTAL_COLON = new RegExp(String.raw`\b(?:in\s+totaal|totaal|samen|bij\s+elkaar)\b[^€.;!?\d:]{0,40}?${APPROX}${AMOUNT}[^€.;!?\d:]{0,30}:((?:[^.;!?]|\.(?=\d))*)`, 'giu')
// `€ 240.000 (€ 150.000 voor A en € 90.000 voor B)`: the parts in a bracket right after the whole.
// A bracket of values per year (`(2024: € 3,1 miljoen, …)`) is a list of labels, not of parts.
const BRACKETED = new RegExp(String.raw`${APPROX}${AMOUNT}\s*\(((?!\s*(?:19|20)\d{2}\s*:)[^()]*)\)`, 'giu')
const PART = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])`, 'giu')
// Parts that are only some of the whole, or per period, or computed: the sum is then not the whole.
const OPEN = /\b(?:onder\s+(?:andere|meer)|waaronder|o\.a\.|zoals|deels|een\s+deel|onder\s+meer|daarnaast|verder|bovendien|extra|per\s+\p{L}+|jaarlijks|maandelijks|structureel|eenmalig)\b|%|[×x*à–-](?=\s*€)|\b(?:maal|keer|tot|tussen)\b/iu
// `elk van de 12 dorpshuizen krijgt € 15.000; in totaal (is dat) € 180.000`.
const EACH_OF = new RegExp(
  String.raw`\b(?:elk|ieder)e?\s+van\s+(?:de|deze|onze|alle)\s+(\d+|\p{L}+)\s+[^€.;!?]{0,60}?${AMOUNT}([^€.!?]{0,25}?)[,;:]?\s*(?:(?:dat|dit)\s+is\s+)?(?:in\s+totaal|samen|bij\s+elkaar|opgeteld)(?:\s+(?:is|zijn|gaat|komt|komen)\s+(?:dat|dit|het)(?:\s+(?:om|op|uit\s+op))?)?\s+${APPROX}${AMOUNT}`,
  'giu'
)
const TOTAL_WORD = String.raw`[,;:]?\s*(?:dus\s+|dat\s+is\s+)?(?:in\s+totaal|samen|bij\s+elkaar|opgeteld)\s+${APPROX}${AMOUNT}`
// `drie wijkagenten kosten per persoon € 70.000, samen € 210.000`: a count, a price per item, a total.
const COUNT_PER = new RegExp(String.raw`(?<![\d.,€]\s*)\b(\d+|\p{L}+)\s+([\p{L}'’-]+)\s+[^€.;!?\d]{0,40}?\bper\s+([\p{L}-]+)\s+(?:is\s+|bedraagt\s+)?${AMOUNT}([^€.;!?]{0,20}?)${TOTAL_WORD}`, 'giu')
// COUNT_PER cannot match without `per` and a euro sign; most paragraphs lack one and are spared
// the pattern, which tries a word and a count at every letter.
const PER_WORD = /\bper\s/iu
// `de bijdrage per inwoner is € 12, voor 45.000 inwoners samen € 540.000`: a price per item, a count, a total.
const PER_COUNT = new RegExp(String.raw`\bper\s+([\p{L}-]+)\s+(?:is\s+|bedraagt\s+)?${AMOUNT}[,;]?\s+(?:voor|bij|met)\s+(?:de\s+|alle\s+)?(\d{1,3}(?:\.\d{3})+|\d+|\p{L}+)\s+([\p{L}'’-]+)([^€.;!?]{0,20}?)${TOTAL_WORD}`, 'giu')
// The unit after `per` names the counted items: `per inwoner` for inwoners, `per stuk`, `per persoon`.
const sameUnit = (per: string, noun: string): boolean =>
  /^(?:stuk|persoon|exemplaar)$/iu.test(per) || noun.toLowerCase().startsWith(per.toLowerCase().slice(0, Math.max(3, per.length - 2)))
const countOf = (word: string): number | undefined => (/^\d/.test(word) ? Number(word.replace(/\./g, '')) : /^een$/iu.test(word) ? undefined : parseNumberWord(word.toLowerCase()))

// The total covers more periods than the amount each: `€ 15.000 per jaar, in totaal € 60.000 over vier jaar`.
const PERIODIC = /\bper\s+(?:jaar|maand|week|kwartaal)\b|\bjaarlijks|\bmaandelijks/iu

// `bestaat uit twee projecten van € 50.000`: a count in the parts makes them prices, not parts.
const counts = (rest: string): boolean =>
  /(?<![\d.,])\d+(?![\d.,]*\s*(?:€|euro))/u.test(rest.replace(/\b(?:19|20)\d{2}\b/gu, ' ')) ||
  (rest.match(/\p{L}+/gu) ?? []).some((w) => !/^een$/i.test(w) && (parseNumberWord(w.toLowerCase()) ?? 0) >= 2)

// Within a quarter of each other: a sum that far off is about something else.
const near = (a: Rational, b: Rational): boolean => sub(mul(a, { n: 4n, d: 1n }), mul(b, { n: 3n, d: 1n })).n >= 0n && sub(mul(b, { n: 5n, d: 1n }), mul(a, { n: 4n, d: 1n })).n >= 0n

/**
 * Every whole with the parts it consists of, and every amount each of a counted number of items
 * with a total: the parts should add up to the whole, the count times the amount to the total.
 *
 * @param text A prose text.
 * @returns The totals as equations, with the rounding of the whole or total as tolerance.
 */
export function statedTotals(text: string): Equation[] {
  const out: Equation[] = []
  const colon = [...text.matchAll(TOTAL_COLON)]
  const bracketed = [...text.matchAll(BRACKETED)]
  for (const m of [...text.matchAll(COMPOSED), ...colon, ...bracketed]) {
    const [, approx, whole = '', rest = ''] = m
    const parts = [...rest.matchAll(PART)].map((p) => p[1] ?? '0')
    // Before a colon, `waaronder` or `onder andere` makes the parts a selection too.
    if (parts.length < 2 || OPEN.test(colon.includes(m) ? m[0] : rest) || counts(rest.replace(PART, ' '))) continue
    const sum = parts.map(dutchNumber).reduce<Rational>((total, v) => add(total, v), { n: 0n, d: 1n })
    // A bracket names no relation: amounts far from the one before it (`(tegen € 0,9 miljoen in
    // 2024 en …)`, `(waarvan …)`) are no parts of it.
    if (bracketed.includes(m) && (/\b(?:waarvan|daarvan|tegen|vorig|eerder|was|waren)\b/iu.test(rest) || !near(sum, dutchNumber(whole)))) continue
    out.push(proseEquation(parts.join(' + '), sum, { text: whole, value: dutchNumber(whole), index: m.index + m[0].indexOf(whole) }, Boolean(approx)))
  }
  for (const m of text.matchAll(EACH_OF)) {
    const [all, count = '', each = '', between = '', approx, total = ''] = m
    const n = /^\d/.test(count) ? Number(count) : parseNumberWord(count.toLowerCase())
    if (!n || n < 2 || PERIODIC.test(all) || PERIODIC.test(text.slice(m.index + all.length, m.index + all.length + 30)) || /\d/.test(between)) continue
    out.push(proseEquation(`${n} × ${each}`, mul(dutchNumber(each), { n: BigInt(n), d: 1n }), { text: total, value: dutchNumber(total), index: m.index + all.lastIndexOf(total) }, Boolean(approx)))
  }
  for (const m of text.includes('€') && PER_WORD.test(text) ? text.matchAll(COUNT_PER) : []) {
    const [, count = '', noun = '', per = '', each = '', between = '', approx, total = ''] = m
    out.push(...priced(text, m, { count, noun, per, each, between, approx, total }))
  }
  for (const m of text.matchAll(PER_COUNT)) {
    const [, per = '', each = '', count = '', noun = '', between = '', approx, total = ''] = m
    out.push(...priced(text, m, { count, noun, per, each, between, approx, total }))
  }
  return out
}

/** The parts of a count, a price per item and a total, as read from a sentence. */
interface Priced {
  count: string
  noun: string
  per: string
  each: string
  between: string
  approx: string | undefined
  total: string
}

// A count times a price per item against the total, when the price is per one of the counted items.
function priced(text: string, m: RegExpMatchArray, { count, noun, per, each, between, approx, total }: Priced): Equation[] {
  const n = countOf(count)
  const end = (m.index ?? 0) + m[0].length
  if (!n || n < 2 || !sameUnit(per, noun) || /\d/.test(between) || PERIODIC.test(text.slice(end, end + 30))) return []
  const result = { text: total, value: dutchNumber(total), index: (m.index ?? 0) + m[0].lastIndexOf(total) }
  return [proseEquation(`${/^\d/.test(count) ? count : n} × ${each}`, mul(dutchNumber(each), { n: BigInt(n), d: 1n }), result, Boolean(approx))]
}
