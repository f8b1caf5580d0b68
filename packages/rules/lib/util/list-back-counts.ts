/**
 * A count at the start of the paragraph right after a list that points back to it (`Deze zes
 * scholen krijgen …`, `Die twee fondsen …`, `Alle drie partners …`), when the lead-in named no
 * noun to count (`Het geld komt van:`). Used by `listClaims` (count-claim-mismatch).
 */
import { countOf } from './list-claim-words.js'

/** A count that points back to the list before it. */
export interface BackCount {
  /** Offset of the count in the paragraph. */
  index: number
  /** The count and its noun as written (`zes clubs`). */
  written: string
  /** The count. */
  stated: number
  /** The noun, lower case. */
  noun: string
}

// `Deze zes clubs`, `Die 2 fondsen`, `Alle drie de deelnemende clubs`: a demonstrative, a count,
// an optional article or adjective, and a plural noun.
// The demonstrative may follow a preposition or a short opening (`Met deze vier partners`, `Na afloop
// van deze drie stappen`, `Voor alle vijf scholen`); `die` only right after a preposition, where it
// cannot open a relative clause.
const opening = /^(?:(?:[\p{L}'’-]+\s+){0,3}?deze|(?:(?:samen\s+)?(?:met|voor|van|bij|op|aan|naast|onder|door|tussen|in)\s+)?(?:die|alle))\s+(\d{1,2}|\p{L}+)\s+(?:de\s+)?(?:[\p{L}-]+e\s+)?([\p{L}-]+(?:en|s|['’]s))\b/iu
// Nouns that name the items of almost any list of parties or steps, whatever the items say.
// Also the words that name kinds or cases of anything (`situaties`, `groepen`, `soorten`).
const GROUP = /^(?:partners|partijen|organisaties|instellingen|deelnemers|maatregelen|acties|activiteiten|projecten|punten|onderdelen|doelen|stappen|afspraken|voorzieningen|locaties|plekken|gemeenten|initiatieven|situaties|gevallen|groepen|doelgroepen|soorten|typen|vormen|categorieën|varianten|scenario['’]s|opties|mogelijkheden|onderwerpen|aspecten|elementen)$/u
// `Voor elk van deze drie …`, `Ieder van deze vijf …`: a distributive over "these" right after a
// list takes the list's items one by one, whatever the noun.
const EACH_OF_THESE = /\b(?:elk|elke|ieder|iedere)\s+van\s+deze\s/iu

/**
 * The back-pointing count that opens a paragraph, when its noun is a word for the list's kind of
 * item or is written in the items (`clubs` after `de Tennisclub`, `fondsen` after `het Molenfonds`).
 *
 * @param paragraph The paragraph right after the list.
 * @param items The Markdown of the list.
 * @returns The count, or undefined.
 */
export function backCount(paragraph: string, items: string): BackCount | undefined {
  const m = opening.exec(paragraph)
  const stated = m ? countOf(m[1] ?? '') : undefined
  const noun = m?.[2]?.toLowerCase()
  if (!m || stated === undefined || !noun) return undefined
  const lower = items.toLowerCase()
  // The singular as the items may write it: `fondsen` → `fonds`, `bomen` → `boom`, `clubs` → `club`.
  const singulars = [noun.replace(/en$/u, ''), noun.replace(/['’]?s$/u, ''), noun.replace(/([aeou])([^aeiou])en$/u, '$1$1$2')].filter((s) => s.length >= 4 && s !== noun)
  if (!GROUP.test(noun) && !EACH_OF_THESE.test(m[0]) && !singulars.some((s) => lower.includes(s))) return undefined
  const at = m[0].indexOf(m[1] ?? '')
  return { index: at, written: m[0].slice(at), stated, noun }
}
