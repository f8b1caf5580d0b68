/**
 * A change said from a level to a new one by a percentage between them: "Na de piek van 560 in 2026
 * dalen de kosten met 40 procent, tot 420", "Het aantal van 80 plaatsen groeit met 25% tot 100",
 * "De 1.200 meldingen in 2024 nemen in 2025 met 10 procent af tot 1.080". The start is the level
 * before the verb (after `van`, `vanaf` or `nu`, or with its year), the end the level after `tot` or
 * `naar`; the percentage is the share of that change. (Amounts in euros with the calculation are
 * prose-calculation's too; a percentage claim reads counts and amounts alike.)
 */

import { APPROXIMATE, read } from './share-tolerance.js'
import { PLAIN_NUMBER as NUMBER } from './plain-number.js'
import { isYearNumber, MONTH } from './year-numbers.js'
import { CHANGE_VERB } from './year-span-changes.js'
import { allMatches } from './all-matches.js'
import { sameNoun } from './noun-kinds.js'
import type { ChangeBasis } from './share-changes.js'

// The start: a level after `van`, `vanaf` or `nu` (`de piek van 560`, `nu € 300.000`), or one with its year
// (`560 meldingen in 2026`). Group 1 or 2 is its number; the day of a date (`vanaf 1 maart`) is none.
const START = String.raw`(?:\b(?:van|vanaf|nu)\s+(?:€\s*)?(${NUMBER})|(?<![\d.,])(?:€\s*)?(${NUMBER})(?=(?:\s+[\p{L}-]+)?\s+in\s+(?:19|20)\d{2}\b))(?![\d%]|[.,]\d|\s?procent)(?!\s+(?:${MONTH})\b)`
// Between start and percentage: words and years only (another number would be the level the percentage is of).
const BETWEEN = String.raw`((?:[^\d%;:!?€]|(?<![\d.,])(?:19|20)\d{2}(?![\d.,%])){1,120}?)`
// The percentage after `met`, then the new level after `tot` or `naar`, a comma allowed between. Group 3 is the new level.
// The particle or participle of the verb may stand between (`neemt met 10 procent toe, naar 1.260`, `is met 20% gedaald tot`).
const PARTICLE = String.raw`(?:\s+(?:toe|af|op|terug|omhoog|omlaag|gestegen|gedaald|gegroeid|gekrompen|toegenomen|afgenomen|opgelopen|teruggelopen|verhoogd|verlaagd))?`
const TO_LEVEL = String.raw`\bmet\s+(?:(?:${APPROXIMATE})\s+)?(?:${NUMBER})\s?(?:%|procent\b)${PARTICLE}\s*,?\s+(?:tot|naar)\s+(?:(?:${APPROXIMATE})\s+)?(?:€\s*)?(${NUMBER})(?![\d%]|[.,]\d|\s?procent)`
const LEVEL_TO = new RegExp(`${START}${BETWEEN}${TO_LEVEL}`, 'giu')
// The verbs of a change the year-span readers know, and the plural and other forms they leave out (`dalen`, `zakt`).
const MORE_VERBS = /\b(?:dalen|stijgen|groeien|krimpt|krimpen|zak\p{L}*|verho(?:og|gen)\p{L}*|verla(?:ag|gen)\p{L}*|gaat|gaan)\b/iu
// A rate of something else than the levels (`de huur met 3% … tot`), or one that compounds over years.
const OTHER = /\b(?:rente|btw|korting|rendement|jaarlijks|per\s+jaar|elk\s+jaar|ieder\s+jaar|gemiddeld)\b/iu
// The word right after a level, when it names what the level counts (`80 plaatsen`, `6 weken`), not a time or a link.
const NOUN_AFTER = /^\s+(?!(?:in|per|op|en|of|eind|begin|medio|vanaf|sinds|dan|bij|na|voor|met|tot|naar|de|het|een|is|zijn|was|waren|wordt|worden)\b)([\p{L}²³'’-]{2,})/iu

/**
 * The changes a sentence states from a level, by a percentage, to a new level.
 *
 * @param sentence A sentence.
 * @returns Each change, placed on the start level and ending before `met`, so the percentage after it is its share.
 */
export function changesToLevel(sentence: string): ChangeBasis[] {
  return allMatches(LEVEL_TO, sentence).flatMap((m) => {
    const [fromText = '', between = '', toText = ''] = [m[1] ?? m[2], m[3], m[4]]
    const [from, to] = [read(fromText), read(toText)]
    if (!from || to === undefined || from === to || isYearNumber(fromText) || isYearNumber(toText)) return []
    if (!(CHANGE_VERB.test(m[0]) || MORE_VERBS.test(m[0])) || OTHER.test(between)) return []
    // `van 400 woningen … met 30 procent tot 2.800 kWh`: levels of two things are no change; nor is a jump past a
    // factor three, which the percentage cannot be a share of.
    const [fromNoun, toNoun] = [NOUN_AFTER.exec(between)?.[1], NOUN_AFTER.exec(sentence.slice((m.index ?? 0) + m[0].length))?.[1]]
    if ((fromNoun && toNoun && !sameNoun(fromNoun, toNoun)) || to / from > 3 || to / from < 1 / 3) return []
    const index = m.index ?? 0
    // The change ends where `met` and its percentage begin: the last `met` of the match.
    const end = index + m[0].toLowerCase().lastIndexOf('met')
    return [{ actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${fromText} naar ${toText}`, index, end, change: true as const }]
  })
}
