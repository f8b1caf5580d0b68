/**
 * The quantities of a sentence as the sentence-level arithmetic fallback reads them: every number
 * the calculation tokenizer reads, with the unit it is written with (`€`, `%`, or the noun after
 * it: `km`, `uur`, `leden`) and the unit after `per` (`35 ritten per week`). Years, dates and
 * section numbers are no quantities; a percentage of an amount (`3% over € 5 mln`) is one
 * quantity, the amount it gives.
 */

import { isYearToken, tokenize, type Token } from './calc-tokens.js'
import { div, make, mul, type Rational } from './exact-number.js'
import { memoByText, SENTENCES } from './memo.js'
import { sameNoun } from './noun-kinds.js'

/** A number of a sentence with its unit. */
export interface Quantity {
  value: Rational
  /** As written (`1.240`, `72%`, `14,8 mln`). */
  text: string
  /** Offset in the text. */
  index: number
  end: number
  /** `€`, `%`, or the noun(s) after the number (`ritten`), or empty. */
  unit: string
  /** The unit after `per` (`week` in `35 ritten per week`), or empty. */
  per: string
  /** Whether a rounding word stands before it, and which. */
  approx: string
  /** Whether it is a percentage of another quantity, folded into one amount. */
  share?: boolean
  /** The whole a share was taken of (`€ 54.000` of `30% van € 54.000`). */
  whole?: { value: Rational; text: string }
}

type Num = Extract<Token, { kind: 'num' }>

