/**
 * Whose years a range gives, read from its place in the sentence rather than from a fixed
 * phrase: the noun the range is bound to ("het sportplan 2024-2027", "de looptijd van het
 * groenprogramma (2023-2027)", "de subsidie voor de periode 2022-2025") decides, not any noun
 * elsewhere in the sentence. The document's own kind noun comes from its title
 * ("Lokaal sportakkoord …" calls itself "het akkoord" and "het sportakkoord").
 * Used by `period-mismatch`.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { bareTitle } from './period-headings.js'
import { yearRange } from './plan-period.js'
import { otherThing, planNoun, sentenceBefore } from './period-words.js'

/** Nouns a document of a kind may call itself by, as the tail of a compound ("erfgoednota"). */
// ("beleid" is left out: "het jeugdbeleid" is a field of policy, not a document.)
const kindTail = String.raw`${planNoun}|akkoord|begroting|notitie|routekaart|kompas|perspectief|plannen`

// Prefixes that say what sort of document a plan is, not what it is about: "uitvoeringsprogramma",
// "beleidsplan", "actieplan" may be this plan in any plan; "omgevingsvisie" or "JOGG-programma" is another unless it is the title's.
const genre = String.raw`uitvoerings|beleids|meerjaren|actie|programma|werk|kader|uitwerkings|koers|ontwikkel`

/** The nouns this document calls itself by. */
export interface OwnKind {
  /** Compounds of the title that end in a kind noun, lower case ("sportplan"). */
  compounds: string[]
  /** Bare kind nouns: the tails of those compounds and the general plan nouns ("plan", "nota"). */
  bare: string[]
  /** Words of the title (lower case), to tell the plan's own name from another's. */
  titleWords: Set<string>
}

/**
 * The kind nouns of a document, read from its title: `Lokaal sportplan Ommerdijk
 * 2024-2027` → compound `sportplan`, bare `plan`. A begroting also owns its meerjarenraming.
 *
 * @param titel The document's title.
 * @param begroting Whether the document is a begroting.
 * @returns The nouns.
 */
export function ownKind(titel: string, begroting: boolean): OwnKind {
  const words = bareTitle(titel).split(/[\s,]+/u).filter(Boolean)
  const compounds = words.slice(0, 3).filter((w) => compiled(`(?:${kindTail})$`, 'u').test(w))
  const tails = compounds.map((w) => compiled(`(?:${kindTail})$`, 'u').exec(w)?.[0] ?? '')
  // A compound of two kind nouns names the document by both: a "programmaplan" is also "het
  // programma", a "visienota" also "de visie".
  const heads = compounds.flatMap((w) => compiled(`^(${planNoun})s?-?(?:${kindTail})$`, 'iu').exec(w)?.[1]?.toLowerCase() ?? [])
  if (begroting) compounds.push('meerjarenraming', 'programmabegroting')
  // A document calls itself "het plan" or "het document" whatever it is; a visie, agenda or nota
  // only when that is its own kind (in an uitvoeringsprogramma "de visie" is the one it carries out).
  const own = tails.length > 0 ? [...tails, ...heads] : planNoun.split('|')
  return { compounds, bare: [...new Set(['plan', 'document', ...own])], titleWords: new Set(words) }
}

/**
 * A definite subject that names this document: "het programma", "de erfgoednota", "het akkoord",
 * as a regex source. A compound counts only when it is the title's own ("het JOGG-programma" and
 * "de omgevingsvisie" are other documents in an uitvoeringsprogramma).
 *
 * @param kind The document's kind nouns.
 * @returns A regex source.
 */
export function definiteSelf(kind: OwnKind): string {
  const nouns = [...kind.compounds.map(escape), `(?:${genre})?(?:${kind.bare.map(escape).join('|')})`].join('|')
  return String.raw`\b(?:het|de)\s+(?:(?!(?:${otherAdjective})\b)\p{Ll}[\p{L}-]*\s+)?(?:${nouns})\b(?![\p{L}-])`
}

