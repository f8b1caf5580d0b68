/**
 * Calculations whose stated result is one digit off: a sentence with two numbers and a result
 * word or operator, where the product, sum or difference of the two numbers and a later number
 * of the same kind differ in exactly one digit (`12 trajecten van € 9.920, samen € 109.040`:
 * 12 × 9.920 is 119.040). The phrasing does not matter, only the numbers: a one-digit slip of a
 * number that some reading of the sentence computes is rarely chance.
 */

import { tokenize, type Token } from './calc-tokens.js'
import { cents, make } from './exact-number.js'
import { isItem, itemText } from './paragraph-ends.js'
import { memoByText, SENTENCES } from './memo.js'
import { euroFree } from './euro-free.js'
import { significant, writtenDigits } from './slip-digits.js'
import { carriedSlip, paybackSlip, resultFirstSlip, uncuedSlip } from './loose-slips.js'
import { yearCounts } from './year-counts.js'
import { ADDS, onlyIncludesThing, approxHolds, approxProductSlip, approxWordBefore, withoutOpening } from './approx-products.js'
import { boundedSlip } from './bound-products.js'
import { countsListItems } from './list-counts.js'
import { shareWords, type Num } from './slip-candidates.js'
import { meanLast, withUnits } from './tied-results.js'
import { numbersOf, slipIn, type ArithmeticSlip } from './slip-judge.js'
import { cells, sentences } from './slip-pieces.js'
import { addedSlip, asProductReads } from './slip-factors.js'
import { distantSlip } from './distant-terms.js'
import { NO_EARLIER, type Earlier } from './earlier-texts.js'
import { textTables } from './text-tables.js'
import type { FinTabel } from '@kapstok/core'
import { finTextTable } from './fin-text-table.js'
import { namedRowSlip, type PlacedTable } from './named-row-slips.js'

export type { ArithmeticSlip } from './slip-judge.js'

/**
 * The one-digit slips in a text, at most one per sentence.
 *
 * @param text The text.
 * @returns The slips, in text order.
 */
// arithmetic-slip and prose-calculation (for its fallback readings) both ask: read a text once.
export const arithmeticSlips = memoByText(readArithmeticSlips)

