/**
 * A change to a new level whose start stands in the sentence before: "Gedeeld door 1.200 trajecten
 * is dat € 2.400 per traject. We verwachten dat de kosten per traject dalen naar € 2.150, een daling
 * van 14 procent." The sentence gives only the level it goes to (`dalen naar`, `loopt terug tot`);
 * the one level of the same kind in the sentence before (the one amount, with the unit it is per
 * named before the new level, or the one count of a noun the sentence names) is where it starts. Used by `share-claims`.
 */

import { magnitudeWord } from '@kapstok/nl'
import { PLAIN_NUMBER } from './plain-number.js'
import { scaled } from './share-tolerance.js'
import { isYearNumber } from './year-numbers.js'
import { changeSpan, roundedRange } from './share-spans.js'
import type { ChangeBasis } from './share-changes.js'

const NUMBER = PLAIN_NUMBER
const SCALE = String.raw`(\s+(?:${magnitudeWord}))?`
// A verb of change, then `naar` or `tot` and the new level: `dalen naar € 2.150`, `loopt terug tot 240`.
const TO_LEVEL = new RegExp(
  String.raw`\b(?:dal\p{L}*|daalt|stijg\p{L}*|steeg|stegen|groei\p{L}*|loopt|lopen|liep|liepen|neemt|nemen|nam|namen|zakt|zakken|zakte|zakten|krimp\p{L}*|kromp\p{L}*|gaat|gaan|ging|gingen)\b[^.;:!?\d€]{0,40}?\b(?:naar|tot)\s+(?:(?:circa|ongeveer|ruim|bijna|zo['’]n)\s+)?(€\s*)?(${NUMBER})(?![\d.,]*\d)${SCALE}(?!\s?(?:%|procent\b))`,
  'iu'
)
// A start in the sentence itself: `van 240 naar`, `van € 2.400 naar`.
const OWN_START = /\bvan\s+(?:\p{L}+\s+)?(?:€\s*)?\d/iu
const AMOUNT = new RegExp(String.raw`€\s*(${NUMBER})(?![\d.,]*\d)${SCALE}(?!\s?(?:%|procent\b))((?:\s+per\s+\p{L}+)?)`, 'giu')
const COUNT = new RegExp(String.raw`(?<!€\s?)(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(?!\s?(?:%|procent\b))\s+(\p{L}{3,})`, 'giu')

/**
 * The change from the one level of the sentence before to the level the sentence goes to.
 *
 * @param sentence The sentence.
 * @param previous The sentence before it in its paragraph.
 * @returns The change, with its offsets in the sentence, or undefined.
 */
export function carriedStart(sentence: string, previous: string): ChangeBasis | undefined {
  const m = TO_LEVEL.exec(sentence)
  if (!m || !previous || OWN_START.test(sentence.slice(0, m.index + m[0].length))) return undefined
  const euro = m[1] !== undefined
  const lead = sentence.slice(0, m.index + m[0].length)
  const starts = euro
    ? [...previous.matchAll(AMOUNT)].filter((a) => !a[3] || lead.toLowerCase().includes(a[3].trim().toLowerCase())).map((a) => [a[1]!, a[2]] as const)
    : [...previous.matchAll(COUNT)].filter((c) => !isYearNumber(c[1]) && new RegExp(String.raw`(?<!\p{L})${c[2]}(?!\p{L})`, 'iu').test(sentence)).map((c) => [c[1]!, undefined] as const)
  // Only one level of the kind: more would leave the start open.
  if (starts.length !== 1 || (euro && [...previous.matchAll(AMOUNT)].length !== 1)) return undefined
  const [fromText, fromScale] = starts[0]!
  const from = scaled(fromText, fromScale)
  const to = scaled(m[2], m[3])
  if (!from || to === undefined || isYearNumber(m[2])) return undefined
  const span = changeSpan(from, to, roundedRange(fromText, fromScale), roundedRange(m[2] ?? '', m[3]))
  const at = m.index + m[0].search(/\b(?:naar|tot)\s/iu)
  return { actual: Math.abs(((to - from) / from) * 100), ratio: to / from, basis: `van ${fromText}${fromScale ?? ''} naar ${m[2]}${m[3] ?? ''}`, index: at, end: m.index + m[0].length, change: true, ...(span ? { span } : {}) }
}
