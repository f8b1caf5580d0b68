/**
 * The changes a sentence states between two numbers: `van 80 naar 92` (also with a year, a
 * magnitude, a noun or `nu` beside the numbers), `van 40% naar 44%`, two years with a number each,
 * `850 (2023: 1.000)` and `360, tegen 480 in 2020`. Used by `share-claims`.
 */

import { magnitudeWord } from '@kapstok/nl'
import { APPROXIMATE as WORD, read, scaled } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import { MONTH } from './year-numbers.js'
import { changeSpan, roundedRange, type Span } from './share-spans.js'
import { distantYearChanges } from './share-distant-years.js'
import { allMatches } from './all-matches.js'
import { changesToLevel } from './share-changes-to-level.js'

/** A change between two numbers of a sentence. */
export interface ChangeBasis {
  /** The change, in percent of the first number. */
  actual: number
  /** The numbers, in Dutch (`van 80 naar 92`). */
  basis: string
  /** Offset of the change in the sentence. */
  index: number
  /** Offset of its end. */
  end: number
  change: true
  /** For a change of a percentage: the change in percentage points. */
  points?: number
  /** The new number divided by the old. */
  ratio?: number
  /** The changes the numbers allow when they are rounded (`19,1 miljoen`). */
  span?: Span
}

const NUMBER = PLAIN_NUMBER
const PERCENT = String.raw`\s?(?:%|procent\b)`

