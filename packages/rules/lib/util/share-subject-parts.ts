/**
 * A share whose sentence gives no numbers of its own but names its part by its subject, of a whole
 * named by its noun, both counted in the sentences of the paragraph before it: `Het fonds kost
 * € 90.000. De stichting betaalt € 30.000, de gemeente de rest. Daarmee draagt de stichting een
 * kwart van de kosten.` (the stichting's amount, not the other one, of the cost) or `We telden 160
 * vrijwilligers: 40 jongeren en 120 volwassenen. De jongeren vormen bijna de helft van alle
 * vrijwilligers.` The whole is the paragraph's largest amount when the share is of money
 * (`van de kosten`, `van het budget`), else the one count of the share's noun; the part is the one
 * other number whose clause holds a word of the share's subject. A share that fits any number of the
 * paragraph over that whole is left alone: the subject may name its part loosely. The same holds
 * for a sentence whose clause before the share holds just a part and its whole (`… € 20.000 bij aan de
 * zaal van € 160.000, een kwart van de kosten`). Used by `share-text-claims` for shares no other
 * reading judged.
 */

import type { ShareClaim } from './share-claim-text.js'
import { AGAINST, OF_NOUN, OTHER_RATE, SHARE, THRESHOLD } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { statementOf } from './share-statements.js'
import { isMoneyWhole } from './share-totals.js'
import { scaled } from './share-tolerance.js'
import { isYearNumber } from './year-numbers.js'
import { paragraphSentences } from './text.js'

