/**
 * A share of a whole named earlier in the text rather than in its own sentence: "een bouwopgave
 * van 2.400 woningen" … "480 woningen, dat is 20% van de bouwopgave"; "samen 84 hectare" … "21
 * hectare, een kwart van de totale oppervlakte"; or the total row of a table whose column names
 * the noun ("van de totale kosten" beside a column `Kosten per jaar`, the part one of its cells).
 * The part is the one amount before the share, in the whole's unit.
 */

import { magnitudeWord } from '@kapstok/nl'
import type { Cell, Table } from './markdown-tables.js'
import { isMoneyWhole, isWholeNoun } from './share-totals.js'
import { scaled, withinTwo } from './share-tolerance.js'
import { isYearNumber } from './year-numbers.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { participleSet, unitAfter } from './sentence-quantities.js'
import { measureForm, sameNoun } from './noun-kinds.js'

const NUMBER = PLAIN_NUMBER
/** A whole stated in a sentence: its value, as written, its unit and the noun it is named by. */
export interface NamedWhole {
  value: number
  written: string
  /** `€`, a measure (`m²`, `hectare`) or a counted noun (`woningen`); empty when none follows. */
  unit: string
  /** The noun that names it (`opgave`, `kosten`); empty for `samen` and `in totaal`. */
  noun: string
  /** What the noun is of (`programma` in `de totale kosten van het programma`); empty when not said. */
  of: string
  /** Whether it is named as everything (`samen`, `in totaal`, `de totale kosten`). */
  total: boolean
  /** Whether it is only a count of its unit (`De gemeente beheert 240 gemalen`), named by no noun. */
  counted?: boolean
  /** The year that labels it (`€ 4,1 miljoen in 2028`, `310 leden (2024)`), when one follows right after. */
  year?: string
  /** Whether its sentence sets it as the part of a share (`Daarvan … 60%: 240 aanvragen`): no whole of `alle`. */
  part?: boolean
  /** For a count: the rest of its sentence, whose participle may name the set (`… 700 gezinnen aangemeld`). */
  rest?: string
}