/**
 * Whether the words after a plan noun begin with a name that is not the title's: "het programma
 * Gezond Opgroeien loopt …" is another programme.
 *
 * @param after The text right after the plan noun.
 * @param kind The document's kind nouns.
 * @returns Whether another plan is named.
 */
export function namedOther(after: string, kind: OwnKind): boolean {
  const name = /^\s+[‘'"“]?(\p{Lu}[\p{L}-]*)/u.exec(after)
  return Boolean(name && !kind.titleWords.has((name[1] ?? '').toLowerCase()))
}

/** A definite subject of this document at the start of a sentence or list item. */
export function subjectSelf(kind: OwnKind): string {
  return String.raw`(?<=(?:^\s*|[.!?]\s{1,3}|\n[ \t]*(?:[-*+][ \t]+)?))${definiteSelf(kind).slice(2)}`
}

// Adjectives that make a plan of the same kind another one: the previous, a national, a provincial one.
const otherAdjective = String.raw`vorige|vorig|oude|eerdere|voorgaande|volgende|lopende|bestaande|aflopende|afgelopen|landelijke|landelijk|nationale|nationaal|provinciale|provinciaal|europese`

/**
 * Whose years a range gives: this plan's, another thing's, a plan of this kind under a name
 * that is not the title's (`named`: another plan, unless the sentence presents this document
 * with "Voor u ligt"), or not said.
 */
export type Owner = 'self' | 'other' | 'named' | 'none'

// "in de periode", "voor de jaren", "van de hele planperiode": a frame around the range, not its owner.
const frame = /(?:\s+(?:in|voor|gedurende|tijdens|over|binnen|van|vanaf|op|naar))?(?:\s+(?:de|het|deze))?(?:\s+(?:hele|volledige|komende))?\s+(?:jaren|periode|tijdvak)(?:\s+van)?$/iu
// The period of this plan named as such.
const periodOfPlan = /(?:^|\s)(?:(?:plan|programma|beleids|uitvoerings)\s?periode|looptijd)(?:\s+van)?$/iu
// "van de gemeente Veldhoorn": a possessor by name between the plan and its years.
const possessor = /\s+van\s+(?:de\s+)?(?:gemeente|regio)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u
// A name after a noun: "de Omgevingsvisie Ommerdijk", "het programma Gezond Opgroeien".
const name = /(?:\s+[‘'"“]?\p{Lu}[\p{L}'’"”-]*)+$/u

/**
 * The owner of a year range from the words before it in its sentence: the noun it is bound to,
 * directly or through a frame ("voor de periode"), brackets or a name.
 *
 * @param before The sentence up to the range.
 * @param kind The document's kind nouns.
 * @returns `self` when bound to this plan's own noun or its period, `other` when bound to another
 *   document or thing with a period of its own, `none` when bound to no such noun.
 */
export function rangeOwner(before: string, kind: OwnKind): Owner {
  // A table cell starts a clause of its own.
  let s = ` ${before.slice(before.lastIndexOf('|') + 1)}`.replace(/[\s(:,–—-]+$/u, '').replace(frame, '')
  // "de planperiode 2026-2030" is this plan's; "de looptijd" too, unless the sentence gives it to another thing.
  const period = periodOfPlan.exec(s)
  if (period) return /looptijd/iu.test(period[0]) && otherThing.test(s.slice(0, period.index)) ? 'none' : 'self'
  s = s.replace(possessor, '')
  // Capitalised words at the end are a name: of the noun before them, or the noun itself ("de Omgevingsvisie Ommerdijk").
  const named = name.exec(s)
  let names: string[] = []
  let nounIsName = false
  if (named) {
    const capitals = named[0].trim().split(/\s+/u)
    s = s.slice(0, named.index)
    nounIsName = /^\s*$|(?:^|\s)(?:de|het|een|dit|deze|ons|onze|van|voor|in|bij|op|uit|naar|met|aan)\s*$/iu.test(s)
    if (nounIsName) s += ` ${capitals.shift() ?? ''}`
    names = capitals.map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ''))
  }
  const words = s.trim().split(/\s+/u)
  const word = (words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '')
  const adjectives = words.slice(-3, -1).join(' ')
  if (kind.compounds.includes(word) || compiled(`^(?:${genre})?(?:${kind.bare.join('|')})$`, 'u').test(word) || (/^(?:dit|deze|ons|onze)$/iu.test(words.at(-2) ?? '') && isKind(word))) {
    if (compiled(`\\b(?:${otherAdjective})\\b`, 'iu').test(adjectives) || otherThing.test(adjectives)) return 'other'
    return names.every((w) => kind.titleWords.has(w)) ? 'self' : 'named'
  }
  if (isKind(word) || otherThing.test(word)) return 'other'
  // "het GVVP 2019-2022", "de Regiodeal Zuid 2020-2023": a range right after a name of something else.
  if (nounIsName && !kind.titleWords.has(word)) return 'other'
  return 'none'
}

/**
 * Whether a range bound to this plan's own noun says its period, rather than naming another plan
 * of the same kind: it overlaps the plan's period by two years or shares one end with it (the
 * previous and the next plan touch the period at most at one year).
 *
 * @param first First year of the range.
 * @param last Last year of the range.
 * @param period The plan's period.
 * @returns Whether the range is a statement of this plan's period.
 */
export function overlapsPlan(first: number, last: number, period: { start: number; eind: number }): boolean {
  const overlap = Math.min(last, period.eind) - Math.max(first, period.start) + 1
  return overlap >= 2 || first === period.start || last === period.eind
}

function isKind(word: string): boolean {
  return compiled(`(?:${kindTail})$`, 'iu').test(word)
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// The past tense, or a relation to another document: the range that follows is not this plan's now.
const pastWords = String.raw`\b(?:liep|liepen|duurde|werd|werden|was|waren|had|hadden|gold|besloeg|omvatte|bestreek|vervangt|vervangen|vorige?|eerdere?|voorgaande?|oude|opvolger|sinds)\b`
const pastOrRelation = new RegExp(String.raw`${pastWords}|sluit\S*\s+aan|aansluit|past\s+binnen|uitvoering\s+aan|voort\s+(?:op|uit)|gebaseerd|afgestemd|volgt\s+uit|vloeit`, 'iu')
const pastOnly = new RegExp(pastWords, 'iu')
// A subordinate clause between the plan and the range: its subject is another ("laat zien hoe het aantal …").
const subordinate = /\b(?:hoe|dat|die|waarin|waarvan|waarmee|wanneer|omdat|zodat|terwijl|waardoor)\b/iu

/**
 * Whether the words between this plan as subject and a range leave the range to the plan: no past
 * tense, no relation to another document, no subordinate clause. A noun in between does not take
 * the range unless it is the range's owner (see `rangeOwner`).
 *
 * @param gap The words between the plan and the range.
 * @param inFrame Whether the range stands in a frame of time (`in de jaren`, `gedurende`).
 * @returns Whether the range may be the plan's.
 */
export function openGap(gap: string, inFrame = false): boolean {
  // A relative clause whose verb is the running itself (`deze nota, die loopt van …`) gives the plan its years.
  if (runningClause.test(gap) || coordinatedRunning(gap)) return true
  // A relative clause between commas ("dit programma, dat … heeft opgesteld, loopt van …") is an aside.
  // `die` right after the verb is a demonstrative ("beschrijft die keuzes"): a relative `die`
  // follows its noun. In a frame of time (`in de jaren …`) the years say when the plan does what the
  // verb says, also when that verb ties it to another document (`geeft uitvoering aan de visie in de jaren …`).
  return !(inFrame ? pastOnly : pastOrRelation).test(gap) && !subordinate.test(gap.replace(/,[^,]*,/gu, ',').replace(/^(\s*\p{L}+\s+)die\b/iu, '$1'))
}

const runningClause = /^\s*,\s*(?:die|dat)\s+(?:loopt|geldt|duurt)\s+(?:van|tot(?:\s+en\s+met)?|t\/m|over\s+de\s+(?:jaren|periode))?\s*$/iu

/**
 * Whether the gap is the plan's own relative clause of running (`dit actieplan, dat loopt van …`):
 * then the years are the plan's, also when a noun before the plan governs it (`na afloop van dit
 * actieplan, dat loopt van …`, `bij de evaluatie van dit plan, dat loopt tot en met …`).
 *
 * @param gap The words between the plan and the range.
 * @returns Whether the gap is such a clause.
 */
export function runningAside(gap: string): boolean {
  return runningClause.test(gap)
}

// A second verb of the same subject that is the running itself: `dit programma vertaalt de visie
// naar stappen en loopt van …`. The nouns between are objects of the first verb, not the owners of the years.
const coordinatedRun = /\ben\s+(?:loopt|geldt|duurt)\s+(?:(?:daarmee|dus|daarom|ook|nog)\s+)?(?:van|vanaf|tot(?:\s+en\s+met)?|t\/m|over\s+de\s+(?:jaren|periode))?\s*$/iu

/**
 * Whether the plan as subject runs in a coordinated clause right before the range (`… en loopt
 * van`), with no past tense and no subordinate clause in between whose subject could be another
 * (`de visie, die in 2020 werd vastgesteld en loopt van …` stays the visie's).
 *
 * @param gap The words between the plan and the range.
 * @returns Whether the plan itself runs over the range.
 */
export function coordinatedRunning(gap: string): boolean {
  if (!coordinatedRun.test(gap) || pastOnly.test(gap)) return false
  return !subordinate.test(gap.replace(/^(\s*\p{L}+\s+)die\b/iu, '$1'))
}

/**
 * Whether a range stands in a frame of time ("voor de periode", "in de jaren"): then it says how
 * long the clause's subject runs, not which thing before it has these years.
 *
 * @param before The sentence up to the range.
 * @returns Whether the range is framed.
 */
export function framed(before: string): boolean {
  return frame.test(` ${before}`.replace(/[\s(:,–—-]+$/u, ''))
}

// A frame of time that binds the years to the verb, not to the noun before it: "in de jaren",
// "in de periode", "gedurende (de jaren)", "tijdens de periode" (not "voor de periode", which a
// noun takes: "de subsidie voor de periode …").
const timeFrame = /(?:^|\s)(?:(?:in|gedurende|tijdens)\s+(?:de\s+)?(?:(?:hele|komende)\s+)?(?:jaren|periode)(?:\s+van)?|gedurende|tijdens)$/iu

/**
 * Whether a range stands in a frame of time that belongs to the clause's verb ("geeft uitvoering
 * aan de visie in de jaren …"): then the noun before the frame does not own the years.
 *
 * @param before The sentence up to the range.
 * @returns Whether the range is framed so.
 */
export function timeFramed(before: string): boolean {
  return timeFrame.test(before.replace(/[\s(:,–—-]+$/u, ''))
}

/** A range bound to this plan's own noun or period. */
export interface OwnedRange {
  /** Offset of the range in the text. */
  index: number
  /** The range as written. */
  written: string
  /** First year, connector, last year, as written. */
  parts: [string, string, string]
}

/**
 * The year ranges of a text that are bound to this plan's own noun or period ("het
 * sportplan 2024-2027", "de looptijd van het groenprogramma (2023-2027)"), in a clause in the
 * present tense.
 *
 * @param text A prose text (unwrapped).
 * @param kind The document's kind nouns.
 * @returns The ranges.
 */
export function ownedRanges(text: string, kind: OwnKind): OwnedRange[] {
  const out: OwnedRange[] = []
  for (const match of allMatches(compiled(yearRange, 'giu'), text)) {
    const before = sentenceBefore(text, match.index)
    if (pastOrRelation.test(before) || rangeOwner(before, kind) !== 'self') continue
    out.push({ index: match.index, written: match[0], parts: [match[1] ?? '', match[2] ?? '', match[3] ?? ''] })
  }
  return out
}
