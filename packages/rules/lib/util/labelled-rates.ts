/**
 * A rate looked up by its label. A text lays down several rates of one unit, each tied to a label
 * (a zone, a site, a category, a hall): in one sentence (`€ 0,95 per meter voor de werfhaven en
 * € 1,25 per meter voor de buitenhaven`), in list items (`- strook 2 (kademuur): € 6,10 per m²;`)
 * or in a table with a price column (`| Rijnkade | € 88 |` under `Prijs per m²`). A later
 * sentence applies one of them: it names that label, a quantity of the unit and one euro result
 * (`Een steiger van 9 meter in de buitenhaven betaalt € 13,25`). The label is the pointer, not a
 * repeated noun (that is `named-rates`). One reading only: the sentence names the label of one
 * rate and no other, holds no other number (a discount, a number of years, a part of the year)
 * and no other time unit than the rate's; a ceiling may cut the result.
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { dutchNumber, make, mul, sub } from './exact-number.js'
import { markdownTables } from './markdown-tables.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { countValue, near } from './per-noun-means.js'
import { CEILING } from './named-rates.js'
import { namesUnit, nounStem } from './unit-nouns.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

/** One labelled rate: its value, unit (and time unit), the words of its label and its group. */
interface Rate {
  value: string
  unit: string
  time: string
  words: string[]
  group: number
  /** Where the rate is laid down: an application must come after it. */
  index: number
  /** A ceiling in the rate's sentence or list. */
  capped: boolean
}

const UNIT = String.raw`m²|m2|m³|km²|km|kWh|[\p{L}-]{2,}`
const TIME = String.raw`jaar|maand|week|dag|nacht|seizoen|kwartaal`
// `€ 3,70 per m²`, `€ 27 per m² per jaar`, `€ 145 per m² grond`; also a bare `€ 8` that takes the unit of its group.
const RATE = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])(?:\s+per\s+(${UNIT})(?:\s+per\s+(${TIME}))?)?`, 'giu')
const MAGNITUDE = /(?:miljoen|mln|miljard|mld|duizend)/iu
// `een maximum van 14 m²`, `maximaal 14 m²`: the ceiling stands right before the quantity.
const QUANTITY_CAP = new RegExp(String.raw`(?:\bmaximum\s+van|\bmaximaal|\bten\s+hoogste|\bhoogstens)\s+${NUMBER}\s`, 'iu')
// `niet boven € 275`, `nooit hoger dan € 275`, `hooguit € 275`: the result as a bound.
const RESULT_BOUND = /\b(?:niet|nooit)\s+(?:boven|hoger\s+(?:uit\s+)?dan|meer\s+dan|uit\s+boven)\s+$|\bhooguit\s+$|\b(?:niet|nooit)\b[^.;]*\b(?:boven|dan)\s+$/iu
// Words no label is made of: articles, prepositions, pronouns, the verbs and nouns of pricing.
const FILLER = new Set(
  'de het een en of van voor in op bij aan met uit naar over tot door als ook nog dan dat dit die deze er we wij zij je u is zijn was waren geldt gelden kost kosten kostte betaalt betalen betaald rekenen rekent vragen vraagt hanteren hanteert bedraagt bedragen tarief tarieven prijs prijzen huur bedrag per euro exclusief inclusief btw jaar maand week dag nacht nu vanaf wordt worden elke elk iedere ieder onze ons'.split(' ')
)
const APPROX = /(?:circa|ca\.|ongeveer|rond|zo['’]n|ruim|bijna)\s*$/iu
// A part of a whole or a share: the result is no plain product.
const PART = /%|\bprocent\b|\b\p{L}*(?:tiende|twaalfde|derde|vierde|vijfde|helft|kwart)\b/iu
const ITEM = new RegExp(String.raw`^[ \t]*[-*][ \t]+([^:\n(]{1,60}?)[ \t]*(\([^)\n]*\))?[ \t]*:[ \t]*(€[^\n]*?)[ \t]*[;.,]?[ \t]*$`, 'u')
const LEAD_UNIT = new RegExp(String.raw`\bper\s+(${UNIT})(?:\s+per\s+(${TIME}))?`, 'iu')
// The same patterns whole, for a list item's value and a table cell.
const ITEM_RATE = new RegExp(`^${RATE.source}$`, 'iu')
const PRICE_CELL = new RegExp(String.raw`^(?:€\s*)?(${NUMBER})$`, 'u')
// In an applying sentence: each euro amount (with its `per` unit), each ceiling word, each `per` a
// time unit, and the time units a result may be per.
const EURO = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])(\s+per\s+([\p{L}²-]+))?`, 'giu')
const CEILINGS = new RegExp(CEILING.source, 'giu')
const PER_TIME = new RegExp(String.raw`\bper\s+(${TIME})\b`, 'giu')
const RESULT_TIME = new RegExp(`^(?:${TIME}|uur)$`, 'iu')