// A year after a number: `1.200 in 2023`, `80 eind 2024`, `1.200 (2023)`, `1.200 op 1 januari 2023`; or the rate or place
// both numbers share: `€ 240.000 per jaar`, `1.240 in de wijk Noord`; a rate and a year together (`9.400 per week in 2022`);
// a rate per any unit (`€ 35 per leerling`) and the year a new amount starts (`naar € 42 vanaf 2027`).
const WHEN = String.raw`(?:\s+per\s+(?:jaar|maand|week|kwartaal|(?!(?:${MONTH})\b)\p{Ll}[\p{L}-]*)\b|\s+in\s+(?:de\s+|het\s+)?(?:wijk|kern|buurt|dorp|regio|gemeente|stad)(?:\s+(?!naar\b|tot\b)[\p{L}-]+)?|\s+(?:in|per|eind|begin|medio|ultimo|sinds|vanaf)\s+(?:(?:19|20)\d{2}|\p{L}+\s+(?:19|20)\d{2})|\s*\(\s*(?:19|20)\d{2}\s*\)|\s+(?:op|per)\s+\d{1,2}\s+(?:${MONTH})\s+(?:19|20)\d{2}){0,2}`
const SCALE = String.raw`(\s+(?:${magnitudeWord}))?`
// After a magnitude its unit or noun may follow before the year or `naar`: `van 3,2 miljoen kWh in 2022 naar …`, `van 1,4 miljoen bezoekers naar …`.
const SCALE_UNIT = String.raw`${SCALE}(?:(?<=(?:${magnitudeWord}))\s+(?!naar\b|tot\b|in\b|per\b|eind\b|begin\b|medio\b|sinds\b)[\p{L}²³-]+)?`
// Words before a number of a change that leave it the number: `van gemiddeld 14 naar 9 weken`, `van slechts 40 naar 58`,
// `van ruim 300 naar bijna 400`, `van structureel € 240.000 naar …`.
const LEAD = String.raw`(?:(?:${WORD}|gemiddeld|structureel|jaarlijks|incidenteel|slechts|maar\s+liefst|maar|nog|al|reeds|zelfs|amper|nauwelijks)\s+)?`
// `van 90 naar 106`, `van circa 90 tot 106`, `van 1.200 in 2023 naar 1.080 in 2024`; not an age (`van 18 tot 25 jaar`)
const CHANGE = new RegExp(
  String.raw`\bvan\s+${LEAD}(?:€\s*)?(${NUMBER})${SCALE_UNIT}${WHEN}\s*,?\s+(?:naar|tot)\s+${LEAD}(?:€\s*)?(${NUMBER})(?![.,]?\d)(?!\s*-?(?:jaar|jarigen)\b)${SCALE}${WHEN}\b(?!${PERCENT})`,
  'giu'
)
// `van 41 deelnemers in 2023 naar 66 in 2026`, `van 57 nu naar 44 in 2031`, `van 315 m² nu naar 390 m²`: a noun, a unit or a time word after the first
// number, and then `naar` (`van 9 uur tot 17 uur` is a range).
const CHANGE_WORDS = new RegExp(
  String.raw`\bvan\s+${LEAD}(?:€\s*)?(${NUMBER})(?![.,]?\d)((?:\s+(?!naar\b|tot\b|in\b|per\b|eind\b|begin\b|medio\b|sinds\b)[\p{L}²³-]+){1,2})${WHEN}\s*,?\s+naar\s+${LEAD}(?:€\s*)?(${NUMBER})(?![.,]?\d)(?!\s*-?(?:jaar|jarigen)\b)(?!${PERCENT})`,
  'giu'
)
// A time before without a year: `een jaar eerder`, `vorig jaar`, `het jaar daarvoor`, `twee jaar geleden`.
const EARLIER_TIME = String.raw`(?:(?:een|één|twee|drie|vier|vijf|\d)\s+jaar\s+(?:eerder|daarvoor|ervoor|geleden)|(?:het|een)\s+jaar\s+(?:eerder|daarvoor|ervoor)|vorig\s+jaar|toen|destijds)\b`
// `360 leerlingen, tegen 480 in 2020`, `95 bussen reden er dit voorjaar dagelijks, tegen 120 in 2022`: a number against the one of another year, as a change from the earlier one;
// also against a time before without a year (`212, tegen 265 een jaar eerder`), and with the number's own year before
// `tegen` (`70 burchten in 2025 tegenover 100 vier jaar eerder`).
const AGAINST = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})(?![\d%]|[.,]\d)(?:\s+(?:[\p{L}-]+|(?<![\d.,])(?:19|20)\d{2}(?![\d.,%]))){0,8}\s*,?\s+(?:tegen|tegenover|vergeleken\s+met|ten\s+opzichte\s+van)\s+(?:de\s+|nog\s+)?(?:€\s*)?(${NUMBER})(?![\d%]|[.,]\d)(?:\s+[\p{L}-]+)?\s+(?:(?:in|eind|begin|medio)\s+((?:19|20)\d{2})\b|${EARLIER_TIME})`,
  'giu'
)
// `van 40% naar 44%`, `van 7 naar 10 procent`: a change of a percentage, in points or relative.
const CHANGE_POINTS = new RegExp(String.raw`\bvan\s+${LEAD}(${NUMBER})(?:${PERCENT})?${WHEN}\s*,?\s+(?:naar|tot)\s+${LEAD}(${NUMBER})${PERCENT}`, 'giu')
// `in 2023 waren er 1.240 meldingen, in 2024 nog 1.120`: two years, each with one number; a number after `naar`
// is the end of a change (`in 2026 naar € 2,35 miljoen in 2029`), not the number of the year before it.
const NOT_TO = String.raw`(?:(?!\bnaar\b)[^.!?\d%])`
// A year may also be a date or a part of the year: `op 1 oktober 2021`, `per 1 januari 2025`, `eind 2024`.
const AT_YEAR = String.raw`\b(?:in|(?:op|per)\s+\d{1,2}\s+(?:${MONTH})|eind|begin|medio|ultimo)\s+`
// The present counts as the latest year (`In 2021 waren het er 212, nu 236`, `… Inmiddels zijn dat er 81`).
const PRESENT = String.raw`nu|inmiddels|thans|momenteel|tegenwoordig|vandaag|op\s+dit\s+moment`
// A year with its preposition, or the present: the group holds the year or the present word.
// A year may label a list item or a line too: `- 2023: 1.240;` `- 2025: 1.480, een toename van …`.
const YEAR_LABEL = String.raw`(?<=(?:^|\n)[ \t]*(?:[-*+•][ \t]+)?)(?=(?:19|20)\d{2}[ \t]*:)`
const WHEN_SAID = String.raw`(?:${AT_YEAR}(?=(?:19|20)\d{2}\b)|${YEAR_LABEL}|(?<![\p{L}-])(?=(?:${PRESENT})(?![\p{L}-])))((?:19|20)\d{2}|${PRESENT})(?![\p{L}\d-])`
const YEARS = new RegExp(
  String.raw`${WHEN_SAID}${NOT_TO}{0,60}?(${NUMBER})(?![\d%]|[.,]\d|\s?procent)[^.!?\d%]{0,60}?${WHEN_SAID}${NOT_TO}{0,60}?(${NUMBER})(?![\d%]|[.,]\d|\s?procent)`,
  'giu'
)
// The same across two sentences of a paragraph, when the second number points back to the first
// (`In 2026 schreven 455 ouders zich in. In 2024 deden 390 dat`).
const YEARS_ACROSS = new RegExp(
  String.raw`${WHEN_SAID}[^.!?\d%\n]{0,80}?(${NUMBER})(?![\d%]|[.,]\d|\s?procent)[^!?\d%\n]{0,80}?[.;]\s+${WHEN_SAID}[^.!?\d%\n]{0,40}?\b(?:(?:dat|dit|het)\s+er|nog)\s+(?:maar\s+)?(${NUMBER})(?![\d%]|[.,]\d|\s?procent)`,
  'giu'
)
// The same when the second number carries a noun or unit the first sentence gave after its number, with no pointer
// (`In 2021 leenden 640 scholieren een fiets. In 2024 ging het om 590 scholieren`, `… 7,5 kilo … In 2026 daalde dat tot
// 8,1 kilo`, `38 gedeelde bakfietsen … In 2025 stonden er 52 bakfietsen`).
const YEARS_ACROSS_NOUN = new RegExp(
  String.raw`${WHEN_SAID}[^.!?\d%\n]{0,80}?(${NUMBER})(?![\d%]|[.,]\d)([^!?\d%\n]{0,80}?)[.;]\s+${WHEN_SAID}[^.!?\d%\n]{0,60}?(${NUMBER})(?![\d%]|[.,]\d)\s+([\p{L}'’-]{3,})`,
  'giu'
)
// Words that name nothing counted, so they tie no two numbers together.
const NO_NOUN = /^(?:van|het|een|per|met|voor|uit|aan|bij|tot|naar|meer|minder|extra|nieuwe?|procent)$/iu
const noun = (word: string): string => word.toLowerCase().replace(/['’]s$/u, '')

// The two-sentence pairs whose second number names a noun of the first sentence's number.
function acrossNoun(text: string): RegExpMatchArray[] {
  return allMatches(YEARS_ACROSS_NOUN, text).flatMap((m) => {
    const named = noun(m[6] ?? '')
    if (NO_NOUN.test(named) || !(m[3] ?? '').split(/[^\p{L}'’-]+/u).some((w) => noun(w) === named)) return []
    // The pair ends after the noun, so a bridge after it (`, een daling van`) leads to the claim.
    return [Object.assign([m[0], m[1], m[2], m[4], m[5]], { index: m.index }) as RegExpMatchArray]
  })
}
// `In 2020 rookte 18 procent; in 2024 nog 15 procent`: two years with a percentage each, in one sentence or two
// (a dot may stand between, no other number), as a change of a percentage. Either time may be said as for counts:
// a date, a part of the year or the present (`In 2021 sportte 30 procent … Nu is dat 36 procent`).
// As for counts, a percentage after `naar` ends a change (`van 48 procent in 2021 naar 54 procent in 2025, een stijging
// van 6 procent`): it is no level of the year before it, nor is the share of the change the level of the year after it.
const NOT_TO_LINE = String.raw`(?:(?!\bnaar\b)[^.!?\d\n])`
const PERCENT_YEARS = new RegExp(
  String.raw`${WHEN_SAID}${NOT_TO_LINE}{0,60}?(${NUMBER})\s?(?:%|procent\b)(?!-?\s?punt)[^!?\d\n]{0,60}?${WHEN_SAID}${NOT_TO_LINE}{0,60}?(${NUMBER})\s?(?:%|procent\b)(?!-?\s?punt)`,
  'giu'
)
// `850 (2023: 1.000)`, `5.400 ton restafval (2021: 6.000 ton)`: a number with the one of an earlier year in
// parentheses, as a change from that one.
const EARLIER = new RegExp(String.raw`(?<![\d.,])(${NUMBER})(?![\d%]|[.,]\d)(?:\s+[\p{L}-]+){0,3}\s*\(\s*(?:in\s+)?((?:19|20)\d{2})\s*:\s*(?:€\s*)?(${NUMBER})(?![\d%]|[.,]\d)(?:\s+[\p{L}-]+)?\s*\)`, 'gu')
// `318 leden, 29 meer dan in 2021 (289)`, `75 laadpalen, 30 minder dan twee jaar geleden`: a level and its
// difference with an earlier moment, as a change from the level less (or plus) that difference. The earlier level in
// brackets, when given, must agree: otherwise the numbers contradict each other and no change is read.
// A percentage there (`€ 92, 20 procent meer dan in 2024`) is the share of the change, no difference.
const LEVEL_DIFFERENCE = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})(?![\d%]|[.,]\d)(?:\s+[\p{L}-]+){0,4},\s+(${NUMBER})(?![\d%]|[.,]\d|\s?procent)\s+(?:[\p{L}-]+\s+)?(meer|minder)\s+(?:[\p{L}-]+\s+){0,2}?dan\s+(?:in\s+)?(?:(?:19|20)\d{2}|vorig\s+jaar|(?:een|twee|drie|vier|vijf|tien|\d+)\s+jaar\s+(?:geleden|eerder))(?:\s*\(\s*(${NUMBER})\s*\))?`,
  'giu'
)

// `2.480 leden, vier jaar later 2.730`, `312 in het voorjaar, een jaar daarna 287`: a number and, after a span of
// time said from it, the later one, as a change from the first (the words after the first number name what it counts).
const SPAN_LATER = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})(?![\d%]|[.,]\d|\s?procent)(?:\s+[\p{L}-]+){0,4}?\s*,\s+(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\s+(?:jaar|maanden|maand|kwartalen)\s+(?:later|daarna|daarop|erna)\s+(?:(?:nog|al|ruim|bijna|circa|ongeveer|zo['’]n)\s+)?(?:€\s*)?(${NUMBER})(?![\d%]|[.,]\d|\s?procent)`,
  'giu'
)

// A year, or the present as later than every year.
const yearOf = (said = ''): number => (/^\d+$/.test(said) ? Number(said) : Infinity)

// Two years with a number each, as a change from the earlier year to the later, in whichever order they are named
// (`in 2025 waren er 372; in 2023 nog 310` is a change from 310 to 372).
function yearChange(m: RegExpMatchArray): ChangeBasis | undefined {
  const [first, second] = [yearOf(m[1]), yearOf(m[3])]
  if (first === second || isYearNumber(m[2]) || isYearNumber(m[4])) return undefined
  const [fromText, toText] = first < second ? [m[2] ?? '', m[4] ?? ''] : [m[4] ?? '', m[2] ?? '']
  const [from, to] = [read(fromText), read(toText)]
  if (!from || to === undefined) return undefined
  const index = m.index ?? 0
  return { actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${fromText} naar ${toText}`, index, end: index + m[0].length, change: true }
}

/**
 * The changes a sentence states, in no particular order.
 *
 * @param sentence A sentence.
 * @returns Each change with its place in the sentence.
 */
export function changeBases(sentence: string): ChangeBasis[] {
  // `Na de piek van 560 in 2026 dalen de kosten met 40 procent, tot 420`: a start, a percentage and the level it reaches.
  const out: ChangeBasis[] = [...percentYearChanges(sentence), ...changesToLevel(sentence)]
  for (const m of allMatches(CHANGE_POINTS, sentence)) {
    const [from, to] = [read(m[1] ?? ''), read(m[2] ?? '')]
    if (!from || to === undefined || from > 100 || to > 100) continue
    const basis = `van ${m[1]}% naar ${m[2]}%`
    out.push({ actual: Math.abs(((to - from) / from) * 100), points: Math.abs(to - from), basis, index: m.index, end: m.index + m[0].length, change: true })
  }
  for (const m of allMatches(YEARS, sentence)) {
    const change = yearChange(m)
    if (change) out.push(change)
  }
  for (const m of allMatches(CHANGE, sentence)) {
    // `van € 900.000 naar € 1,2 miljoen`: each number in its own magnitude.
    const from = scaled(m[1], m[2])
    const to = scaled(m[3], m[4])
    // `van 2023 naar 2024` are years.
    if (!from || to === undefined || [m[1], m[3]].every((n) => isYearNumber(n))) continue
    const basis = `van ${m[1]}${m[2] ?? ''} naar ${m[3]}${m[4] ?? ''}`
    const span = changeSpan(from, to, roundedRange(m[1], m[2]), roundedRange(m[3], m[4]))
    out.push({ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis, index: m.index, end: m.index + m[0].length, change: true, ...(span ? { span } : {}) })
  }
  for (const m of allMatches(CHANGE_WORDS, sentence)) {
    const [from, to] = [read(m[1] ?? ''), read(m[3] ?? '')]
    // A magnitude after the first number is read by CHANGE (`van 1,2 miljoen naar …`).
    if (!from || to === undefined || isYearNumber(m[1]) || isYearNumber(m[3]) || new RegExp(String.raw`^\s+(?:${magnitudeWord})\b`, 'iu').test(m[2] ?? '')) continue
    out.push({ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${m[1]} naar ${m[3]}`, index: m.index, end: m.index + m[0].length, change: true })
  }
  for (const m of allMatches(AGAINST, sentence)) {
    const [now, other] = [read(m[1] ?? ''), read(m[2] ?? '')]
    if (!now || !other || isYearNumber(m[1]) || isYearNumber(m[2])) continue
    // The change runs from the earlier year: the other number's, unless the sentence names an earlier year first.
    const own = /\b((?:19|20)\d{2})\b/.exec(sentence.slice(0, m.index + m[0].length - (m[3]?.length ?? 0)))?.[1]
    const forward = own !== undefined && Number(own) < Number(m[3])
    const [fromText, toText, from, to] = forward ? [m[1], m[2], now, other] : [m[2], m[1], other, now]
    out.push({ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${fromText} naar ${toText}`, index: m.index, end: m.index + m[0].length, change: true })
  }
  for (const m of allMatches(LEVEL_DIFFERENCE, sentence)) {
    const [to, difference, given] = [read(m[1] ?? ''), read(m[2] ?? ''), m[4] === undefined ? undefined : read(m[4])]
    if (to === undefined || !difference || isYearNumber(m[1]) || isYearNumber(m[2])) continue
    const from = /^meer$/iu.test(m[3] ?? '') ? to - difference : to + difference
    // Decimals (`0,3 − 0,1`) do not subtract exactly: agree within a rounding error.
    if (from <= 0 || (given !== undefined && Math.abs(given - from) > 1e-9 * Math.max(1, Math.abs(from)))) continue
    out.push({ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${m[4] ?? from.toLocaleString('nl-NL')} naar ${m[1]}`, index: m.index, end: m.index + m[0].length, change: true })
  }
  for (const m of allMatches(SPAN_LATER, sentence)) {
    const [from, to] = [read(m[1] ?? ''), read(m[2] ?? '')]
    if (!from || to === undefined || isYearNumber(m[1]) || isYearNumber(m[2])) continue
    out.push({ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${m[1]} naar ${m[2]}`, index: m.index, end: m.index + m[0].length, change: true })
  }
  for (const m of allMatches(EARLIER, sentence)) {
    const [to, from] = [read(m[1] ?? ''), read(m[3] ?? '')]
    if (!from || to === undefined || isYearNumber(m[1])) continue
    out.push({ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${m[3]} naar ${m[1]}`, index: m.index, end: m.index + m[0].length, change: true })
  }
  return out
}

/**
 * The changes between two years with a number each in a whole text, also over two sentences
 * (`In 2026 schreven 455 ouders zich in. In 2024 deden 390 dat`), and between two years with a
 * percentage each (`In 2020 rookte 18 procent; in 2024 nog 15 procent`), with their points.
 *
 * @param text A text.
 * @returns The changes, with offsets in the text.
 */
export function yearChanges(text: string): ChangeBasis[] {
  return [...allMatches(YEARS, text), ...allMatches(YEARS_ACROSS, text), ...acrossNoun(text)].flatMap((m) => yearChange(m) ?? []).concat(percentYearChanges(text), distantYearChanges(text))
}

// Two years with a percentage each, as a change of a percentage with its points.
function percentYearChanges(text: string): ChangeBasis[] {
  return allMatches(PERCENT_YEARS, text).flatMap((m) => {
    const change = yearChange(m)
    const [from, to] = change ? change.basis.replace(/^van /, '').split(' naar ').map((n) => read(n) ?? NaN) : []
    if (!change || from === undefined || to === undefined || from > 100 || to > 100) return []
    return [{ ...change, points: Math.abs(to - from), basis: change.basis.replace(/(\d)( naar|$)/g, '$1%$2') }]
  })
}