// A count that its sentence already sets as a part of a share: after the share and a colon (`werd 60% toegekend: 240
// aanvragen`), right before its share (`240 aanvragen (60%)`, `240 aanvragen, 60 procent`; not a change: `, 8% minder`), or in a sentence that takes
// from an earlier whole (`Daarvan …`, `waarvan 240`).
const SHARE_THEN_COLON = /(?:%|procent)[^\d%]*:\s*(?:€\s*)?$/iu
const THEN_SHARE = /^\s*(?:[\p{L}-]+\s+){0,2}[(,]\s*(?:(?:ruim|bijna|circa|ongeveer)\s+)?\d+(?:,\d+)?\s*(?:%|procent)(?!\s*(?:meer|minder|hoger|lager|groter|kleiner)\b)/iu
const TAKEN_FROM = /^\s*(?:daarvan|hiervan|van\s+hen|van\s+wie)\b/iu
const OF_WHICH = /\b(?:waarvan|van\s+wie)\s+(?:\p{L}+\s+)?(?:€\s*)?$/iu
const setAsPart = (sentence: string, at: number, length: number): boolean =>
  SHARE_THEN_COLON.test(sentence.slice(0, at)) || THEN_SHARE.test(sentence.slice(at + length)) || TAKEN_FROM.test(sentence) || OF_WHICH.test(sentence.slice(0, at))

// A year right after an amount labels it: `€ 4,1 miljoen in 2028`, `tot 310 leden in 2024`, `(2024)`. The amount's
// match may have taken `in` as its noun already.
const LABEL_YEAR = /^\s*(?:\(\s*|(?:in|voor|per|over)\s+)?((?:19|20)\d{2})\b/iu
const yearAfter = (sentence: string, end: number): string | undefined => LABEL_YEAR.exec(sentence.slice(end, end + 20))?.[1]
// The one year a sentence names before its share (`In 2028 draagt de provincie …`), if it names exactly one.
const YEAR = /\b(?:19|20)\d{2}\b/gu
export const oneYear = (text: string): string | undefined => {
  const years = new Set(text.match(YEAR) ?? [])
  return years.size === 1 ? [...years][0] : undefined
}
// A whole labelled by another year than the part's is the whole of another year.
const sameYear = (w: NamedWhole, year: string | undefined): boolean => year === undefined || w.year === undefined || w.year === year

const AMOUNT = String.raw`(€\s*)?(${NUMBER})(?![\d]|[.,]\d)(\s+(?:${magnitudeWord}))?(?!\s?(?:%|procent))(?:\s*(m²|m2|km²)|\s+([\p{L}-]+))?`
const ALL = String.raw`totale|gehele|hele|volledige`
// An adjective that narrows a whole's noun without making it another whole: `het stuurbare volume`, `de jaarlijkse lasten`.
const ADJECTIVE = String.raw`(?:\p{L}+(?:bare|lijke|ische|ige|ele|ale|ieve|se)\s+)`
// `samen 84 hectare`, `in totaal 480 plaatsen`, `Samen beslaan de zes parken 84 hectare`.
const TOGETHER = new RegExp(String.raw`\b(?:in\s+totaal|samen|tezamen|totaal)\s+(?:[\p{L}-]+\s+){0,4}?${AMOUNT}`, 'giu')
// `een bouwopgave van 2.400 woningen`, `de totale kosten van € 4.000.000`, `de totale kosten van het programma zijn € 4.000.000`,
// and a stock with what it holds: `Het wagenpark bestaat uit 64 voertuigen`, `Ons bestand telt 900 adressen`.
const NAMED = new RegExp(
  String.raw`\b(?:de|het|een|onze|ons)\s+(?:(${ALL}|resterende)\s+)?${ADJECTIVE}?(\p{L}[\p{L}-]{3,})\s*,?\s+(?:van\s+(?:de|het)\s+([\p{L}-]+)\s+)?(?:(?:is|zijn|bedraagt|bedragen|van|komt\s+uit\s+op|komen\s+uit\s+op|bestaat\s+uit|telt|omvat|beslaat)\s+)(?:(?:daarmee|dus|nu|dan)\s+)?(?:in\s+totaal\s+|ruim\s+|circa\s+)?${AMOUNT}`,
  'giu'
)
// The share's whole: `van de resterende bouwopgave`, `van de totale oppervlakte`, `van het totaal`.
// What follows the noun (`van de sport`) says which whole: another than one named of something else.
const OF_NAMED = new RegExp(String.raw`^\s+van\s+(?:de|het|onze|ons)\s+(?:(${ALL}|resterende|huidige)\s+)?${ADJECTIVE}?([\p{L}-]+)(?:\s+(?:van|voor)\s+(?:de|het|onze|ons)\s+([\p{L}-]+))?`, 'iu')
// `van alle speelplekken.`: every one of a thing, nothing narrowing it.
const OF_ALL_COUNTED = /^\s+van\s+alle\s+(\p{L}[\p{L}-]{3,})\s*(?:[.;,:)]|$)/iu
const PART = new RegExp(String.raw`(?<![\d.,])${AMOUNT}`, 'giu')
/** A unit of measure, not a counted noun: a share of it is of the same measure only. */
export const MEASURE = /^(?:m²|m2|m³|m3|km²|hectare|ha|kilometer|km|meter|ton|kiloton|kton|kg|kilo|liter|kwh|mwh|gwh|uur|uren)$/iu

// The noun after a count as written in a text (`mwh` in `1.470 MWh`), lower case; empty when a function word
// follows (`11 van 58 hectare`: the part takes the whole's unit).
// Only a short stretch after the count is read: a long line stays linear.
export const wordAfter = (text: string, count: string, index = text.indexOf(count)): string => {
  const at = index + count.length
  return unitAfter(text.slice(at, at + 60)).split(' ')[0] ?? ''
}

/**
 * Whether two counts measure different things: one in a unit of measure (`MWh`, `hectare`) and the
 * other not, or in another unit. Counts of two nouns (`vragenlijsten`, `respondenten`) may still be
 * part and whole, but 1.470 MWh is no part of 5.095 armaturen.
 */
export function measureClash(text: string, a: string, b: string): boolean {
  return unitsClash(wordAfter(text, a), wordAfter(text, b))
}

// Re-exported for the readers that import the measure spellings from here.
export { measureForm }

/** Whether two nouns after counts (as `wordAfter` reads them) are a measure and something else, or two measures. */
export const unitsClash = (x: string, y: string): boolean => x !== '' && y !== '' && (MEASURE.test(x) || MEASURE.test(y)) && measureForm(x) !== measureForm(y)

// An amount's groups: euro sign, number, magnitude word, measure sign, the word after it.
type Groups = Array<string | undefined>
const unitOf = (g: Groups): string => (g[0] ? '€' : (g[3] ?? g[4] ?? '').toLowerCase().replace('m2', 'm²'))
const valueOf = (g: Groups): number | undefined => scaled(g[1], g[2]?.trim())
const writtenOf = (g: Groups): string => `${g[0] ? '€ ' : ''}${g[1]}${g[2] ?? ''}`

/**
 * The wholes a sentence names: with `samen` or `in totaal`, or a noun with its amount.
 *
 * @param sentence A sentence.
 * @returns The wholes in order.
 */
export function namedWholes(sentence: string): NamedWhole[] {
  const out: Array<NamedWhole & { at: number }> = []
  const push = (at: number, g: Groups, noun: string, total: boolean, of: string): void => {
    const value = valueOf(g)
    if (value && !isYearNumber(g[1])) out.push({ value, written: writtenOf(g), unit: unitOf(g), noun, of, total, at, ...label(end) })
  }
  const label = (end: number): { year?: string } => {
    const year = yearAfter(sentence, end)
    return year ? { year } : {}
  }
  let end = 0
  for (const m of sentence.matchAll(TOGETHER)) (end = m.index + m[0].length), push(m.index, m.slice(1, 6), '', true, '')
  // Every count of a thing (`240 gemalen`) may be the whole that `van het totaal` or `van het bestand` later names.
  // So may every amount (`verdeelt € 2,5 miljoen`) for `van het geld`, `van de middelen`.
  for (const m of sentence.matchAll(PART)) {
    const part = setAsPart(sentence, m.index, m[0].length) ? { part: true } : {}
    const rest = sentence.slice(m.index + m[0].length)
    if (m[1] || /^\p{L}{4,}$/u.test(m[5] ?? '')) out.push(...countOf(m.index, m.slice(1, 6)).map((w) => ({ ...w, ...label(m.index + m[0].length), ...part, rest })))
  }
  // `de resterende …` is what is left, not everything.
  for (const m of sentence.matchAll(NAMED)) (end = m.index + m[0].length), push(m.index, m.slice(4, 9), (m[2] ?? '').toLowerCase(), Boolean(m[1] && !/resterende/i.test(m[1])), (m[3] ?? '').toLowerCase())
  return out.sort((a, b) => a.at - b.at).map(({ at: _, ...whole }) => whole)
}

// A count of a thing as a whole without a name.
const countOf = (at: number, g: Groups): Array<NamedWhole & { at: number }> => {
  const value = valueOf(g)
  return value && (g[0] || !g[2]) && !isYearNumber(g[1]) ? [{ value, written: writtenOf(g), unit: unitOf(g), noun: '', of: '', total: false, counted: true, at }] : []
}

/** Whether a word names a noun: equal to it, or a compound ending in it of four letters or more (`sportverenigingen`, `verenigingen`). */
export const namesNoun = (word: string, noun: string): boolean => word === noun || (noun.length >= 4 && word.endsWith(noun))

/**
 * The share a sentence says of a whole named earlier in the text or of a table's total row.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param wholes The wholes named in the sentences before, in order.
 * @param tables The tables of the text.
 * @param stated The percentage the share says (optional).
 * @param year The one year the share's sentence names before it, whose whole it is (optional).
 * @returns The share the numbers give, or undefined.
 */
export function shareOfNamed(before: string, after: string, named: NamedWhole[], tables: Table[], stated?: number, year = oneYear(before)): { actual: number; basis: string } | undefined {
  // `In 2028 betaalt de provincie € 900.000, … van de uitgaven` after uitgaven `van € 1,2 miljoen in 2028 tot € 1,5 miljoen in 2031`.
  const wholes = named.filter((w) => sameYear(w, year))
  const of = OF_NAMED.exec(after)
  const noun = of?.[2]?.toLowerCase() ?? ''
  // The whole's own amount is no part of it: `Het budget van € 3 miljoen …, € 400.000 voor … Dat is … van het budget.`
  const ownWhole = (g: Groups): boolean => wholes.some((w) => w.noun !== '' && sameNoun(w.noun, noun) && w.value === valueOf(g) && w.unit === unitOf(g))
  const parts = [...before.matchAll(PART)].filter((m) => !isYearNumber(m[2]) && !ownWhole(m.slice(1, 6)))
  const part = parts[0]?.slice(1, 6) ?? []
  const value = valueOf(part)
  // Two amounts before the share: which one (or their sum) it is of cannot be told.
  if (parts.length !== 1 || !value) return undefined
  const unit = unitOf(part)
  // `9 speelplekken … Dat is bijna een kwart van alle speelplekken.`: all that an earlier count counts.
  const all = OF_ALL_COUNTED.exec(after)?.[1]?.toLowerCase()
  if (!of && all !== undefined && !MEASURE.test(unit) && unit !== '€' && (unit === '' || sameNoun(unit, all) || placedAmong(before, all))) {
    const counted = countedWhole(wholes, value, all, stated)
    return counted && { actual: (value / counted.value) * 100, basis: `${writtenOf(part)} van ${counted.written}` }
  }
  if (!of) return undefined
  const ofWhat = of?.[3]?.toLowerCase() ?? ''
  const byNoun = wholes.filter((w) => w.noun && sameNoun(w.noun, noun) && (ofWhat === '' || w.of === ofWhat))
  const everything = (Boolean(of[1] && !/resterende|huidige/i.test(of[1])) || isWholeNoun(noun)) && ofWhat === ''
  const fitting = (byNoun.length > 0 ? byNoun : everything ? wholes.filter((w) => w.total) : []).filter((w) => w.value > value && sameUnit(unit, w.unit))
  // A bare count is taken only for a whole that nothing narrows (`van het bestand.`, not `van de voorraad in de regio`).
  const closed = /^\s*(?:[.;,:)]|$)/u.test(after.slice(of[0].length))
  // An amount's share of the money (`van het geld`, `van de middelen`) is of everything too.
  const ofMoney = unit === '€' && isMoneyWhole(noun) && ofWhat === ''
  const whole = fitting.at(-1) ?? ((everything || ofMoney) && closed && byNoun.length === 0 ? countedWhole(wholes, value, unit, stated) : undefined)
  if (whole) return { actual: (value / whole.value) * 100, basis: `${writtenOf(part)} van ${whole.written}` }
  return everything || byNoun.length === 0 ? ofColumnTotal(tables, everything ? '' : noun, value, unit) : undefined
}

