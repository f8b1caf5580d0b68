/** An exact fraction (numerator over a positive denominator). */
export interface Rational {
  n: bigint
  d: bigint
}

type Token = { kind: 'num'; value: Rational; text: string } | { kind: 'op'; op: string } | { kind: 'lp' } | { kind: 'rp' } | { kind: 'eq' } | { kind: 'stop' }

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b))
const make = (n: bigint, d: bigint): Rational => {
  const g = gcd(n, d) || 1n
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g }
}
export const add = (a: Rational, b: Rational): Rational => make(a.n * b.d + b.n * a.d, a.d * b.d)
export const sub = (a: Rational, b: Rational): Rational => make(a.n * b.d - b.n * a.d, a.d * b.d)
const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d)
const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n)
/** Euros as whole cents, rounded half away from zero. */
export const cents = (a: Rational): number => Number((a.n * 200n + (a.n < 0n ? -a.d : a.d)) / (2n * a.d))
export const fromCents = (c: number): Rational => make(BigInt(c), 100n)

/** Dutch number (`232.000`, `0,84`, `5.040,-`, `10%`) as a rational. */
export function dutchNumber(text: string): Rational {
  const percent = text.includes('%')
  const [whole = '0', fraction = ''] = text.replace(/[^\d,]/g, '').replace(/,$/, '').split(',')
  const value = make(BigInt(whole + fraction), 10n ** BigInt(fraction.length))
  return percent ? div(value, { n: 100n, d: 1n }) : value
}

const NUMBER = /^€?\s*\d{1,3}(?:\.\d{3})+(?:,\d+)?(?:,-)?%?|^€?\s*\d+(?:,\d+)?(?:,-)?\s*%?/
const OPS: Array<[RegExp, string]> = [[/^(?:×|\\times|\*)/, '*'], [/^x(?=\s)/, '*'], [/^\+/, '+'], [/^(?:−|–)/, '-'], [/^-(?=\s)/, '-'], [/^÷/, '/']]

/** Numbers, operators, parentheses, `=` and sentence ends of a text; other words are dropped. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let rest = text
  while (rest) {
    const space = /^[\s$±]+/.exec(rest)
    const number = NUMBER.exec(rest)
    const afterSpace = /\s$/.test(text.slice(0, text.length - rest.length))
    const op = OPS.find(([re, o]) => re.test(rest) && (rest[0] !== 'x' || afterSpace) && o !== undefined)
    const word = /^[\p{L}\d'’/&-]+/u.exec(rest)
    let length = 1
    if (space) length = space[0].length
    else if (number) (tokens.push({ kind: 'num', value: dutchNumber(number[0]), text: number[0].replace(/^€\s*/, '').replace(/,-$/, '').trim() }), (length = number[0].length))
    else if (op) (tokens.push({ kind: 'op', op: op[1] }), (length = (op[0].exec(rest)?.[0] ?? ' ').length))
    else if (rest[0] === '(') tokens.push({ kind: 'lp' })
    else if (rest[0] === ')') tokens.push({ kind: 'rp' })
    else if (rest[0] === '=') tokens.push({ kind: 'eq' })
    else if (/^[.:;!?](?:\s|$)/.test(rest)) tokens.push({ kind: 'stop' })
    else if (word) length = word[0].length
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
function evaluate(tokens: Token[]): Rational | undefined {
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

const show = (tokens: Token[]): string =>
  tokens.map((t) => (t.kind === 'num' ? t.text : t.kind === 'op' ? { '*': '×', '-': '−', '+': '+', '/': '÷' }[t.op] : t.kind === 'lp' ? '(' : ')')).join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')

/** One `expression = result` in a text. */
export interface Equation {
  /** The expression as written (normalised operators). */
  expression: string
  /** Its exact value. */
  computed: Rational
  /** The result the text gives. */
  stated: Rational
  /** Whether that result is final (not the start of a further computation). */
  final: boolean
  /** Whether the left side computes something (not a bare `21%`). */
  arithmetic: boolean
}

/** Every `… = …` in a text; a bare `21% = €50.000` has no operator and is kept as a result only. */
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
    let left = tokens.slice(start, k)
    while (left.length > 0 && !evaluate(left)) left = left.slice(1)
    const computed = evaluate(left)
    if (!computed) return
    const next = tokens[k + 2]
    out.push({ expression: show(left), computed, stated: right.value, final: next?.kind !== 'op', arithmetic: left.length > 1 })
  })
  return out
}

