import { magnitudeExponent, magnitudeWord, parseNumberWord } from '@kapstok/nl'

/** An exact fraction (numerator over a positive denominator). */
export interface Rational {
  n: bigint
  d: bigint
}

/** A piece of a text that arithmetic is read from; other words are dropped. */
export type Token =
  | { kind: 'num'; value: Rational; text: string; approx: boolean; index: number; end?: number; euro?: boolean }
  | { kind: 'op'; op: string }
  | { kind: 'lp' }
  | { kind: 'rp' }
  | { kind: 'eq'; approx: boolean; word?: boolean; sum?: boolean }
  | { kind: 'stop' }

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b))
const make = (n: bigint, d: bigint): Rational => {
  const g = gcd(n, d) || 1n
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g }
}
export const add = (a: Rational, b: Rational): Rational => make(a.n * b.d + b.n * a.d, a.d * b.d)
export const sub = (a: Rational, b: Rational): Rational => make(a.n * b.d - b.n * a.d, a.d * b.d)
export const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d)
const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n)
/** Euros as whole cents, rounded half away from zero. */
export const cents = (a: Rational): number => Number((a.n * 200n + (a.n < 0n ? -a.d : a.d)) / (2n * a.d))
export const fromCents = (c: number): Rational => make(BigInt(c), 100n)

/** Dutch number (`232.000`, `0,84`, `5.040,-`, `10%`, `1,2 miljoen`) as a rational. */
export function dutchNumber(text: string): Rational {
  const percent = text.includes('%')
  const power = magnitudeOf(text)
  const [whole = '0', fraction = ''] = text.replace(MAGNITUDE, '').replace(/[^\d,]/g, '').replace(/,$/, '').split(',')
  const value = make(BigInt(whole + fraction) * 10n ** BigInt(power), 10n ** BigInt(fraction.length))
  return percent ? div(value, { n: 100n, d: 1n }) : value
}

// The power of ten of a magnitude word at the end of a number (`1,2 miljoen`: 6), else 0.
function magnitudeOf(text: string): number {
  const word = MAGNITUDE.exec(text)?.[0]
  return word === undefined ? 0 : (magnitudeExponent(word) ?? 0)
}

