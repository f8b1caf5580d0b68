/**
 * A change said as its difference and the level it ended at, in one clause before the share:
 * "Het aantal leerlingen ging met 30 omlaag tot 90, een daling van een kwart." The level it
 * started from is the end level plus the fall (or minus the rise), and the share is the difference
 * of that start. Used by `share-claims`.
 */

import { formatDutchDecimal, magnitudeWord } from '@kapstok/nl'
import { read, scaled } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { numbersOf } from './share-back-references.js'
import { CHANGE, DOWN } from './share-span-changes.js'

const NUMBER = String.raw`(?:€\s*)?(${PLAIN_NUMBER})(?![.,]?\d)`
// `met 30 omlaag tot 90`, `is met € 40.000 gestegen naar € 310.000`, `nam met 12 af tot 88`: the difference after `met`, at most
// three words, and the end level after `tot` or `naar`, each with its magnitude (`met 250 duizend euro tot € 2,1 miljoen`).
// No percentage: `met 30% tot 90` says the share itself.
const SCALED = String.raw`${NUMBER}(?!\s*(?:%|procent))(?:\s+(${magnitudeWord}))?`
const END_LEVEL = new RegExp(String.raw`\bmet\s+${SCALED}((?:\s+[\p{L}-]+){0,3}?)\s+(?:tot|naar)\s+(?:een\s+|het\s+)?(?:\p{L}+\s+)?${SCALED}`, 'iu')
// Between the end level and the share only its noun and a bridge (`…, een stijging van`, `: dat is een kwart minder`):
// a clause of its own (`; de helft daarvan, 50 procent`) says a share of something else.
const BRIDGE_TO_SHARE = /^(?:\s+[\p{L}-]+){0,3}?[\s,;:–-]*(?:(?:dat\s+is|ofwel|oftewel)\s+)?(?:(?:een|de)\s+)?(?:\p{L}+\s+(?:van|met)\s+)?$/iu
// The direction of the change, said anywhere in the clause: down or up. A clause without either says no change. The verbs of
// change the span readers know (`daalde`, `kromp`, `nam … toe`) count, and the adverbs a difference goes with (`met 30 omlaag`,
// `met 30 terug`, `liep met 30 op`, `slonk met 45`), and the verbs of a decision (`verhogen`, `verlaagt`). A clause without
// either takes it from the share's bridge (`…, een stijging van`).
const DOWN_WORD = /\b(?:omlaag|terug\p{L}*|gezakt|zakte|zakten|slonk|slonken|geslonken|verminderd|verlaagd|verla(?:ag|g)\p{L}*)\b/iu
const UP_WORD = /\b(?:omhoog|toe|opgelopen|(?:liep|liepen|loopt|lopen)\b[^,;]*?\bop|verhoogd|verho(?:og|g)\p{L}*)\b/iu
const isDown = (clause: string): boolean => DOWN.test(clause) || DOWN_WORD.test(clause)
const isUp = (clause: string): boolean => (CHANGE.test(clause) && !DOWN.test(clause)) || UP_WORD.test(clause)

/**
 * The share a difference gives of the level it started from, with the end level in the same clause.
 *
 * @param before The sentence up to the share.
 * @returns The change in percent of the start level, or undefined when the clause has no such pair.
 */
export function endLevelChange(before: string): { actual: number; basis: string } | undefined {
  const m = END_LEVEL.exec(before)
  // The share must follow the end level with no other number between: `…, een daling van`.
  const tail = m ? before.slice(m.index + m[0].length) : ''
  if (!m || /\d/u.test(tail) || !BRIDGE_TO_SHARE.test(tail)) return undefined
  // A bare difference below the end level's number shares its magnitude (`met 0,2 tot 2,2 miljoen`); above it, it is unknown.
  const [gapNumber, endNumber] = [read(m[1] ?? ''), read(m[4] ?? '')]
  if (gapNumber === undefined || endNumber === undefined || (m[2] === undefined && m[5] !== undefined && gapNumber >= endNumber)) return undefined
  const [gap, end] = [scaled(m[1], m[2] ?? m[5]), scaled(m[4], m[5])]
  const clause = before.slice(0, m.index + m[0].length)
  const said = isDown(clause) !== isUp(clause) ? clause : tail
  const [down, up] = [isDown(said), isUp(said)]
  if (gap === undefined || end === undefined || gap <= 0 || down === up) return undefined
  const start = down ? end + gap : end - gap
  if (start <= 0) return undefined
  return { actual: (gap / start) * 100, basis: `van ${formatDutchDecimal(start)} naar ${m[4]}${m[5] ? ` ${m[5]}` : ''}` }
}


