/**
 * The last reading of a share that points to numbers ("Dat is één op de acht.", "De daling van 9
 * procent …", "Drie op de tien … dus …", "… krijgen zij 40 procent meer.", "een op de vier (85
 * mantelzorgers)") when no other reading finds them: every pair of the numbers of its sentence and
 * the two or three sentences with numbers before it, as a part of a whole, the rest of a whole, or a change.
 * A share that fits some pair is taken to be right; one that fits none is judged against the pair
 * closest to it, unless even that one is far off (then the share is of numbers named elsewhere).
 * Used by `share-claims`.
 */
import { formatDutchNumber } from '@kapstok/nl'
import { closestWithinTwo, read } from './share-tolerance.js'
import { QUALIFIER, SIZE_VERB } from './share-asides.js'
import { unitsClash, wordAfter } from './share-named-wholes.js'
import { mayCountNarrowed } from './share-qualified-wholes.js'
import { countedIn, countsOf, LIST_MARK, namesNoun, ownIndexes } from './share-counted-numbers.js'
import { CHANGE_NOUN } from './change-nouns.js'

// Readers of counts that other share readers import from here.
export { countedIn, countsNoun, fitsAnotherWhole, ownIndexes } from './share-counted-numbers.js'

// A sentence that speaks of numbers already given: a pronoun or `de daling/stijging` up front, or `dus`, `daarvan`.
// `Het aandeel`, `een opkomst` point back only before a verb, `daarvan` or the share itself (`een opkomst van 80
// procent`): `Het aandeel 18-54 jarigen` and `het aandeel van de wijkteams` name their own group.
// A sentence that opens on a noun with the share (`Met een respons van 38 procent …`, `Een bezetting van 72 procent is …`)
// names the measure of numbers given before: any noun, as the sentence gives no numbers of its own.
const POINTING = new RegExp(
  String.raw`^\s*(?:(?:dat|dit|die|hiervan|daarvan|een|de|het)\s+(?:is|zijn|was|waren|komt|betekent|${SIZE_VERB}|daling|stijging|groei|toename|afname|verdubbeling|halvering)\b|(?:een|de|het)\s+(?:opkomst|bereik|aandeel)\s+(?:daarvan|hiervan|is|was|bedraagt|ligt|komt)\b|(?:met\s+)?(?:een|de|het)\s+(?:[\p{L}-]+\s+){1,2}van\s*$)`,
  'iu'
)
// Anywhere in the sentence: `… eindigden dus …`, `… daarvan …`, `90 van hen`.
const BACK_WORD = /\b(?:dus|daarvan|hiervan|daarmee|hiermee|van\s+hen|van\s+wie)\b/iu
// A sentence that opens on a pointer to the whole its one count is part of.
const OPENS_ON_WHOLE = /^\s*(?:[-*+•]\s+)?(?:van\s+hen|van\s+wie|daarvan|hiervan)\b/iu
// Right after the share: what it is a share of (`30% daarvan`).
const OF_IT = /^\s*(?:daarvan|hiervan|van\s+hen|van\s+wie|ervan)\b/iu
// Right before it: a share of the number just named (`120 woningen, waarvan 40%`).
const OF_IT_BEFORE = /\b(?:waarvan|daarvan|hiervan|van\s+wie|van\s+hen)\s+(?:\p{L}+\s+)?$/iu
// A whole that is the rest of another: `van de overige woningen`, `onder de andere deelnemers`, `van de rest`.
const OF_THE_REST = /\b(?:van|onder|bij)\s+de\s+(?:overige|resterende|andere|rest)\b/iu
// A comparative right after the share makes it a change between two numbers (`40 procent meer`, `een derde
// minder`); with `dan` it compares with something else.
const COMPARATIVE = /^\s*(meer|minder|hoger|lager|groter|kleiner)\b(?!\s+dan\b)/iu
// The noun a comparative is said of: `minder stroom`, `meer ruimte`.
const COMPARED_NOUN = /^\s*(?:meer|minder|hoger|lager|groter|kleiner)\s+(\p{Ll}{5,})\b/u
export const COMPARED_ELSEWHERE = /^\s*(?:(?:meer|minder|hoger|lager|groter|kleiner)\s+dan|boven|onder)\b/iu
// The part right after the share, in parentheses: `een op de vier (85 mantelzorgers)`.
// Also after the verb of its clause: `30 procent afgewezen (300)`, and after an age or a duration
// that qualifies that clause (`30 procent jonger dan 18 jaar (42)`, `binnen 6 maanden aan het werk (50)`).
const PART_AFTER = new RegExp(String.raw`^(?:\s+(?:${QUALIFIER}|[\p{L}-]+)){0,5}\s*\(\s*(?:dat\s+zijn\s+|ofwel\s+|namelijk\s+)?(\d{1,3}(?:\.\d{3})*|\d+)(?:\s+[\p{L}-]+){0,2}\s*\)`, 'iu')
// The direction a change is said to go.
export const UP = /\b(?:stijging|toename|groei|meer|hoger|groter|steeg|stijgt|gestegen|groeide|groeit|gegroeid)\b/iu
export const DOWN = /\b(?:daling|afname|krimp|minder|lager|kleiner|daalde|daalt|gedaald|kromp|gekrompen)\b/iu
// A whole named by its noun without a number: `Van de jongeren met jeugdhulp …`.
const NOUN_WHOLE = /^\s*(?:van|onder|bij)\s+(?:de|alle|deze|die)\s+(\p{L}+)(?!\s+\d)/iu
const nounWhole = (text: string): string => NOUN_WHOLE.exec(text.replace(LIST_MARK, ' '))?.[1] ?? ''
// A change named by its noun: only such a share may reach into the paragraph before.
// Or a verb of change with `met` (`het aantal abonnees daalde daarna met …`), which says the same as its noun.
// Up to three words may stand between the verb and `met` (`groeide sindsdien met`, `nam in vier jaar met`).
const VERB_MET = /\b(?:(?:ge)?st(?:ij|e+)g\p{L}*|(?:ge)?da[a]?l\p{L}*|(?:ge)?groei\p{L}*|(?:ge)?kr[io]mp\p{L}*|nam|neemt|namen|nemen)(?:\s+(?:toe|af))?(?:\s+[\p{L}\d]+){0,3}\s+met\s+$/iu
const UP_OR_DOWN = new RegExp(String.raw`\b(?:stijging|toename|groei|daling|afname|krimp)\b|${VERB_MET.source}`, 'iu')
// A share that closes the clause of its part (`…, 8 procent.`, `… goed voor een derde van de opwek in 2025.`); one
// in parentheses (`17 scholen (10%)`) often has its whole only further on.
// An adjective of the same whole may stand before the noun (`van het huidige verbruik`, `van de totale uitstoot`);
// others name another group (`van het landelijke aantal`).
// A possessive is a determiner of the same whole (`van ons waterverbruik`), and the clause may end on the rest of its
// verb after the whole (`… van de leden uit`, `… van het vervoer voor hun deel`): its particle and up to two words.
const OF_WHOLE = String.raw`\s+van\s+(?:de|het|alle|ons|onze|hun)\s+(?:(?:huidige|totale|gehele|hele|volledige|jaarlijkse|gezamenlijke)\s+)?[\p{L}-]+(?:\s+(?:in|uit|op|bij|binnen)\s+(?:(?:de|het|dit|deze|onze|dat|datzelfde|hetzelfde)\s+)?[\p{L}\d-]+)?`
const OF_PHRASE = String.raw`(?:${OF_WHOLE})?`
// The rest of a verb opens on its particle or preposition (`uit`, `voor hun deel`): a word right after the noun
// would name another whole (`van het landelijke aantal`).
const VERB_REST = String.raw`(?:\s+(?:uit|op|aan|af|toe|mee|in|voor|bij|door|over|weg)(?:\s+\p{Ll}+){0,2})?`
// A bracket that holds the count and the share together closes with them: `(35 deelnemers, 60 procent).`
// The rest of the verb only after a named whole: `ruim 40 procent bezet` says a rate, not a share of a count.
const CLOSING = String.raw`^(?:${OF_WHOLE}${VERB_REST}|${OF_PHRASE})\s*\)?\s*`
export const CLOSES = new RegExp(String.raw`${CLOSING}(?:[.;,]|$)`, 'u')
// A clause also closes where a coordinated clause without numbers or shares begins: `… levert met 90 plaatsen 30% van
// de opvang en is daarmee de grootste.`
const CLOSES_CLAUSE = new RegExp(String.raw`${CLOSING}(?:[.;,]|$|\s(?:en|maar|want|zodat|terwijl)\s+(?![^.;]*(?:%|procent|\d)))`, 'u')
// Or the count follows it after a colon and ends the sentence: `goed voor ruim een derde van de opwek: 90 GWh.`
const THEN_COUNT = new RegExp(String.raw`^${OF_PHRASE}\s*:\s*(?:(?:ruim|bijna|circa|ongeveer)\s+)?\d[\d.,]*(?:\s+[\p{L}-]+){0,2}\s*(?:[.;]|$)`, 'iu')
// An amount (`€ 50.000`, `2 miljoen`) is mostly a share of a budget named elsewhere, not of the counts before it.
export const AMOUNT_BEFORE = /(?:€|euro)\s*$/iu
export const AMOUNT_AFTER = /^\s*(?:mln|mld|miljoen|miljard|euro)\b/iu
// A share right after a count: in brackets or after `dat is` (words of a unit or noun may stand between).
const OWN_SHARE = /^(?:\s+[\p{L}³²-]+){0,2}\s*(?:\(\s*|,\s*(?:dat|dit)\s+is\s+)(?:(?:ruim|bijna|circa|ongeveer)\s+)?\d+(?:,\d+)?\s?(?:%|procent)/u
// How many sentences with numbers before a share may hold its whole.
const REACH = 3


/**
 * Whether a share closes the clause of the one count before it in its sentence (`werden 312
 * woningen verkocht, 8 procent.`, `is met 90 GWh goed voor een derde van de opwek`), or the one
 * count follows it after a colon (`een derde van de opwek: 90 GWh.`): that count is its part, and its
 * whole a larger count before it.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns Whether the share closes on one count of its own.
 */
export function closesOnPart(before: string, after: string, numbersOf: (text: string) => string[]): boolean {
  if (/\(\s*$/u.test(before)) return false
  const [inBefore, inAfter] = [countedIn(before, numbersOf), countedIn(after, numbersOf)]
  const closing = inBefore.length === 1 && inAfter.length === 0 && CLOSES_CLAUSE.test(after)
  const colon = inBefore.length === 0 && inAfter.length === 1 && THEN_COUNT.test(after)
  const [part, text] = closing ? [inBefore[0], before] : colon ? [inAfter[0], after] : [undefined, '']
  if (part === undefined) return false
  const at = text.indexOf(part.text)
  return !AMOUNT_BEFORE.test(text.slice(0, at)) && !AMOUNT_AFTER.test(text.slice(at + part.text.length))
}

/** A reading of a share: its actual percentage and how it was computed. */
export interface PairReading {
  actual: number
  basis: string
}

/**
 * A part of a whole read as a share, or as the rest of the whole when only the rest fits the
 * share as written (`€ 120.000 … van € 1,5 mln: ruim 90 % staat nog open`).
 *
 * @param part The part, as written and its value.
 * @param whole The whole, as written and its value.
 * @param judge Whether a percentage fits the share as written.
 * @returns The reading that fits, the part's share when neither does.
 */
export function shareOrRest(part: { text: string; value: number }, whole: { text: string; value: number }, judge: (actual: number) => boolean): PairReading {
  const share = { actual: (part.value / whole.value) * 100, basis: `${part.text} van ${whole.text}` }
  const rest = { actual: ((whole.value - part.value) / whole.value) * 100, basis: `${whole.text} min ${part.text}` }
  return !judge(share.actual) && judge(rest.actual) ? rest : share
}

/** The share, as the sentence holds it. */
export interface PointedShare {
  /** The sentence up to the share. */
  before: string
  /** The sentence after the share. */
  after: string
  /** The whole sentence. */
  sentence: string
  /** The percentage the share says. */
  stated: number
  /** Whether the sentence is a list item under a lead that ends in a colon. */
  item?: boolean
}

/**
 * The pair of numbers a pointing share is of.
 *
 * @param share The share and its sentence.
 * @param earlier The sentences before it in the same paragraph (or list with its lead), nearest last.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @param judge Whether a percentage fits the share as written.
 * @param paragraphBefore The sentences of the paragraph before (optional).
 * @param section The sentences of the section before the share, across paragraphs (optional): a share that
 *   closes the clause of its one count (`closesOnPart`) takes its whole from the last of them with numbers.
 * @returns The fitting pair, else the closest one; `undefined` when the sentence does not point to numbers, there are fewer than two numbers or more than seven, or every pair is far off.
 */
export function pointedPair(
  share: PointedShare,
  earlier: string[],
  numbersOf: (text: string) => string[],
  judge: (actual: number) => boolean,
  paragraphBefore: string[] = [],
  section: string[] = []
): PairReading | undefined {
  const { before, after, sentence, stated, item = false } = share
  // `een derde meer dan landelijk`, `10 procent boven het gemiddelde`: a comparison with numbers named elsewhere.
  if (COMPARED_ELSEWHERE.test(after)) return undefined
  // `Van de overige panden heeft een derde …`: a share of what is left of a whole, which no pair of the numbers states.
  if (OF_THE_REST.test(before)) return undefined
  const comparative = COMPARATIVE.exec(after)
  const partAfter = PART_AFTER.exec(after)
  const counted = (text: string): Array<{ text: string; value: number }> => countedIn(text, numbersOf)
  // `- 500 inwoners kregen een bijdrage voor sport, een kwart;` under `In 2025 maakten 2.000 inwoners gebruik van de
  // regeling:`: the item's one number is a part of the lead's whole (not after `waarvan`, which is of the item's number).
  const own = counted(sentence)
  const itemPart = item && own.length === 1 && !OF_IT_BEFORE.test(before) ? own[0] : undefined
  // Only with one number of its own: that number is the part.
  const wholeByNoun = own.length === 1 && nounWhole(sentence) !== ''
  // A clause without numbers whose verb of change comes with `met` right before the share (`het aantal abonnees
  // daalde daarna met …`) speaks of numbers given before, as `de groei` does.
  const pointedOtherwise = POINTING.test(before) || BACK_WORD.test(sentence) || comparative || partAfter || itemPart || wholeByNoun
  // Such a clause names its subject (`het ledental`, `het aantal leden`): only counts of that noun are its levels.
  const changedBy = !pointedOtherwise && own.length === 0 && VERB_MET.test(before)
  const pointing = pointedOtherwise || changedBy
  // `… werden 312 woningen verkocht, 8 procent.`: the one count of the clause is the part, its whole before it in the section.
  const closingPart = pointing ? undefined : closesOnPart(before, after, numbersOf) ? own[0] : undefined
  if (!pointing && !closingPart) return undefined
  // The sentences with numbers nearest before it (two, or three for a part and its rest after their whole): a
  // sentence without numbers between does not break the reference.
  // A list item's whole is in the lead, however many items stand between.
  const near = closingPart ? lastWithNumbers(section, counted, sentence, earlier) : earlier.filter((s) => counted(s).length > 0 && !(itemPart && LIST_MARK.test(s))).slice(-REACH)
  // A lead without numbers (`De groep bestaat uit:`) names a whole the paragraph before counts; not for a share in
  // brackets right after the item's count (`- hoog risico: 148 leerlingen (33%)`), a breakdown of its own list's sum.
  const window = itemPart && near.length === 0 && !/\(\s*$/u.test(before) ? paragraphBefore.filter((s) => counted(s).length > 0).slice(-REACH) : near
  if (closingPart && window.length === 0) return undefined
  // Only a part in parentheses, a comparative or `daarvan` inside the sentence (`420 verenigingen en 36 daarvan`)
  // may find both numbers in its own sentence.
  if (window.length === 0 && !partAfter && !comparative && !wholeByNoun && !(BACK_WORD.test(sentence) && !POINTING.test(before))) return undefined
  // `60% minder stroom`: a change of the noun after the comparative, not of counts of something else before it.
  const changed = comparative ? COMPARED_NOUN.exec(after)?.[1] : undefined
  if (changed && ![...window, before].some((s) => namesNoun(changed, s))) return undefined
  // `30% daarvan werd toegekend`: a share of the whole before whose part the sentence does not give.
  if (OF_IT.test(after) && counted(sentence).length === 0) return undefined
  // Each number keeps the word after it: a pair of a measure and a count (`1.470 MWh`, `5.095 armaturen`) is no pair.
  // A count with its own share right after it (`245 ton (40 procent)`, `1.200 kWh, dat is 30 procent`) is a part of another whole.
  const withUnit = (text: string) => {
    const numbers = counted(text)
    const at = ownIndexes(text, numbers)
    return numbers.map((n, k) => ({ ...n, unit: wordAfter(text, n.text, at[k]), shared: OWN_SHARE.test(text.slice((at[k] ?? 0) + n.text.length)) }))
  }
  const known = [...window.flatMap(withUnit), ...withUnit(sentence)]
  // With one number of its own paragraph, a change points to the other in the paragraph before ("In 2020 woonden
  // er nog 45.800 mensen; de groei sindsdien …" after a paragraph with today's count): each pair holds that number.
  // Or a part of a whole named by its noun only (`Van de gezinnen in de schuldhulp kregen er 140 …`) reaches for the
  // counts of that noun in the paragraph before.
  const nounOnly = known.length === 1 ? [...window, sentence].map(nounWhole).find((n) => n.length >= 4) : undefined
  const anchor = known.length === 1 && (UP_OR_DOWN.test(before) || nounOnly) ? known[0] : undefined
  // The noun may also stand apart from its count (`Mantelzorg geven 300 inwoners` for `Van die mantelzorgers`).
  // A whole narrowed by a phrase (`Van de ondernemers met een winkel …`) is counted only where a word of it stands.
  const byNoun = (noun: string): Array<{ text: string; value: number }> => {
    const candidates = paragraphBefore.filter((s) => mayCountNarrowed(sentence, s))
    const counts = countsOf(noun, candidates).map((t) => ({ text: t, value: read(t) ?? 0 }))
    if (counts.length > 0) return counts
    const named = candidates.filter((s) => namesNoun(noun, s)).flatMap(counted)
    if (named.length > 0) return named
    // Counted further up the section (a paragraph with figures of its own between): the nearest sentence that counts the noun.
    const nearest = section.findLast((s) => mayCountNarrowed(sentence, s) && countsOf(noun, [s]).length > 0)
    return nearest ? countsOf(noun, [nearest]).map((t) => ({ text: t, value: read(t) ?? 0 })) : []
  }
  const reached = nounOnly ? byNoun(nounOnly) : paragraphBefore.filter((s) => counted(s).length > 0).slice(-2).flatMap(withUnit)
  const all: Array<{ text: string; value: number; unit?: string; shared?: boolean }> = anchor ? [...reached, anchor] : known
  // A count without a noun (`waren dat er nog 400`) goes with them, when one of them names it.
  const named = (n: { unit?: string }): boolean => (n.unit ?? '').length >= 4 && namesNoun(n.unit ?? '', before)
  const numbers = !changedBy ? all : all.some(named) ? all.filter((n) => named(n) || (n.unit ?? '') === '') : []
  // A part in parentheses is one of the pair; so is the one count of a sentence that opens by pointing to its whole
  // (`Van hen kregen er 80 …`, `Daarvan zijn 45 …`): the whole is before it, not among the smaller counts around.
  const pointedPart = own.length === 1 && OPENS_ON_WHOLE.test(sentence) ? own[0] : undefined
  const part = partAfter ? read(partAfter[1] ?? '') : (itemPart ?? closingPart ?? pointedPart)?.value
  // With its part known, only the larger counts are candidates for the whole: smaller ones around it (a breakdown
  // of `512, 389, 281 en 155`) do not make the reference vague.
  const candidates = part === undefined ? numbers : numbers.filter((n) => n.value >= part)
  if (numbers.length < 2 || candidates.length > 7) return undefined
  const direction = comparative ? (UP.test(comparative[1] ?? '') ? 'up' : 'down') : UP.test(before) ? 'up' : DOWN.test(before) ? 'down' : undefined
  const readings: PairReading[] = []
  // `A en B leveren samen 420 plaatsen, 35% van het totaal`: a `samen` before the closing part sums that part, not the whole.
  // So may two counts joined by `en` (`100 uit Oost en 250 uit West; West leverde daarmee …`) be the parts of their sum.
  const coordinated = numbers.length === 2 && [...window, sentence].some((s) => COORDINATED.test(s) && !PART_OF.test(s))
  const together = (TOGETHER.test(sentence) || coordinated) && !(closingPart && TOGETHER.test(before.slice(0, before.lastIndexOf(closingPart.text))))
  for (let i = 0; i < numbers.length; i++) {
    for (let j = i + 1; j < numbers.length; j++) {
      const [a, b] = [numbers[i]!, numbers[j]!]
      const [lo, hi] = a.value <= b.value ? [a, b] : [b, a]
      if (lo.value === hi.value || (part !== undefined && lo.value !== part) || (anchor && a !== anchor && b !== anchor)) continue
      if (unitsClash(a.unit ?? '', b.unit ?? '')) continue
      // The whole of a share that closes on its part is a whole, not a part with a share of its own.
      if (closingPart && hi.shared) continue
      if (direction === undefined) {
        readings.push({ actual: (lo.value / hi.value) * 100, basis: `${lo.text} van ${hi.text}` })
        // The rest of the whole: `1.960 zonder verwijzing` of 2.450 leaves 490 with one.
        if (part === undefined) readings.push({ actual: 100 - (lo.value / hi.value) * 100, basis: `${formatDutchNumber(hi.value - lo.value)} van ${hi.text}` })
        // `Van de bezoekers van beide markten samen …`: the whole is the two counts together, each one a part of it.
        if (together) {
          const sum = lo.value + hi.value
          for (const n of [lo, hi]) if (part === undefined || n.value === part) readings.push({ actual: (n.value / sum) * 100, basis: `${n.text} van ${formatDutchNumber(sum)}` })
        }
      }
      if (part !== undefined) continue
      // A change, from the smaller up or from the larger down; without a direction both ways.
      if (direction !== 'down') readings.push({ actual: ((hi.value - lo.value) / lo.value) * 100, basis: `van ${lo.text} naar ${hi.text}` })
      if (direction !== 'up') readings.push({ actual: ((hi.value - lo.value) / hi.value) * 100, basis: `van ${hi.text} naar ${lo.text}` })
    }
  }
  const fitting = readings.find((r) => judge(r.actual))
  if (fitting) return fitting
  return closestWithinTwo(readings, stated)
}

// Words that make a whole of two counts: `samen`, `beide`, `bij elkaar`, `opgeteld`.
// Two counts joined by `en`, a few words apart: `100 aanmeldingen uit Oost en 250 uit West`.
// Unless one is a part of the other: `420 gezinnen en 336 daarvan`.
const PART_OF = /\b(?:daarvan|hiervan|ervan|waarvan|van\s+hen|van\s+wie)\b/iu
const COORDINATED = /(?<![\d.,])\d[\d.]*\s+(?:[\p{L}-]+\s+){0,3}en\s+(?:[\p{L}-]+\s+){0,2}\d/u
const TOGETHER = /\b(?:samen|beide|bij\s+elkaar|opgeteld|gezamenlijk)\b/iu

/**
 * Whether the words after a share make it a change (`40 procent meer`, `een derde minder`), not a
 * comparison with something else (`meer dan in 2020`).
 *
 * @param after The sentence after the share.
 * @param before The sentence up to the share (optional).
 * @returns Whether a comparative follows the share or a verb of change with `met` precedes it.
 */
export const saysChange = (after: string, before = ''): boolean => COMPARATIVE.test(after) || CHANGED_BY.test(before) || CHANGE_OF.test(before)

// A verb of change and `met` right before the share: `daalde met een kwart`, `is met een derde toegenomen`.
const CHANGED_BY = /\b(?:(?:ge)?st(?:ij|e+)g\p{L}*|(?:ge)?da[a]?l\p{L}*|(?:ge)?groei\p{L}*|(?:ge)?kr[io]mp\p{L}*|(?:nam|neemt|namen|nemen)(?:\s+(?:toe|af))?|(?:is|zijn|wordt|worden)|verminder\p{L}*|verlaag\p{L}*|verhoog\p{L}*)\s+met\s+$/iu

// A noun of change right before the share: `een afname van ruim een kwart`, `een groei met een derde`. A
// fraction in words says a change as well as a percentage does, by any noun that names a change's size
// (`een verlies van ruim een vijfde`, `een besparing van een kwart`): the one shared list of them.
const CHANGE_OF = new RegExp(String.raw`\b(?:${CHANGE_NOUN}|vermeerdering)\s+(?:van|met)\s+$`, 'iu')


// The last sentences of a section with numbers, nearest last; read from the end, so a long section costs no more.
// A share's sentence that names a year (`in 2025`) takes its whole only from sentences of that year: a table row or
// a sentence without it may count another year.
// `in dat jaar` names the last year of the paragraph before it (`In 2025 ontvingen we …`).
// A sentence of the share's own paragraph that names no year speaks of the same time (`Het bad is 2.000 uur open. In
// 2025 werden 1.500 uren verhuurd, …`); one that names another year does not.
function lastWithNumbers(section: string[], counted: (text: string) => unknown[], sentence: string, paragraph: string[] = []): string[] {
  const named = THAT_YEAR.test(sentence) ? (paragraph.join(' ').match(YEAR) ?? []).slice(-1) : []
  const years = sentence.match(YEAR) ?? named
  const sameTime = (text: string): boolean => years.every((y) => text.includes(y)) || (paragraph.includes(text) && text.match(YEAR) === null)
  const out: string[] = []
  for (let i = section.length - 1; i >= 0 && out.length < REACH; i--) {
    const text = section[i] ?? ''
    if (counted(text).length > 0 && sameTime(text)) out.unshift(text)
  }
  return out
}
const YEAR = /\b(?:19|20)\d{2}\b/g
const THAT_YEAR = /\b(?:dat|datzelfde|hetzelfde)\s+jaar\b/iu