// A number, with its magnitude word when it has one (`€ 1,2 miljoen`, `250k`).
const NUMBER = new RegExp(String.raw`^€?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:,-)?(?:\s*%|\s*(?:${magnitudeWord}))?`, 'iu')
const MAGNITUDE = new RegExp(String.raw`\s*(?:${magnitudeWord})$`, 'iu')
// Operators as signs and as words (`5 maal € 4.000`, `€ 450.000 min € 200.000`).
const OPS: Array<[RegExp, string]> = [
  [/^(?:×|\\times|\*)/, '*'],
  [/^x(?=\s)/, '*'],
  [/^\+/, '+'],
  [/^(?:−|–)/, '-'],
  [/^-(?=\s)/, '-'],
  [/^÷/, '/'],
  [/^(?:maal|keer)\b/i, '*'],
  [/^plus\b/i, '+'],
  [/^min\b(?!\.)/i, '-'],
  [/^gedeeld\s+door\b/i, '/'],
  [/^verminderd\s+met\b/i, '-'],
  [/^vermeerderd\s+met\b/i, '+']
]
// After a computation, the words that give its result on the same line: `is`, `bedraagt`, `resteert`, `samen`, `in totaal`, `: €`.
const RESULT = /^(?:(?:is|zijn|bedraagt|bedragen|geeft|resteert|maakt|levert)(?:\s+(?:dat|dit|dus|dan|samen|in\s+totaal|totaal|er))*|samen|tezamen|bij\s+elkaar|in\s+totaal|totaal)(?=[ \t]*(?:€[ \t]*)?\d)|^:(?=[ \t]*€[ \t]*\d)/i
// The words that give a total of several amounts: `samen`, `in totaal`, `bij elkaar`.
const TOTAL = /^(?:samen|tezamen|bij\s+elkaar|opgeteld|in\s+totaal|totaal)(?=[ \t]*(?:dus[ \t]+|ruim[ \t]+|circa[ \t]+)?€[ \t]*\d)/iu
// `12 trajecten à € 1.500`, `14 haltes van elk € 35.000`: a price per item.
const EACH = /^(?:à|a|(?:van\s+)?(?:elk|ieder)e?)(?=\s+€)/iu
// `14 haltes voor € 35.000 per stuk`: a count and a price with `per stuk` after it.
const APIECE = /^per\s+stuk\b/iu
// `€ 250 per deelnemer voor 40 deelnemers`: a price times a number.
const PER_FOR = /^per\s+(?:[\p{L}-]+\s+){1,3}?voor\s+(?=\d)/iu
// `de helft van € 80.000`, `een kwart van`: a fraction of an amount.
const FRACTION_OF = /^(?:de\s+helft|een\s+(?:derde|kwart|vijfde|tiende)|driekwart)\s+van(?=\s+(?:€\s*)?\d)/i
// `vier coaches à € 60.000`, `veertien haltes`: numbers in words (not `een`, the article).
const countWord = (word: string): number | undefined => {
  const value = /^een$/i.test(word) ? undefined : parseNumberWord(word.replace(/\.$/, ''))
  return value === undefined || value < 1 || /^\d/.test(word) ? undefined : value
}
const fractionValue: Record<string, Rational> = { helft: { n: 1n, d: 2n }, derde: { n: 1n, d: 3n }, kwart: { n: 1n, d: 4n }, vijfde: { n: 1n, d: 5n }, tiende: { n: 1n, d: 10n }, driekwart: { n: 3n, d: 4n } }
// Words that make the number after them approximate: `circa € 5.000`, `ongeveer 100`, `±100`.
const APPROX = /^(?:circa|ca\.?|ongeveer|rond(?:om)?|zo'n|ruim|bijna|afgerond|±|≈)$/i

/** Numbers, operators, parentheses, `=` and sentence ends of a text; other words are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let rest = text
  let approx = false
  while (rest) {
    const index = text.length - rest.length
    const space = /^[\s$]+/.exec(rest)
    const number = NUMBER.exec(rest)
    const afterSpace = /\s$/.test(text.slice(0, index))
    const previous = tokens.at(-1)
    // `14 x € 35.000` and `14x € 35.000`: an `x` after a space or straight after a number.
    const op = OPS.find(([re, o]) => re.test(rest) && (rest[0] !== 'x' || afterSpace || /\d$/.test(text.slice(0, index))) && o !== undefined)
    const word = /^[\p{L}\d'’/&-]+\.?|^[±≈]/u.exec(rest)
    let length = 1
    if (space) length = space[0].length
    else if (number) {
      const euro = number[0].startsWith('€') || /^\s*(?:euro|EUR)\b/.test(rest.slice(number[0].length))
      tokens.push({ kind: 'num', value: dutchNumber(number[0]), text: number[0].replace(/^€\s*/, '').replace(/,-$/, '').trim(), approx, index, end: index + number[0].length, euro })
      length = number[0].length
    } else if (rest[0] === '≈') tokens.push({ kind: 'eq', approx: true })
    else if (op) (tokens.push({ kind: 'op', op: op[1] }), (length = (op[0].exec(rest)?.[0] ?? ' ').length))
    // `21% van € 240.000`: a percentage of an amount.
    else if (/^van\b/i.test(rest) && previous?.kind === 'num' && previous.text.endsWith('%')) (tokens.push({ kind: 'op', op: '*' }), (length = 3))
    // `5 × € 4.000 is € 20.000`, `… samen € 24.000`: a result word between a computation and a number.
    else if (RESULT.test(rest) && previous?.kind === 'num' && tokens.at(-2)?.kind === 'op') {
      const result = RESULT.exec(rest)?.[0] ?? ''
      tokens.push({ kind: 'eq', approx: false, word: result !== ':' })
      length = result.length
    }
    // `€ 200.000 voor A en € 150.000 voor B, in totaal € 400.000`: a total of named amounts.
    else if (TOTAL.test(rest) && previous?.kind === 'num' && previous.euro) {
      tokens.push({ kind: 'eq', approx: false, word: true, sum: true })
      length = TOTAL.exec(rest)?.[0].length ?? 1
    } else if (APIECE.test(rest) && previous?.kind === 'num' && previous.euro && tokens.at(-2)?.kind === 'num' && !(tokens.at(-2) as { euro?: boolean }).euro) {
      tokens.splice(tokens.length - 1, 0, { kind: 'op', op: '*' })
      length = (APIECE.exec(rest)?.[0] ?? ' ').length
    } else if (previous?.kind === 'num' && !/^(?:19|20)\d{2}$/.test(previous.text) && (EACH.test(rest) || PER_FOR.test(rest))) {
      tokens.push({ kind: 'op', op: '*' })
      length = (EACH.exec(rest) ?? PER_FOR.exec(rest))?.[0].length ?? 1
    } else if (FRACTION_OF.test(rest)) {
      const written = FRACTION_OF.exec(rest)?.[0] ?? ''
      const key = Object.keys(fractionValue).find((k) => written.toLowerCase().includes(k)) ?? 'helft'
      tokens.push({ kind: 'num', value: fractionValue[key]!, text: written.replace(/\s+van$/i, ''), approx: false, index }, { kind: 'op', op: '*' })
      length = written.length
    }
    else if (word && countWord(word[0]) !== undefined) {
      tokens.push({ kind: 'num', value: make(BigInt(countWord(word[0]) ?? 0), 1n), text: String(countWord(word[0])), approx, index })
      length = word[0].replace(/\.$/, '').length
    }
    // `de helft van € 80.000, € 40.000` or `(€ 40.000)`: the result of a fraction, after a comma or in parentheses.
    else if (/^[,(]\s*(?:dus\s+|ofwel\s+|oftewel\s+)?€\s*\d/.test(rest) && previous?.kind === 'num' && tokens.at(-3)?.kind === 'num' && /helft|derde|kwart|vijfde|tiende/i.test((tokens.at(-3) as { text: string }).text))
      (tokens.push({ kind: 'eq', approx: false, word: true }), (length = 1))
    else if (rest[0] === '(') tokens.push({ kind: 'lp' })
    else if (rest[0] === ')') tokens.push({ kind: 'rp' })
    else if (rest[0] === '=') tokens.push({ kind: 'eq', approx: false })
    else if (/^[.:;!?](?:\s|$)/.test(rest)) tokens.push({ kind: 'stop' })
    else if (word) length = word[0].length
    if (!space) approx = !number && word !== null && APPROX.test(word[0])
    rest = rest.slice(length)
  }
  // A parenthesised group is arithmetic next to an operator; otherwise ("(3 fte)", "1)") it is a label.
  const drop = new Set<number>()
  const open: number[] = []
  tokens.forEach((t, i) => {
    if (t.kind === 'lp') open.push(i)
    if (t.kind !== 'rp') return
    const start = open.pop()
    if (start === undefined) return void drop.add(i)
    if (tokens[start - 1]?.kind === 'op' || tokens[i + 1]?.kind === 'op') return
    for (let k = start; k <= i; k++) drop.add(k)
  })
  open.forEach((i) => drop.add(i))
  return tokens.filter((_, i) => !drop.has(i))
}

