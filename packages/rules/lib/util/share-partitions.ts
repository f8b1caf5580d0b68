/**
 * Shares of one whole in running text that cannot all be true: a whole named once (`Van de
 * bezoekers`, `Het afval bestaat voor …`, `… is als volgt samengesteld:`) split into categories of
 * one attribute by percentages or fractions in words (`48% tevreden, 33% neutraal en 27%
 * ontevreden`, `de helft …, een derde … en een kwart …`), or a share and its complement (`…, de
 * overige 45 procent …`, `de rest (70 procent)`), that add up to more than 100 % beyond rounding.
 */

import { PLAIN_NUMBER } from './plain-number.js'
import { sentences } from './share-sentences.js'
import { allMatches } from './all-matches.js'
import { APPROXIMATE, percentStep, read } from './share-tolerance.js'
import { digitsOf, NUMBER_WORD, readShareWord, shareWord } from './share-words.js'
import { MULTIPLE, OVERLAP, overHundred, type ShareSum } from './share-wholes.js'

interface Share {
  /** The share as written, with its qualifier (`ruim 40 procent`). */
  text: string
  value: number
  /** How far its rounding or qualifier lets it lie from `value`. */
  slack: number
  start: number
  end: number
}

// A percentage (`45%`, `45 procent`, `vijftig procent`) or a fraction in words, with its qualifier; not `procentpunt`.
const SHARE = new RegExp(String.raw`(?:\b(${APPROXIMATE})\s+)?(?:(${PLAIN_NUMBER}|${NUMBER_WORD})\s?(?:%(?!-?punt)|procent\b)|(?<![\p{L}])(${shareWord})(?![\p{L}]))`, 'giu')
// A share counts up from one year to another or compares: its parts are no division of one whole.
const CHANGE = /\b(?:stij(?:gt|gen|ging)|steeg|stegen|gestegen|da(?:alt|alde|alden|len|ling)|gedaald|groei\w*|gegroeid|toename|toegenomen|afname|afgenomen|procentpunt\w*|verander\w*|(?:meer|minder)\s+dan|ten\s+opzichte|t\.o\.v\.|vergeleken|tegenover|naar\s+\d)/iu
// A part of a part (`…, waarvan 40 procent binnen vier weken`) is counted twice in a sum.
const SUBSET = /\b(?:waarvan|daarvan|hiervan|van\s+wie|onder\s+wie|onder\s+hen)\b/iu
// A share that is a difference (`45 procent meer`, `een derde minder`).
const COMPARATIVE = /^\s*(?:meer|minder|extra|hoger|lager|groter|kleiner|sneller|trager)\b/iu
// A share of its own named whole: `45 procent van de huurders`.
const OWN_WHOLE = /^\s*(?:van|onder)\s+(?:de|het|alle|deze|die|hen|onze|hun)\b/iu
const OTHER_WHOLE = /\b(?:van|onder)\s+(?:de|het|alle|deze|die|onze)\b/iu
// Words that say the sentence divides one whole before its first share.
const WHOLE_CUE = /^\s*(?:[-*+]\s+)?(?:(?:van|onder)\s+(?:de|het|alle|deze|die|hen|onze)\b|daarvan|hiervan)|\b(?:bestaa?t|bestaan|bestond(?:en)?|samengesteld|verdeeld|opgebouwd|samenstelling|verdeling)\b/iu
// Between two shares of one attribute only the first one's category and a comma or `en`:
// `48% tevreden, 33% …`, `voor 62 procent uit de gemeente en voor 46 procent …`. A verb before the
// next share (`wandelt 58%, fietst 64%`) names another attribute, whose shares may overlap.
// The category may also stand before each share, as a name or with its article (`het Rijk 50%, de
// provincie 30% en de gemeente 25%`); all shares of one division name it on the same side.
const CHAIN = /^(?<category>[^;:()]{0,60}?)(?:,\s*(?:en\s+|of\s+)?|\s+(?:en|of)\s+)(?:voor\s+|(?<label>(?:de|het)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+)?$/u
// The rest of the whole: `…, de overige 45 procent`, `de rest (70 procent)`, `de resterende 20%`.
const COMPLEMENT = /(?:^|[\s,;])(?:de|het)\s+(?:overige|resterende|rest)(?:\s+\p{L}+)?\s*[(,:]?\s*$/iu
const COMPLEMENT_START = /^\s*(?:de|het)\s+(?:overige|resterende|rest)\b/iu
// Qualifiers that only lift a share (`ruim 40 procent` is at least 40).
const UPWARD = /^(?:ruim|ruimschoots|(?:iets\s+)?meer\s+dan|ten\s+minste|minstens|dik|goed)$/iu
// The prepositions of an object after a predicate (`tevreden over het groen`), for `elided`.
const PREPOSITION = String.raw`over|met|van|in|op|bij|aan|naar|voor|uit|om`
const YEAR = /\b(?:19|20)\d{2}\b/g

/**
 * Find shares of one whole in running text that add up to more than 100% beyond rounding.
 *
 * @param text A prose text.
 * @returns The sums over 100%, at the first share.
 */
export function partitionSums(text: string): ShareSum[] {
  const out: ShareSum[] = []
  const all = sentences(text)
  all.forEach(({ sentence, offset }, k) => {
    const shares = readShares(sentence)
    if (shares.length === 0 || !plainDivision(sentence, shares)) return
    let parts = divided(sentence, shares)
    // The complement in the next sentence of the paragraph: `De overige 49 procent sport zelfstandig.`
    const next = all[k + 1]
    if (parts && !next?.paragraphStart && next && COMPLEMENT_START.test(next.sentence)) {
      const rest = readShares(next.sentence)[0]
      if (rest && rest.start < 40 && (parts.length > 1 || cued(sentence, shares))) {
        const shift = next.offset - offset
        parts = [...parts, { ...rest, start: rest.start + shift, end: rest.end + shift }]
      }
    }
    if (!parts || parts.length < 2) return
    const total = parts.reduce((sum, s) => sum + s.value, 0)
    const slack = parts.reduce((sum, s) => sum + s.slack, 0)
    if (total > OVERLAP || !overHundred(parts.map((s) => s.value), slack)) return
    out.push({ shares: parts.map((s) => s.text), total, index: offset + (parts[0]?.start ?? 0) })
  })
  return out
}

// The shares of a sentence, in order; majorities (`het merendeel`) say only a side and are left out.
function readShares(sentence: string): Share[] {
  const out: Share[] = []
  for (const m of allMatches(SHARE, sentence)) {
    const qualified = Boolean(m[1])
    const start = m.index + (m[0].length - m[0].trimStart().length)
    if (m[2] !== undefined) {
      const digits = digitsOf(m[2])
      const value = read(digits)
      if (!digits || value === undefined) continue
      // A bare share is rounded at its last digit, as in a list of shares: `40 procent` beside
      // `35 procent` is 40 give or take half a point; a qualifier (`ruim 40 procent`) allows its step.
      // `ruim` or `meer dan` only lifts a share: the sum is at least what is written.
      const step = percentStep(digits)
      const loose = qualified && !UPWARD.test(m[1] ?? '')
      out.push({ text: m[0].trim(), value, slack: loose ? (step >= 10 ? 5 : Math.max(step, 1)) : Math.min(step, 1) / 2, start, end: m.index + m[0].length })
    } else if (m[3] !== undefined) {
      const word = readShareWord(m[3])
      if (!word || word.side) continue
      const loose = (qualified && !UPWARD.test(m[1] ?? '')) || /krappe|kleine/iu.test(m[3])
      out.push({ text: m[0].trim(), value: word.value, slack: loose ? 5 : 1.5, start, end: m.index + m[0].length })
    }
  }
  return withoutRestatements(sentence, out)
}

// A share in brackets right after another restates it (`Bijna een derde (32 procent) van de …`): one share, up to the bracket.
function withoutRestatements(sentence: string, shares: Share[]): Share[] {
  const out: Share[] = []
  for (const share of shares) {
    const last = out.at(-1)
    const close = /^\s*\)/u.exec(sentence.slice(share.end))
    // The bracketed one is the more precise: its value counts.
    if (last && close && /^\s*\(\s*$/u.test(sentence.slice(last.end, share.start))) Object.assign(last, { text: sentence.slice(last.start, share.end + close[0].length), value: share.value, slack: share.slack, end: share.end + close[0].length })
    else out.push(share)
  }
  return out
}

// A sentence whose shares can be parts of one whole: no survey with more answers, no change or
// comparison, no subset, at most one year, no second whole after the first share, at most one
// share with a whole of its own, and no share that is a difference.
function plainDivision(sentence: string, shares: Share[]): boolean {
  const first = shares[0] as Share
  const after = sentence.slice(first.end)
  if (MULTIPLE.test(sentence) || CHANGE.test(sentence) || SUBSET.test(after)) return false
  if (new Set(sentence.match(YEAR) ?? []).size > 1) return false
  if (shares.some((s) => COMPARATIVE.test(sentence.slice(s.end)))) return false
  const own = shares.filter((s) => OWN_WHOLE.test(sentence.slice(s.end)))
  if (own.length > 1) return false
  // `van de ouderen` elsewhere after the first share names a second whole.
  const ownAt = own.map((s) => s.end)
  const others = [...after.matchAll(new RegExp(OTHER_WHOLE.source, 'giu'))].filter((m) => !ownAt.some((end) => end - first.end <= m.index && sentence.slice(end, first.end + m.index).trim() === ''))
  return others.length === 0
}

// The shares that divide one whole: a chain of categories after a word that names the whole
// (or a share of a named whole), ending at a complement if there is one.
function divided(sentence: string, shares: Share[]): Share[] | undefined {
  const parts: Share[] = [shares[0] as Share]
  const sides = new Set<string>()
  for (let i = 1; i < shares.length; i++) {
    const between = sentence.slice((shares[i - 1] as Share).end, (shares[i] as Share).start)
    if (COMPLEMENT.test(between)) return [...parts, shares[i] as Share]
    const chain = CHAIN.exec(between)
    if (!chain) return undefined
    // `rookt 12 procent, 35 procent drinkt`: a share with no category on either side names its attribute apart.
    const label = chain.groups?.label !== undefined
    const category = (chain.groups?.category ?? '').trim()
    const after = category !== ''
    if (!label && !after) return undefined
    // `vond 55 procent de training nuttig en 52 procent de begeleiding …`: an object after the share is
    // another question, not a category of the whole (those go bare or with a preposition: `sociale huur`, `uit Noord`).
    if (!label && /^(?:de|het|een)\s/iu.test(category)) return undefined
    // The first category may stand on both sides (`60 procent van de kosten, de provincie 30 procent`).
    if (i > 1 || !(label && after)) sides.add(label ? 'before' : 'after')
    parts.push(shares[i] as Share)
  }
  if (sides.size > 1) return undefined
  if (parts.length > 1 && elided(sentence, parts)) return undefined
  return parts.length === 1 || cued(sentence, shares) ? parts : undefined
}

// Whether the sentence names one whole for its shares: a word before the first share, a share
// of a named whole (`40 procent van de woningen`), or `voor` before every share.
function cued(sentence: string, shares: Share[]): boolean {
  const first = shares[0] as Share
  if (WHOLE_CUE.test(sentence.slice(0, first.start))) return true
  if (OWN_WHOLE.test(sentence.slice(first.end))) return true
  return shares.length > 1 && shares.every((s) => /\bvoor\s+$/iu.test(sentence.slice(Math.max(0, s.start - 6), s.start)))
}

// Whether later shares repeat the first one's predicate for another object: the first category
// has words before a preposition (`tevreden over het groen`) and a later share is followed by that
// preposition alone (`48 procent over de straten`).
function elided(sentence: string, parts: Share[]): boolean {
  const first = parts[0] as Share
  // After a share of a named whole the verb must follow it (`Een kwart van de gezinnen woont in Noord,
  // een derde in Midden`): there the shape says nothing.
  if (OWN_WHOLE.test(sentence.slice(first.end))) return false
  const words = sentence.slice(first.end, (parts[1] as Share).start).split(/,|\s(?:en|of)\s/u)[0] ?? ''
  const category = new RegExp(String.raw`^\s*\p{L}+(?:\s+\p{L}+)*?\s+(${PREPOSITION})\s`, 'iu').exec(words + ' ')
  if (!category) return false
  return parts.slice(1).some((s) => new RegExp(String.raw`^\s+${category[1]}\s`, 'iu').test(sentence.slice(s.end)))
}