// Words after a number that are no unit of it: function words, and the result cues read elsewhere.
const NOT_UNIT = new Set(
  'en of in op per naar van tot voor met bij aan uit is zijn was waren wordt worden de het een dat die dit deze er we wij ze zij zodat maar ook nog al te om door over als dan meer minder extra keer maal à a daarvan waarvan hiervan samen totaal in opgeteld gemiddeld dus ofwel oftewel is bedraagt resteert overblijft over erbij eraf af bij jaarlijks per via binnen buiten langs vanuit tussen zonder onder tegen'.split(' ')
)
// Verbs often written after a count (`95 overblijven`, `230 gerenoveerd`), and the auxiliaries and
// verbs of what is still to come (`de overige 35 moeten nog`, `de laatste 12 volgen later`), and a verb of
// outcome after a measure (`320 m³ ontstaat`, `135 m³ bergt`): they name no unit.
const VERB = /^(?:ge\p{L}{3,}(?:d|t|en)|(?:over)?blijven|(?:over)?blijft|worden|wordt|werden|komen|komt|kwamen|gaan|gaat|gingen|staan|staat|hebben|heeft|hadden|krijgen|krijgt|kregen|kost|kosten|kostte|geven|geeft|doen|doet|deden|nemen|neemt|zitten|zit|wonen|woont|bezoeken|bezochten|maken|maakt|moeten|moet|kunnen|kan|zullen|zal|mogen|mag|willen|wil|volgen|volgt|vallen|valt|liggen|ligt|lopen|loopt|ontstaat|ontstaan|ontstond|ontstonden|levert|leveren|leverde|leverden|bergt|biedt|bieden|bood|boden)$/u
const noun = (word: string): boolean => !NOT_UNIT.has(word) && !VERB.test(word)
// `24 november`, `1 januari`: a date, not a quantity.
const MONTH = /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i
// `paragraaf 3`, `tabel 2`, `groep 8`: a name or number of a section, not a quantity.
export const LABEL = /\b(?:paragraaf|hoofdstuk|tabel|figuur|bijlage|artikel|lid|fase|stap|nr\.?|nummer|groep|week|kwartaal|motie|amendement|actie|doel|thema|pijler|route|lijn|fase)\s*$/i
// `3% over € 5 mln`, `40% van de projectkosten van € 650.000`: the share and its whole.
const SHARE_OF = /^\s*(?:procent\s+)?(?:over|van|op|×|x|maal)\s+(?:(?:de|het|een|alle)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:van\s+)?(?:(?:circa|ruim|bijna|ongeveer)\s+)?(?:€\s*)?$/iu
// `Elke maand komen er 30 bij`, `Per kwartaal komen er gemiddeld 35 binnen`: a period that opens
// the clause before a number, with a few words between (mid-clause, `per maand` is a number's own).
const EVERY = /(?:^|[.;:]\s*)(?:elke|iedere|ieder|elk|per)\s+(week|maand|kwartaal)\s+(?:[\p{L}'’]+\s+){0,5}$/iu
const ONE_IN_BEFORE = /\b(?:een|één|1)\s+op\s+(?:de\s+|het\s+)?(?:\p{L}+\s+)?$/iu
const PER_AFTER = /^\s*(?:[\p{L}³]+\s+){0,2}?per\s+([\p{L}]+)/iu
const PAYS_FOR_PER = /^\s*(?:(?:[\p{L}³]+\s+){0,2}?|(?:aan|voor)\s+(?:[\p{L}-]+\s+){1,3}?)per\s+([\p{L}]+)/iu
// `Per leerling rekenen we € 95 …`, `Elke boom kost € 185 …`: a unit that opens the clause of an amount, a few words before it.
const PER_OPENING = /(?:^|[.;:]\s*)(?:per|elke|iedere|ieder|elk)\s+(?!saldo\b|slot\b|direct\b|abuis\b|ommegaande\b|van\b)(\p{L}{3,})\s+(?:[\p{L}'’]+\s+){1,5}$/iu
// A price named per period by its compound (`het dagtarief gaat van € 41 naar € 44`, `een
// weekhuur van € 310`): the amounts of its clause are per that period, as if `per dag` followed.
const RATE_NOUN = /\b(uur|dag|nacht|week|maand|jaar)(?:tarief|tarieven|prijs|prijzen|loon|huur|bedrag)\b[^.;:!?]*$/iu
/** Before a count of a part of what was just counted: `(hebben) er (nog) 8`. */
export const PARTITIVE_BEFORE = /\ber\s+(?:(?:nog|maar|slechts|ruim|bijna|ongeveer|circa)\s+)?$/iu
/** After a count of a part of what was just counted: `8 daarvan`, `8 van hen`. */
export const PARTITIVE_AFTER = /^\s*(?:daarvan|hiervan|ervan|van\s+(?:hen|die|deze)\b)/iu
const ROUNDING = /\b(circa|ca\.|ongeveer|ruim|bijna|rond|zo['’]n|afgerond)\s*(?:€\s*)?$/i

// Several readers ask for the quantities of the same sentence (each calculation reader, and
// arithmetic-slip once per window of sentences before): read a sentence once. Callers only read them.
/**
 * The quantities of a piece of text, in order.
 *
 * @param text The text (a sentence, or two).
 * @param offset Offset of the piece in the whole text, added to each index.
 * @returns The quantities.
 */
export const quantities = memoByText(placedQuantities, SENTENCES)

// A sentence is asked for at several offsets (in its section, and alone at 0): it is read once, and
// each offset gets copies placed there. (The offset only shifts `index` and `end`: the reading
// itself works on the sentence alone.)
const unplaced = memoByText((text: string) => readQuantities(text, 0), SENTENCES)
function placedQuantities(text: string, offset = 0): Quantity[] {
  return unplaced(text).map((q) => ({ ...q, index: q.index + offset, end: q.end + offset }))
}

function readQuantities(text: string, offset = 0): Quantity[] {
  const nums = tokenize(text).filter((t): t is Num => t.kind === 'num' && (t.end !== undefined || t.spelled === true))
  const out: Quantity[] = []
  for (const t of nums) {
    const end = t.end ?? t.index + wordLength(text, t.index)
    const before = text.slice(Math.max(0, t.index - 30), t.index)
    const after = text.slice(end, end + 60)
    // (`per week 156 …` names no week 156: the period of the quantity before.)
    if (isYearToken(t) || MONTH.test(after.trimStart()) || (LABEL.test(before) && !/\bper\s+\p{L}+\s*$/iu.test(before))) continue
    // `3.2`, `2.4.1`: a section number (thousands have three digits after the dot).
    if (/^\.\d/.test(after) || /\d\.$/.test(before)) continue
    if (t.value.n === 0n) continue
    const spelledPercent = !t.text.includes('%') && /^\s*(?:procent|procentpunt)/i.test(after)
    // `een op de zes`: a ratio, one sixth, no count of six.
    const oneIn = ONE_IN_BEFORE.test(before)
    const percent = t.text.includes('%') || spelledPercent || oneIn
    // A part counted by `er` or `daarvan` (`Van de 30 clubs hebben er 8 …`, `in 6 daarvan`) counts the
    // noun of the count before it.
    const part = PARTITIVE_BEFORE.test(before) || PARTITIVE_AFTER.test(after) ? out.findLast((q) => q.unit && q.unit !== '€' && q.unit !== '%')?.unit : undefined
    const unit = t.euro ? '€' : percent ? '%' : (part ?? unitAfter(after))
    // The period may also open the clause (`Elke maand komen er ongeveer 30 … bij`).
    // (An amount may name what it pays for first: `€ 40 voor kleine maatregelen per huishouden`.)
    const per = perOf(text, t, after, out.at(-1), offset)
    const approx = ROUNDING.exec(before)?.[1]?.toLowerCase().replace('’', "'") ?? ''
    // The tokenizer reads `72%` as 0,72; `3 procent` and `17 procentpunt` the same way here.
    out.push({ value: spelledPercent ? div(t.value, make(100n, 1n)) : oneIn ? div(make(1n, 1n), t.value) : t.value, text: t.text, index: offset + t.index, end: offset + end, unit, per, approx })
  }
  // `4, 7, 12 en 5 dagen`: the unit after the last of a list is the unit of all.
  for (let i = out.length - 2; i >= 0; i--) {
    const [q, next] = [out[i]!, out[i + 1]!]
    if (!q.unit && next.unit && /^\s*(?:,|en|of|,\s*en)\s*$/.test(text.slice(q.end - offset, next.index - offset))) q.unit = next.unit
  }
  // `€ 180 aan onderzoek en € 70 aan verslag per dak`: the `per` after the last of a list of
  // amounts is the `per` of all.
  for (let i = out.length - 2; i >= 0; i--) {
    const [q, next] = [out[i]!, out[i + 1]!]
    if (q.unit === '€' && next.unit === '€' && !q.per && next.per && LISTED.test(text.slice(q.end - offset, next.index - offset))) q.per = next.per
  }
  // And the unit opening the clause of the first (`Per leerling rekenen we € 95 voor boeken en € 35 voor vervoer`) is that of the rest.
  for (let i = 1; i < out.length; i++) {
    const [q, next] = [out[i - 1]!, out[i]!]
    if (q.unit === '€' && next.unit === '€' && q.per && !next.per && PER_OPENING.test(text.slice(Math.max(0, q.index - offset - 70), q.index - offset)) && LISTED.test(text.slice(q.end - offset, next.index - offset))) next.per = q.per
  }
  return foldShares(out, text, offset)
}

/** The words between two amounts of one list: `aan onderzoek en`, `voor vervoer, `, `plus`, `en de montage`. */
export const LISTED = /^\s*(?:(?:aan|voor)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:,|en|,\s*en|plus)\s*(?:(?:de|het)\s+[\p{L}-]+\s+)?(?:€\s*)?$/iu

// `vijvers van gemiddeld 850 m³`, `lokalen van elk 60 m²`: a size of one of the count right before it.
const EACH_SIZE = /^\s*(?:[\p{L}'’-]+\s+){0,2}?([\p{L}'’-]+)\s+van\s+(?:gemiddeld|elk|ieder|telkens)\s+(?:(?:ongeveer|circa|ruim|bijna)\s+)?(?:€\s*)?$/u
// `14 dagdelen à € 65`: the price of one of the count right before it.
const EACH_PRICE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:à|á)\s+$/u

// The unit a quantity is per: after it (`per week`, `€ 40 voor advies per huishouden`), opening its
// clause (`Elke maand`, `Per leerling rekenen we`), named by a compound (`het dagtarief`), or the
// unit of the count an amount is the price of (`14 dagdelen à € 65`).
function perOf(text: string, t: Num, after: string, counted: Quantity | undefined, offset: number): string {
  const lead = text.slice(Math.max(0, t.index - 80), t.index)
  const own = (t.euro ? PAYS_FOR_PER : PER_AFTER).exec(after)?.[1] ?? EVERY.exec(lead.slice(-70))?.[1]
  // `vijf vijvers van gemiddeld 850 m³`, `8 lokalen van elk 60 m²`: a size of each of the count right before it
// (an amount there, `120 huishoudens van gemiddeld € 300`, is the price the readers of `van` already read).
  const sized = !own && !t.euro && counted && counted.unit !== '€' && counted.unit !== '%' ? EACH_SIZE.exec(text.slice(counted.end - offset, t.index))?.[1] : undefined
  if (sized) return sized.toLowerCase()
  if (own || !t.euro) return (own ?? '').toLowerCase()
  const each = counted && counted.unit !== '€' && counted.unit !== '%' && EACH_PRICE.test(text.slice(counted.end - offset, t.index)) ? counted.unit.split(' ')[0] : undefined
  return (PER_OPENING.exec(lead.slice(-70))?.[1] ?? RATE_NOUN.exec(lead)?.[1] ?? SUBJECT_PER.exec(lead)?.[1] ?? ONE_SUBJECT.exec(lead)?.[1] ?? GIVEN_EACH.exec(lead)?.[1] ?? each ?? '').toLowerCase()
}
// A contribution given to each of the ones the verb names (`geeft kinderen met een Meedoenpas een
// bijdrage van € 350`, `verstrekken we elke deelnemer een vergoeding van € 75`): the amount is per one of them.
const GIVEN_EACH = /\b(?:geeft|geven|gaf|gaven|verstrekt|verstrekken|verstrekte|betaalt|betalen|biedt|bieden)\s+(?:(?:we|wij|de\s+gemeente|het\s+college)\s+)?(?:(?:elk|elke|ieder|iedere|alle)\s+)?(\p{Ll}{3,})\s+(?:[\p{L}'’-]+\s+){0,4}?een\s+(?:eenmalige\s+|jaarlijkse\s+|vaste\s+)?(?:bijdrage|vergoeding|tegemoetkoming|toelage|korting|premie|tegoed)\s+van\s+(?:(?:gemiddeld|maximaal|ruim|circa)\s+)?(?:€\s*)?$/iu
// One of a unit opening the clause as the subject of a verb of cost (`Een volledig toegankelijke
// halte kost gemiddeld € 38.000`, `Eén cursus kost € 300`): the amount is per that unit, as when the verb comes first.
const ONE_SUBJECT = /(?:^|[.;:]\s*)(?:een|één|elke|iedere?)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?(\p{Ll}{3,})\s+(?:kost|kostte|bedraagt|bedroeg)\s+(?:(?:gemiddeld|ongeveer|circa|ruim|bijna|zo['’]n)\s+)?(?:€\s*)?$/iu
// One of a counted unit as the subject of a verb of cost right before the amount (`kost elke
// inschrijving ruim € 40`, `bedraagt iedere rit gemiddeld € 9`): the amount is per that unit.
export const SUBJECT_PER = /\b(?:kost|kosten|kostte|bedraagt|bedroeg)\s+(?:(?:dan|daarmee|dus|nu)\s+)?(?:elk|elke|ieder|iedere|één|een)\s+(\p{L}{3,})\s+(?:(?:gemiddeld|ongeveer|circa|ruim|bijna|zo['’]n|dan|nu|straks)\s+)*(?:€\s*)?$/iu

// A spelled count has no end from the tokenizer: its word's length.
const wordLength = (text: string, index: number): number => /^\p{L}+/u.exec(text.slice(index))?.[0].length ?? 1

// The noun(s) after a number: `km`, `MWh`, `ritten`, `culturele verenigingen`; empty after a function word or a verb.
export function unitAfter(after: string): string {
  // A pair of nouns counts as both (`1.340 ouders en verzorgers`).
  // A compound written with a hyphen counts what its last part names (`VVE-locaties`, `JOP-plekken`).
  const words = /^\s*(?:[\p{L}³]+-)*([\p{L}³]+)(?:\s+(?:en|of)\s+(?=\p{Ll})|\s+)?(?:[\p{L}]+-)*([\p{L}]+)?/u.exec(after)
  const first = words?.[1]?.toLowerCase() ?? ''
  if (!first || !noun(first) || /^\s*[,;:.)]/.test(after)) return ''
  // A word followed by a subject pronoun is a verb in inverted order (`de overige 13 keuren we later`).
  if (/^\s*[\p{L}³]+\s+(?:we|wij|ze|zij|jullie|u|ik|men)\b/iu.test(after)) return ''
  // `8,4 gigawattuur (GWh)`: the abbreviation in brackets names the same unit, and later numbers use it.
  const alias = /^\s*[\p{L}³]+\s*\(([\p{L}³]{1,8})\)/u.exec(after)?.[1]?.toLowerCase()
  if (alias) return `${first} ${alias}`
  const second = words?.[2]?.toLowerCase() ?? ''
  return second && noun(second) ? `${first} ${second}` : first
}

// `rente van 3% over € 5 mln`: the share times its whole is one amount of the whole's unit.
function foldShares(qs: Quantity[], text: string, offset: number): Quantity[] {
  const out: Quantity[] = []
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!
    const next = qs[i + 1]
    if (q.unit === '%' && next && next.unit !== '%' && SHARE_OF.test(text.slice(q.end - offset, next.index - offset))) {
      out.push({ ...next, value: mul(q.value, next.value), text: `${q.text} × ${next.text}`, index: q.index, share: true, whole: { value: next.value, text: next.text } })
      i++
    } else out.push(q)
  }
  return out
}

/**
 * Whether two quantities count the same kind of thing: euros with euros, percentages with
 * percentages, and two counts unless both name a noun and the nouns differ (`ritten`, `uur`).
 */
export function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.unit === '€' || b.unit === '€' || a.unit === '%' || b.unit === '%') return a.unit === b.unit
  if (!a.unit || !b.unit) return true
  return a.unit.split(' ').some((x) => b.unit.split(' ').some((y) => sameNoun(x, y)))
}

// The one noun comparison of all readers (`noun-kinds.ts`), exported here for the readers that import it from this module.
export { sameNoun }

/**
 * Whether a noun made of a participle names the set a count's clause makes with that participle:
 * `ingeschrevenen` are those `ingeschreven` (`stonden 700 gezinnen ingeschreven`), `aangemelden`
 * those `aangemeld`, `betrokkenen` those `betrokken`. The count's own noun may be any other.
 */
// A past participle: `ge` inside (`aangemeld`, `ingeschreven`) or an unstressed prefix (`betrokken`,
// `verzekerd`), ending in d, t or en; a plain plural (`woningen`, `regelingen`) leaves no such stem.
const PARTICIPLE = /^(?:\p{Ll}*ge|be|ver|ont|her|er)\p{Ll}+(?:d|t|en)$/u

/** Whether a word is a past participle (`gesnoeid`, `vervangen`, `beschadigd`): after a count, the count's noun is left out. */
export const isParticiple = (word: string): boolean => PARTICIPLE.test(word)

export function participleSet(noun: string, clause: string): boolean {
  const participle = /^(\p{Ll}{7,})en$/u.exec(noun)?.[1]
  return participle !== undefined && PARTICIPLE.test(participle) && new RegExp(String.raw`(?<!\p{L})${participle}(?!\p{L})`, 'iu').test(clause)
}

/** A rational as a floating-point number, for comparing readings. */
export const real = (r: Rational): number => Number(r.n) / Number(r.d)

/** A stated figure close enough to a computed one (within a quarter) to be read as its result, not another figure. */
export const roughly = (stated: Rational, computed: Rational): boolean => {
  const ratio = real(stated) / real(computed)
  return ratio > 0.75 && ratio < 1.25
}