/** Evaluate `tokens` (numbers, `+ - * /`, parentheses) exactly; undefined when malformed. */
export function evaluate(tokens: Token[]): Rational | undefined {
  let i = 0
  const factor = (): Rational | undefined => {
    const t = tokens[i++]
    if (t?.kind === 'num') return t.value
    if (t?.kind !== 'lp') return undefined
    const v = sum()
    return tokens[i++]?.kind === 'rp' ? v : undefined
  }
  const product = (): Rational | undefined => {
    let v = factor()
    for (let t = tokens[i]; v && t?.kind === 'op' && (t.op === '*' || t.op === '/'); t = tokens[i]) (i++, (v = ((r) => r && (t.op === '*' ? mul(v!, r) : div(v!, r)))(factor())))
    return v
  }
  const sum = (): Rational | undefined => {
    let v = product()
    for (let t = tokens[i]; v && t?.kind === 'op' && (t.op === '+' || t.op === '-'); t = tokens[i]) (i++, (v = ((r) => r && (t.op === '+' ? add(v!, r) : sub(v!, r)))(product())))
    return v
  }
  const v = sum()
  return i === tokens.length ? v : undefined
}

export const show = (tokens: Token[]): string =>
  tokens.map((t) => (t.kind === 'num' ? t.text : t.kind === 'op' ? { '*': '×', '-': '−', '+': '+', '/': '÷' }[t.op] : t.kind === 'lp' ? '(' : ')')).join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')