// `Bij de vrijwilligers telden we 45 studenten …`, `Van de leden zijn 30 senioren …`: the part is placed among
// the whole's noun by its own sentence, so it counts that noun whatever it calls itself. No number may follow the noun:
// `onder de 120 leden` names another whole.
const placedAmong = (before: string, noun: string): boolean =>
  [...before.matchAll(AMONG)].some((m) => sameNoun((m[1] ?? '').toLowerCase(), noun))
const AMONG = /\b(?:onder|van|bij)\s+(?:de|alle|onze|deze|die)\s+(\p{L}[\p{L}-]{3,})\b(?!\s+\d)/giu

// `Veertien gemalen … Dat is ruim 10 procent van het bestand` after `De gemeente beheert 240 gemalen`: the nearest
// earlier count of the part's thing (or of a compound of it: `scholen`, `basisscholen`), or the nearest amount for an amount. Such a count may be of another
// whole than the one meant (all homes, where the share is of the homes to build), so it is taken only when the share
// said lies within a factor two of what it gives; farther off, the share is of numbers named elsewhere.
function countedWhole(wholes: NamedWhole[], part: number, unit: string, stated: number | undefined): NamedWhole | undefined {
  if (stated === undefined || (unit !== '€' && (unit.length < 4 || MEASURE.test(unit)))) return undefined
  // A count set as the part of another share is no whole of all: `… afgehandeld: 240 aanvragen` before `van alle aanvragen`.
  const whole = wholes.filter((w) => w.counted && !w.part && w.value > part && (unit === '€' ? w.unit === '€' : sameNoun(w.unit, unit) || participleSet(unit, w.rest ?? ''))).at(-1)
  const actual = whole ? (part / whole.value) * 100 : 0
  return whole && withinTwo(actual, stated) ? whole : undefined
}

