/**
 * The words and patterns by which share-claims reads a share's sentence: the share itself (`ruim
 * 18%`, `bijna de helft`), what stands right before it (a bound, a figure it is set against, another
 * rate, a pointer back to a part) and the noun of the whole after it.
 */

import { APPROXIMATE, VERB_BOUND } from './share-tolerance.js'
import { NUMBER_WORD, shareWord } from './share-words.js'
import { PLAIN_NUMBER } from './plain-number.js'

// The noun of the whole a share names after it (`van de scholen`, `van alle leden`); `het aantal` and `het totale
// aantal` only count that noun (`een vijfde van het aantal bezoekers` is of the bezoekers), so the noun after them is the whole.
export const OF_NOUN = /^\s+van\s+(?:de|het|alle|onze)\s+(?:(?:totale?\s+)?aantal\s+)?([\p{L}-]+)/iu

const NUMBER = PLAIN_NUMBER
// The words before a share that say how near it is (`ruim`), or which side of it the numbers are on (`blijft onder`).
const WORD = `${APPROXIMATE}|${VERB_BOUND}`
// A count said as approximate (`ongeveer 9.100`, `ruim € 2 miljoen`): the share said of it may be a point off.
// A percentage said as approximate (`bijna 30 procent`) is a share, no count.
export const roughCount = new RegExp(String.raw`\b(?:${APPROXIMATE})\s+(?:€\s?)?\d(?![\d.,]*\s?(?:%|procent))`, 'iu')
// A percentage (or percentage points) or a share in words, with the word before it: `ruim 18%`, `bijna de helft`, `4 procentpunt`,
// also with its number in a word (`ruim zestig procent`).
export const SHARE = new RegExp(String.raw`(?:\b(${WORD})\s+)?(?:(${NUMBER}|${NUMBER_WORD})\s?(%-?punt(?:en)?\b|procentpunt(?:en)?\b|%|procent\b)|(?<![\p{L}])(${shareWord})(?![\p{L}]))`, 'giu')
// `15% van de 1.200 inwoners (180)`: the share, the whole and the part.
export const SHARE_OF = new RegExp(String.raw`^\s+van\s+(?:de|het|alle)\s+(?:in\s+totaal\s+)?(${NUMBER})(?:\s+[\p{L}-]+){0,3}\s*\((?:dat\s+zijn\s+|ofwel\s+)?(${NUMBER})\)`, 'iu')
// A share that closes its clause on the noun of its whole: `, bijna een derde van de bevraagde buurtbewoners.`
// `voor zijn rekening` after the noun still closes it (`… van alle ritten voor haar rekening.`).
export const CLOSES_ON_NOUN = /^\s+van\s+(?:de|het|alle)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+voor\s+(?:zijn|haar|hun)\s+rekening)?\s*(?:[.;!?),]|$)/u
// Between a part and a share: a word that adds another count (`ook`, `tevens`, `daarnaast`).
// The end of the words between a share and a pair that spells it out: a colon, bracket, dash or comma right
// before the pair, perhaps with `namelijk` (`…: 214 van de 2.380`, `… (214 van de 2.380 leerlingen)`).
export const SETS_OFF = /[:(–—,]\s*(?:(?:namelijk|dat\s+zijn|ofwel|oftewel)\s+)?$/u
// And after the pair the apposition closes: at most two words, then the sentence, the bracket or a comma ends it.
// A pair that goes on with a verb of its own (`…: 214 van de 2.380 leerlingen zit ook …`) says something else.
export const CLOSES_APPOSITION = /^\s*(?:[\p{L}'’-]+\s*){0,2}(?:[.;!?),]|$)/u
export const ADDITIVE = /\b(?:ook|tevens|eveneens|daarnaast|bovendien)\b/iu
// Right before a share: a figure it is set against (`, tegen 25 procent`, `tegenover 30%`).
export const AGAINST = /\b(?:tegen|tegenover|vergeleken\s+met)\s+$/iu
// Right before a share: a bound it is compared with (`onder de 50%`, `boven de 80 procent`).
// A target set after a count, in a clause of its own: `… 12 van de 40 daken groen en willen in 2030 de helft …`.
// The count says what is; the share says what should be, and is no share of those numbers.
export const TARGET_AFTER = /\b(?:willen|wil|streven|streeft|moet|moeten)\b[^,.;:]*$/iu
export const THRESHOLD = /\b(?:onder|boven|beneden)\s+(?:de\s+)?$/iu
// A rate of something else than the numbers: `een rente van 3,2%`, `een indexatie van 2%`.
export const OTHER_RATE = /\b(?:rente\p{L}*|inflatie|indexatie|index|btw|korting|opslag|rendement|loonstijging|prijsstijging|belastingtarief|tarief)\s+(?:van|met|op|is|bedraagt|à)?\s*(?:\p{L}+\s+)?$/iu
// Words without numbers and then `, dat is` or `, ofwel` between a part and its share.
export const POINTS_BACK = /^[^\d%]{0,60}[,;:]\s*(?:(?:dat|dit|wat)\s+(?:is|zijn|was|waren)|ofwel|oftewel)\s+$/iu

// Whether the noun of a pointer (`Van die trainers`, `Bij 18 van die keuringen`) is named in a text, by its stem
// (`keur` in `keurden`, `inspect` in `inspecteerden`); a pointer without a noun (`Daarvan`) names nothing to check.
export function pointedNounIn(sentence: string, text: string): boolean {
  const noun = /\bvan\s+(?:die|deze)\s+(\p{L}+)/iu.exec(sentence)?.[1]?.toLowerCase()
  const stem = noun?.replace(/(?:ingen|en|s|n)$/u, '')
  return stem === undefined || (stem.length >= 4 && text.toLowerCase().includes(stem))
}

export const YEAR_LABEL = /\b(?:19|20)\d{2}\b/gu

// A share of the widest whole: `van alle meldingen`, `van het hele stelsel`, `van de totale voorraad`.
export const WIDEST = /^\s+van\s+(?:alle|(?:het|de)\s+(?:hele|gehele|totale|volledige))\s/iu

// Whether a share's noun (`velden`) is one of a part's words or the head of one (`sportvelden`).
export function nounsOne(words: string, noun: string): boolean {
  const n = noun.toLowerCase()
  return n !== '' && words.split(/\s+/).some((w) => w === n || (n.length >= 4 && w.endsWith(n)))
}

// Nothing but a bridge between a part and its share: `380 van de 1.240 ruim 40 procent`, `…, dat is ruim 40 procent`.
export const BRIDGE = /^[\s,:;(–—-]*(?:(?:dat|dit|wat)\s+is\s+|ofwel\s+|oftewel\s+)?$/iu

/**
 * Whether a share stands at an end of a change between two shares (`van een vijfde naar ruim een
 * kwart`): a level the change starts or ends at, not the size of a change.
 *
 * @param sentence The sentence.
 * @param shares The shares of the sentence, in order.
 * @param share One of them.
 * @returns Whether it is such an end.
 */
export function changeEnd(sentence: string, shares: RegExpMatchArray[], share: RegExpMatchArray): boolean {
  const at = share.index ?? 0
  const k = shares.indexOf(share)
  const next = shares[k + 1]
  const previous = shares[k - 1]
  const from = /\bvan\s+$/iu.test(sentence.slice(0, at)) && next !== undefined && /^\s+naar\s+$/iu.test(sentence.slice(at + share[0].length, next.index))
  const to = previous !== undefined && /^\s+naar\s+$/iu.test(sentence.slice((previous.index ?? 0) + previous[0].length, at)) && /\bvan\s+$/iu.test(sentence.slice(0, previous.index))
  return from || to
}