const AMOUNT = String.raw`±?\s*(€?\s*\d{1,3}(?:\.\d{3})+(?:,\d+)?|€\s*\d+(?:,\d+)?)(?!\d|\s*%)`
const NET = new RegExp(String.raw`(?:netto\s+besparing|besparing\s+netto)\s*:?\s*` + AMOUNT, 'giu')
const BRUTO = new RegExp(String.raw`bruto\s+besparing\s*:?\s*` + AMOUNT, 'giu')
const PART = new RegExp(String.raw`besparing\s+(?:opleveren\s+|op\s+)?van\s+` + AMOUNT + String.raw`|\(a\s+` + AMOUNT + String.raw`\)\s+bespaard`, 'giu')

/** What a toelichting says a row yields. */
export interface Onderbouwing {
  /** The amount the onderbouwing arrives at. */
  value: Rational
  /** How: the computation or the words that state it. */
  detail: string
  /** `bruto − kosten` when the text gives a bruto saving and a netto result. */
  chain?: { expression: string; computed: Rational; stated: Rational }
}

/** Read the onderbouwing of a finance row: a stated netto, or the savings it names, with the arithmetic to them. */
export function onderbouwing(text: string): Onderbouwing | undefined {
  const net = [...text.matchAll(NET)].at(-1)
  const parts = [...text.matchAll(PART)]
  if (net?.[1]) {
    const value = dutchNumber(net[1])
    const bruto = [...text.matchAll(BRUTO)][0]
    if (!bruto?.[1] || bruto.index > net.index) return { value, detail: '`' + net[0].trim() + '`' }
    const before = equations(text.slice(0, bruto.index)).filter((e) => e.final)
    const after = equations(text.slice(bruto.index, net.index)).filter((e) => e.final)
    const gross = before.length > 0 ? before.reduce((a, e) => add(a, e.stated), { n: 0n, d: 1n }) : dutchNumber(bruto[1])
    const computed = after.reduce((a, e) => sub(a, e.stated), gross)
    const terms = before.length > 0 ? before.map((e) => e.stated) : [gross]
    const expression = [terms.map(number).join(' + '), ...after.map((e) => number(e.stated))].join(' − ')
    return { value, detail: expression, chain: { expression, computed, stated: value } }
  }
  if (parts.length === 0) return undefined
  const values = parts.map((p) => dutchNumber(p[1] ?? p[2] ?? '0'))
  return {
    value: values.reduce(add, { n: 0n, d: 1n }),
    detail: values.length > 1 ? values.map(number).join(' + ') : '`' + (parts[0]?.[0] ?? '').trim() + '`'
  }
}

/** A rational as a Dutch number (`267.000`, `5.040,5`). */
export function number(value: Rational): string {
  const c = cents(value)
  const whole = Math.trunc(Math.abs(c) / 100).toLocaleString('nl-NL')
  const rest = Math.abs(c) % 100
  return (c < 0 ? '−' : '') + whole + (rest ? ',' + String(rest).padStart(2, '0').replace(/0$/, '') : '')
}

/** Whether two amounts differ by more than `margin` percent of the larger one. */
export function differs(a: Rational, b: Rational, margin: number): boolean {
  const abs = (r: Rational): Rational => (r.n < 0n ? { n: -r.n, d: r.d } : r)
  const larger = sub(abs(a), abs(b)).n >= 0n ? abs(a) : abs(b)
  return sub(abs(sub(a, b)), mul(larger, make(BigInt(Math.round(margin * 100)), 10000n))).n > 0n
}