// The text as its rules read it (`readingText`: no emphasis, footnote marks or sources).
function readArithmeticSlips(text: string, planYears?: number, own?: FinTabel, chapter: Earlier | FinTabel[] = NO_EARLIER): ArithmeticSlip[] {
  // The finance table the text explains, as cells (a plain model object is what the memo can key on).
  const finance = own && finTextTable(own)
  // The tables of the chapter's earlier sections (or the finance tables before the own one): a total there
  // (`5.1 Kosten`) is in reach of a rest in `5.2 Dekking`.
  const chapterTables = Array.isArray(chapter) ? chapter.map(finTextTable) : chapter.text ? textTables(chapter.text) : []
  // The tables of the text itself, indexed once: a sentence under a table may name one of its rows.
  const placed: PlacedTable[] = text.includes('|') ? textTables(text).map((table) => ({ table, start: table.header[0]?.index ?? 0 })) : []
  const out: ArithmeticSlip[] = []
  let before: string[] = []
  // The paragraph before, when it is running text: a rest or change may take its whole from there.
  let paragraph: string[] = []
  let skipped: string[] = []
  // Every sentence of the paragraph so far (`before` keeps only the last three).
  let whole: string[] = []
  let plain = true
  // A lead-in that opens a list (`Vier wijken krijgen elk € 18.500:`) with items that hold no number:
  // the sentence after the list that points back (`Dat is samen € 74.000.`) computes from the lead-in.
  let lead: string | undefined
  let items = 0
  for (const sentence of sentences(text)) {
    const item = isItem(sentence.text)
    const leadWindow = !item && items > 0 && lead !== undefined && before.length === 0 && BACK.test(sentence.text) ? lead : undefined
    if (item && !/\d/.test(itemText(sentence.text))) items++
    else [lead, items] = [item || !LEAD_IN.test(sentence.text) ? undefined : sentence.text, 0]
    // The sentences before, in the same paragraph and not list items or rows: a sentence that
    // points back (`Daarmee …`, `Er resteert …`, `Dat geeft …`) computes from their numbers.
    // A term may also stand three sentences back (`In 2025 … 6.230 ton. Dat is … Het snoeihout telt
    // nog niet mee. Met die 870 ton erbij …`): read with the two sentences before first, then three.
    const windows = [before.slice(-2), ...(before.length > 2 ? [before] : [])].map((w) => (w.length > 0 ? w.join(' ') : undefined))
    // A list item starts its own context: its later sentences compute from its first (`- Het aantal
    // leden groeit naar 140. Bij een contributie van € 60 brengt dat € 8.600 op.`), but not from the
    // item or paragraph before it.
    const apart = /\n[ \t]*\n\s*$/.test(sentence.text) || sentence.text.includes('|')
    plain &&= !isItem(sentence.text) && !sentence.text.includes('|')
    if (apart) {
      const closed: string[] = plain ? before : []
      // A paragraph of prose without euro amounts (`De camping heeft 64 plaatsen.`) between a sum
      // in euros and what is taken off it leaves the sum in reach: the one before it is kept.
      // The whole paragraph is tested, not only the last three sentences `closed` holds.
      skipped = closed.length > 0 && euroFree(whole) && !whole.some((s: string) => /^\s*#/mu.test(s)) ? paragraph : []
      ;[paragraph, plain] = [closed, true]
    }
    const window = windows.at(-1)
    before = apart ? [] : isItem(sentence.text) ? [itemText(sentence.text)] : [...before, sentence.text].slice(-3)
    if (apart) whole = []
    else whole.push(sentence.text)
    for (const { start, text: piece } of cells(sentence)) {
      const prose = piece === sentence.text && !/^\s*(?:[-*+|]|\d+[.)])\s/.test(piece)
      // (A cell that is a sentence of its own, `| Toelichting | De lasten zijn … |`, reads as prose.)
      const row = (piece !== sentence.text || sentence.text.includes('|')) && !SENTENCE_CELL.test(piece)
      const slip = (prose ? [...(ownFirst(piece, planYears) ? [undefined, ...windows] : windows), ...(leadWindow ? [leadWindow] : [])] : [undefined]).reduce<ArithmeticSlip | undefined>((found, previous) => found ?? slipOf(piece, previous, row, planYears), undefined)
      const carried = (from: string[]): ArithmeticSlip | undefined => (prose && from.length > 0 ? paragraphSlip(piece, window, from, planYears) : undefined)
      const euroCarried = (): ArithmeticSlip | undefined => (piece.includes('€') ? carried(skipped) : undefined)
      // Last, a rest or sum whose terms stand farther back in the section (distant-terms).
      const distant = (): ArithmeticSlip | undefined => (prose ? distantSlip(text, sentence.start, piece, window, (t) => numbersOf(withUnits(numberTokens(t, planYears), t)), finance, chapterTables) : undefined)
      // And a change or cost of a row of a table above that the sentence names (named-row-slips).
      const above = prose && placed.length > 0 ? placed.filter((p) => p.start < sentence.start) : []
      const named = (): ArithmeticSlip | undefined => (above.length > 0 ? namedRowSlip(above, piece, () => numbersOf(withUnits(numberTokens(piece, planYears), piece))) : undefined)
      push(out, slip ?? carried(paragraph) ?? euroCarried() ?? (prose ? yearsSlip(piece, window, planYears) : undefined) ?? distant() ?? named(), start)
    }
  }
  return out
}