// Units agree when both are euro or both the same measure; a counted noun agrees with the same noun or none.
function sameUnit(part: string, whole: string): boolean {
  if (part === '€' || whole === '€') return part === whole
  if (MEASURE.test(part) || MEASURE.test(whole)) return measureForm(part) === measureForm(whole)
  return whole === '' || part === whole
}

const CELL = new RegExp(String.raw`^\**\s*(€\s*)?(${NUMBER})\s*\**$`, 'u')
const TOTAL_ROW = /^\**\s*(?:totaal|in\s+totaal|samen)\b/iu
const cellValue = (cell: Cell | undefined): { value: number; euro: boolean } | undefined => {
  const m = CELL.exec(cell?.text ?? '')
  const value = scaled(m?.[2], undefined)
  return m && value !== undefined ? { value, euro: Boolean(m[1]) } : undefined
}

// The columns of a table whose header names the noun (`Kosten per jaar` for `kosten`) and that have a total row; every
// such column for no noun (a share `van het totaal` may be of any column, as long as one cell alone holds the part).
function totalledColumns(table: Table, noun: string): Array<{ k: number; total: Cell[]; whole: { value: number; euro: boolean } }> {
  const total = table.rows.find((r) => TOTAL_ROW.test(r[0]?.text ?? ''))
  return table.header.flatMap((head, k) => {
    const words = head.text.toLowerCase().split(/[^\p{L}-]+/u)
    const whole = cellValue(total?.[k])
    return k === 0 || !total || !whole || (noun !== '' && !words.some((w) => sameNoun(w, noun))) ? [] : [{ k, total, whole }]
  })
}
const cellText = (cell: Cell | undefined): string => cell?.text.replace(/\*/g, '').trim() ?? ''