/** The words of a label, as they stand. */
const wordsOf = (text: string): string[] => text.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []
const isFiller = (word: string): boolean => FILLER.has(word.toLowerCase()) || /^\d{3,}/u.test(word)
const sameUnit = (a: string, b: string): boolean => a.replace('m2', 'm²').toLowerCase() === b.replace('m2', 'm²').toLowerCase()

/** The rates of a text with their labels, in groups of two or more of one unit. */
function labelledRatesOf(text: string): Rate[] {
  const out: Rate[] = []
  let group = 0
  const add = (pieces: Array<{ value: string; unit: string; time: string; text: string; index: number }>, capped: boolean): void => {
    // One unit for the group: a piece without one takes it, a piece with another leaves.
    const units = [...new Set(pieces.map((p) => p.unit).filter(Boolean))]
    if (units.length !== 1) return
    const kept = pieces.filter((p) => !p.unit || sameUnit(p.unit, units[0]!))
    if (kept.length < 2) return
    const times = [...new Set(kept.map((p) => p.time).filter(Boolean))]
    const words = kept.map((p) => wordsOf(p.text).filter((w) => !isFiller(w)))
    group++
    kept.forEach((p, i) => {
      // A label's words are the ones no other rate of its group has.
      const others = new Set(words.filter((_, j) => j !== i).flat().map((w) => w.toLowerCase()))
      const own = words[i]!.filter((w) => !others.has(w.toLowerCase()))
      // The label's own words, then the whole piece: a short one (`A`, `2`) only counts after a word of its piece.
      out.push({ value: p.value, unit: units[0]!, time: p.time || (times.length === 1 ? times[0]! : ''), words: own.length > 0 ? [...own, '|', ...wordsOf(p.text)] : [], group, index: p.index, capped })
    })
  }
  // Sentences with two or more rates: each rate with the words up to the nearest separator.
  for (const s of paragraphSentences(text).flat()) {
    if (/^\s*[-*|]/u.test(s.text)) continue
    const rates = [...s.text.matchAll(RATE)].filter((m) => !MAGNITUDE.test(m[1] ?? ''))
    if (rates.length < 2) continue
    const bounds = [0]
    for (let k = 1; k < rates.length; k++) {
      const from = (rates[k - 1]!.index ?? 0) + rates[k - 1]![0].length
      const between = s.text.slice(from, rates[k]!.index)
      const split = /;/u.exec(between) ?? /,|\s(?:en|of)\s/u.exec(between) ?? /:/u.exec(between)
      // Rates side by side are joined by `en`, a comma or a semicolon; without one the second
      // amount is what the first gives (`bij € 8 per m² krijgt de huurder € 360`).
      if (!split) break
      bounds.push(from + split.index + 1)
    }
    if (bounds.length !== rates.length) continue
    const opening = s.text.slice(0, rates[0]!.index)
    bounds[0] = Math.max(opening.lastIndexOf('('), opening.lastIndexOf(';')) + 1
    const parts = rates.map((m, k) => {
      const end = k + 1 < rates.length ? bounds[k + 1]! : s.text.length
      const tail = s.text.slice((m.index ?? 0) + m[0].length, end)
      const stop = tail.search(/[,;()]/u)
      return { m, before: s.text.slice(bounds[k]!, m.index), after: stop >= 0 ? tail.slice(0, stop) : tail }
    })
    // The first rate's stretch also holds the sentence's subject and verb (`De school betaalt € 0,35
    // per kWh in het daltarief en …`): its label stands where the later rates have theirs.
    const labelled = (t: string): boolean => wordsOf(t).some((w) => !isFiller(w))
    const later = parts.slice(1)
    const first = parts[0]!
    if (later.every((p) => labelled(p.after)) && labelled(first.after)) first.before = ''
    else if (later.every((p) => !labelled(p.after))) {
      const lastPreposition = [...first.before.matchAll(/\b(?:op|in|voor|bij|aan|binnen|buiten)\s/giu)].at(-1)
      const rest = lastPreposition ? first.before.slice((lastPreposition.index ?? 0) + lastPreposition[0].length) : ''
      if (labelled(rest)) first.before = rest
    }
    const pieces = parts.map(({ m, before, after }) => ({ value: m[1] ?? '', unit: m[2] ?? '', time: m[3] ?? '', text: `${before} ${after}`, index: s.index }))
    add(pieces, CEILING.test(s.text))
  }
  // List items `label (note): € rate`, with the unit in the item or in the lead line.
  const lines = text.split('\n')
  let offset = 0
  let lead = ''
  let run: Array<{ value: string; unit: string; time: string; text: string; index: number }> = []
  let leadUnit: RegExpExecArray | null = null
  const flush = (): void => {
    if (run.length >= 2) add(run.map((p) => ({ ...p, unit: p.unit || leadUnit?.[1] || '', time: p.time || leadUnit?.[2] || '' })), CEILING.test(lead))
    run = []
  }
  for (const line of lines) {
    const item = ITEM.exec(line)
    const rate = item ? ITEM_RATE.exec(item[3]!.trim()) : null
    if (item && rate && !MAGNITUDE.test(rate[1] ?? '')) {
      if (run.length === 0) leadUnit = /:\s*$/u.test(lead) && !/€/u.test(lead) ? LEAD_UNIT.exec(lead) : null
      run.push({ value: rate[1] ?? '', unit: rate[2] ?? '', time: rate[3] ?? '', text: `${item[1]} ${item[2] ?? ''}`, index: offset })
    } else if (line.trim()) {
      flush()
      lead = line
    }
    offset += line.length + 1
  }
  flush()
  // Tables with a price column (`Prijs per m²`): the row's first cell is the label.
  for (const table of markdownTables(text)) {
    if (/x\s*€\s*1\.000|€\s*x\s*1\.000/iu.test(table.intro)) continue
    table.header.forEach((head, k) => {
      const unit = LEAD_UNIT.exec(head.text)
      if (k === 0 || !unit) return
      const pieces = table.rows
        .filter((row) => !/\b(?:totaal|gemiddeld|gemiddelde)\b/iu.test(row[0]?.text ?? ''))
        .map((row) => ({ cell: row[k], label: row[0] }))
        .map(({ cell, label }) => ({ m: PRICE_CELL.exec(cell?.text.trim() ?? ''), label, cell }))
        .filter(({ m }) => m && !MAGNITUDE.test(m[1] ?? ''))
        .map(({ m, label, cell }) => ({ value: m![1] ?? '', unit: unit[1] ?? '', time: unit[2] ?? '', text: label?.text ?? '', index: cell?.index ?? 0 }))
      add(pieces, false)
    })
  }
  return out
}