// The tokens of a text with the counts of years it implies (`over de jaren 2028, 2029 en 2030`) as numbers.
// A sentence is asked for them several times (read alone, as the sentence before the next one, by
// the bound and distant readers): each text is read once, and its callers get a copy of the list.
const numberTokens = (text: string, planYears: number | undefined): Token[] => readNumberTokens(text, planYears).slice()
const readNumberTokens = memoByText(numberTokensOf, SENTENCES)

function numberTokensOf(text: string, planYears: number | undefined): Token[] {
  // `tabel 4`, `bijlage 2`, `paragraaf 3.1`: the number names a part, it counts nothing.
  const tokens = tokenize(text).filter((t) => t.kind !== 'stop' && !(t.kind === 'num' && PART_NUMBER.test(text.slice(Math.max(0, t.index - 20), t.index))))
  const years = yearCounts(text, planYears).map((c): Num => ({ kind: 'num', value: make(BigInt(c.years), 1n), text: `${c.years} jaar`, approx: false, index: c.index, end: c.end, euro: false }))
  if (years.length === 0) return tokens
  return [...tokens.filter((t) => t.kind !== 'num' || !years.some((y) => t.index >= y.index && t.index < (y.end ?? y.index))), ...years].sort((a, b) => position(a) - position(b))
}
const PART_NUMBER = /\b(?:tabel|bijlage|hoofdstuk|paragraaf|figuur|grafiek|kaart|artikel|lid|stap|fase|thema|doel|principe|actie|maatregel|nr\.?|nummer|nummers)\s*$/iu
const position = (t: Token): number => (t.kind === 'num' ? t.index : -1)

// A sentence with three numbers of its own before any word that points back (`In 2029 verwachten we 1.500
// trajecten; bij € 2.150 per traject is dat € 3,5 miljoen.`) holds its whole calculation: it is read alone
// first, so that the numbers of the sentence before (`1.200 trajecten … € 2.400 per traject`) do not blur it.
function ownFirst(piece: string, planYears: number | undefined): boolean {
  const numbers = numbersOf(withUnits(numberTokens(piece, planYears), piece))
  return numbers.length >= 3 && !BACK.test(piece.slice(0, numbers[0]!.index))
}

// A sentence that opens a list with a colon.
const LEAD_IN = /:\s*$/u

// A sentence that points back to the numbers of the one before it.
const BACK = /\b(?:daarmee|daarvan|hiervan|hiermee|daarvoor|hiervoor|dus|zodat|dat|dit|die|dan|samen|totaal|resteert|resteren|blijft|gemiddeld|jaarlijks|uit\s+op|per\s+(?:jaar|inwoner|maand|stuk))\b/iu