// The end level right after a share said with `met`: `daalde met 30 procent tot 656`, `groeide met een kwart naar 410`,
// `steeg met 6 procentpunt tot 31%` (then a percentage).
const LEVEL_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+)?(?:tot|naar)\s+${NUMBER}(\s?(?:%|procent\b))?`, 'iu')
const PERCENT_AFTER = new RegExp(String.raw`^\s?(?:%|procent\b)`, 'iu')

// A clause or sentence after the share that gives the level of before: `; in 2024 waren het er nog 810`, `Een jaar eerder waren dat er 810.`
// A year there must be earlier than the one the share's clause names (`in 2030 moeten het er 500 zijn` is a target).
const EARLIER_MARK = /\b(?:nog|eerder|vorig\s+jaar|daarvoor|ervoor|geleden|toen|destijds)\b/iu
const YEAR = /\b(?:19|20)\d{2}\b/gu
const yearsOf = (text: string): number[] => (text.match(YEAR) ?? []).map(Number)
const CLAUSE_AFTER = /^\s*[;,]\s*(?:en\s+|terwijl\s+)?([^;]*)$/u

/**
 * A change said by its share and end level (`Dit jaar daalde dat aantal met 30 procent tot 656.`), with the start
 * level the one count of the sentence before (`Vorig jaar stonden er 820 huishoudens op de wachtlijst.`), or of a
 * clause or sentence after it that says it is of before (`…; in 2024 waren het er nog 810.`). Two
 * percentages (`In 2021 … 27%. In 2025 steeg dat met 6 procentpunt tot 31%.`) are a change in points as well.
 *
 * @param before The sentence up to the share, ending in `met`.
 * @param after The sentence after the share.
 * @param previous The sentence before, in the same paragraph.
 * @param next The sentence after, in the same paragraph (or `''`).
 * @returns The change in percent of the start level (and in points, for two percentages), or undefined.
 */
export function levelAfterShare(before: string, after: string, previous: string, next = ''): { actual: number; basis: string; points?: number } | undefined {
  const m = LEVEL_AFTER.exec(after)
  if (!m || !/\bmet\s+$/iu.test(before) || numbersOf(before).length > 0) return undefined
  const clause = CLAUSE_AFTER.exec(after.slice(m[0].length))?.[1] ?? ''
  const own = yearsOf(before)
  const earlier = (t: string): boolean => EARLIER_MARK.test(t) || (own.length > 0 && yearsOf(t).some((y) => y < Math.min(...own)))
  const later = [clause, numbersOf(after.slice(m[0].length)).length === 0 ? next : ''].filter((t) => t !== '' && earlier(t))
  for (const source of [previous, ...later]) {
    const found = startLevel(before, m, source)
    if (found) return found
  }
  return undefined
}

// The change from the one level of a text to the end level after the share.
function startLevel(before: string, m: RegExpExecArray, previous: string): { actual: number; basis: string; points?: number } | undefined {
  const levels = numbersOf(previous)
  if (levels.length !== 1) return undefined
  // Both levels are counts, or both are percentages.
  // The level itself, not the same digits inside a year before it (`21` in `In 2021 was 21%`).
  const level = new RegExp(String.raw`(?<![\d.,])${(levels[0] ?? '').replace(/[.]/g, '\\.')}(?![\d]|[.,]\d)`, 'u').exec(previous)
  const at = (level?.index ?? 0) + (levels[0] ?? '').length
  const percent = PERCENT_AFTER.test(previous.slice(at))
  if (percent !== (m[2] !== undefined) || (!percent && /%|procent/iu.test(previous))) return undefined
  const [start, end] = [read(levels[0] ?? ''), read(m[1] ?? '')]
  const [down, up] = [isDown(before), isUp(before)]
  if (!start || end === undefined || start === end || down === up || down !== end < start) return undefined
  const sign = percent ? '%' : ''
  return { actual: (Math.abs(end - start) / start) * 100, basis: `van ${levels[0]}${sign} naar ${m[1]}${sign}`, ...(percent ? { points: Math.abs(end - start) } : {}) }
}
