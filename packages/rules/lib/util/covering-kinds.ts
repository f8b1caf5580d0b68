/**
 * Whether two parts after a colon name kinds of their whole that together plausibly cover it, so
 * that falling short of it is a slip and not a list of main groups:
 *
 *     Het dorp telt 190 bruggen: 41 fietsbruggen en 137 voetbruggen.        (compounds of the noun)
 *     Er staan 90 laadpalen: 50 openbare laadpalen en 30 private laadpalen. (the noun with an adjective)
 *     Het park heeft 120 lantaarnpalen: 45 houten en 70 stalen.             (adjectives, the noun left out)
 *     Het team telt 60 medewerkers: 35 voltijd en 20 deeltijd.              (words that are each other's complement)
 *
 * Parts that only say where or of what (`40 in de kernen en 25 van metaal`) may name the main
 * groups only, and so may parts after a word that says they are the main ones (`vooral`), or parts
 * with a third group beside them (`… en 38 poldergemalen, naast enkele bemalingen`).
 */

import { compoundOf, sameNoun } from './noun-kinds.js'
import type { Quantity } from './sentence-quantities.js'

// Pairs of words of which one says what the other does not: two parts opening with them leave no third.
const COMPLEMENTS: Array<[string, string]> = [
  ['binnen', 'buiten'],
  ['in', 'buiten'],
  ['met', 'zonder'],
  ['wel', 'niet'],
  ['jonger', 'ouder'],
  ['jongere', 'oudere'],
  ['onder', 'boven'],
  ['voltijd', 'deeltijd'],
  ['fulltime', 'parttime'],
  ['intern', 'extern'],
  ['huur', 'koop'],
  ['openbaar', 'particulier'],
  ['mannen', 'vrouwen'],
  ['jongens', 'meisjes']
]
// Adjectives of a material (`houten`, `stalen`): words in -en that are no plural noun here.
const MATERIAL = /^(?:hout|stal|ijzer|gietijzer|koper|goud|zilver|bronz|sten|betonn|glaz|zink|lod|tinn|marmer|riet)en$/u
// An inflected adjective (`openbare`, `nieuwe`, `elektrische`), not an article, pronoun or number word.
const INFLECTED = /^\p{Ll}{3,}e$/u
const NO_ADJECTIVE = /^(?:deze|onze|jullie|welke|elke|iedere|sommige|beide|andere|overige|enige|twee|drie)$/u
// Words that make the parts the main groups, or name a group beside them.
const MAIN_ONLY = /\b(?:vooral|voornamelijk|hoofdzakelijk|met\s+name|merendeels|grotendeels|overwegend|in\s+(?:elk|ieder)\s+geval|enkele|een\s+paar|een\s+aantal|diverse|naast|alsmede|evenals|plus|o\.m\.)(?!\p{L})/iu
const ARTICLE = /^(?:de|het|een)$/u

/**
 * Whether the two parts of a whole named after a colon cover it.
 *
 * @param text The text.
 * @param whole The whole (a count with its noun).
 * @param parts Its two parts.
 * @param end The end of their sentence.
 * @returns Whether falling short of the whole is a slip.
 */
export function kindsCoverWhole(text: string, whole: Quantity, parts: Quantity[], end: number): boolean {
  const [first, last] = parts
  // (A noun that looks like a participle, `gemalen`, is no unit of the reader's: the word itself.)
  const nouns = (whole.unit || (/^\s+(\p{Ll}{3,})/u.exec(text.slice(whole.end))?.[1] ?? '')).toLowerCase().split(' ').filter(Boolean)
  if (!first || !last || parts.length !== 2 || !nouns.length || MAIN_ONLY.test(text.slice(whole.end, end))) return false
  const kind = (q: Quantity): boolean => kindOf(q.unit.toLowerCase().split(' ').filter(Boolean), nouns)
  return (first.unit !== last.unit && kind(first) && kind(last)) || complements(words(text.slice(first.end, last.index).replace(/(?:,|\ben)\s*$/u, '')), words(text.slice(last.end, end).replace(/[,;:.!?()].*$/su, '')))
}

// A part's noun names a kind of the whole: a compound of its noun, its noun with an adjective, or an adjective alone.
function kindOf(unit: string[], nouns: string[]): boolean {
  const [a = '', b] = unit
  if (b !== undefined && nouns.some((n) => sameNoun(b, n))) return true
  return nouns.some((n) => compoundOf(a, n)) || MATERIAL.test(a) || (INFLECTED.test(a) && !NO_ADJECTIVE.test(a))
}

// The words of a part without articles.
const words = (part: string): string[] => part.toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w && !ARTICLE.test(w))

// Two parts that open with complementary words and go on alike (`binnen de gemeente` and `buiten de gemeente`);
// the last may say more (`… en 200 buiten de gemeente wonen`).
function complements(a: string[], b: string[]): boolean {
  const [x = '', ...restA] = a
  const [y = '', ...restB] = b
  return COMPLEMENTS.some(([p, q]) => (x === p && y === q) || (x === q && y === p)) && restA.every((w, i) => restB[i] === w)
}
