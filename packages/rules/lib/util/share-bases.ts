/**
 * The changes and parts a sentence states, for `shareClaims`: a change (`van 80 naar 92`) and a
 * part of a whole (`45 van de 180`, `van de 240 aanvragen werden er 60 toegewezen`, `600 leerlingen,
 * van wie 180 meedoen`), each with the percentage it gives.
 */
import { read } from './share-tolerance.js'
import { changeBases } from './share-changes.js'
import { measureClash } from './share-named-wholes.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import { ASIDE, NOT_A_COUNT } from './share-asides.js'

const NUMBER = PLAIN_NUMBER
const PERCENT = String.raw`\s?(?:%|procent\b)`
// `45 van de 180`, `45 van de in totaal 180`, `1.560 huishoudens van de 2.400`
const OF_THE = String.raw`van\s+(?:de|alle|deze|die|onderstaande|bovenstaande|genoemde)`
// Words that may stand before the whole: `van de in totaal 180`, `van de naar schatting 2.100`, `van de ruim 900`.
const WHOLE_WORDS = String.raw`(?:(?:in\s+totaal|naar\s+schatting|ruim|circa|ca\.|ongeveer|bijna|zo['’]n|totaal)\s+){0,2}`
// A percentage is never the part itself (`15 procent van de 2.000 inwoners`).
const PART_OF = new RegExp(String.raw`\b(${NUMBER})(?!\s?(?:%|procent\b))\s+(?:[\p{L}-]+\s+){0,2}?(?:${OF_THE}|op\s+de|uit)\s+${WHOLE_WORDS}(${NUMBER})\b(?![.,]\d)(?!${PERCENT})(\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?`, 'giu')
// `Van de 240 aanvragen werden er 60 toegewezen`: the whole first, then the part, with only words between.
// A reference to a table or figure may stand between them (`van de 800 woningen in tabel 3.2 zijn er 120`);
// a range (`groep 5 tot en met 8`) is no part.
const REFERENCE = String.raw`(?:tabel|figuur|grafiek|bijlage|paragraaf|hoofdstuk|kaart)\s+\d+(?:\.\d+)*`
// A year, a date or an age may stand between them too (`van de 640 leerlingen die in 2024 de school
// verlieten, gingen er 96`, `van de 1.500 inwoners van 16 tot en met 26 jaar deden er 300`), and one relative clause
// closed by a comma; a number that is itself a year, a day or an age is no part.
// A duration (`binnen 8 weken`, `na 3 maanden`) counts time, not the whole's members: it may stand between them too.
const DURATION = String.raw`\d{1,3}\s+(?:dagen|werkdagen|weken|maanden|uur)\b`
const GAP_TOKEN = String.raw`\s+(?:${REFERENCE}|${ASIDE}|${DURATION}|[\p{L}-]+)`
const RELATIVE = String.raw`\s+(?:die|dat|wie)(?:${GAP_TOKEN}){1,12}?\s*,`
const WHOLE_FIRST = new RegExp(
  String.raw`\b${OF_THE}\s+${WHOLE_WORDS}(${NUMBER})\s+(\d{1,3}-\p{L}[\p{L}-]*|[\p{L}-]+)(?:${GAP_TOKEN}){0,10}?(?:${RELATIVE}(?:${GAP_TOKEN}){0,6}?)?\s+${NOT_A_COUNT}(${NUMBER})\b(?![.,]\d)(?!\s?(?:%|procent\b)|\s+(?:naar|tot)\s+(?:€\s*)?\d|\s*(?:[-–]|t\/m|tot\s+en\s+met)\s*\d)`,
  'giu'
)
// `600 leerlingen, van wie 180 meedoen`, `1.200 woningen, waarvan 300 met label A`: the part in a relative clause.
const WHOLE_RELATIVE = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s+([\p{L}-]+)(?:\s+[\p{L}-]+){0,4}?\s*,?\s+(?:van\s+wie|waarvan|van\s+hen)\s+(?:er\s+)?(?:(?:ruim|circa|bijna|ongeveer)\s+)?(${NUMBER})\b(?![.,]\d)(?!\s?(?:%|procent\b))`,
  'giu'
)
// `340 huishoudens (ruim 40% van alle 800 huishoudens)`: the part before the share in parentheses.
export const PART_BEFORE = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s+(?:[\p{L}-]+\s+){0,2}\(\s*$`, 'u')
export const WHOLE_AFTER = new RegExp(String.raw`^\s+${OF_THE.replace('van', 'van(?:\\s+het\\s+totaal\\s+van)?')}\s+(?:in\s+totaal\s+)?(${NUMBER})\b`, 'iu')

/** A change or a part a sentence states, with the percentage it gives. */
export interface Basis {
  actual: number
  basis: string
  index: number
  end: number
  change: boolean
  /** For a change of a percentage: the change in percentage points. */
  points?: number
  /** For a change: the new number divided by the old. */
  ratio?: number
  /** For a part: the words after the whole, one of them its noun (`scholen` in `van de 24 scholen`). */
  noun?: string
}

// The changes and parts a sentence states, in order.
export function bases(sentence: string): Basis[] {
  const out: Basis[] = changeBases(sentence)
  for (const [pattern, p, w, n] of [[PART_OF, 1, 2, 3], [WHOLE_FIRST, 3, 1, 2], [WHOLE_RELATIVE, 3, 1, 2]] as const) {
    for (const m of sentence.matchAll(pattern)) {
      const part = read(m[p] ?? '')
      const whole = read(m[w] ?? '')
      // A year is not a part: `van de 240 aanvragen in 2024`; `1 op de 5` is a share, not its numbers.
      if (part === undefined || !whole || part > whole || isYearNumber(m[p]) || (/\sop\s+de\s/.test(m[0]) && whole <= 20)) continue
      // `van de 2.400 pompen … naar 1.800 MWh`: a measure is no part of a count of things (nor of another measure).
      if (measureClash(sentence.slice(m.index, m.index + m[0].length + 60), m[w] ?? '', m[p] ?? '')) continue
      const noun = m[n]?.toLowerCase().trim()
      out.push({ actual: (part / whole) * 100, basis: `${m[p]} van ${m[w]}`, index: m.index, end: m.index + m[0].length, change: false, ...(noun ? { noun } : {}) })
    }
  }
  return out.sort((a, b) => a.index - b.index)
}
