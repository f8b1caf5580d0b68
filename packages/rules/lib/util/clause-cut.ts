/**
 * Whether a text without its full stop stops where its last clause still lacks something: a word
 * that wants a complement, a bijzin whose verb never comes, an auxiliary, modal or copula without
 * its verb or complement. Read by `sentence-breaks` and `unfinished-sentence`.
 */
import { attributiveLast, determiner, invertedVerbLast, modals } from './clause-verbs.js'

// Conjunctions, relative and question words that open a bijzin, whose finite verb comes last.
const subordinators = new Set([
  'omdat', 'als', 'dat', 'die', 'wanneer', 'zodat', 'doordat', 'waardoor', 'terwijl', 'hoewel', 'nadat', 'voordat', 'indien', 'zodra', 'waarin', 'waarbij', 'waarmee', 'waarop', 'welke', 'mits', 'tenzij', 'aangezien', 'hoe', 'waar', 'wat', 'wie',
  'waarna', 'waarvoor', 'waaraan', 'waaruit', 'waarover', 'waarnaar', 'totdat', 'zolang', 'naarmate', 'opdat', 'alvorens'
])
// The last word of a finished bijzin: a finite verb or an infinitive (`stijgt`, `willen`,
// `werkte`, `is`). A noun on -en or -t passes too: the check stays on the safe side.
const verbLike = /(?:en|t|de|te|den|ten)$|^(?:is|was|kan|zal|wil|mag|ben)$/iu
// Words that need a complement after them (`afhankelijk van`, `gericht op`): no sentence ends on them.
const wantsComplement = new Set(['afhankelijk', 'gericht', 'gebaseerd', 'gekoppeld', 'toegespitst', 'gerelateerd', 'bestemd'])

/**
 * Whether a text without a full stop stops where its last clause still lacks something: its
 * last word wants an object or complement (a preposition, `afhankelijk`), or its last clause is
 * a short bijzin ("omdat schulden op jonge leeftijd", "die na het mbo") whose verb never comes.
 *
 * @param text The sentence or line, without a full stop at the end.
 * @param prepositions Prepositions that want an object.
 * @returns Whether the clause is cut.
 */
export function clauseCut(text: string, prepositions: ReadonlySet<string>): boolean {
  const words = text.replace(/[*_]+$/, '').split(/[\s,;()]+/).filter(Boolean).map((w) => w.toLowerCase())
  const last = words.at(-1) ?? ''
  if (prepositions.has(last) || wantsComplement.has(last)) return true
  // ", dan" opens the main clause after a condition: it cannot be the end.
  if (last === 'dan' && /,\s*dan$/iu.test(text.trim())) return true
  // The last bijzin: a subordinator within the last eight words and no comma after it.
  const tail = text.slice(text.lastIndexOf(',') + 1).split(/\s+/).filter(Boolean).map((w) => w.toLowerCase())
  // `als` also compares (`zowel jong als oud`): only at the start of the clause.
  const at = tail.findLastIndex((w, i) => subordinators.has(w) && (w !== 'als' || i === 0 || /^(?:en|maar)$/.test(tail[i - 1] ?? '')))
  // A participle on -d ends a clause as its verb does (`welke … is georganiseerd`).
  if (at >= 0 && tail.length - at - 1 >= 1 && tail.length - at - 1 <= 8 && ((!verbLike.test(last) && !participleOnD.test(last)) || !hasVerb(tail, at + 1))) return true
  if (at >= 0 && bareBijzin(tail, at)) return true
  if (focusAdverbOnPhrase(words)) return true
  // A future or passive auxiliary whose adverbial follows but not its infinitive or participle
  // ("De kleedkamers worden na de fusie van de vereniging"); not `wordt` as a copula (`wordt een park`).
  const aux = words.findLastIndex((w) => auxiliaries.has(w))
  if (aux >= 0 && words.length - aux - 1 >= 3 && !determiner.test(words[aux + 1] ?? '') && !/^\p{Lu}/u.test(lastOf(text)) && !hasVerb(words, aux + 1)) return true
  return modalWithoutInfinitive(words) || copulaLast(words) || invertedVerbLast(words) || attributiveLast(words) || clusterWithoutVerb(words)
}