// The slip in one sentence or cell, with the numbers of the sentence before when it points back.
function slipOf(piece: string, previous: string | undefined, row: boolean, planYears: number | undefined): ArithmeticSlip | undefined {
  // The tokenizer also stops at `;` and `:`, which often stand inside a calculation
  // (`€ 12.500 per huis; samen € 175.000`): the sentence is the unit here.
  // A written equation (`3 × € 64.000 = € 182.000`) is finance-net-stated-vs-computed's.
  if (piece.includes('=')) return undefined
  // A count of the items of a list after it (`De drie teams behandelden 310, 285 en 240 …`) is no factor or term.
  const own = withUnits(numberTokens(piece, planYears), piece).filter((t) => t.kind !== 'num' || !countsListItems(piece, t.end ?? t.index + (/^\p{L}+/u.exec(piece.slice(t.index))?.[0].length ?? 0), Number(t.value.n) / Number(t.value.d)))
  // A rounding word before the last number (`dat brengt circa € 142.000 op`) cues a result too, and so does `gemiddeld`.
  // Without any of these, only three numbers of one kind in a sentence or list item (not a table row), the last their sum or difference (loose-slips).
  if (!(CUE.test(piece) || meanLast(numbersOf(own)) || (previous !== undefined && BACK.test(piece)) || roundedLast(own, piece))) return row ? undefined : unlessRounded(piece, uncuedSlip(numbersOf(own)))
  // A short table row (`| Kernen | 12 | € 7.500 | € 80.000 |`) says its columns relate: as strong as a result word.
  const strong = row || STRONG.test(piece)
  const shares = shareWords(piece)
  // No word that adds something to a product (`inclusief`, `plus`, `waarvan`): three numbers are the whole calculation.
  // (A connective opening the sentence, `Daarnaast …`, adds the sentence to the one before, not to its product.)
  const both = `${previous ?? ''} ${withoutOpening(piece, numbersOf(own)[0]?.index ?? 0)}`
  const last = numbersOf(own).at(-1)
  // A rest named after the last number without a number of its own (`120 huur en 150 koop; de rest is nog niet
  // bepaald`) says the numbers leave something out: none of them is the outcome of the others (unless a result
  // word announces it: `samen 1.500 plekken; de overige …`).
  if (last && UNNAMED_REST.test(piece.slice(last.end ?? last.index)) && !ANNOUNCED.test(piece.slice(Math.max(0, last.index - 40), last.index))) return undefined
  // `inclusief` a thing without a number after the result (`komt uit op 3.900 m², inclusief een
  // gymzaal`) keeps the product a lower bound: read the calculation whole, and keep only a result
  // below it. Right after a price (`€ 85, inclusief reiskosten`) it says what the price covers.
  const lower = last !== undefined && onlyIncludesThing(piece.slice(last.end ?? last.index)) && !ADDS.test(`${previous ?? ''} ${piece.slice(0, last.index)}`)
  const whole = (strong || BUDGET.test(piece)) && (lower || !ADDS.test(both)) && !ROUGH.test(withoutSidedWord(both, last && approxWordBefore(piece, last.index)))
  const below = (s: ArithmeticSlip | undefined): ArithmeticSlip | undefined => (!lower || (s && cents(s.stated.value) < s.computed) ? s : undefined)
  const slip = unlessRounded(piece, below(slipFrom(piece, previous, own, strong, shares, whole, planYears)))
  return slip ? asProductReads(slip, piece, previous) : addedSlip(piece, previous, numbersOf(own).at(-1))
}

// A rounded result (`ruim € 100.000` for 120.000) one digit off is no slip when it fits its word.
function unlessRounded(piece: string, slip: ArithmeticSlip | undefined): ArithmeticSlip | undefined {
  const word = slip && approxWordBefore(piece, slip.stated.index)
  return slip && word && approxHolds(word, slip.computed, slip.stated) ? undefined : slip
}

// A payback time in the sentence, from amounts in it or in the sentences before (loose-slips).
function yearsSlip(piece: string, previous: string | undefined, planYears: number | undefined): ArithmeticSlip | undefined {
  // The stated years (`in drie jaar`) stand in the sentence itself: without `jaar` there is nothing to tokenize for.
  if (!/\bjaar\b/iu.test(piece)) return undefined
  const text = previous === undefined ? piece : `${previous} ${piece}`
  const from = text.length - piece.length
  const slip = paybackSlip(numbersOf(numberTokens(text, planYears)), text, from, STRONG)
  return slip && { ...slip, stated: { ...slip.stated, index: slip.stated.index - from, end: (slip.stated.end ?? slip.stated.index) - from } }
}

// A sentence that states a result as the last of at most three numbers, of three or more significant
// digits or after a result word, whose whole stands in the paragraph before (loose-slips).
function paragraphSlip(piece: string, previous: string | undefined, paragraph: string[], planYears: number | undefined): ArithmeticSlip | undefined {
  // (The cheap tests first: most sentences have no result word.)
  if (piece.includes('=') || !CUE.test(piece)) return undefined
  const numbersIn = (text: string): Num[] => numbersOf(withUnits(numberTokens(text, planYears), text))
  const own = numbersIn(piece)
  const stated = own.at(-1)
  if (!stated || own.length > 3 || writtenDigits(stated.text) < 3 || (significant(stated.text) < 3 && !STRONG.test(piece))) return undefined
  // The new level of a change (`van 1.740 naar 1.915`) is a term of its own sentence, not a result.
  if (/\b(?:naar|tot)\s+(?:€\s*)?$/iu.test(piece.slice(Math.max(0, stated.index - 12), stated.index))) return undefined
  const near = [...(previous === undefined ? [] : numbersIn(previous)), ...own.slice(0, -1)]
  return unlessRounded(piece, carriedSlip(near, paragraph.filter((s) => !s.includes('=')).flatMap(numbersIn), stated))
}

