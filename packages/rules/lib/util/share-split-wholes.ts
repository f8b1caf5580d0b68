/**
 * A whole split into its parts in one clause, and a share said right after it with no numbers of
 * its own:
 *
 * - `Van de 320 leden kwamen er 210 uit de stad en 110 uit de dorpen, zodat ruim de helft …`: the
 *   share is of one part over the whole the clause counts;
 * - `Van de ingediende bezwaren werden er 42 gegrond en 58 ongegrond verklaard. Daarmee …`: without
 *   a count of the whole, of one part over the parts together (they are what the whole is split into).
 *
 * One part of a counted whole (`Van de 48 … hebben er 12 …`) is the other readings' pair, and a share
 * of the whole narrowed (`van de hokjes in de binnenstad`) or of a place (`van de provincie`) is of another.
 *
 * The share follows the split in the same sentence after a word of consequence (`zodat`, `daarmee`,
 * `dus`), or opens the next sentence's point back (`Daarmee`, `Dat is`). It holds when it fits any
 * part: the sentence does not say which one it is of. Used by share-text-claims, for a share no other
 * reading judged or one read as a change between two parts (`90 naar het vmbo en 60 naar de havo` is
 * no change `van 60 naar 90`).
 */

import { SHARE, AGAINST, OTHER_RATE, THRESHOLD, OF_NOUN } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { sentences } from './share-sentences.js'
import { statementOf } from './share-statements.js'
import { countWordsAsDigits } from './share-words.js'
import { blankSources } from './asides.js'
import { read } from './share-tolerance.js'
import { formatDutchNumber } from '@kapstok/nl'
import { asWritten, type ShareClaim } from './share-claim-text.js'
import { placedPredicate } from './share-placed-predicates.js'

const COUNT = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)(?![\d,.]\d)`
// `Van de (320) leden … er 210 …`: the whole's noun phrase, the verb, `er`, the first part (a year is no whole).
const SPLIT_START = new RegExp(String.raw`\bvan\s+(?:de|het|alle|onze)\s+(?:${COUNT}\s+)?(?!(?:19|20)\d{2}\b)[\p{L}][\p{L}\s'’-]{1,60}?\s+\p{L}+(?:\s+\p{L}+)?\s+er\s+${COUNT}\b`, 'giu')
// The next parts: `, 58 …` or ` en 110 …`, each after the words of the part before (no digits, no clause end).
const NEXT_PART = new RegExp(String.raw`^([^\d,;:.!?]*?)(?:,\s*|\s+en\s+(?:er\s+)?)${COUNT}\b`, 'iu')
// A word that makes the share the consequence of the split: `zodat`, `daarmee`, `dus`, `dat is`.
export const CONSEQUENCE = /\b(?:zodat|waardoor|waarmee|daarmee|hiermee|daardoor|dus|ofwel|oftewel|(?:dat|dit|wat)\s+(?:is|zijn|was|waren|betekent))\b/iu
// A share of a wider whole than the one split: `van alle … in de gemeente`, `landelijk`.
const WIDER = /\b(?:(?:in|van)\s+(?:de\s+(?:hele\s+)?|het\s+)?(?:gemeente|provincie|regio|nederland|land)|landelijk|van\s+alle)\b/iu
// A whole narrowed right after its noun: `van de hokjes in de binnenstad`.
const NARROWED = /^\s+(?:in|uit|bij|buiten|binnen|met|zonder|onder|op)\s/iu
// A share said as a change (`steeg`, `meer`) is no part of the split.
const CHANGE = /\b(?:st(?:ij|e{1,2})g\p{L}*|gestegen|da(?:a)?l\p{L}*|gedaald|groei\p{L}*|gegroeid|toename|afname|meer|minder|hoger|lager)\b/iu
const YEAR = /(?<!\d)(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?!\d)/gu
const hasNumber = (text: string): boolean => /\d/u.test(text.replace(YEAR, ' '))

interface Split { whole: number; parts: number[]; written: string[]; end: number }

// The split a sentence states: its whole (counted or the parts' sum) and its parts, where the last part's words end.
function splitOf(sentence: string): Split | undefined {
  for (const m of allMatches(SPLIT_START, sentence)) {
    const written = [m[2] ?? '']
    let end = (m.index ?? 0) + m[0].length
    for (let next = NEXT_PART.exec(sentence.slice(end)); next && written.length < 4; next = NEXT_PART.exec(sentence.slice(end))) {
      written.push(next[2] ?? '')
      end += next[0].length
    }
    const parts = written.map((w) => read(w) ?? 0)
    const sum = parts.reduce((a, b) => a + b, 0)
    const counted = m[1] === undefined ? undefined : read(m[1])
    // The parts fit in the whole counted, or are the whole together.
    const whole = counted ?? sum
    if (parts.length < 2 || sum > whole || parts.some((p) => p <= 0)) continue
    // The last part's words run to the clause's end (`… en 91 naar de opvang, zodat …`).
    const close = /[,;:.!?]/u.exec(sentence.slice(end))
    return { whole, parts, written, end: end + (close?.index ?? sentence.length - end) }
  }
  return undefined
}

/**
 * The shares said of a split whole.
 *
 * @param written A prose text (without emphasis).
 * @returns Their claims, fitting or not.
 */
export function splitWholeClaims(written: string): ShareClaim[] {
  const text = blankSources(countWordsAsDigits(written))
  const out: ShareClaim[] = []
  let split: Split | undefined
  for (const { sentence, offset, paragraphStart } of sentences(text)) {
    const own = splitOf(sentence)
    // The split of the sentence before reaches a sentence that points back to it; a new paragraph reaches nothing.
    const carried = paragraphStart || own ? undefined : split
    split = own
    const found = own ?? carried
    if (!found) continue
    for (const share of allMatches(SHARE, sentence)) {
      const at = share.index ?? 0
      if (own && at < own.end) continue
      const lead = sentence.slice(own ? own.end : 0, at)
      const after = sentence.slice(at + share[0].length)
      if (!CONSEQUENCE.test(lead) || CHANGE.test(sentence) || hasNumber(lead) || hasNumber(after.split(/[;:]/u)[0] ?? '')) continue
      if (THRESHOLD.test(lead) || AGAINST.test(lead) || OTHER_RATE.test(lead) || WIDER.test(after.split(/[,;:]/u)[0] ?? '')) continue
      // `ruim 40 procent van de leden` names its whole; a percentage point or a change is no share of the split.
      const statement = statementOf(share, sentence, at, '')
      const ofNoun = OF_NOUN.exec(after)
      // `… van de aanvragen uit de stad kwam`: a place the verb takes is what the part is, no narrower whole.
      if (ofNoun && NARROWED.test(after.slice(ofNoun[0].length)) && !placedPredicate(lead, after)) continue
      if (!statement || statement.inPoints || /^\s+(?:meer|minder|hoger|lager)\b/iu.test(after) || (ofNoun === null && /^\s+van\s/iu.test(after))) continue
      const readings = found.parts.map((p, k) => ({ actual: (p / found.whole) * 100, basis: `${found.written[k]} van ${formatDutchNumber(found.whole)}` }))
      const fitting = readings.find((r) => statement.judge(r.actual))
      const closest = fitting ?? readings.reduce((x, y) => (Math.abs(y.actual - statement.stated) < Math.abs(x.actual - statement.stated) ? y : x))
      out.push({ said: asWritten(written, offset + at, share[0]), index: offset + at, actual: closest.actual, basis: closest.basis, fits: fitting !== undefined })
    }
  }
  return out
}