// Conjunctions that only open a bijzin, never a phrase: `als`, `die`, `waar`, `zodra` or `indien`
// may stand before one word (`die werken`, `waar nodig`, `zodra mogelijk`), these never do.
const onlyClause = /^(?:omdat|zodat|doordat|waardoor|terwijl|nadat|voordat|totdat|opdat|aangezien)$/u
// A predicate a clause may leave its verb out for (`omdat nodig`, written as in a table note). It
// spares only `openBijzinAfterComma`: in `clauseCut` the test of the last bijzin before
// `bareBijzin` already takes `omdat nodig` as cut.
const elliptic = /^(?:nodig|mogelijk|gewenst|wenselijk|noodzakelijk|haalbaar)$/u

// A bijzin of its conjunction and one word at the end of the text (`, zodat meer`, `omdat kinderen`,
// `zodat werken`): a bijzin puts its verb after its subject, so one word cannot be both, even
// when that word looks like a verb.
function bareBijzin(tail: string[], at: number): boolean {
  return tail.length - at - 1 === 1 && onlyClause.test(tail[at] ?? '') && !elliptic.test(tail.at(-1) ?? '')
}

/**
 * Whether the last clause of a text without its closing mark opens after a comma with a
 * conjunction that only opens a bijzin and stops before its verb (`…, zodat meer`, `…, waardoor de
 * ondernemers`): the comma and the conjunction make it a clause, in a lower-case list item too.
 *
 * @param text An item or paragraph, without its closing mark.
 * @returns Whether that bijzin never gets its verb.
 */
export function openBijzinAfterComma(text: string): boolean {
  const comma = text.lastIndexOf(',')
  if (comma < 0) return false
  const tail = text.slice(comma + 1).replace(/[*_]+$/u, '').split(/\s+/u).filter(Boolean).map((w) => w.toLowerCase())
  // A relative adverb (`, waarmee bewoners in hun straat`) opens a clause as surely, when a noun
  // phrase follows it: `waarvan twee in Noord` leaves its verb out on purpose.
  const relative = relativeAdverb.test(tail[0] ?? '') && relativeSubject.test(tail[1] ?? '')
  if (!(onlyClause.test(tail[0] ?? '') || relative) || /[.!?;:]$/u.test(tail.at(-1) ?? '')) return false
  // After a pronoun the next word is the verb, whatever its form (`, zodat het lukt`, `, omdat we groeien`).
  return bareBijzin(tail, 0) || (tail.length >= 3 && tail.length <= 8 && !pronounSubject.test(tail[1] ?? '') && !hasVerb(tail, 1))
}

// Relative adverbs that open a bijzin after a comma, and the determiners that start its subject.
const relativeAdverb = /^(?:waarmee|waarin|waarop|waaraan|waarvan|waarover|waarnaar|waarbij)$/u
const relativeSubject = /^(?:de|het|een|deze|onze|hun|haar|alle|veel|elke|iedere)$/u

const pronounSubject = /^(?:ik|je|jij|we|wij|ze|zij|hij|u|men|het|dit|dat|er|iedereen|niemand|deze|die)$/u

// Adverbs that point at a phrase and close it only when a verb carries the clause (`de scholen doen dat ook`).
const focusAdverb = /^(?:ook|zelfs|eveneens)$/u

// A conjunct that is only a prepositional phrase and a focus adverb (`… per wijk en bij de grote
// markten ook`): without a verb after the coordinator the clause waits for what the adverb points at.
function focusAdverbOnPhrase(words: string[]): boolean {
  if (!focusAdverb.test(words.at(-1) ?? '')) return false
  const and = words.findLastIndex((w) => /^(?:en|maar)$/u.test(w))
  const conjunct = words.slice(and + 1, -1)
  return and > 0 && conjunct.length >= 2 && phrasePreposition.test(conjunct[0] ?? '') && !hasVerb(conjunct, 0)
}