// The part is a cell of a column whose header names the noun (`Kosten per jaar` for `kosten`; any column for `het totaal`), and the column has a total row: the share is of that total.
// A table of amounts without euro signs is in thousands or millions (`x € 1.000`): an amount in the text is its cell at that scale.
const BARE_SCALES = [1_000, 1_000_000]
function ofColumnTotal(tables: Table[], noun: string, value: number, unit: string): { actual: number; basis: string } | undefined {
  const found: Array<{ actual: number; basis: string }> = []
  for (const table of tables) {
    for (const { k, total, whole } of totalledColumns(table, noun)) {
      const scales = unit === '€' ? (whole.euro ? [1] : BARE_SCALES) : whole.euro ? [] : [1]
      for (const scale of scales) {
        const cell = table.rows.find((r) => r !== total && Math.abs((cellValue(r[k])?.value ?? -1) - value / scale) < 1e-6)
        if (cell) found.push({ actual: (value / scale / whole.value) * 100, basis: `${cellText(cell[k])} van ${cellText(total[k])}` })
      }
    }
  }
  return found.length === 1 ? found[0] : undefined
}

/**
 * The share of a count set off with its noun after the share (`Een op de drie, 490 inwoners,`),
 * of the nearest earlier whole of that noun: a count in a sentence before (`2.450 inwoners`) or the
 * total row of a table before it whose column names the noun (`Respondenten`). As for any bare count,
 * the share said must lie within a factor two of what it gives.
 *
 * @param part The count and its noun.
 * @param wholes The wholes named in the sentences before, in order.
 * @param tables The tables of the text.
 * @param at Where the share's sentence starts in the text: only tables before it count.
 * @param stated The percentage the share says.
 * @returns The share the numbers give, or undefined.
 */
export function countedPartShare(part: { written: string; value: number; noun: string }, wholes: NamedWhole[], tables: Table[], at: number, stated: number): { actual: number; basis: string } | undefined {
  const counted = countedWhole(wholes, part.value, part.noun, stated)
  if (counted) return { actual: (part.value / counted.value) * 100, basis: `${part.written} van ${counted.written}` }
  const columns = tables.filter((t) => (t.header[0]?.index ?? at) < at).flatMap((t) => (part.noun === '' ? [] : totalledColumns(t, part.noun))).filter((c) => !c.whole.euro && c.whole.value > part.value)
  const column = columns.at(-1)
  const actual = column ? (part.value / column.whole.value) * 100 : 0
  return column && withinTwo(actual, stated) ? { actual, basis: `${part.written} van ${cellText(column.total[column.k])}` } : undefined
}