// A quantity: digits or a number word (told apart below); its unit is the word after it.
const QUANTITY = new RegExp(String.raw`(?<![\p{L}\d.,€])(${NUMBER}|\p{L}+)(?![\p{L}\d])`, 'gu')

/**
 * How closely a sentence names a rate's label: 2 by one of its own words (a short one, `A` or `2`,
 * only after a word of its piece), 1 by a compound of one of them (`glas` for `isolatieglas`), 0 not.
 */
function namesLabel(sentence: string[], rate: Rate): number {
  const split = rate.words.indexOf('|')
  const own = rate.words.slice(0, split)
  const piece = new Set(rate.words.slice(split + 1).map((w) => w.toLowerCase()))
  let best = 0
  for (const w of own) {
    sentence.forEach((x, i) => {
      if (w.length <= 3 && /[\dA-Z]/u.test(w)) {
        if (x === w && piece.has((sentence[i - 1] ?? '').toLowerCase()) && !isFiller(sentence[i - 1] ?? '')) best = 2
      } else if (w.length >= 3) best = Math.max(best, nounMatch(x, w))
    })
  }
  return best
}

/** 2 for one noun, 1 for a compound and its part (`kademuur` for `kademuurherstel`, `glas` for `isolatieglas`), else 0. */
function nounMatch(a: string, b: string): number {
  if (nounStem(a) === nounStem(b)) return 2
  // The compound test on the words as written: a stem may cut a short noun too far (`glas`, `gla`).
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return short.length >= 4 && !isFiller(short) && (long.startsWith(nounStem(short)) || long.endsWith(short)) ? 1 : 0
}

