/**
 * A share of the costs that one sentence lays down for every case ("Het waterschap vergoedt een
 * derde van de kosten van een wadi", "40% van de aanlegkosten komt voor rekening van de
 * provincie") and a later sentence applies to one case without repeating it: "De wadi aan de
 * Kerklaan kost € 84.000; de vergoeding van het waterschap is € 30.000." The later sentence names
 * two amounts, the case's cost and the part, the part after a word of a contribution (`bijdrage`,
 * `vergoeding`, `subsidie`, `aandeel`) or the payer the rule named; the part should be the share of
 * the cost.
 *
 * Quiet when the text lays down more than one share (which one applies is then a reading), when a
 * ceiling or another share is in play (`maximaal`, `ten hoogste`, `een hogere vergoeding`), when
 * the sentence writes its own share (a sentence reader has it), and when the part lies more than a
 * factor two from the share (it is then about something else).
 */

import { parseNumberWord } from '@kapstok/nl'
import { NUMBER } from './amount-change.js'
import { div, dutchNumber, make, mul, type Rational } from './exact-number.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { memoPlaced } from './memo.js'
import { near } from './per-noun-means.js'
import { nounStem } from './unit-nouns.js'
import { paragraphSentences } from './text.js'

// A share in words or as a percentage: `de helft`, `een derde`, `twee derde`, `driekwart`, `60%`, `25 procent`.
const SHARE_SOURCE = String.raw`(?<![\p{L}\d,.])(?:(de\s+helft)|(een|één|twee|drie|vier)\s*(derde|kwart|vijfde|tiende)|(driekwart)|(\d{1,2}(?:,\d+)?|\p{L}+)\s?(?:%|procent\b))`
const SHARE = new RegExp(SHARE_SOURCE, 'iu')
const SHARES = new RegExp(SHARE_SOURCE, 'giu')
// A word every share has (`helft`, `derde` …, `%`, `procent`): most sentences lack one and are
// spared the share pattern, whose `\p{L}+ procent` is tried at every letter.
const SHARE_WORD = /helft|derde|kwart|vijfde|tiende|%|procent/iu
// What the share is of: the costs (`van de kosten`, `van de saneringskosten`, `van de kosten van
// een groen dak`, `van het investeringsbedrag`).
const COSTS = String.raw`van\s+(?:de|het|alle)\s+(?:[\p{L}-]+\s+){0,3}?\p{L}*(?:kosten|uitgaven|investering|investeringen|investeringsbedrag|aanneemsom)\b`
// Also when the costs open the sentence: `Van de aanlegkosten komt 40% voor rekening van …`.
const OF_COSTS = new RegExp(String.raw`^\s*${COSTS}`, 'iu')
// A payer laying the share down: a verb of paying or bearing it.
const PAYS = /\b(?:krijg(?:t|en)?|ontvang(?:t|en)?|vergoed(?:t|en)?|betaal(?:t)?|betalen|subsidieer(?:t)?|subsidiëren|financier(?:t)?|financieren|bekostig(?:t)?|bekostigen|draagt|dragen|neemt|nemen|dekt|dekken|komt|komen)\b/iu
// A contribution as the subject: `De subsidie bedraagt 35% van de subsidiabele kosten`.
const AMOUNTS_TO = /\b(?:bijdrage|vergoeding|subsidie|cofinanciering)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:bedraagt|bedragen|is|zijn)\b/iu
// A payer as the label of a list item or line, the share after the colon: `- de provincie: 40% van de kosten;`.
const LABELLED = /^\s*(?:[-*+]\s+)?(?:de\s+|het\s+)?(\p{L}[\p{L}-]*)\s*:\s*$/iu
// A share without `van de kosten` at the end of its clause, after a verb of paying: `Bij elk
// project draagt de regio een kwart bij`, `… vergoedt het fonds de helft.`
const SHARE_ENDS = /^\s*(?:bij|mee|daarvan|ervan)?\s*(?:[.;]|$)/iu
// `neemt … voor zijn rekening`, `komt voor rekening van`: the verbs that need it.
const ON_ACCOUNT = /\brekening\b/iu
// A ceiling, a second share, or a share that differs for some cases: which part applies is a reading.
const CEILING = /\b(?:maximaal|maximum|ten\s+hoogste|hoogstens|hooguit|plafond|niet\s+meer\s+dan|tot\s+(?:een\s+bedrag\s+van\s+)?€|hoger\p{L}*|lager\p{L}*|aanvullend\p{L}*|extra|verhoogd\p{L}*|verlaagd\p{L}*|uitzondering|afwijkend\p{L}*)\b/iu
// Words that name the part: a contribution, or the verb of paying it (`waarvan de corporaties € 36.000 betalen`).
const CONTRIBUTION = /(?:bijdrage|vergoeding|subsidie|aandeel|cofinanciering)/iu
const AMOUNT = new RegExp(String.raw`€\s*(${NUMBER})(?![\d%])`, 'gu')
// Who may pay a part: when the sentence names one that is not the payer the share was laid down
// for (`de gemeentelijke bijdrage`, `de eigen bijdrage`), the part is another party's.
const ACTOR = /^(?:gemeente|gemeentelijke?|rijk|rijksbijdrage|rijksoverheid|provincie|provinciale?|waterschap|waterschappen|corporaties?|woningcorporaties?|eigen|eigenaars?|eigenaren|initiatiefnemers?|ondernemers?|bewoners?|huurders?|school|scholen|schoolbestuur|schoolbesturen|verenigingen|vereniging|europese?|eu|fonds|fondsen|ministerie|regio|regionale?)$/iu
const APPROX = /\b(circa|ongeveer|ruim|bijna|zo['’]n|afgerond)\s+(?:op\s+)?€?\s*$/iu
// How far back (in characters) a share may have been laid down.
const NEAR = 1500

interface Share { value: Rational; shown: string; payer: string; index: number }

/**
 * Every part of one case's cost whose share an earlier sentence laid down.
 *
 * @param text A prose text (a section).
 * @returns The parts as equations (`50% × 185.000`), with the rounding of the part as tolerance.
 */
export function carriedShares(text: string): Equation[] {
  // A list item is a sentence of its own (`- Wadi Kerklaan: € 84.000, vergoeding € 30.000;`).
  const sentences = paragraphSentences(text).flatMap((p, paragraph) => p.flatMap((s) => s.text.split(/(?=\n\s*[-*+]\s)/u).map((piece, i, all) => ({ text: piece, index: s.index + all.slice(0, i).join('').length, paragraph }))))
  const shares: Share[] = []
  const out: Equation[] = []
  sentences.forEach((s, at) => {
    const laid = laidDown(s.text, s.index)
    if (laid.length > 0) {
      shares.push(...laid)
      return
    }
    // A table row is no sentence that applies a share.
    const plain = (t: string): boolean => !t.includes('|') && !SHARE.test(t) && !CEILING.test(t) && !/\bper\s+\p{L}/iu.test(t)
    const before = shares.filter((x) => s.index - x.index <= NEAR)
    if (before.length === 0 || !plain(s.text) || before.some((x) => x.value.n * before[0]!.value.d !== before[0]!.value.n * x.value.d)) return
    const share = before.at(-1)!
    // The case's cost may stand alone in the sentence before, in the same paragraph (`Het scherm
    // kost € 730.000. De rijksbijdrage daarvoor is € 400.000.`): the two read as one, the part in the second.
    const own = [...s.text.matchAll(AMOUNT)].length
    const prev = sentences[at - 1]
    const joined = own === 1 && prev && prev.paragraph === s.paragraph && plain(prev.text) && [...prev.text.matchAll(AMOUNT)].length === 1
    const from = joined ? prev.index : s.index
    const span = text.slice(from, s.index + s.text.length)
    const amounts = [...span.matchAll(AMOUNT)]
    if (amounts.length !== 2) return
    const part = partOf(span, amounts, share.payer)
    if (part === undefined || (joined && part !== 1)) return
    const [partAt, costAt] = [amounts[part]!, amounts[1 - part]!]
    const cost = dutchNumber(costAt[1]!)
    const stated = dutchNumber(partAt[1]!)
    const computed = mul(share.value, cost)
    if (!near(computed, stated)) return
    const approx = Boolean(APPROX.exec(span.slice(0, partAt.index! + 1)))
    out.push(proseEquation(`${share.shown} × ${costAt[1]}`, computed, { text: partAt[1]!, value: stated, index: from + partAt.index! + partAt[0].indexOf(partAt[1]!) }, approx))
  })
  return out
}

// A sentence that lays a share of the costs down: a share of the costs, a payer's verb, no amount
// and no ceiling (`tot € 50.000 per project`). The payer is the noun that opens the sentence, or
// the last `de`/`het` noun when the share opens it (`Een derde van de kosten betalen de corporaties`).
// Each share of the sentence is laid down (`de helft van … en een kwart van …`: two, so none applies).
// Read once per sentence: the texts before a section are read again for every section of the chapter.
const laidDown = memoPlaced(readLaidDown)

function readLaidDown(sentence: string): Array<Omit<Share, 'index'>> {
  if (!SHARE_WORD.test(sentence)) return []
  const found = [...sentence.matchAll(SHARES)]
  const ofCosts = (m: RegExpMatchArray): boolean => OF_COSTS.test(sentence.slice(m.index! + m[0].length)) || OF_COSTS.test(sentence.slice(0, m.index))
  const verb = PAYS.exec(sentence)
  const ends = (m: RegExpMatchArray): boolean => Boolean(verb) && SHARE_ENDS.test(sentence.slice(m.index! + m[0].length))
  if (!found.some((m) => ofCosts(m) || ends(m)) || /€/u.test(sentence) || CEILING.test(sentence)) return []
  const label = found.length === 1 ? LABELLED.exec(sentence.slice(0, found[0]!.index))?.[1] : undefined
  if (!verb && !AMOUNTS_TO.test(sentence) && !label) return []
  if (verb && /^(?:neemt|nemen|komt|komen|draagt|dragen)$/iu.test(verb[0]) && !ON_ACCOUNT.test(sentence) && !/\bbij\b/iu.test(sentence)) return []
  const nouns = [...sentence.matchAll(/\b(?:de|het)\s+(\p{L}{4,})/giu)].map((n) => n[1]!).filter((n) => !/^(?:helft|\p{L}*kosten|\p{L}*uitgaven|investering\p{L}*)$/iu.test(n))
  const opener = /^\s*(?:het|de)\s+(\p{L}+)/iu.exec(sentence)?.[1]
  const payer = label ?? (opener && !/^(?:helft|\p{L}*kosten)$/iu.test(opener) ? opener : nouns.at(-1) ?? '')
  return found.flatMap((m) => {
    const value = shareValue(m)
    return value ? [{ value, shown: m[5] ? `${/\d/u.test(m[5]) ? m[5] : value.n * 100n / value.d}%` : m[0].trim(), payer }] : []
  })
}

function shareValue(m: RegExpExecArray): Rational | undefined {
  if (m[1]) return make(1n, 2n)
  if (m[4]) return make(3n, 4n)
  if (m[5] && !/\d/u.test(m[5])) {
    // `dertig procent`; `een procent` is no share of the costs worth reading.
    const spelled = /^(?:een|één)$/iu.test(m[5]) ? undefined : parseNumberWord(m[5])
    return spelled === undefined || spelled >= 100 ? undefined : make(BigInt(spelled), 100n)
  }
  if (m[5]) return div(dutchNumber(m[5]), make(100n, 1n))
  const count = /^(?:een|één)$/iu.test(m[2] ?? '') ? 1 : parseNumberWord(m[2] ?? '')
  const whole = { derde: 3n, kwart: 4n, vijfde: 5n, tiende: 10n }[(m[3] ?? '').toLowerCase() as 'derde']
  return count === undefined || whole === undefined ? undefined : make(BigInt(count), whole)
}

// Which of the two amounts is the part: the one a contribution word or the payer stands nearest
// before (no other amount between), or the one before `betalen` with the payer. One, or none.
function partOf(sentence: string, amounts: RegExpMatchArray[], payer: string): number | undefined {
  const payerStem = payer ? nounStem(payer) : ''
  // `provinciale` names `provincie`, `besturen` names `schoolbesturen`.
  const namesPayer = (stem: string): boolean => payerStem.length >= 4 && stem.length >= 5 && (stem.startsWith(payerStem.slice(0, Math.max(4, payerStem.length - 2))) || payerStem.endsWith(stem))
  const cues = (from: number, to: number): boolean => {
    const span = sentence.slice(from, to)
    const words = [...span.matchAll(/\p{L}+/gu)].map((w) => w[0])
    return words.some((w) => CONTRIBUTION.test(w) || namesPayer(nounStem(w)))
  }
  // Another party named in the sentence: its part is not the one laid down.
  const words = [...sentence.matchAll(/\p{L}+/gu)].map((w) => w[0])
  if (words.some((w) => ACTOR.test(w) && !namesPayer(nounStem(w)))) return undefined
  const [a, b] = [amounts[0]!, amounts[1]!]
  const endA = a.index! + a[0].length
  const endB = b.index! + b[0].length
  // The words right after an amount name it too: `€ 140.000 subsidie`, `€ 250.000 als regionale bijdrage`.
  const after = (end: number): number => end + (/^\s+(?:(?:aan|als|voor|de|het)\s+)?(?:\p{L}+\s+)?\p{L}+/u.exec(sentence.slice(end))?.[0].length ?? 0)
  // Right before each amount (a few words), after the other one, or right after it.
  const nearA = cues(Math.max(0, a.index! - 40), a.index!) || cues(endA, Math.min(after(endA), b.index!))
  const nearB = cues(Math.max(endA, b.index! - 40), b.index!) || cues(endB, after(endB))
  if (nearA === nearB) return undefined
  return nearB ? 1 : 0
}
