/**
 * A count of times per period whose moments the sentence names right after it (`drie keer per
 * jaar, in april, augustus en december`, `tweemaal per week (dinsdag, donderdag en zaterdag)`):
 * each named month, season or weekday is one of the times, so their number must be the count.
 * Read by `count-claim-mismatch` as a warning: the moments may be meant otherwise.
 */
import { COUNT, countOf } from './list-claim-words.js'
import { position } from './list-blocks.js'

/** A count of times per period that differs from the moments named after it. */
export interface FrequencyClaim {
  /** The count as written (`drie keer`, `tweemaal`). */
  written: string
  /** The moments named. */
  listed: number
  /** 1-based line, 1-based column and 0-based offset of the count. */
  line: number
  column: number
  offset: number
}

const MOMENT = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|zomer|najaar|winter|lente|herfst|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|middag|ochtend)?`
// One moment, with its preposition and article (`in het voorjaar`, `op dinsdag`).
const ITEM = String.raw`(?:(?:in|op|rond|eind|begin|half)[ \t]+)?(?:(?:het|de)[ \t]+)?${MOMENT}`
// The times: `drie keer`, `3 maal`, `3x`, `tweemaal`, then the period.
const TIMES = String.raw`(?:(${COUNT})[ \t]*(?:keer|maal|x)|(een|twee|drie|vier|vijf|zes)maal)[ \t]+(?:per|elk|ieder|in[ \t]+het)[ \t]+(?:jaar|kalenderjaar|schooljaar|seizoen|week|maand|kwartaal)`
// The rest of the clause between the period and a comma, colon or bracket (`komen … bijeen, in mei
// en juli`, `een markt (mei en juli)`); not an exception or an addition, after which the moments
// are not the times counted.
const VERB_TAIL = String.raw`(?:[ \t]+(?!behalve|buiten|niet|ook|extra|nog)\p{Ll}+){1,3}?`
// The moments follow at once, after a comma, a colon, a bracket or `namelijk`, as one enumeration
// with a closing `en`; the enumeration ends the sentence or the aside (a range `van maart tot`,
// an alternative `of` or an exception `behalve in juli` is no list of the times).
const FREQUENCY = new RegExp(
  String.raw`(?<![\p{L}\d])${TIMES}(?:(?:${VERB_TAIL})?[ \t]*(?:,[ \t]*|:[ \t]*|\([ \t]*|,?[ \t]+namelijk[ \t]+)|[ \t]+)(${ITEM}(?:[ \t]*,[ \t]*${ITEM})*[ \t]*,?[ \t]+en[ \t]+${ITEM})(?=[ \t]*(?:[.);!?]|$))`,
  'giu'
)

// A count of moments per period that announces a list (`op drie vaste avonden per week:`): each
// item names its moment (`- dinsdagavond in de sporthal;`), so the items are the moments.
// The moments a line names, and a bullet that opens on one (`- dinsdagavond`, `- op zaterdag`): compiled once, not per claim.
const MOMENTS = new RegExp(MOMENT, 'giu')
const MOMENT_ITEM = new RegExp(String.raw`^[-*+][ \t]+(?:(?:op|in|elke?|iedere?)[ \t]+)?${MOMENT}`, 'iu')
const ANNOUNCED = new RegExp(
  String.raw`(?<![\p{L}\d])(${COUNT})[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:momenten|keer|maal|dagdelen|avonden|ochtenden|middagen|dagen|bijeenkomsten|lessen)[ \t]+per[ \t]+(?:week|maand|jaar|kwartaal)[^\n.!?:]*:[ \t]*\n[ \t]*\n?((?:[-*+][ \t][^\n]*(?:\n|$))+)`,
  'giu'
)

/**
 * The counts of times per period that differ from the moments named after them.
 *
 * @param markdown The Markdown source.
 * @returns One claim per differing count.
 */
export function frequencyClaims(markdown: string): FrequencyClaim[] {
  const claims: FrequencyClaim[] = []
  for (const m of markdown.matchAll(FREQUENCY)) {
    const stated = m[1] !== undefined ? countOf(m[1]) : countOf(m[2] ?? '')
    const listed = [...(m[3] ?? '').matchAll(MOMENTS)].length
    if (stated === undefined || listed < 2 || stated === listed) continue
    const written = /^\S+(?:[ \t]*(?:keer|maal|x)\b)?/iu.exec(m[0])?.[0] ?? m[0]
    claims.push({ written, listed, ...position(markdown, m.index) })
  }
  for (const m of markdown.matchAll(ANNOUNCED)) {
    const stated = countOf(m[1] ?? '')
    const items = (m[2] ?? '').split('\n').filter((line) => /^[-*+][ \t]/u.test(line))
    if (stated === undefined || items.length < 2 || stated === items.length || !items.every((item) => MOMENT_ITEM.test(item))) continue
    const written = /^\S+[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?=\S+[ \t]+per[ \t])\S+/u.exec(m[0])?.[0] ?? m[1] ?? ''
    claims.push({ written, listed: items.length, ...position(markdown, m.index) })
  }
  return claims
}
