/**
 * A name written in lower case after a numbered reference (`spoor 2, samen bouwen, …`,
 * `uitgangspunt 3 (geen subsidie zonder plan)`): writers often carry a title into running text
 * without its capital. Without the capital the words may as well be the sentence going on, so they
 * count as a name only when closed off on both sides (two commas, or a bracket), written like a
 * title (no verb, pronoun or clause word, no figures, two to eight words) and sharing a word with a
 * title of what the number names that is at most twice as long.
 */
import { continuesSentence, sharesWord } from './apposition-names.js'
import { clauseLike } from './title-names.js'

const bracketed = /^\s*\((\p{Ll}[^()\d\n]{2,80})\)/u
const betweenCommas = /^,\s+(\p{Ll}[^,.;:()\d\n]{2,80}?)\s*,/u

/**
 * The lower-case name right after a number, when it is set off and shares a word with a title.
 *
 * @param rest The text after the number.
 * @param titles The titles the number names.
 * @returns The name as written, or undefined.
 */
export function lowercaseName(rest: string, titles: Array<string | undefined>): string | undefined {
  const name = (bracketed.exec(rest) ?? betweenCommas.exec(rest))?.[1]?.trim()
  if (!name) return undefined
  const words = name.split(/\s+/u).length
  if (words < 2 || words > 8 || clauseLike(name) || continuesSentence.test(name)) return undefined
  // A name of less than half the title's words is a shorthand for it (a long title that is a
  // sentence is cited by a short paraphrase): it does not rename the part.
  const fitting = titles.filter((t): t is string => Boolean(t) && words * 2 >= (t ?? '').split(/\s+/u).length)
  return fitting.length > 0 && sharesWord(name, fitting) ? name : undefined
}