// A rounding word before the last of a sentence's numbers (`… € 27,50 per persoon, ongeveer € 11.200`)
// states that number as a result as plainly as `samen` does.
// (An amount only: a rounded count, `groeit met ruim 800`, is as often a change as a product.)
const roundedLast = (own: Token[], piece: string): boolean => {
  const last = numbersOf(own).at(-1)
  return last !== undefined && last.euro === true && approxWordBefore(piece, last.index) !== undefined
}

// The slip of a sentence's own numbers, or of them with the numbers of the sentence before.
function slipFrom(piece: string, previous: string | undefined, own: Token[], strong: boolean, shares: ReturnType<typeof shareWords>, whole: boolean, planYears: number | undefined): ArithmeticSlip | undefined {
  // A bound times a count is an inequality (bound-products): read so, or not at all.
  const bounded = boundedSlip(piece, numbersOf(own), previous, () => (previous === undefined ? [] : numbersOf(numberTokens(previous, planYears))))
  if (bounded !== 'unbound') return bounded
  const terms = termsOf(own, piece)
  const slip =
    slipIn(own, strong, 0, shares, whole, terms) ??
    (strong || BUDGET.test(piece) || /\buit\s+op\b|\bneer\s*(?:komt|komen)?\s+op\b/iu.test(piece) || roundedLast(own, piece) ? approxProductSlip(numbersOf(own), piece) : undefined)
  // Failing all readings with the result last: a result word may announce the result before its terms.
  const first = (): ArithmeticSlip | undefined => (shares.length === 0 ? resultFirstSlip(numbersOf(own), terms, (t) => ANNOUNCED.test(piece.slice(Math.max(0, t.index - 40), t.index)) || HEADS.test(piece.slice(t.end ?? t.index)), ADDS.test(piece)) ?? openedSlip(piece, terms, planYears) : undefined)
  // Only a sentence that states a result (one or two numbers, the result last) borrows numbers.
  // A percentage and one number (`Met een indexatie van 3,1% stijgt de bijdrage tot € 1.546.000`) apply to the amount before.
  // So does a result of three or more significant digits: numbers of the sentences before meet it by chance too rarely to need a word that points back.
  const last = numbersOf(own).at(-1)
  const points = BACK.test(piece) || (shares.length > 0 && numbersOf(own).length === 1) || (last !== undefined && significant(last.text) >= 3)
  // (Three when nothing adds to a product: the count may stand in the sentence before, `640 plaatsen. Bij 90 dagen en € 8 per dag levert dat …`.)
  // A total named first whose parts all follow explains every number of the sentence: it goes before
  // a pair of its parts one digit from a third (`€ 117.600 − € 70.900` against `€ 49.700`).
  const total = slip && numbersOf(own).length > 3 ? first() : undefined
  if (total && (total.expression.match(/\+/g) ?? []).length >= 2) return total
  if (slip || previous === undefined || !points || previous.includes('=') || numbersOf(own).length > (whole ? 3 : 2)) return slip ?? first()
  const earlier = withUnits(numberTokens(previous, planYears), previous)
  // Numbers of two sentences meet by chance more often: a round result needs a result word here too.
  // A share in words or a percentage of the amount before says a result follows, as a result word does.
  // A percentage or share in words of the sentence before, applied by a sentence that points back
  // (`De subsidie is 30 procent. Bij kosten van € 120.000 krijgt de eigenaar dus € 36.000.`). Amounts
  // only (prose-calculation reads a share of a count of a noun), and not a rounded share (`Ongeveer 80%`).
  const applied = shares.length === 0 && piece.includes('€') && BACK.test(piece) && !ROUGH.test(previous) ? shareWords(previous) : shares
  return slipIn([...earlier, ...own], strong || applied.length > 0, numbersOf(earlier).length, applied.length > 2 ? shares : applied, whole, terms) ?? first()
}

