/**
 * Abbreviations in written text and where they are explained, in one pass over the words of
 * every text: linear in the size of the plan (no pattern per abbreviation).
 */

/** A word of a text with its offset. */
export interface Token {
  /** The word as written (`KPI’s`, `Wmo`, `2015`). */
  text: string
  /** Offset in the text. */
  index: number
}

/** An abbreviation written in capitals (`GGD`, `KPI’s` → `KPI`). */
export interface AbbreviationUse {
  /** The abbreviation without a plural or possessive ending. */
  word: string
  /** Offset in the text. */
  index: number
  /** Length as written. */
  length: number
}

const tokenPattern = /[\p{L}\p{N}]+(?:['’]\p{Ll}{1,3})?/gu
const capitals = /^(\p{Lu}{2,})(?:['’]?s|['’](?:en|ers?))?$/u
// Roman numerals as plans number parts, phases and articles: up to XC. Hundreds and thousands
// (C, D, M) never number a part of a plan, but open many abbreviations (`MVI`, `CDA`, `DLV`).
const roman = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
// Abbreviations in mixed case: a capital and small letters (`Wmo`, `Wlz`, `Wvggz`), or capitals
// around small ones (`KvK`, `VvE`).
const mixedCase = /^(\p{Lu}\p{Ll}{2,4})(?:['’]s)?$/u
const innerSmall = /^(\p{Lu}{1,3}\p{Ll}{1,2}\p{Lu}{1,3})(?:['’]?s)?$/u
// Capitals with one small letter at the end (`GGz`, `RIBw`); a final `s` is a plural (`KPIs`).
const trailingSmall = /^(\p{Lu}{2,4}[a-rt-z])$/u
// `IJ` is one Dutch letter (`IJssel`, `IJs`): a word that opens with it is a word.
// Two consonants a Dutch (or loan) word can start with; a capitalised word that starts with any
// other pair (`Wm`, `Wl`, `Zv`, `Pg`) is letters, not a word or a name.
const onsets = new Set([
  'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'dw', 'dj', 'fl', 'fr', 'gh', 'gl', 'gn', 'gr', 'kh', 'kl', 'kn', 'kr', 'kw', 'ph', 'pl', 'pr', 'ps',
  'rh', 'sc', 'sf', 'sh', 'sj', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sv', 'sw', 'th', 'tj', 'tr', 'ts', 'tw', 'vl', 'vr', 'wh', 'wr', 'zj', 'zw'
])
const consonant = /^[bcdfghjklmnpqrstvwxz]$/

/**
 * The words of a text, in order.
 *
 * @param text The text.
 * @returns Its words with their offsets.
 */
export function tokenize(text: string): Token[] {
  // Web addresses are not text: `…/Beleidsplan-DEF.PDF` holds no abbreviation to explain.
  const urls = [...text.matchAll(/(?:https?:\/\/|www\.)[^\s<>)\]]+/g)].map((m) => [m.index, m.index + m[0].length] as const)
  let u = 0
  const tokens: Token[] = []
  for (const m of text.matchAll(tokenPattern)) {
    while (u < urls.length && (urls[u]?.[1] ?? 0) <= m.index) u++
    if ((urls[u]?.[0] ?? Infinity) <= m.index) continue
    tokens.push({ text: m[0], index: m.index })
  }
  return tokens
}

/**
 * The abbreviation a word is, if it is one: two or more capitals, optionally with a plural
 * (`KPI’s`, `KPIs`), not a Roman numeral; or a word in mixed case that is letters (`Wmo`, `KvK`),
 * returned in capitals (`WMO`, `KVK`): the written form is as long as the first letters of the token.
 *
 * @param token A word.
 * @returns The abbreviation, or `undefined`.
 */
export function abbreviationOf(token: string): string | undefined {
  if (/^IJ\p{Ll}/u.test(token)) return undefined
  const word = capitals.exec(token)?.[1]
  if (word !== undefined) return roman.test(word) ? undefined : word
  // Mixed case, keyed in capitals so that `Wmo` and `WMO` are one abbreviation.
  const inner = innerSmall.exec(token)?.[1] ?? trailingSmall.exec(token)?.[1]
  if (inner !== undefined) return inner.toUpperCase()
  const mixed = mixedCase.exec(token)?.[1]
  if (mixed === undefined) return undefined
  const start = mixed.slice(0, 2).toLowerCase()
  return consonant.test(start.charAt(0)) && consonant.test(start.charAt(1)) && !onsets.has(start) ? mixed.toUpperCase() : undefined
}

/**
 * Whether the text right after an abbreviation explains it: `GGD (Gemeentelijke …)`,
 * `RWB: het Regionaal Werkbedrijf`, `AOW = Algemene Ouderdomswet`, `BTB staat voor …`.
 *
 * @param text The text.
 * @param end Offset just after the abbreviation as written.
 * @param word The abbreviation.
 * @returns Whether it is expanded there.
 */
export function expandedAfter(text: string, end: number, word: string): boolean {
  // A year or number may belong to the name: `Wmo 2015 (Wet maatschappelijke ondersteuning 2015)`.
  // A compound may come between: `WOZ-waarde (waarde onroerende zaken)`, also after the number:
  // `NTA 8800-methode (de norm voor …)`.
  const lead = /^(?:-\p{L}+)?(?:\s\d{1,5}(?:-\p{L}+)?)?\s{0,2}(?:\(|:|=|[-–]\s|,?\s(?:staat voor|betekent|ofwel|oftewel)\s)\s{0,2}(?:het|de|een)?\s{0,2}/iu.exec(text.slice(end, end + 50))
  if (!lead) return false
  const expansion = text.slice(end + lead[0].length, end + lead[0].length + 100).split(/[)\n]/)[0] ?? ''
  const words = expansion.split(/[\s-]+/).filter(Boolean).slice(0, 10)
  // The letters in order, or a description of three words or more that starts with the
  // abbreviation's letter (`LFB (landelijke belangenorganisatie van …)`).
  return initials(words, word, true) || (words.length >= 3 && words[0]?.charAt(0).toLowerCase() === word.charAt(0).toLowerCase())
}

/**
 * Whether the text right before an abbreviation explains it: `Gemeentelijke Gezondheidsdienst
 * (GGD)`, `wijkcoördinatoren (WC’s)`, `… (hierna: OKB)`, `…, afgekort als OKB`.
 *
 * @param text The text.
 * @param start Offset of the abbreviation.
 * @param word The abbreviation.
 * @returns Whether it is expanded there.
 */
export function expandedBefore(text: string, start: number, word: string): boolean {
  const near = text.slice(Math.max(0, start - 40), start)
  const lead = /(?:[([]\s{0,2}['‘"“]?(?:(?:hierna|verder|kortweg)(?:\s+te\s+noemen)?\s{0,2}:?\s{0,2})?(?:de|het)?\s{0,2}|,?\s(?:afgekort|kortweg)(?:\s(?:als|tot))?\s{1,2})$/iu.exec(near)
  if (!lead) return false
  const before = text.slice(Math.max(0, start - lead[0].length - 120), start - lead[0].length)
  const words = before.split('\n').at(-1)?.split(/[\s-]+/).filter(Boolean) ?? []
  return initials(words.slice(-10), word, false)
}

/**
 * Whether the letters of an abbreviation appear in order in some words, the first one
 * starting a word (`Gemeentelijke Gezondheidsdienst` for `GGD`).
 *
 * @param words The candidate words (at most a few).
 * @param word The abbreviation.
 * @param fromStart Whether the first word must start the expansion.
 * @returns Whether the words spell the abbreviation.
 */
export function initials(words: string[], word: string, fromStart: boolean): boolean {
  const letters = word.toLowerCase()
  const lower = words.map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, ''))
  const starts = fromStart ? [0] : lower.map((_, i) => i)
  for (const start of starts) {
    if (!lower[start]?.startsWith(letters.charAt(0))) continue
    let i = 0
    for (const ch of lower.slice(start).join(' ')) if (ch === letters.charAt(i)) i++
    if (i >= letters.length) return true
  }
  return false
}

/**
 * Whether a term of the begrippenlijst defines an abbreviation: the term itself, a term that
 * starts with it (`RSD: Regionale …`), or one that ends in it between brackets.
 *
 * @param term The term as written.
 * @returns The abbreviations it defines.
 */
export function definedByTerm(term: string): string[] {
  const out: string[] = []
  const first = /^\s*([\p{L}’']+)/u.exec(term)?.[1]
  const own = first === undefined ? undefined : abbreviationOf(first)
  if (own) out.push(own)
  for (const m of term.matchAll(/\(([^()]{2,16})\)/g)) {
    // `(Wmo 2015)`: the abbreviation is the first word.
    const inner = abbreviationOf(m[1]?.trim().split(/\s+/)[0] ?? '')
    if (inner) out.push(inner)
  }
  return out
}

// Words that name a method or a model after its letters: "het STAP-principe", "de SMART-methode".
const namedMethod = /^-(?:principe|methode|methodiek|aanpak|model|werkwijze|project|programma|systematiek|ladder|stappenplan|criteria|toets)\b/iu

// The abbreviation (with a suffix like `-aanpak`) followed by what it stands for.
const explains = /^(?:-\p{L}+)?\s{0,2}(?::|–|\s(?:staat\s+voor|betekent|bestaat\s+uit|houdt\s+in)\b)/iu

/**
 * Whether the words right after an abbreviation spell it out by their first letters, when the text
 * goes on to explain it (a name like `STAP-principe`, a colon, "staat voor"): capitalised words in any order ("eerst Stappen zetten, dan Toetsen, Afwegen en Plannen" for `STAP`), or,
 * after a colon or "staat voor", any words with those first letters in order. Looks at the
 * rest of the sentence and the next one.
 *
 * @param text The text.
 * @param end Offset just after the abbreviation as written.
 * @param word The abbreviation.
 * @returns Whether the words nearby spell it.
 */
export function spelledNearby(text: string, end: number, word: string): boolean {
  const rest = text.slice(end, end + 400)
  // Only where the text goes on to explain it: a name like `STAP-principe`, a colon, "staat voor".
  const explained = explains.test(rest)
  if (!namedMethod.test(rest) && !explained) return false
  const stops = [...rest.matchAll(/[.!?](?:\s|$)/g)]
  const window = rest.slice(0, (stops[1]?.index ?? rest.length) + 1)
  const letters = [...word.toLowerCase()]
  // Capitalised words not opening a sentence, in any order: each letter takes its own word.
  const capitalised = [...window.matchAll(/(?<![.!?]\s{1,3})(?<=[\s,;:(“"‘'–-])\p{Lu}\p{Ll}+/gu)].map((m) => m[0].charAt(0).toLowerCase())
  const left = [...capitalised]
  const spelled = letters.every((letter) => {
    const at = left.indexOf(letter)
    if (at < 0) return false
    left.splice(at, 1)
    return true
  })
  if (spelled) return true
  // Words in small letters whose first letters spell it in order, within a few words each, only
  // after words that say an explanation follows (`STAP-model: stappen zetten, …`, `staat voor`):
  // after a bare name (`de PLV-regeling geldt voor kleine aanpassingen van dakkapellen`) any sentence
  // holds three words with the right first letters by chance.
  if (!explained) return false
  const words = window.split(/[^\p{L}]+/u).filter((w) => w.length > 1)
  let i = 0
  let gap = 0
  for (const w of words.slice(1)) {
    if (w.charAt(0).toLowerCase() === letters[i]) {
      i++
      gap = 0
      if (i === letters.length) return true
    } else if (i > 0 && ++gap > 4) return false
  }
  return false
}

/**
 * Whether a word in capitals reads as a word rather than letters: seven letters or more, with
 * vowels spread through it (`ZONNESTROOM`, a campaign name), unlike `MKBMSTM`.
 *
 * @param word A word in capitals.
 * @returns Whether it is pronounceable as a word.
 */
export function readsAsWord(word: string): boolean {
  if (word.length < 7) return false
  const vowels = word.match(/[AEIOUYÉËÏÖÜ]/gu)?.length ?? 0
  // Four consonants in a row are common in Dutch compounds (`WINDKRACHT`, `ERNSTIG`); five are not.
  return vowels >= 2 && vowels / word.length >= 0.25 && !/[^AEIOUYÉËÏÖÜ]{5,}/u.test(word)
}