// A verb cluster that ends the text with only its auxiliaries (`… na 2028 kan worden`, `… vanaf
// 2027 zullen`): the participle or infinitive is missing. Before the cluster stands a time or a
// prepositional phrase, no verb (`gerenoveerd kan worden` is whole) and no predicate noun (`of de
// zaal een buurthuis kan worden` is whole too).
export function clusterWithoutVerb(words: string[]): boolean {
  let b = words.length - 1
  const last = words[b] ?? ''
  if (last === 'worden' && (modals.has(words[b - 1] ?? '') || /^(?:zal|zullen)$/u.test(words[b - 1] ?? ''))) b -= 2
  else if (/^(?:zal|zullen)$/u.test(last)) b -= 1
  else return false
  if (b < 2 || isVerbAt(words, b)) return false
  const before = words[b] ?? ''
  return /^\d{4}$/u.test(before) || phrasePreposition.test(words[b - 1] ?? '') || (phrasePreposition.test(words[b - 2] ?? '') && determiner.test(words[b - 1] ?? ''))
}

// Finite forms of `zijn`, `worden`, `blijven`: in a main clause they come second, before their complement.
const copulas = new Set(['is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'blijft', 'blijven'])
// Words that make a clause verb-final beyond the subordinators: `zoals het is`, `of het lukt`, `hoeveel het is`.
const verbFinal = /^(?:zoals|of|hoeveel|welk|omdat|dan)$/u

/**
 * Whether the text stops on the finite copula of a main clause right after its subject ("en de
 * eigen bijdrage van de deelnemers is"): a main clause puts that verb second, so with nothing
 * after it the complement is missing. Not when any word makes the sentence a bijzin, whose verb
 * comes last (`omdat de bijdrage laag is`, `zoals het is`).
 *
 * @param words The words of the text, lower case.
 * @returns Whether the copula's complement is missing.
 */
function copulaLast(words: string[]): boolean {
  if (!copulas.has(words.at(-1) ?? '') || words.some((w) => subordinators.has(w) || verbFinal.test(w))) return false
  // The last main clause: after the last coordinator, or the whole text.
  const clause = words.slice(words.findLastIndex((w) => /^(?:en|maar|want)$/u.test(w)) + 1, -1)
  // Its subject and nothing else: a determiner and a noun phrase (`de opbrengst laag is` has a
  // complement before the verb, so it is a bijzin, as under an intro `omdat:`).
  return clause.length >= 2 && clause.length <= 8 && !/^(?:die|dat|zijn|haar)$/u.test(clause[0] ?? '') && nounPhrase(clause) && !hasVerb(clause, 1)
}

const phrasePreposition = /^(?:van|voor|aan|op|naar|door|bij|om|in|over|uit|met|tegen|tussen|per|via|onder|zonder|binnen|rond|langs|tot)$/u
// Words before the noun: inflected adjectives (`totale`), `eigen`, numbers.
const beforeNoun = /^(?:\p{L}+e|eigen|\d[\d.,]*)$/u

// Whether the words are one noun phrase: a determiner, adjectives and a noun, then phrases of a
// preposition, an optional determiner, adjectives and a noun (`de eigen bijdrage van de deelnemers`).
function nounPhrase(words: string[]): boolean {
  let i = 0
  const noun = (): boolean => {
    while (i < words.length - 1 && beforeNoun.test(words[i] ?? '') && !phrasePreposition.test(words[i + 1] ?? '')) i++
    return i < words.length && !phrasePreposition.test(words[i++] ?? '')
  }
  if (!determiner.test(words[i++] ?? '') || !noun()) return false
  while (i < words.length) {
    if (!phrasePreposition.test(words[i++] ?? '')) return false
    if (determiner.test(words[i] ?? '')) i++
    if (!noun()) return false
  }
  return true
}

// Words that open a relative clause on the noun before them.
const relatives = new Set(['die', 'dat', 'welke', 'waar', 'waarmee', 'waarbij', 'waarin', 'waarvoor', 'waarop', 'waaraan'])
// Subjects and adverbs right before `dat`: then it opens the modal's object clause (`willen we graag dat …`), no relative one.
const beforeComplement = /^(?:we|wij|ze|zij|u|ik|je|jullie|er|het|dit|graag|ook|nog|wel|niet|dan|daarom|vooral|echt|juist|zelf|alleen)$/u

/**
 * Whether a modal in the main clause lacks its infinitive: between the modal and a relative
 * clause on its object stands no verb, and the relative clause that ends the text holds one
 * cluster of verbs at its end, which is its own ("Verder willen we inwoners die hun tuin
 * vergroenen"). An infinitive after the relative clause (`… hebben extra steunen`) is a second
 * cluster.
 *
 * @param words The words of the text, lower case.
 * @returns Whether the infinitive is missing.
 */
function modalWithoutInfinitive(words: string[]): boolean {
  const modal = words.findIndex((w) => modals.has(w))
  if (modal < 0) return false
  const relative = words.findIndex((w, i) => i > modal + 1 && relatives.has(w))
  if (relative < 0 || beforeComplement.test(words[relative - 1] ?? '')) return false
  // A verb between them (`willen we de inwoners helpen die …`): the infinitive came first. A word
  // right after the modal or its subject is the object (`kan verenigingen die`), no verb.
  const object = (i: number): boolean => modals.has(words[i - 1] ?? '') || beforeComplement.test(words[i - 1] ?? '')
  for (let i = modal + 1; i < relative; i++) if (isVerbAt(words, i) && !object(i)) return false
  const clause = words.length - relative - 1
  if (clause < 2 || clause > 10) return false
  // The verbs of the relative clause: one run of verbs that ends the text.
  const verbs = words.map((_, i) => i > relative && isVerbAt(words, i))
  if (!verbs.at(-1)) return false
  let start = words.length - 1
  while (start > relative + 1 && verbs[start - 1]) start--
  return !verbs.slice(relative + 1, start).some(Boolean)
}

// Auxiliaries that need a verb later in their clause.
const auxiliaries = new Set(['wordt', 'worden', 'zal', 'zullen'])
// Words after which a word on -t or -en is a noun, not a verb: articles, determiners, numbers
// and prepositions ("zodat de kosten per traject").
export const nounOpener = /^(?:de|het|een|die|deze|dit|dat|onze|ons|hun|zijn|haar|uw|elke|iedere|alle|veel|meer|minder|geen|eigen|nieuwe|van|voor|aan|op|naar|door|bij|om|in|over|uit|met|tegen|tussen|per|via|onder|zonder|binnen|\d[\d.,]*)$/iu

// A participle on -d (`gebouwd`, `verhoogd`, `vastgesteld`), which `verbLike` leaves out.
const participleOnD = /^(?:\p{L}{0,8}ge\p{L}{2,}|(?:be|ver|ont|her)\p{L}{2,})d$/u

// Whether the words from `from` on hold a verb: a verb-like word that is no function word and
// does not follow one (the bijzin's `stijgen`, `is`; not the noun `kosten` after `de`).
function hasVerb(words: string[], from: number): boolean {
  for (let i = from; i < words.length; i++) if (isVerbAt(words, i)) return true
  return false
}

// Whether the word at `i` reads as a verb (see `hasVerb`).
export function isVerbAt(words: string[], i: number): boolean {
  const word = words[i] ?? ''
  // After an article and an inflected adjective (`de vaste lasten`) a word is a noun too; a noun on
  // -ie after a consonant is no inflected adjective (`van de evaluatie informeren`: the verb).
  const adjective = /e$/u.test(words[i - 1] ?? '') && !NOUN_ON_IE.test(words[i - 1] ?? '') && nounOpener.test(words[i - 2] ?? '')
  // `zijn` before a participle is the auxiliary (`die daarvoor zijn toegerust`), not the possessive.
  const auxiliaryZijn = words[i - 1] === 'zijn' && participle.test(word)
  return (verbLike.test(word) || participleOnD.test(word)) && !nounOpener.test(word) && (auxiliaryZijn || !nounOpener.test(words[i - 1] ?? '')) && !adjective
}
// A noun on -ie after a consonant (`evaluatie`, `politie`, `strategie`); an inflected adjective on
// -ie has a vowel before it (`mooie`).
const NOUN_ON_IE = /[^aeiouy]ie$/u
// A past participle on -t or -d (`toegerust`, `gebouwd`, `verbeterd`).
const participle = /^(?:\p{L}{0,8}ge\p{L}{2,}|(?:be|ver|ont|her)\p{L}{2,})[td]$/u

// The last word of a text as written (its case kept).
function lastOf(text: string): string {
  return /(\S+)\s*$/u.exec(text.replace(/[*_]+$/, ''))?.[1] ?? ''
}