// A result whose terms follow in a bracket right after it (`Per laadpunt is dat € 2.500 (€ 540.000 voor
// 216 punten)`), or after a colon, semicolon, dash or `, namelijk`: the tokenizer drops a bracket as a
// label, so the sentence is read again with these blanked (offsets kept), the result being a number
// right before a bracket that opens with a number.
function openedSlip(piece: string, terms: Set<number>, planYears: number | undefined): ArithmeticSlip | undefined {
  if (!OPEN_NUMBER.test(piece)) return undefined
  const text = piece.replace(PARENS, (m) => ' '.repeat(m.length))
  return resultFirstSlip(numbersOf(withUnits(numberTokens(text, planYears), text)), terms, () => false, ADDS.test(piece), (t) => OPENS.test(piece.slice(t.end ?? t.index)))
}
const OPEN_NUMBER = /(?:\(|[:;]|\s[–—]|,\s+namelijk)\s*(?:€\s*)?\d/u
const PARENS = /[()]|[:;](?=\s*(?:€\s*)?\d)|(?<=\s)[–—](?=\s*(?:€\s*)?\d)|,\s+namelijk(?=\s+(?:€\s*)?\d)/gu

// The offsets of the numbers right after an operator sign or `à` (`4 bakfietsen à € 2.400`, `× 12`):
// terms, never a result. (`keer` may stand far from the number it seems to join: `vijf keer per
// jaar …, dus € 32`.)
function termsOf(tokens: Token[], text: string): Set<number> {
  return new Set(tokens.flatMap((t, i) => {
    const before = tokens[i - 2]
    const joined = t.kind === 'num' && tokens[i - 1]?.kind === 'op' && before?.kind === 'num' && before.end !== undefined && TERM_JOIN.test(text.slice(before.end, t.index))
    return joined ? [t.index] : []
  }))
}

// The sum set aside for what a sentence counts: `vraagt een budget van`, `ramen we`, `kost`.
const BUDGET = /\b(?:budget|raming|ramen|raamt|geraamd|reserveren|reserveert|gereserveerd|uittrekken|uitgetrokken|kost|kosten|kostte|kostten|vraagt|vragen|nodig|levert|leveren|leverde|leverden|oplevert|opleveren|opleverde|opleverden|brengt|brengen|bracht|brachten|opbrengst)\b/iu
// `ruim` or `bijna` right before the result (`zodat het op ruim € 50.000 uitkomt`) says on which side of
// the exact product it lies, which unlessRounded then holds it to: the product is still meant. Any other
// rounding word, or one elsewhere (`ruim 40 woningen`), leaves the exact product unmeant.
const SIDED = /^(?:ruim|bijna)$/u
const withoutSidedWord = (text: string, word: string | undefined): string =>
  word !== undefined && SIDED.test(word) ? text.replace(new RegExp(String.raw`\b${word}\b(?![\s\S]*\b${word}\b)`, 'iu'), '') : text
// Besides what adds to a product, a rounding or an approximate word: the exact product is not meant.
const UNNAMED_REST = /^[^\d€]*\b(?:de\s+rest|het\s+restant|de\s+overige|de\s+anderen?)\b[^\d€]*$/iu
const ROUGH = /\b(?:afgerond|circa|ongeveer|ruim|bijna|zo['’]n|tot)\b/iu

function push(out: ArithmeticSlip[], slip: ArithmeticSlip | undefined, start: number): void {
  const index = (slip?.stated.index ?? 0) + start
  // A short table row is read whole and cell by cell: one message per number.
  if (slip && !out.some((o) => o.stated.index === index)) out.push({ ...slip, stated: { ...slip.stated, index, ...(slip.stated.end === undefined ? {} : { end: slip.stated.end + start }) } })
}

const SENTENCE_CELL = /^\s*\p{Lu}\p{Ll}*(?:\s+[\p{L}\d€.,'’-]+){5,}[.!?]\s*$/u
// Between a term and the next: a sign or `à`, after at most two words (`4 bakfietsen à € `).
const TERM_JOIN = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:[×*+−÷]|x|à|á)\s*(?:€\s*)?$/u

// Words that say a total, a rest or a product is given; with one of them a round result
// (`€ 60.000`) is read too, without one only a result of three or more significant digits
// (round amounts are too often one digit apart by chance: 250 − 180 and 60).
// (`à` is no ASCII word character, so `\b` cannot bound it: it stands alone between non-letters.)
const STRONG = /[×+−]|\s[xX]\s|(?<!\p{L})à(?!\p{L})|\b(?:samen|totaal|opgeteld|resteert|resteren|blijft|blijven|verschil|keer|maal|elke?|iedere?|daarmee|hiermee|daarvoor|hiervoor|dus|zodat|oftewel|neer\s+op|uit\s+op|rest|restant|verdel(?:en|d)|verdeelt|verdeeld|(?:is|zijn)\s+dat|dat\s+(?:is|zijn))\b/iu

// A result word right before a number, with no other number between (`samen € 80.320 voor de 14
// lokalen`, `kost € 61.460 voor 36 deelnemers`): the number is the result, wherever its terms stand.
// (Also `dat wordt`, `dat geeft`: a demonstrative and a verb that yields, like `dat is`.)
const ANNOUNCED = new RegExp(`(?:${STRONG.source}|${BUDGET.source}|\\bdat\\s+(?:wordt|geeft|maakt)\\b)[^\\d€]{0,20}(?:€\\s*)?$`, 'iu')

// A total that opens its parts with a colon (`is € 98.340 beschikbaar: …`).
const HEADS = /^[^\d€.;!?:]{0,30}:\s/u
// A result whose terms follow in a bracket right after it (`€ 2.500 (€ 540.000 voor 216 punten)`,
// `€ 14,50 per inwoner (€ 348.000 over 24.000 inwoners)`): the bracket opens with a number.
const OPENS = /^[^\d€.;!?:()–—]{0,25}(?:\(|[:;]|\s[–—]|,\s+namelijk)\s*(?:€\s*)?\d/u

// Something must say that a calculation is made: an operator, or a word that gives a result,
// a total, a rest, a change or a price per item, or a budget verb or noun (`ramen`, `reserveren`,
// `uittrekken`, `raming`, `budget`: the sum set aside for what the sentence counts).
const CUE =
  /[×=+−]|\s[xX]\s|(?<!\p{L})à(?!\p{L})|\b(?:samen|totaal|opgeteld|resteert|resteren|blijft|blijven|over|bedraagt|neerkomt|neerkomen|uitkomt|uitkomen|stijgt|stijgen|steeg|stegen|daalt|dalen|daalde|daalden|groeit|groeien|groeide|bedragen|komt|komen|levert|leveren|leverde|leverden|kost|kosten|kostte|kostten|maakt|is|zijn|oftewel|daarmee|dus|verschil|daling|stijging|toename|afname|minder|meer|per|keer|maal|elk|ieder|ramen|raamt|geraamd|raming|begroot|begroten|reserveren|reserveert|gereserveerd|uittrekken|trekken|uitgetrokken|budget|investering|gaat\s+het\s+om|het\s+gaat\s+om)\b/iu
