/**
 * A share that closes the clause of its one amount, whose whole is the one amount of the sentence
 * before (`De gemeente ontving € 6,4 miljoen aan leges. De bouwleges waren € 2,1 miljoen, bijna een
 * derde.`): tied by the whole's noun again in the part's clause (the word or a compound's head:
 * `bouwleges` for `leges`) or by a pointer (`daarvan`, `hiervan`). `closesOnPart` leaves amounts out (a
 * share of money is mostly of a budget named elsewhere); here the sentence before names it and the part
 * names it again. Used by `share-sentence-readings`.
 */
import { CLOSES, DOWN, UP, shareOrRest, type PairReading } from './share-any-pair.js'
import { scaled } from './share-tolerance.js'
import { allMatches } from './all-matches.js'

// An amount with its magnitude and up to three words after it: `€ 6,4 miljoen aan leges`.
const AMOUNT = /(?:€|\beuro)\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(miljoen|mln|miljard|mld)\b)?((?:\s+[\p{L}-]+){0,3})/giu
// Any number: the clause and the sentence before hold one amount and no other count.
const NUMBER = /(?<![\p{L}\d.,])\d[\d.,]*/gu
const YEAR = /^(?:19|20)\d{2}$/u
// Words that name no whole: function words and verbs of receiving and spending.
const FUNCTION = /^(?:aan|voor|van|uit|per|met|naar|bij|over|door|ontvangen|ontving|ontvingen|kreeg|kregen|besteed|uitgegeven|euro|totaal|jaar|gemeente|het|een|de)$/u
// A pointer to the whole before: `daarvan`, `hiervan`, `van dat bedrag`.
const POINTER = /\b(?:daarvan|hiervan|waarvan|van\s+(?:dat|dit)\s+(?:bedrag|geld|totaal))\b/iu

const counts = (text: string): string[] => (text.match(NUMBER) ?? []).filter((n) => !YEAR.test(n))

/**
 * The reading of a share of the amount before.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param previousSentence The sentence before, in the same paragraph.
 * @param judge Whether a percentage fits the share as written.
 * @returns The part of the whole, or the rest when only that fits.
 */
export function amountWholeBefore(before: string, after: string, previousSentence: string, judge: (actual: number) => boolean): PairReading | undefined {
  if (previousSentence === '' || !CLOSES.test(after) || UP.test(before) || DOWN.test(before) || /%|\bprocent/iu.test(before + previousSentence)) return undefined
  const [part, whole] = [allMatches(AMOUNT, before), allMatches(AMOUNT, previousSentence)]
  if (part.length !== 1 || whole.length !== 1 || counts(before).length !== 1 || counts(previousSentence).length !== 1) return undefined
  const [p, w] = [part[0] as RegExpExecArray, whole[0] as RegExpExecArray]
  const [partValue, wholeValue] = [scaled(p[1], p[2]) ?? 0, scaled(w[1], w[2]) ?? 0]
  if (partValue <= 0 || partValue >= wholeValue) return undefined
  // The whole's noun: the words after its amount (`aan leges`), also in the sentence's clause before it (`het budget van`).
  const nouns = (w[3] ?? '').toLowerCase().split(/\s+/u).filter((x) => x.length >= 4 && !FUNCTION.test(x))
  const words = before.toLowerCase().split(/[^\p{L}]+/u).filter((x) => x.length >= 4)
  const tied = POINTER.test(before) || nouns.some((n) => words.some((x) => x === n || (x.length >= n.length + 3 && x.endsWith(n))))
  if (!tied) return undefined
  const [partText, wholeText] = [p[0].slice(0, p[0].length - (p[3] ?? '').length).trim(), w[0].slice(0, w[0].length - (w[3] ?? '').length).trim()]
  return shareOrRest({ text: partText, value: partValue }, { text: wholeText, value: wholeValue }, judge)
}
