/**
 * A whole split after a colon into parts that each carry a name, and a share said a sentence or
 * two later of one part named by that name, with no numbers of its own:
 *
 *     Het loket kreeg 150 vragen: 60 over afval, 50 over parkeren en 40 over groen.
 *     Parkeren was daarmee de aanleiding van bijna de helft van de vragen.
 *
 *     De pot krijgt € 6 miljoen: € 3 miljoen van de gemeente en € 3 miljoen van de provincie.
 *     De provincie draagt met haar bijdrage een derde van de pot.
 *
 * The share is of the part the sentence names over the whole. The parts must make up the whole
 * (the split is then complete and the whole is theirs), and the name is the last word of a part's
 * words that no other part ends on. Used by share-text-claims, for a share no other reading judged.
 */

import { magnitudeWord } from '@kapstok/nl'
import { AGAINST, OTHER_RATE, SHARE, THRESHOLD } from './share-claim-words.js'
import { CHANGE_NOUN } from './change-nouns.js'
import { allMatches } from './all-matches.js'
import { sentences } from './share-sentences.js'
import { statementOf } from './share-statements.js'
import { countWordsAsDigits } from './share-words.js'
import { blankSources } from './asides.js'
import { scaled } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { asWritten, type ShareClaim } from './share-claim-text.js'
import { CONSEQUENCE } from './share-split-wholes.js'

// An amount or count: `€ 4,5 miljoen`, `1.240`; groups: euro sign, number, magnitude.
const QUANTITY = String.raw`(€\s*)?(${PLAIN_NUMBER})(?:\s+(${magnitudeWord}))?`
// The whole, its noun (a few words, no number; none after a magnitude, `€ 6 miljoen:`) and the colon; the parts follow up to the sentence's end.
const SPLIT = new RegExp(String.raw`(?<![\d.,])${QUANTITY}(?![\d.,]*\d)(?:[^\S\n]+[\p{L}'’-]+){0,7}?[^\S\n]*:[^\S\n]*([^.!?;\n]+)`, 'gu')
// The parts, each opening on its quantity, separated by a comma and a space (not the one of `2,5`) or `en`.
const PART_BREAK = new RegExp(String.raw`\s*,\s+(?:en\s+)?(?=(?:€\s*)?\d)|\s+en\s+(?=(?:€\s*)?\d)`, 'u')
const PART = new RegExp(String.raw`^${QUANTITY}((?:[^\S\n]+[\p{L}'’-]+){1,6})\s*$`, 'u')
// A share said as a change, in points or against a bound is of other numbers.
const CHANGE = new RegExp(String.raw`\b(?:${CHANGE_NOUN}|st(?:ij|e{1,2})g\p{L}*|gestegen|da(?:a)?l\p{L}*|gedaald|groei\p{L}*|gegroeid|meer|minder|hoger|lager)\b`, 'iu')
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu
const hasNumber = (text: string): boolean => /\d/u.test(text.replace(YEAR, ' '))
// How many sentences after the split a share may name one of its parts.
const REACH = 3

interface Part { name: string; value: number; written: string }
interface Split { whole: number; written: string; parts: Part[]; end: number }

// The splits of a text whose parts make up their whole, each part with the name no other part has.
function splitsOf(text: string): Split[] {
  return allMatches(SPLIT, text).flatMap((m) => {
    const whole = scaled(m[2], m[3])
    const parts = (m[4] ?? '').trim().split(PART_BREAK).map((p) => PART.exec(p))
    if (!whole || parts.length < 2 || parts.some((p) => !p || Boolean(p[1]) !== Boolean(m[1]))) return []
    const read = parts.map((p) => ({ value: scaled(p?.[2], p?.[3]) ?? 0, written: quantityText(p ?? []), name: lastWord(p?.[4] ?? '') }))
    const sum = read.reduce((a, p) => a + p.value, 0)
    if (Math.abs(sum - whole) > whole * 0.005) return []
    const named = read.filter((p) => p.name.length >= 4 && read.filter((q) => q.name === p.name).length === 1)
    return [{ whole, written: quantityText(m), parts: named, end: (m.index ?? 0) + m[0].length }]
  })
}

// A quantity as written, from the groups of `QUANTITY`: `€ 4,5 miljoen`.
const quantityText = (m: ArrayLike<string | undefined>): string => `${m[1] ? '€ ' : ''}${m[2] ?? ''}${m[3] ? ` ${m[3]}` : ''}`
const lastWord = (words: string): string => (words.trim().split(/\s+/u).at(-1) ?? '').toLowerCase()
const namesWord = (sentence: string, word: string): boolean => new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, 'iu').test(sentence)
// The share's own noun phrase (`van alle vragen`, narrowed or not: `van de vragen over afval`), which names its whole, not its part.
const OWN_WHOLE = /^\s+van\s+(?:de|het|alle)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+(?:over|van|uit|in|op|met|bij|voor|zonder|onder)\s+(?:de\s+|het\s+|een\s+)?[\p{L}-]+)?/iu
// A part named after the share in a sentence that draws it from the split (`daarmee`, `dus`), outside the share's noun phrase.
const namedInConclusion = (sentence: string, after: string, name: string): boolean =>
  CONSEQUENCE.test(sentence) && namesWord(after.replace(OWN_WHOLE, ' '), name)

/**
 * The shares said of a named part of a split whole.
 *
 * @param written A prose text (without emphasis).
 * @returns Their claims, fitting or not.
 */
export function namedSplitPartClaims(written: string): ShareClaim[] {
  const text = blankSources(countWordsAsDigits(written))
  const all = sentences(text)
  return splitsOf(text).flatMap((split) => {
    const next = all.filter((s) => s.offset >= split.end).slice(0, REACH)
    return next.flatMap(({ sentence, offset }) => {
      const named = split.parts.filter((p) => namesWord(sentence, p.name))
      const shares = allMatches(SHARE, sentence)
      const [share] = shares
      const [part] = named
      if (!share || !part || shares.length > 1 || named.length > 1 || CHANGE.test(sentence)) return []
      const at = share.index ?? 0
      const lead = sentence.slice(0, at)
      // The part is named before its share, or after it in a conclusion (`Bijna de helft van de vragen ging dus over afval`),
      // not as the share's own whole; and the sentence gives no number the share could be of.
      const after = sentence.slice(at + share[0].length)
      if (!(namesWord(lead, part.name) || namedInConclusion(sentence, after, part.name)) || hasNumber(lead) || hasNumber(after)) return []
      if (THRESHOLD.test(lead) || AGAINST.test(lead) || OTHER_RATE.test(lead)) return []
      const statement = statementOf(share, sentence, at, '')
      if (!statement || statement.inPoints) return []
      const actual = (part.value / split.whole) * 100
      const basis = `${part.written} van ${split.written}`
      return [{ said: asWritten(written, offset + at, share[0]), index: offset + at, actual, basis, fits: statement.judge(actual) }]
    })
  })
}