/** One `expression = result` in a text. */
export interface Equation {
  /** The expression as written (normalised operators). */
  expression: string
  /** Its exact value. */
  computed: Rational
  /** The result the text gives. */
  stated: Rational
  /** The result as written (`232.000`). */
  result: string
  /** Offset of the result in the text. */
  index: number
  /** How far the result may lie from the computation through the rounding it is written with. */
  tolerance: Rational
  /** Whether that result is final (not the start of a further computation). */
  final: boolean
  /** Whether the left side computes something (not a bare `21%`). */
  arithmetic: boolean
}

/**
 * Half a step of the rounding a number is written with. Decimals count as written (`0,84`:
 * 0,005); trailing zeros of a whole number may be rounding, down to two significant digits
 * (`232.000`: 500; `100.000`: 5.000; `5.040`: 5); after `circa`, `ongeveer` or `≈` down to one.
 *
 * @param text The number as written (`€ 232.000`, `0,84`, `10%`).
 * @param approx Whether the text calls it approximate (optional).
 * @returns The tolerance.
 */
export function rounding(text: string, approx = false): Rational {
  const percent = text.includes('%')
  const magnitude = magnitudeOf(text)
  const [whole = '', fraction = ''] = text.replace(/^[^\d]*/, '').replace(MAGNITUDE, '').replace(/,-$/, '').replace(/[^\d,]/g, '').split(',')
  let power: number
  if (fraction !== '') power = -fraction.length
  else {
    const significant = whole.replace(/^0+/, '')
    const trailing = significant.length - significant.replace(/0+$/, '').length
    power = Math.max(0, approx ? significant.length - 1 : Math.min(trailing, significant.length - 2))
  }
  // `€ 1,2 miljoen` is rounded at a tenth of a million.
  power += magnitude
  const step = power >= 0 ? make(10n ** BigInt(power), 1n) : make(1n, 10n ** BigInt(-power))
  return mul(step, make(1n, percent ? 200n : 2n))
}

/** Every `… = …` in a text (also `≈`, and `is` after a computation); a bare `21% = €50.000` has no operator and is kept as a result only. */
export function equations(text: string): Equation[] {
  const tokens = tokenize(text)
  const out: Equation[] = []
  tokens.forEach((t, k) => {
    if (t.kind !== 'eq') return
    const right = tokens[k + 1]
    if (right?.kind !== 'num') return
    // The left side: the longest run before `=` that is an expression.
    let start = k
    while (start > 0 && ['num', 'op', 'lp', 'rp'].includes(tokens[start - 1]!.kind) && !(tokens[start - 1]!.kind === 'num' && tokens[start]?.kind === 'num')) start--
    // `… 3 trajecten à € 2.000, samen € 24.000` after other numbers: `samen` may count those too
    // (`impliedEquations` reads that total of named amounts).
    if (t.word && tokens[start - 1]?.kind === 'num') return
    if (t.sum && k - start <= 1) return
    let left = tokens.slice(start, k)
    while (left.length > 0 && !evaluate(left)) left = left.slice(1)
    const computed = evaluate(left)
    if (!computed) return
    const next = tokens[k + 2]
    // `1 + 1 = 3` (samenwerking) is a saying, not a sum: every number a bare single digit.
    if ([...left, right].every((n) => n.kind !== 'num' || /^\d$/.test(n.text))) return
    out.push({
      expression: show(left),
      computed,
      stated: right.value,
      result: right.text,
      index: right.index,
      tolerance: rounding(right.text, right.approx || t.approx),
      final: next?.kind !== 'op',
      arithmetic: left.length > 1
    })
  })
  return out
}