/**
 * Every euro result of a labelled rate applied to a quantity of its unit in a later sentence.
 *
 * @param text Prose (with its earlier text before it, through `readAfter`).
 * @returns The products as equations (`9 meter × € 1,25`), with the rounding of the result as tolerance.
 */
export function labelledRates(text: string): Equation[] {
  const rates = labelledRatesOf(text)
  if (rates.length === 0) return []
  const out: Equation[] = []
  for (const s of paragraphSentences(text).flat()) {
    // One euro amount, the result: no rate (`€ 9 per m²`) and no part or share.
    const euros = [...s.text.matchAll(EURO)]
    if (euros.length !== 1 || PART.test(s.text)) continue
    const euro = euros[0]!
    // A ceiling is read only as a bound on the quantity carried to the result (`maximaal 11 m²
    // per pand vergoed, de subsidie komt dus nooit boven € 260`): the result's bound is then
    // wrong only below the product. Any other ceiling may have cut the result.
    const bound = CEILING.test(s.text)
    if (bound && !(QUANTITY_CAP.test(s.text) && RESULT_BOUND.test(s.text.slice(0, euro.index)) && s.text.match(CEILINGS)!.length === 1)) continue
    if (euro[3] && !RESULT_TIME.test(euro[3])) continue
    const words = wordsOf(s.text)
    // The rates whose label the sentence names most closely: one value, and no other label of its group as close.
    const scored = rates.filter((r) => r.index < s.index && r.words.length > 0).map((r) => ({ r, score: namesLabel(words, r) }))
    const top = Math.max(0, ...scored.map((x) => x.score))
    const named = scored.filter((x) => x.score === top && top > 0).map((x) => x.r)
    if (named.length === 0 || new Set(named.map((r) => `${r.value} ${r.unit}`)).size !== 1) continue
    const rate = named[0]!
    // Another time unit than the rate's is another period (`per maand` of a yearly rate).
    const times = [...s.text.matchAll(PER_TIME)].map((m) => m[1]!.toLowerCase())
    if (rate.time && times.some((t) => t !== rate.time.toLowerCase())) continue
    // The numbers besides the result: one quantity of the rate's unit, and a label's digit (`zone 2`).
    const euroAt = euro.index ?? 0
    const numbers = [...s.text.matchAll(QUANTITY)].filter((m) => {
      const at = m.index ?? 0
      if (at >= euroAt && at < euroAt + euro[0].length) return false
      const written = m[1] ?? ''
      if (/^\d/u.test(written)) return !isYearNumber(written) && !(rate.words.includes(written) && /[\p{L}]\s+$/u.test(s.text.slice(0, at)))
      return !/^(?:een|één|eén)$/iu.test(written) && parseNumberWord(written.toLowerCase()) !== undefined
    })
    if (numbers.length !== 1) continue
    const [quantity] = numbers
    const unit = /^\s*([\p{L}²³0-9-]+)/u.exec(s.text.slice((quantity!.index ?? 0) + quantity![0].length))?.[1] ?? ''
    const hectare = /^(?:ha|hectare)$/iu.test(unit) && sameUnit(rate.unit, 'm²')
    if (!hectare && (/^(?:m²|m2|m³|km²|km|kwh)$/iu.test(rate.unit) ? !sameUnit(unit, rate.unit) : !namesUnit(unit, rate.unit))) continue
    const written = quantity![1] ?? ''
    const count = countValue(written)!
    const computed = mul(mul(count, hectare ? make(10000n, 1n) : make(1n, 1n)), dutchNumber(rate.value))
    const stated = dutchNumber(euro[1] ?? '')
    if (!near(computed, stated)) continue
    // A ceiling of the rate may have cut the result: below the product it is no slip. A bound
    // carried from the quantity is wrong only below it.
    const below = sub(stated, computed).n < 0n
    if (bound ? rate.capped || !below : rate.capped && below) continue
    const approx = APPROX.test(s.text.slice(0, euroAt))
    const at = s.index + euroAt + euro[0].indexOf(euro[1] ?? '')
    out.push(proseEquation(`${written} ${unit} × € ${rate.value}`, computed, { text: euro[1] ?? '', value: stated, index: at }, approx))
  }
  return out
}
