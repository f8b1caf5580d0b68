/**
 * A list of names after a clause with one thing as its subject or object, for `list-claims`:
 * `In vier dorpen ontbreekt nog een huisarts: …`, `Op vijf plekken wordt een plein aangelegd:
 * …`. The clause holds no plural noun the names could be of, so they name the count's noun.
 */

import { DETERMINER, PREPOSITION, names } from './list-subjects.js'
import { closingVerb, notNoun, verbFinal, verbal } from './list-claim-words.js'
import type { InlineCount } from './inline-list.js'

// The clause between the count's noun and the colon: lower-case words only.
const CLAUSE = /^[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){1,8}?\p{Ll}[\p{Ll}-]*)[ \t]*(?=:)/u
// A plural: in -en or -s (a word in -ts is one thing: `een huisarts`, `de plaats`).
const PLURAL = /(?:en|[^t]s)$/iu

/**
 * The names after a clause whose subject or object is one thing, with an article and not in a
 * phrase (`ontbreekt nog een huisarts:`). A clause without one (`bezochten we:`) takes the list
 * as its object; one with a plural (`kregen bewoners een brief:`) may be about that plural; one
 * that ends on a preposition (`een bezoek gebracht aan:`) takes the list as its object too.
 *
 * @param rest The text after the count's noun.
 * @returns The count of the names, or undefined.
 */
export function namesAfterClause(rest: string): InlineCount | undefined {
  const words = CLAUSE.exec(rest)?.[1]?.split(/[ \t]+/u)
  if (!words || words.length < 2 || PREPOSITION.test(words.at(-1) ?? '')) return undefined
  // One thing with its article, not in a phrase: `een huisarts`, `het aanbod`.
  const one = words.some((w, i) => DETERMINER.test(w) && !PREPOSITION.test(words[i - 1] ?? '') && !PLURAL.test(words[i + 1] ?? 's') && !notNoun(words[i + 1] ?? ''))
  // The clause's first word is its verb; after it, a word in -en or -s is a plural noun unless it is an
  // article, a known adjective, part of the verb or the verb that closes the clause.
  const plural = words.some((w, i) => i > 0 && PLURAL.test(w) && !notNoun(w) && !verbal(words, i) && !closingVerb(words, i, verbFinal(words.slice(0, i))))
  return one && !plural ? names(rest.slice(rest.indexOf(':')), false) : undefined
}