const AMOUNT = String.raw`(?:circa\s+|ongeveer\s+|±\s*)?(€?\s*\d{1,3}(?:\.\d{3})+(?:,\d+)?|€\s*\d+(?:,\d+)?)(?!\d|\s*%)`
// `netto besparing: € 116.000`, `besparing netto € 267.000`, `netto komen we uit op 250.000`.
const NET = new RegExp(String.raw`(?:\bnetto\b|\b(?:besparing|opbrengst|resultaat|voordeel)\s+netto\b)[^.;€\d]{0,40}?` + AMOUNT, 'giu')
const BRUTO = new RegExp(String.raw`\bbruto\b[^.;€\d]{0,40}?` + AMOUNT, 'giu')
// `een besparing van € 45.000`, `levert een opbrengst op van € 12.000`, `(à € 8.000) bespaard`.
const PART = new RegExp(
  String.raw`\b(?:besparing|opbrengst|voordeel)(?:\s+\p{L}+){0,2}?\s+(?:van|op)\s+` + AMOUNT + String.raw`|` + AMOUNT + String.raw`\)?\s+(?:\p{L}+\s+)?(?:bespaard|opgebracht)\b`,
  'giu'
)

/** What a toelichting says a row yields. */
export interface Onderbouwing {
  /** The amount the onderbouwing arrives at. */
  value: Rational
  /** How far `value` may be off through the rounding of the numbers it comes from. */
  tolerance: Rational
  /** How: the computation or the words that state it. */
  detail: string
  /** `bruto − kosten` when the text gives a bruto amount and a netto result. */
  chain?: { expression: string; computed: Rational; stated: Rational; tolerance: Rational }
}

const ZERO: Rational = { n: 0n, d: 1n }

/** Read the onderbouwing of a finance row: a stated netto, or the savings it names, with the arithmetic to them. */
export function onderbouwing(text: string): Onderbouwing | undefined {
  const net = [...text.matchAll(NET)].at(-1)
  const parts = [...text.matchAll(PART)]
  if (net?.[1]) {
    const value = dutchNumber(net[1])
    const tolerance = rounding(net[1], /circa|ongeveer|±/i.test(net[0]))
    const bruto = [...text.matchAll(BRUTO)][0]
    if (!bruto?.[1] || bruto.index > net.index) return { value, tolerance, detail: '`' + net[0].trim() + '`' }
    const before = equations(text.slice(0, bruto.index)).filter((e) => e.final)
    const after = equations(text.slice(bruto.index, net.index)).filter((e) => e.final)
    // Without costs stated as results between bruto and netto the text does not compute netto.
    if (after.length === 0) return { value, tolerance, detail: '`' + net[0].trim() + '`' }
    const gross = before.length > 0 ? before.reduce((a, e) => add(a, e.stated), ZERO) : dutchNumber(bruto[1])
    const computed = after.reduce((a, e) => sub(a, e.stated), gross)
    const terms = before.length > 0 ? before.map((e) => e.stated) : [gross]
    const expression = [terms.map(number).join(' + '), ...after.map((e) => number(e.stated))].join(' − ')
    return { value, tolerance, detail: expression, chain: { expression, computed, stated: value, tolerance } }
  }
  if (parts.length === 0) return undefined
  const written = parts.map((p) => p[1] ?? p[2] ?? '0')
  const values = written.map(dutchNumber)
  return {
    value: values.reduce(add, ZERO),
    tolerance: written.map((w) => rounding(w)).reduce(add, ZERO),
    // `€ 20.000) bespaard` from `(à € 20.000) bespaard`: drop the unmatched parenthesis.
    detail: values.length > 1 ? values.map(number).join(' + ') : '`' + (parts[0]?.[0] ?? '').trim().replace(/^([^(]*)\)/, '$1') + '`'
  }
}

/** A rational as a Dutch number (`267.000`, `5.040,5`). */
export function number(value: Rational): string {
  const c = cents(value)
  const whole = Math.trunc(Math.abs(c) / 100).toLocaleString('nl-NL')
  const rest = Math.abs(c) % 100
  return (c < 0 ? '−' : '') + whole + (rest ? ',' + String(rest).padStart(2, '0').replace(/0$/, '') : '')
}

/**
 * Whether two amounts differ by more than a tolerance.
 *
 * @param a One amount.
 * @param b The other.
 * @param tolerance The allowed difference.
 * @returns `true` when `|a − b| > tolerance`.
 */
export function beyond(a: Rational, b: Rational, tolerance: Rational): boolean {
  const d = sub(a, b)
  return sub(d.n < 0n ? { n: -d.n, d: d.d } : d, tolerance).n > 0n
}
