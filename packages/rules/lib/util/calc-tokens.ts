/**
 * The arithmetic of a text as tokens: numbers (also in words and with `miljoen`), operators as
 * signs and words (`×`, `maal`, `à`, `van elk`, `min`), parentheses, result words (`=`, `is`,
 * `samen`) and sentence ends; every other word is dropped.
 */

import { magnitudeWord, parseNumberWord } from '@kapstok/nl'
import { add, div, dutchNumber, make, mul, sub, type Rational } from './exact-number.js'
import { withoutLabels } from './calc-labels.js'
import { CHANGE_NOUN } from './change-nouns.js'
import { withoutEmphasis } from './emphasis.js'

/** A piece of a text that arithmetic is read from; other words are dropped. */
export type Token =
  | { kind: 'num'; value: Rational; text: string; approx: boolean; index: number; end?: number; euro?: boolean; spelled?: boolean }
  | { kind: 'op'; op: string; soft?: boolean }
  | { kind: 'lp' }
  | { kind: 'rp' }
  | { kind: 'eq'; approx: boolean; word?: boolean; sum?: boolean }
  | { kind: 'stop' }

// A number, with its magnitude word when it has one (`€ 1,2 miljoen`, `250k`).
const NUMBER = new RegExp(String.raw`^(?:€|EUR\b)?\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:,-)?(?:\s*%|\s+procent(?!\p{L})|\s*(?:${magnitudeWord}))?`, 'iu')
// `60 procent` is `60%`: the token's text says so, so every reader that asks for a percentage sees one.
const SPELLED_PERCENT = /\s+procent$/iu
// Operators as signs and as words (`5 maal € 4.000`, `€ 450.000 min € 200.000`).
const OPS: Array<[RegExp, string]> = [
  [/^(?:×|\\times|\*)/, '*'],
  [/^[xX](?=\s)/, '*'],
  [/^\+/, '+'],
  [/^(?:−|–)/, '-'],
  [/^-(?=\s)/, '-'],
  [/^÷/, '/'],
  [/^\/(?=\s)/, '/'],
  [/^(?:maal|keer)\b/i, '*'],
  [/^plus\b/i, '+'],
  [/^min(?:us)?\b(?!\.)/i, '-'],
  [/^gedeeld\s+door\b/i, '/'],
  [/^verminderd\s+met\b/i, '-'],
  [/^vermeerderd\s+met\b/i, '+']
]
// The first characters an operator above may start with (the word operators in either case).
const OP_START = /^[×\\*xX+−–\-÷/mkpgvMKPGV]/
// After a computation, the words that give its result on the same line: `is`, `bedraagt`, `resteert`, `samen`, `in totaal`, `: €`,
// `laat` (`€ 2,5 miljoen min € 800.000 laat € 1,7 miljoen`).
// Also `komt (het totaal) uit op`, `geeft een netto resultaat van`, and a rounding word before the number (`samen circa`).
// Whom it costs may stand between (`kosten ons`, `kost de gemeente`).
// A rounding word alone names the result too (`18 dagdelen à € 65, afgerond € 1.200`): right after a
// computation it can only round that computation's outcome.
const ROUNDING_WORD = String.raw`(?:(?:circa|ca\.|ongeveer|ruim|bijna|afgerond|dus|zo['’]n)[ \t]+)?`
const ROUNDED = String.raw`(?=[ \t]*\n?[ \t]*${ROUNDING_WORD}(?:(?:€|EUR)[ \t]*)?\d)`
const RESULT = new RegExp(
  String.raw`^(?:(?:is|zijn|ofwel|oftewel|bedraagt|bedragen|geeft|resteert|maakt|levert|kost|kosten|laat|laten|resulteert\s+in)(?:\s+(?:dat|dit|dus|dan|samen|in\s+totaal|totaal|er|ons|u|je|de\s+gemeente))*(?:\s+(?:een|het)\s+(?:[\p{L}-]+\s+){0,2}?(?:van|op))?|(?:komt|komen)(?:\s+(?:het\s+totaal|dat|dit|samen|in\s+totaal|dus))*\s+(?:uit\s+|neer\s+)?op|(?:komt|komen)\s+(?:de|het)\s+(?:[\p{L}-]+\s+){1,4}?(?:uit\s+|neer\s+)?op|(?:neer|uit)(?:komt|komen)\s+op|samen|tezamen|gezamenlijk|bij\s+elkaar|in\s+totaal|totaal|afgerond)${ROUNDED}|^:(?=[ \t]*(?:afgerond[ \t]+)?€[ \t]*\d)`,
  'iu'
)
// An amount ahead: `€ 1.500`, `EUR 1.500`, `40 duizend euro`.
const EURO = String.raw`(?:€|EUR\b|\d[\d.,]*(?:\s*(?:${magnitudeWord}))?\s+euro\b)`
// The words that give a total of several amounts: `samen`, `in totaal`, `bij elkaar`, `komen samen op`,
// `tellen op tot`, `cumulatief (is dat)`.
const TOTAL = new RegExp(
  String.raw`^(?:samen|tezamen|gezamenlijk|bij\s+elkaar|opgeteld|in\s+totaal|totaal|cumulatief(?:\s+(?:is|zijn)\s+(?:dat|dit))?|(?:telt|tellen)\s+op\s+tot|(?:komt|komen|is|zijn)\s+(?:samen|in\s+totaal|opgeteld)(?:\s+(?:uit\s+)?op)?)(?=[ \t]*${ROUNDING_WORD}${EURO})`,
  'iu'
)
// `12 trajecten à € 1.500`, `14 haltes van elk € 35.000`, `8 laadpalen (à € 6.500)`: a price per item.
const EACH = new RegExp(String.raw`^(?:\(\s*)?(?:à|á|a|ad|(?:van\s+)?(?:elk|ieder)e?)(?=\s+${EURO})`, 'iu')
// `2 fte van € 80.000`, `1.200 aanvragen van gemiddeld € 250`: a price per item, but `van` may also name a whole.
// (Not `van € A naar € B`: that amount is the start of a change, `in twee jaar van € 15,6 miljoen naar …`.)
const OF_EACH = /^van(?:\s+gemiddeld)?(?=\s+€)(?!\s+€\s*[\d.,]+(?:\s+\p{L}+)?\s+(?:naar|tot)\b)/iu
// `14 haltes voor € 35.000 per stuk`: a count and a price with `per stuk` after it.
const APIECE = /^per\s+stuk\b/iu
// `€ 250 per deelnemer voor 40 deelnemers`, `€ 400 per deelnemer; bij 25 deelnemers`: a price times a number.
const PER_FOR = /^per\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+[;,]?\s+(?:voor|bij|met)\s+(?=\d|\p{L}+\s)/iu
// What follows `per … voor` must be the count: digits or a number word.
// A number followed by a rate of its own (`bij 3.000 kWh per woning`) is a rate, not the count:
// dividing by it gives a count (`… is dat 300 woningen`); a count per period (`40 deelnemers per jaar`) stays a count.
const OWN_RATE = /^\S+\s+(?:[\p{L}²³-]+\s+){0,2}?per\s+(?!(?:jaar|maand|week|dag|kwartaal|seizoen|keer)\b)\p{L}/iu
const countFollows = (rest: string): boolean => (/^\d/.test(rest) || countWord(/^\p{L}+/u.exec(rest)?.[0] ?? '') !== undefined) && !OWN_RATE.test(rest)
// `de helft van € 80.000`, `een kwart van`: a fraction of an amount.
// The whole may be named before its amount: `een derde van het budget van € 900.000`.
const FRACTION_OF = /^(?:de\s+helft|een\s+(?:derde|kwart|vijfde|tiende)|driekwart)\s+van(?:\s+(?:de|het|ons|onze)\s+[\p{L}-]+\s+van)?(?=\s+(?:€\s*)?\d)/iu
// `vier coaches à € 60.000`, `veertien haltes`: numbers in words (not `een`, the article).
const countWord = (word: string): number | undefined => {
  const value = /^een$/i.test(word) ? undefined : parseNumberWord(word.replace(/\.$/, ''))
  return value === undefined || value < 1 || /^\d/.test(word) ? undefined : value
}
const fractionValue: Record<string, Rational> = { helft: { n: 1n, d: 2n }, derde: { n: 1n, d: 3n }, kwart: { n: 1n, d: 4n }, vijfde: { n: 1n, d: 5n }, tiende: { n: 1n, d: 10n }, driekwart: { n: 3n, d: 4n } }
// Words that make the number after them approximate: `circa € 5.000`, `ongeveer 100`, `±100`.
const APPROX = /^(?:circa|ca\.?|ongeveer|rond(?:om)?|zo['’]n|ruim|bijna|afgerond|±|≈)$/i

// Abbreviations with a full stop that do not end a sentence.
const ABBREVIATION = /^(?:ca|circa|bijv|bv|o\.a|incl|excl|nr|nrs|resp|max|min|etc|enz|jl|vs|t\.o\.v|m\.b\.t|i\.v\.m|e\.d|e\.a|mln|mld|mrd|mio|p\.m|n\.v\.t|art|lid|blz|pag|p|tel|ong|gem|st|jr|mnd|wk|km|m|ha|fte)\.$/iu

// Several readers tokenize the same sentence or paragraph (arithmetic slips, implied equations,
// the sentence fallback …): the tokens of a text are kept, since callers only read them.
const tokenized = new Map<string, Token[]>()
const KEPT = 100_000

/** Numbers, operators, parentheses, `=` and sentence ends of a text; other words are dropped. */
export function tokenize(text: string): Token[] {
  let tokens = tokenized.get(text)
  if (!tokens) {
    if (tokenized.size >= KEPT) tokenized.clear()
    tokens = tokenizeText(text.includes('*') ? withoutEmphasis(text, noOperator) : text)
    tokenized.set(text, tokens)
  }
  return tokens.slice()
}

// A star is a times sign only outside a pair of emphasis marks: `*€ 1.020.000* bij 34.000 inwoners`
// is an amount in italics, no product. A pair whose inner run has an operator or `=` in it
// (`12*€ 4.500 = € 54.000 en 3*€ 100`) may be stars between numbers, so it stays.
const OPERATOR_INSIDE = /[=×÷+]/u
const noOperator = (inner: string): boolean => !OPERATOR_INSIDE.test(inner)

// The patterns of the scan below, compiled once: the loop runs at every space and word of every text.
const SPACE = /^[\s$]+/
const WORD = /^[\p{L}\d'’/&-]+\.?|^[±≈]/u
// A blank line, a list item or a table row after a space.
const NEW_BLOCK = /\n[ \t]*(?:\n|[-*+|]\s|\d+[.)]\s)/
const EURO_SIGN = /^(?:€|EUR)/
const EURO_AFTER = /^\s*(?:euro|EUR)\b/
const PERCENT_OF = /^(?:van|op)\s+(?:(?:de|het|alle)\s+)?(?:€|EUR)?\s*\d/i
const PERCENT_BEFORE = /(?:%|procent)\s*$/iu
const ROUNDED_RESULT = /afgerond/iu
const YEAR = /^(?:19|20)\d{2}$/
const FRACTION_RESULT = /^[,(]\s*(?:dus\s+|ofwel\s+|oftewel\s+)?€\s*\d/
const FRACTION_WORD = /helft|derde|kwart|vijfde|tiende/i
const COLON = /^:\s/
// `(samen 412 deelnemers)`, `(een daling van 145)`, `(er blijft 240 over)`, `(75 minder)`: brackets that open with a word of a total,
// change or rest hold the result of what stands before them, written as a comma or colon would set it off.
// They are no label (`(2024)`, `(fase 2)`): only the brackets go. (`samen met` adds a partner, not a total.)
const RESULT_ASIDE = new RegExp(String.raw`^\(\s*(?:(?:een|de|het)\s+)?(?:samen(?!\s+met\b)|tezamen|in\s+totaal|totaal|opgeteld|bij\s+elkaar|gezamenlijk|per\s+saldo|(?:er\s+)?(?:resteert|resteren|resteerde|blijft|blijven|bleef|bleven)|verschil|tekort|overschot|${CHANGE_NOUN})\b|^\(\s*(?:€\s*)?\d[\d.,]*\s+(?:\p{L}+\s+)?(?:meer|minder|erbij|eraf)\s*\)`, 'iu')
const END = /^[.:;!?](?:\s|$)/
const SPACE_OR_END = /^(?:\s|$)/
// The first characters a reading may start with, tested before its pattern (most positions are
// words that none of them reads): a number (`€`, `EUR` in any case, a digit), a fraction (`de
// helft`, `een derde`, `driekwart`).
const NUMBER_START = /^[\d€eE]/
const FRACTION_START = /^[dDeE]/
// `\s` as a test of one character code (the same characters), for the character before a position.
const isWhite = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code >= 0xa0 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))

// What a word is to the scan: the count it spells (`veertien`) and whether it makes the next
// number approximate (`circa`). The same words come back in every text: each is read once.
interface WordReading { count: number | undefined; approx: boolean }
const readWords = new Map<string, WordReading>()
const KEPT_WORDS = 50_000
function wordReading(word: string): WordReading {
  let reading = readWords.get(word)
  if (reading === undefined) {
    if (readWords.size >= KEPT_WORDS) readWords.clear()
    reading = { count: countWord(word), approx: APPROX.test(word) }
    readWords.set(word, reading)
  }
  return reading
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = []
  let rest = text
  let approx = false
  // Brackets around a result, read without them (RESULT_ASIDE).
  let asides = 0
  while (rest) {
    const index = text.length - rest.length
    const first = rest[0]!
    const code = text.charCodeAt(index)
    const space = code === 36 || isWhite(code) ? SPACE.exec(rest) : null
    // Each reading below is needed only when the ones before it found nothing (the branches
    // further down are tried in this order): most positions are a space or a number, and the
    // thirteen operator patterns and the word pattern were run at every one of them.
    const number = space || !NUMBER_START.test(first) ? null : NUMBER.exec(rest)
    const before = index > 0 ? text.charCodeAt(index - 1) : -1
    const afterSpace = isWhite(before)
    const previous = tokens[tokens.length - 1]
    // `14 x € 35.000` and `14x € 35.000`: an `x` after a space or straight after a number.
    // A capital `X` only right after a number (`8 X € 6.500`), not a name (`Project X`).
    const times = first === 'X' ? previous?.kind === 'num' : first !== 'x' || afterSpace || (before >= 48 && before <= 57)
    // `(€ 300.000 − € 120.000) / 2`: a slash with spaces after a number divides (`t/m`, `2025 / 2026` do not).
    const slash = first !== '/' || (afterSpace && ((previous?.kind === 'num' && !isYearToken(previous)) || previous?.kind === 'rp'))
    // (Only a position that starts as an operator does can be one: most are words.)
    const op = space || number || first === '≈' || !times || !slash || !OP_START.test(rest) ? undefined : OPS.find(([re]) => re.test(rest))
    // Read for the branches after `number` and for `approx` below, which a space or a number leaves as it was or false.
    const word = space || number ? null : WORD.exec(rest)
    const reading = word === null ? undefined : wordReading(word[0])
    let length = 1
    if (space) {
      length = space[0].length
      // A blank line, a list item or a table row starts anew even without a full stop.
      // (Only a newline in the space or the three characters after it can start one.)
      const next = rest.slice(length, length + 3)
      if ((space[0].includes('\n') || next.includes('\n')) && NEW_BLOCK.test(space[0] + next) && previous && previous.kind !== 'stop') tokens.push({ kind: 'stop' })
    } else if (number) {
      const euro = EURO_SIGN.test(number[0]) || EURO_AFTER.test(rest.slice(number[0].length))
      const written = number[0].replace(/^EUR/, '').replace(SPELLED_PERCENT, '%')
      tokens.push({ kind: 'num', value: dutchNumber(written), text: written.replace(/^€\s*/, '').replace(/,-$/, '').trim(), approx, index, end: index + number[0].length, euro })
      length = number[0].length
    } else if (first === '≈') tokens.push({ kind: 'eq', approx: true })
    else if (op && isRange(rest, previous)) tokens.push({ kind: 'stop' })
    else if (op) (tokens.push({ kind: 'op', op: op[1] }), (length = (op[0].exec(rest)?.[0] ?? ' ').length))
    // `21% van € 240.000`: a percentage of an amount.
    // `2% op € 640.000` (an index or a discount on an amount) multiplies the same way; the
    // number must follow (`70% van de uitstoot. Van de 14.300 …` is no product).
    else if (previous?.kind === 'num' && previous.text.endsWith('%') && PERCENT_OF.test(rest) && PERCENT_BEFORE.test(text.slice(Math.max(0, index - 12), index))) (tokens.push({ kind: 'op', op: '*' }), (length = rest.startsWith('op') || rest.startsWith('Op') ? 2 : 3))
    // `5 × € 4.000 is € 20.000`, `… samen € 24.000`: a result word between a computation and a number.
    // (The cheap test of the tokens before first: the patterns are tried at every word.)
    else if (((previous?.kind === 'num' && tokens.at(-2)?.kind === 'op') || previous?.kind === 'rp') && RESULT.test(rest)) {
      const result = RESULT.exec(rest)?.[0] ?? ''
      // (`afgerond` and `: afgerond` say the result is rounded, to a step the text does not give.)
      tokens.push({ kind: 'eq', approx: ROUNDED_RESULT.test(rest.slice(0, result.length + 12)), word: result !== ':' })
      length = result.length
    }
    // `€ 200.000 voor A en € 150.000 voor B, in totaal € 400.000`: a total of named amounts.
    else if (previous?.kind === 'num' && previous.euro && TOTAL.test(rest)) {
      tokens.push({ kind: 'eq', approx: false, word: true, sum: true })
      length = TOTAL.exec(rest)?.[0].length ?? 1
    } else if (previous?.kind === 'num' && previous.euro && tokens.at(-2)?.kind === 'num' && !(tokens.at(-2) as { euro?: boolean }).euro && APIECE.test(rest)) {
      tokens.splice(tokens.length - 1, 0, { kind: 'op', op: '*' })
      length = (APIECE.exec(rest)?.[0] ?? ' ').length
    } else if (previous?.kind === 'num' && !YEAR.test(previous.text) && (EACH.test(rest) || (PER_FOR.test(rest) && countFollows(rest.slice(PER_FOR.exec(rest)?.[0].length ?? 0))))) {
      tokens.push({ kind: 'op', op: '*' })
      length = (EACH.exec(rest) ?? PER_FOR.exec(rest))?.[0].length ?? 1
    } else if (previous?.kind === 'num' && !previous.euro && !previous.text.includes('%') && !YEAR.test(previous.text) && OF_EACH.test(rest)) {
      tokens.push({ kind: 'op', op: '*', soft: true })
      length = OF_EACH.exec(rest)?.[0].length ?? 1
    } else if (FRACTION_START.test(first) && FRACTION_OF.test(rest)) {
      const written = FRACTION_OF.exec(rest)?.[0] ?? ''
      const key = Object.keys(fractionValue).find((k) => written.toLowerCase().includes(k)) ?? 'helft'
      tokens.push({ kind: 'num', value: fractionValue[key]!, text: written.replace(/\s+van$/i, ''), approx: false, index }, { kind: 'op', op: '*' })
      length = written.length
    }
    else if (reading?.count !== undefined) {
      const count = reading.count
      tokens.push({ kind: 'num', value: make(BigInt(count), 1n), text: String(count), approx, index, spelled: true })
      length = word![0].replace(/\.$/, '').length
    }
    // `de helft van € 80.000, € 40.000` or `(€ 40.000)`: the result of a fraction, after a comma or in parentheses.
    else if ((first === ',' || first === '(') && FRACTION_RESULT.test(rest) && previous?.kind === 'num' && tokens.at(-3)?.kind === 'num' && FRACTION_WORD.test((tokens.at(-3) as { text: string }).text))
      (tokens.push({ kind: 'eq', approx: false, word: true }), (length = 1))
    else if (first === '(' && RESULT_ASIDE.test(rest)) asides++
    else if (first === ')' && asides > 0) asides--
    else if (first === '(') tokens.push({ kind: 'lp' })
    else if (first === ')') tokens.push({ kind: 'rp' })
    else if (first === '=') tokens.push({ kind: 'eq', approx: false })
    // `… € 100.000 van de corporatie: in totaal € 650.000`: a colon before a total is no sentence end.
    else if (first === ':' && COLON.test(rest) && TOTAL.test(rest.slice(1).trimStart())) length = 1
    else if (END.test(rest)) tokens.push({ kind: 'stop' })
    else if (word) {
      length = word[0].length
      // A full stop after a word ends the sentence (`drie keer per maand. Bij € 6,10 …`), unless the word is an abbreviation (`ca.`, `incl.`).
      if (word[0].endsWith('.') && !ABBREVIATION.test(word[0]) && SPACE_OR_END.test(rest.slice(length)) && previous && previous.kind !== 'stop') tokens.push({ kind: 'stop' })
    }
    if (!space) approx = !number && reading !== undefined && reading.approx
    rest = rest.slice(length)
  }
  return withoutLabels(tokens)
}

// `2026 – 2027`, `€ 10.000 - € 15.000`: a dash up to a larger number is a range, not a subtraction
// (the minus sign `−` and the words `min`, `minus` subtract, except between years).
function isRange(rest: string, previous: Token | undefined): boolean {
  const dash = /^[–−-]\s*/.exec(rest)
  if (!dash || previous?.kind !== 'num') return false
  const next = NUMBER.exec(rest.slice(dash[0].length))
  if (next === null) return false
  if (isYearToken(previous) && /^(?:19|20)\d{2}$/.test(next[0])) return true
  return !dash[0].startsWith('−') && sub(previous.value, dutchNumber(next[0].replace(/^EUR/, ''))).n < 0n
}

/** Whether a number token is a year (`2026`), not a count or an amount. */
// A number in words (`tweeduizend`) is a count, never a year.
export const isYearToken = (t: Extract<Token, { kind: 'num' }>): boolean => !t.euro && !t.spelled && /^(?:19|20)\d{2}$/.test(t.text)

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

/** The tokens of an expression as a message shows them: `12 × 1.500`. */
export const show = (tokens: Token[]): string =>
  tokens.map((t) => (t.kind === 'num' ? t.text : t.kind === 'op' ? { '*': '×', '-': '−', '+': '+', '/': '÷' }[t.op] : t.kind === 'lp' ? '(' : ')')).join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')