// An amount with its magnitude: `€ 18.000`, `€ 1,2 miljoen`.
const AMOUNT = /(?:€|\beuro)\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(miljoen|mln|miljard|mld)\b)?/giu
// A count in digits and the word after it (`38 professionele`), not part of an amount, a date or a percentage.
const COUNT = /(?<![\p{L}\d.,/-])(?<!€\s?)(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\d)(?!\s*(?:%|procent|-|\/))((?:\s+[\p{L}-]+){1,2})/giu
// Where a clause of a number ends: a comma, semicolon, colon, bracket or a conjunction (`€ 1 miljoen in en het Rijk € 0,5 miljoen`).
const CLAUSE_END = /[,;:()]|\b(?:en|of|maar)\b/giu
// A clause that prices what it names: the paragraph's largest amount is a whole of costs only there.
const PRICES = /^(?:kost|kosten|kostte|kostten|bedraagt|bedragen|bedroeg|bedroegen|begroot|geraamd)$/u
// The end of a clause of two numbers right before the share: the last number, up to four words, a comma or colon.
const CLOSES_PAIR = /\d(?:\s+[\p{L}'’-]+){0,4}\s*[,:]\s*(?:(?:dat|dit|wat)\s+is\s+|ofwel\s+|oftewel\s+)?$/u
// How many sentences back the part and the whole may stand.
const REACH = 3
// Words of a subject that tie it to no one number: verbs of bearing a share, pointers and function words.
const FUNCTION = /^(?:daarmee|hiermee|daarvan|hiervan|samen|dus|maar|ook|wel|nog|zijn|haar|hun|deze|dit|die|dat|voor|rekening|neemt|nemen|dekt|dekken|draagt|dragen|maakt|maken|vormt|vormen|levert|leveren|betaalt|betalen|komt|komen|gaat|gaan|heeft|hebben|wordt|worden|daar|hier|over|jaar|jaarlijks|totaal|bijdrage|deel|aandeel)$/u

/** A number of the paragraph with the words of its clause. */
interface Counted {
  /** Its value. */
  value: number
  /** As written. */
  text: string
  /** Whether it is an amount of money. */
  euro: boolean
  /** The words (lower case) of its clause, between the nearest clause end or other number either side. */
  words: string[]
  /** The first word after it (a count's noun). */
  noun: string
}

const stem = (word: string): string => word.slice(0, Math.max(4, Math.min(6, word.length - 1)))
const wordsOf = (text: string): string[] => (text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter((w) => w.length >= 4)

// The numbers of a stretch of text with their clauses.
function countedIn(text: string): Counted[] {
  const found: Array<{ at: number; end: number; value: number; text: string; euro: boolean; noun: string }> = []
  for (const m of allMatches(AMOUNT, text)) {
    const value = scaled(m[1], m[2])
    if (value !== undefined) found.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value, text: m[0], euro: true, noun: '' })
  }
  for (const m of allMatches(COUNT, text)) {
    const at = m.index ?? 0
    if (isYearNumber(m[1]) || found.some((f) => at >= f.at && at < f.end)) continue
    const value = scaled(m[1], undefined)
    const noun = (m[2] ?? '').trim().toLowerCase().split(/\s+/u)
    // A count's noun is its own: the clause of the next number starts after it (`96 scholieren en 150 studenten`).
    if (value !== undefined) found.push({ at, end: at + m[0].length, value, text: m[1] ?? '', euro: false, noun: noun.join(' ') })
  }
  found.sort((a, b) => a.at - b.at)
  return found.map((f, i) => {
    const left = text.slice(found[i - 1]?.end ?? 0, f.at)
    const right = f.euro ? text.slice(f.end, found[i + 1]?.at ?? text.length) : f.noun + text.slice(f.end, found[i + 1]?.at ?? text.length)
    const from = allMatches(CLAUSE_END, left).at(-1)
    const to = allMatches(CLAUSE_END, right)[0]
    const clause = left.slice(from ? (from.index ?? 0) + from[0].length : 0) + ' ' + right.slice(0, to?.index ?? right.length)
    return { value: f.value, text: f.text, euro: f.euro, noun: f.noun, words: wordsOf(clause) }
  })
}

// The one number whose clause holds a word of the subject, and no other does (the whole's clause may).
function subjectPart(subject: string[], parts: Counted[]): Counted | undefined {
  const tied = parts.filter((p) => subject.some((s) => p.words.some((w) => stem(w) === stem(s))))
  return tied.length === 1 ? tied[0] : undefined
}

/**
 * The shares of a part named by the subject that no other reading judged.
 *
 * @param text The text, without emphasis.
 * @param judged The offsets of the shares other readings judged.
 * @returns A claim for each such share that fits none of the paragraph's numbers.
 */
export function subjectPartClaims(text: string, judged: Set<number>): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const paragraph of paragraphSentences(text)) {
    for (const [k, s] of paragraph.entries()) {
      const shares = allMatches(SHARE, s.text)
      const [share] = shares
      if (shares.length !== 1 || !share || judged.has(s.index + (share.index ?? 0))) continue
      const at = share.index ?? 0
      const noun = OF_NOUN.exec(s.text.slice(at + share[0].length))?.[1]?.toLowerCase()
      if (!noun || /\d/u.test(s.text.slice(at + share[0].length))) continue
      const statement = statementOf(share, s.text, at, paragraph[k - 1]?.text ?? '')
      // Above a hundred it is a ratio (`130% van het budget` for what was asked), no share of a part.
      if (!statement || statement.inPoints || statement.stated >= 100) continue
      const money = isMoneyWhole(noun)
      const lead = s.text.slice(0, at)
      // A figure the numbers are set against (`tegen 25 procent landelijk`), a bound or another rate is no share of them.
      // A written-out sum or product before it (`4 × € 25.000 = € 100.000`) is a calculation, no pair.
      if (AGAINST.test(lead) || THRESHOLD.test(lead) || OTHER_RATE.test(lead) || /[=×+]/u.test(lead)) continue
      const own = countedIn(lead)
      // The clause before the share holds a part and its whole: those two alone.
      const pool = own.length > 0 ? own : paragraph.slice(Math.max(0, k - REACH), k).flatMap((p) => countedIn(p.text))
      const kind = pool.filter((c) => c.euro === money)
      // The share closes the clause of its two numbers: a few words and a comma or colon between (`€ 160.000, een kwart`).
      if (own.length > 0 && (own.length !== 2 || kind.length !== 2 || !CLOSES_PAIR.test(lead))) continue
      const wholes = money ? kind.filter((c) => c.value === Math.max(...kind.map((x) => x.value))) : kind.filter((c) => stem(c.noun.split(' ').at(-1) ?? '') === stem(noun) || stem(c.noun.split(' ')[0] ?? '') === stem(noun))
      const [whole] = wholes
      if (wholes.length !== 1 || !whole || whole.value <= 0) continue
      // A largest amount spent or named otherwise (`het Rijk geeft € 2 miljoen`) need not be the whole the share names.
      if (money && own.length === 0 && !whole.words.some((w) => PRICES.test(w) || stem(w) === stem(noun))) continue
      const parts = kind.filter((c) => c !== whole && c.value < whole.value && c.value > 0)
      if (parts.length === 0 || kind.some((c) => c !== whole && c.value >= whole.value)) continue
      const subject = wordsOf(lead).filter((w) => !FUNCTION.test(w) && stem(w) !== stem(noun))
      // Of a clause's two numbers the whole comes second (`€ 15.000 bij aan de speeltuin van € 120.000`), unless
      // the part points back to it (`64 klachten, waarvan 22 …`).
      if (own.length > 0 && own[1] !== whole && !/\b(?:waarvan|daarvan|hiervan|van\s+wie|van\s+hen)\b/iu.test(lead)) continue
      const part = own.length > 0 ? parts[0] : subjectPart(subject, parts)
      if (!part || parts.some((p) => statement.judge((p.value / whole.value) * 100))) continue
      const actual = (part.value / whole.value) * 100
      out.push({ said: share[0], index: s.index + at, actual, basis: `${part.text} van ${whole.text}`, fits: false })
    }
  }
  return out
}
