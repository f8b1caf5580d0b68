/**
 * The one count in a sentence that announces the list after it (`de volgende zes maatregelen:`,
 * `We nemen zes maatregelen.`, `We hanteren er vier:`), for `listClaims`, with the words that make
 * a count a part, a bound or a range rather than the size of a list.
 */
import { PARTIAL as SUBSET } from './inline-list.js'
import { DETERMINER, PREPOSITION } from './list-subjects.js'
import { CLAIM, COUNT, afterPreposition, closingVerb, countOf, nounPlace, notNoun, unitClaim, verbFinal, verbal } from './list-claim-words.js'

// A part of a list or a bound: `onder meer`, `bijvoorbeeld`, `de eerste twee`, `nog drie`, `minimaal vijf`,
// and the whole a part is taken from (`twee van de vier wijken`, `een van de vijf scholen`), also as
// a ratio (`een op de vier sportvelden`: one in every four, not four fields).
// `tot` after `komen`, `leiden` or `beperken` is part of the verb (`komen we tot vier punten`), no bound.
// An adjective that picks a part (`de eerste twee`, `de overige drie`) does so right before the count;
// with a word between, it qualifies another noun (`In het nieuwe reglement staan vijf artikelen:`,
// `het in de eerste plaats over twee gevaren:`) and the count is the whole list's.
export const PARTIAL =
  /\b(?:(?:\d{1,2}|[eé]én|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:van|op)|onder\s+(?:meer|andere)|o\.a\.|bijv\.|bijvoorbeeld|zoals|waaronder|enkele|ten\s*minste|minstens|minimaal|maximaal|hooguit|zeker|nog|ruim|circa|ca\.|ongeveer|zo['’]n|bijna|meer\s+dan|minder\s+dan|(?<!\b(?:kom\p{L}*|kwam\p{L}*|gekomen|leid\p{L}*|geleid|beperk\p{L}*)\s+(?:\S+\s+){0,2})tot)\s+(?:\S+\s+){0,2}$|\b(?:eerste|laatste|andere|overige|extra|nieuwe|resterende)\s+$/iu
// After the claim, words that show the list is of something else (`in zes wijken de volgende maatregelen:`).
export const ELSEWHERE = /\b(?:volgende|onderstaande)\s+\p{L}/iu
// After the claim, words that may follow it before the list (`zes maatregelen die we hieronder beschrijven:`).
// Another word in -en or -s may be the noun the list is of (`in zes wijken maatregelen:`).
const TRAILING = /^(?:hieronder|hierna|onderstaand|die|dat|we|wij|ze|zij|er|is|zijn|staan|nemen|gaan|hebben|worden|werken|kennen|onderscheiden|uitvoeren|inzetten|uitwerken|beschrijven|noemen|toelichten|centraal|voor|op|uit|in|aan|toe|mee|dit|deze|plan|jaar)$/iu
const DANGLING = /^(?:met|aan|voor|over|bij|naar|van|tot|om|tegen|via)$/iu
// Of those, the particles of separable verbs (`wijzen … aan`, `stellen … voor`, `dragen … over`): after
// the count as the object, right after its noun or a short phrase of it (`vier routes voor fietsers aan:`),
// the verb ends there and the list is the noun's.
const SEPARABLE = /^(?:aan|voor|over|bij|om)$/iu
// A phrase right after the noun that says what each item has of its own (`met ieder een eigen budget`,
// `… in, ieder met een trekker`, `(elk met eigen doelen)`): it describes the items, it does not count per
// item as `per wijk` does. Not after a verb (`hebben elk hun eigen …:` may list what they have) nor
// with a determiner (`elk met deze taken:` lists the taken). The phrase may run to the colon and hold a rate of
// what each has (`elk met een maximaal aantal bezoekers en dagen per jaar:`): that `per` is no count per item. A comma
// inside it only in an enumeration (`een eigen beheerder, sleutelhouder en rooster:`); else the clause goes on after it.
const EACH_OWN = /^[ \t]*(?:(?:in|uit|op|aan|toe|voor|vast|af)(?=,))?(?:[,(][ \t]*)?(?:met[ \t]+(?:elk|ieder)|(?:elk|ieder)[ \t]+met)[ \t]+(?:een[ \t]+(?:eigen[ \t]+)?|(?:(?:hun|zijn|haar)[ \t]+)?eigen[ \t]+)(?:[\p{L}'’-]+(?:,[ \t]+[\p{L}'’-]+)+[ \t]+(?:en|of)[ \t]+)?[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,9}?\)?(?=[ \t]*:\s*$)/iu
// Where such a phrase starts in a lead-in.
const EACH_START = /[,(][ \t]*(?:met[ \t]+(?:elk|ieder)|(?:elk|ieder)[ \t]+met)[ \t]/iu
// The same inside a relative clause (`, die ieder een eigen trekker krijgen:`, `, die elk een middag open zijn:`): no count per item
// either. In the main clause it may be what the list holds (`hebben elk hun eigen karakter:`).
// `elk` floating after the subject (`die elk vrijwilligers sturen`) says what each has; before a
// time noun it is the time's determiner (`die elk jaar stijgen`).
const OWN = /\b(?:elk|ieder)[ \t]+(?:met[ \t]+)?(?:(?:een|hun|zijn|haar)[ \t]+)?eigen\b|\b(?:elk|ieder)\b(?![ \t]+(?:jaar|kwartaal|maand|week|dag|keer|uur|seizoen|schooljaar)\b)/giu
const OWN_CLAUSE = /(?:^|,)[ \t]*(?:die|dat)[ \t][^,;:]*\b(?:elk|ieder)\b/iu
// A pointer in brackets before the colon (`(zie paragraaf 4)`, `(tabel 2)`, `(in willekeurige volgorde)`):
// an aside, not part of what is counted. Not a bracket that names items or says the list is partial.
const ASIDE = /[ \t]*\((?:zie|vgl\.|tabel|figuur|bijlage|hoofdstuk|paragraaf|§|in[ \t]+willekeurige[ \t]+volgorde|in[ \t]+volgorde[ \t]+van)[^(),]*\)(?=[ \t]*:\s*$)/iu
// Names in brackets before the colon (`twee speeltuinen (Oost, West):`) are the counted items; the
// list below is of something else (what is done there). The inline reader counts the names.
const NAMED = /\([^()]*(?:,|[ \t](?:en|of)[ \t])[^()]*\)[ \t]*:\s*$/u
// A part after the noun: `zes maatregelen, waarvan de belangrijkste zijn:` lists some of them.
const WHEREOF = /\bwaarvan\b/iu
// Per item (`drie acties per thema`, `twee plekken in elke wijk`): the list is not of that count.
// A count right after `elk` or `ieder` is per item (`De vier wijken krijgen elk twee acties:`), not the list's size.
const EACH_BEFORE = /\b(?:elk|ieder|allebei|allemaal)\s+$/iu
export const DISTRIBUTIVE = /\b(?:per|elk|elke|ieder|iedere)\b/iu
// A noun that classifies the noun after it (`drie groepen inwoners`, `vier soorten woningen`).
export const CLASSIFIER = /^(?:groepen|soorten|typen|types|vormen|categorieën|clusters|niveaus|segmenten)$/iu
// Words between the noun and a colon that keep the colon certain (`zes acties uit:`, `drie doelen centraal:`).
const PARTICLE = /^(?:uit|in|toe|op|vast|na|centraal|hieronder|hierna)$/iu
// A relative clause right after the noun that runs to the colon: `drie loketten die op werkdagen open zijn:`,
// `vier bruggen waar de slijtage het grootst is:`.
// A short phrase may stand between the noun and the clause: `vier vormen van overlast waar we …:`, also with a
// comma before the clause (`vijf vormen van hulp, die …:`).
// The relative pronouns; `waar…` is `waarin`, `waarmee`, …, not the noun `waarde` (`projecten met een waarde per wijk:`).
const RELATIVE_PRONOUN = String.raw`(?:die|dat|wie|welke|waar(?!de)\p{Ll}*)`
// The word a classifier counts the kinds of, before a comma, colon, bracket or relative pronoun.
const CLASSIFIED = new RegExp(String.raw`^[ \t]+\p{Ll}[\p{Ll}-]*(?=[ \t]*[,:(]|[ \t]+${RELATIVE_PRONOUN}[ \t])`, 'u')
// The particle of a separable verb may end the main clause first (`richten we vier werkplaatsen in, waarin …:`).
const RELATIVE = new RegExp(String.raw`^[ \t]*(?:(?:van|voor|in|op|uit|bij|binnen|rond|over|met)[ \t]+(?:[\p{L}'’-]+,?[ \t]+){1,3}?|(?:in|op|uit|aan|open|vast|af|toe)(?=[ \t]*,))?,?[ \t]*${RELATIVE_PRONOUN}[ \t][^,;]*:\s*$`, 'iu')
const ANOTHER_COUNT = new RegExp(String.raw`(?<![\p{L}\d.,])(?:${COUNT})(?![\p{L}\d])`, 'iu')
// A bound in a clause about the noun (`drie haltes waar twee of meer lijnen stoppen:`,
// `vier scholen met minstens 200 leerlingen:`) describes each item; it sizes no list of its own.
const BOUNDED_COUNT = new RegExp(String.raw`(?<![\p{L}\d.,])(?:(?:minstens|ten\s+minste|tenminste|meer\s+dan|minder\s+dan|maximaal|hooguit|hoogstens)\s+(?:${COUNT})|(?:${COUNT})\s+of\s+(?:meer|minder))(?![\p{L}\d])`, 'giu')
// A frequency right after the counted noun (`vier spreekuren per week:`, `drie avonden in de maand:`,
// `twee markten elke zomer:`) says how often, not per which item: the list is still of the noun.
// A unit of time only; `per wijk`, `per 1.000 inwoners` stay a count per item.
const TIME = String.raw`(?:week|maand|jaar|dag|werkdag|kwartaal|halfjaar|schooljaar|seizoen|zomer|winter|voorjaar|najaar|weekend)`
const FREQUENCY_AFTER = new RegExp(String.raw`^[ \t]+(?:per|in[ \t]+de|in[ \t]+het|elke?|iedere?)[ \t]+${TIME}\b`, 'iu')
// The same frequency before the count (`Per week zijn er vijf inloopuren:`).
const FREQUENCY_BEFORE = new RegExp(String.raw`\b(?:per|elke?|iedere?)[ \t]+${TIME}\b`, 'giu')
// A figure with its rate: `€ 80.000 per jaar`, `12 uur per week`, `2 keer per maand`.
const RATE = /\d[\d.,]*(?:[ \t]+[\p{L}²³%]+)?[ \t]+per[ \t]+\p{L}+/giu
// A range (`twee à drie`, `drie tot vier`): no exact count.
export const RANGE = new RegExp(String.raw`(?:^|[^\p{L}\d])(?:${COUNT}|een)\s*(?:à|a|-|–|tot|of)\s*$`, 'iu')
// The count opens a range (`twee à drie bijeenkomsten`): the words after it hold the other end.
export const RANGED = /^(?:à|a|tot|of)\s/iu

/** A count that announces a list, as written, with its noun and its offset in the sentence. */
export interface Claim {
  written: string
  stated: number
  noun: string
  index: number
  /** The noun is followed by a colon (at most a particle between): the list is the noun's. */
  colon: boolean
}

// The one count in a sentence that announces what follows: nothing after the noun but a few words.
export function announcing(written: string, except: RegExp | undefined): Claim | undefined {
  // A hard-wrapped lead-in (`samen met drie` / `partners, die …:`) is one line in Markdown: its
  // line breaks read as spaces (same length, so offsets hold).
  const sentence = written.replace(/[ \t]*\n[ \t]*/gu, (br) => ' '.repeat(br.length))
  // A count inside the phrase of what each item has (`, ieder met twee medewerkers per week:`) is no count of the list.
  const each = EACH_START.exec(sentence)
  const eachAt = each && EACH_OWN.test(sentence.slice(each.index)) ? each.index : sentence.length
  const claims = [...sentence.matchAll(CLAIM)].filter((m) => m.index < eachAt && countOf(m[1] ?? '') !== undefined && !unitClaim(m) && !/\d/.test(m[2] ?? '') && !RANGED.test(m[2] ?? ''))
  if (claims.length === 0) return partitive(sentence)
  // Other figures may stand in the lead-in (`Voor daken groter dan 200 m² gelden de volgende drie
  // eisen:`, `Voor de 12 scholen gelden vijf afspraken:`): the count whose noun the colon closes
  // is the one the list sizes; without that colon the sentence does not say which.
  const last = claims.at(-1)
  // A separable verb's particle may stand between that noun and the colon (`werken we twee oplossingen uit:`).
  const closing = claims.length > 1 && last !== undefined && closesWithColon(sentence.slice(last.index + last[0].length))
  if (claims.length !== 1 && !closing) return undefined
  const m = closing ? last : claims[0]
  if (!m) return undefined
  const noun = (m[3] ?? '').toLowerCase()
  // A classifier counts the kinds of the word after it (`vijf soorten post, elk met …:`): that word
  // belongs to the noun, and what follows it is read as after the noun.
  const tail = sentence.slice(m.index + m[0].length)
  // So does a relative clause after that word (`drie groepen huurders die vaak verhuizen:`).
  const rest = CLASSIFIER.test(noun) ? tail.replace(CLASSIFIED, '') : tail
  const after = rest.replace(FREQUENCY_AFTER, '').replace(EACH_OWN, '').replace(ASIDE, '')
  const words = after.replace(/[^\p{L}\s'’-]/gu, ' ').trim().split(/\s+/).filter(Boolean)
  // A relative clause (`drie loketten die op werkdagen open zijn:`) describes the noun; its
  // verbs end in -en too, so only a noun after a determiner (`die de taken …`) is another noun.
  const relative = RELATIVE.test(after)
  const before = sentence.slice(0, m.index).trim().split(/\s+/).filter(Boolean)
  // Inside a phrase (`Dit betekent voor de vier kernen:`) the list may be of something else: not certain.
  const inPhrase = PREPOSITION.test(before.filter((w) => !DETERMINER.test(w)).at(-1) ?? '')
  // A word in -en or -s may be the noun the list is of, unless a preposition puts it in a phrase.
  // Dutch plural verbs and infinitives end in -en too (`kwamen steeds terug:`): when the count is
  // the clause's own noun, only a word after a determiner or an adjective is taken for another
  // noun; in a relative clause only one after a determiner (`waarin veel ouderen wonen:` is about the count's noun).
  // The relative pronoun itself is no article (`drie fondsen die scholen kunnen aanvragen:`).
  const pronoun = relative ? words.findIndex((w) => /^(?:die|dat)$/iu.test(w)) : -1
  const final = verbFinal(before)
  // In a relative clause `elk` floats after the subject (`die elk vrijwilligers sturen`): it takes a
  // singular noun as a determiner, so a plural after it is no noun of its own phrase.
  const nounAt = (i: number): boolean => (relative ? DETERMINER.test(words[i - 1] ?? '') && !/^(?:elk|ieder)$/iu.test(words[i - 1] ?? '') && i - 1 !== pronoun : !closingVerb(words, i, final) && ((inPhrase && !verbal(words, i)) || nounPlace(words, i)))
  const otherNoun = words.some((w, i) => /(?:en|s)$/iu.test(w) && !notNoun(w) && !TRAILING.test(w) && !afterPreposition(words, i) && !(i === 0 && CLASSIFIER.test(noun)) && nounAt(i))
  const fronted = before.length > 0 && PREPOSITION.test(before[0] ?? '') && before.slice(1).every((w) => DETERMINER.test(w))
  const dangling = /:\s*$/.test(after) && DANGLING.test(words.at(-1) ?? '') && !particleAfterObject(words, before, inPhrase)
  // Another clause after the claim (`Zes scholen meldden zich aan; we kozen er twee.`), or a count
  // per item before it (`per wijk de drie buurthuizen`): the list is not of that count.
  // Another count after it (`zes aanvragen ontvangen, waarvan deze vier …:`) may be the one the list sizes.
  // A rate of a figure (`€ 80.000 per jaar`, `3 keer per week`) is not a count per item.
  const lead = sentence.slice(0, m.index).replace(RATE, ' ').replace(FREQUENCY_BEFORE, ' ')
  const elsewhere = /;/.test(after) || /\bper\b/iu.test(lead) || EACH_BEFORE.test(lead) || ANOTHER_COUNT.test(after.replace(BOUNDED_COUNT, ' '))
  // A bound or part is read in the words of this count only, after another figure's claim.
  const own = closing ? sentence.slice((claims.at(-2)?.index ?? 0) + (claims.at(-2)?.[0].length ?? 0), m.index) : sentence.slice(0, m.index)
  if (PARTIAL.test(own) || RANGE.test(own) || SUBSET.test(after) || WHEREOF.test(after) || NAMED.test(after) || ELSEWHERE.test(after) || DISTRIBUTIVE.test(OWN_CLAUSE.test(after) ? after.replace(OWN, '') : beforeRelative(after)) || tooLong(after, words.length, relative) || otherNoun || fronted || dangling || elsewhere || except?.test(noun)) return undefined
  // Only right after the noun does the colon prove the list is the noun's (not with `met elk …` between).
  const colon = after === tail && /:\s*$/.test(after) && words.length <= 1 && words.every((w) => PARTICLE.test(w)) && !inPhrase
  return { written: m[0], stated: countOf(m[1] ?? '') ?? 0, noun, index: m.index, colon }
}

function closesWithColon(after: string): boolean {
  const words = after.replace(/:\s*$/u, '').trim().split(/\s+/u).filter(Boolean)
  return /:\s*$/u.test(after) && words.length <= 1 && words.every((w) => PARTICLE.test(w))
}

// Few words after the noun keep the list the noun's. A relative clause to the colon describes the
// noun (`, waar bewoners … terechtkunnen met … en voor …:`): only the words before its pronoun count
// against that bound, and the clause itself may run longer.
// So does one later in the clause, about another noun before the colon (`is … een ingreep nodig die
// groter is dan regulier onderhoud:`): the words before it count against the bound.
function tooLong(after: string, words: number, relative: boolean): boolean {
  if (!relative && !BEFORE_PRONOUN.test(after)) return words > 12
  const head = beforeRelative(after).replace(/[^\p{L}\s'’-]/gu, ' ').trim().split(/\s+/u).filter(Boolean).length
  return head > 12 || words > 28
}

// `per` inside a relative clause about the counted noun says how each item is used (`vier pakketten,
// die we per straat toewijzen:`), not that the count is per something (`drie acties per wijk:`): only
// the words before the relative pronoun can make the count distributive.
const BEFORE_PRONOUN = new RegExp(String.raw`(?:^|[\s,])${RELATIVE_PRONOUN}[ \t]`, 'iu')
function beforeRelative(after: string): string {
  const pronoun = BEFORE_PRONOUN.exec(after)
  return pronoun ? after.slice(0, pronoun.index) : after
}

// `Het college wijst zes locaties aan:`, `We stellen vier routes voor fietsers voor:`: a particle that ends
// the clause after the counted object (something before the count, no preposition right before it),
// with at most a short phrase of the noun between (a preposition and up to three words).
function particleAfterObject(words: string[], before: string[], inPhrase: boolean): boolean {
  if (inPhrase || before.length < 2 || !SEPARABLE.test(words.at(-1) ?? '')) return false
  const between = words.slice(0, -1)
  return between.length === 0 || (between.length <= 4 && PREPOSITION.test(between[0] ?? ''))
}

// A count without its noun that ends the sentence before a list: after the partitive `er` (`hanteren
// we er vier:`, `vonden we er drie.`) or `de volgende` (`We hanteren de volgende vier:`). The noun
// stood in the sentence before; the list after it is what it counts.
const PARTITIVE = new RegExp(String.raw`(?<![\p{L}])(?:er|volgende)[ \t]+(${COUNT})[ \t]*[:.]\s*$`, 'iu')

function partitive(sentence: string): Claim | undefined {
  const m = PARTITIVE.exec(sentence)
  const stated = m ? countOf(m[1] ?? '') : undefined
  if (!m || stated === undefined || PARTIAL.test(sentence.slice(0, m.index)) || RANGE.test(sentence.slice(0, m.index))) return undefined
  return { written: m[0].replace(/[ \t]*[:.]\s*$/u, ''), stated, noun: '', index: m.index, colon: false }
}
