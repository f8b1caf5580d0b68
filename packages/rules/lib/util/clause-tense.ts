/**
 * The tense of a clause around a dated moment, for `stale-statement`: a fallback that does not
 * need the verb on a list. A sentence is cut into finite clauses (`finite-clauses.ts`), a clause
 * reported by a past governor (`stond dat …`) is left out, and a clause is read as still to come when a finite verb in one of the places Dutch
 * puts it (second after a fronted moment, last in a subordinate clause, right before the moment's
 * preposition) is in the present, with no past form, perfect or condition in the clause.
 */
import { isVerbParticle } from '@kapstok/nl'
import { strongPast } from './dated-future.js'
import { momentsIn } from './stale-clauses.js'
import { MONTH } from './year-numbers.js'
import { attributive, subjectWords } from './clause-verbs.js'

// Past forms of auxiliaries and common verbs, and words that look back or date a report
// ("zou in 2020 klaar zijn", "sinds 2020", "In de nota van 2021 stond dat …").
const past = /\b(?:zou|zouden|werd|werden|was|waren|had|hadden|sinds|destijds|toen|stond|stonden|stelde|stelden|schreef|schreven|kondigde|kondigden|beloofde|beloofden|voorzag|voorzagen|meldde|meldden)\b/iu

/** Whether a clause looks back: a past auxiliary or marker above, or a strong past form (`nam`). */
export const looksBack = (clause: string): boolean => past.test(clause) || clause.split(/[\s,]+/).some((w) => strongPast.test(w))

/** The words of a text, without the closing punctuation or quotes of each. */
export const words = (text: string): string[] => text.split(/\s+/u).map((w) => w.replace(/[.!?"”’']+$/u, '')).filter(Boolean)

/**
 * Whether a clause is in the past: a past form (`looksBack`), or a perfect (`heeft`, `hebben`, `is`,
 * `zijn` with a participle, or with a modal infinitive in its place: `heeft … kunnen geven`).
 *
 * @param clause A clause.
 * @returns Whether it tells what happened.
 */
export function pastClause(clause: string): boolean {
  const all = words(clause)
  // A word right after `te` is an infinitive (`van plan om … te beginnen`), never a participle.
  // A word on ge-…-en after a determiner is a noun (`de eerste gesprekken`, `de gegevens`).
  // The finite verb second after the opening subject is no participle, though `besluit`,
  // `bepaalt` or `verwacht` have a participle's form (`De provincie besluit in …`); a ge- form
  // right after an auxiliary is one (`Dit is besproken`, where `Dit` reads as a determiner).
  const second = verbSecond(clause)
  const at = all.indexOf(second)
  const finite = at > 0 && /^(?:is|zijn|heeft|hebben|wordt|worden)$/iu.test(all[at - 1] ?? '') ? '' : second
  const verbal = all.filter((_, i) => !/^te$/iu.test(all[i - 1] ?? '') && !nounAt(all, i))
  // `zijn` after a preposition is the possessive (`over zijn eigen begroting`), no auxiliary.
  const auxiliary = all.some((w, i) => /^(?:heeft|hebben|is|zijn)$/iu.test(w) && !(/^zijn$/iu.test(w) && preposition.test(all[i - 1] ?? '')))
  const perfect = auxiliary && verbal.some((w) => participleForm.test(w) || (w !== finite && /^(?:be|ver|ont|her)\p{L}{2,}(?:t|en)$/u.test(w)) || /^(?:kunnen|moeten|willen|mogen|laten)$/iu.test(w))
  return looksBack(clause) || perfect
}

// Present forms of auxiliaries and modals: the clause speaks of what is still to come.
const presentAux = /\b(?:wordt|worden|zal|zullen|wil|willen|kan|kunnen|moet|moeten|mag|mogen|gaat|gaan|komt|komen)\b/iu
// A condition, a stretch or a routine, or a share: the clause does not announce.
const condition = /^\s*(?:als|indien|wanneer|mits|tenzij)\b|\b(?:sinds|vanaf|tot|al|reeds|inmiddels|eerder|elk|elke|ieder|iedere|jaarlijks|steeds)\b|\d\s{0,2}(?:%|procent\b)/iu
// Words before a moment that make it the time of the clause ("in het voorjaar van 2026", "vóór de
// zomer van 2026", "in de loop van maart 2026"); `van` alone ties it to a noun ("de peiling van maart").
// Not `per`: with the present it tells what holds from then ("De bedragen stijgen per 1 januari").
// The prepositions that make a moment the time of its clause (see `adverbial`).
const momentPreposition = /^(?:in|op|rond|rondom|uiterlijk|tegen|vóór|voor|na|tijdens|per)$/iu
const adverbial = /(?:^|\b(?:in|op|rond|rondom|uiterlijk|tegen|vóór|voor|na|tijdens|in\s+de\s+loop\s+van|(?:aan\s+)?het\s+(?:begin|eind|einde)\s+van))\s*$/iu
const comparedWith = /\b(?:dan|als)\s+(?:(?:in|op|rond|per|eind|begin|medio)\s+)?(?:(?:de|het)\s+)?$/iu

/**
 * Whether the moment at `index` is what a figure is compared with (`hoger dan in juni 2026`, `even
 * druk als op 1 mei 2026`): the standard of a comparison, not the time the clause speaks of.
 *
 * @param clause A clause.
 * @param index Where the moment starts in it.
 * @returns Whether `dan` or `als` leads the moment.
 */
export const comparedAt = (clause: string, index: number): boolean => comparedWith.test(clause.slice(0, index))
// A month joined to the moment after it (`in januari en februari 2026`, `mei of juni 2026`): the
// two are one time, and the words before the first one lead the moment.
const coordinatedMonth = new RegExp(String.raw`\s*\b(?:${MONTH})\s+(?:en|of|tot|t\/m)\s*$`, 'iu')

// An occasion dated by `van` (`in de raadsvergadering van juni 2026`, `tijdens zijn zitting van 9
// juli`, `op de informatieavond van 3 maart`, `bij de bijeenkomst van mei 2026`): the occasion's
// date is the time of the clause, as `in juni 2026` would be (not after `na`: a state since then). Other nouns with
// `van` date a thing (`de peiling van maart`).
const OCCASION = String.raw`\p{L}*(?:vergadering|zitting|bijeenkomst|sessie|avond|ronde|verkiezingen|verkiezing|opening|viering|herdenking|conferentie|markt|festival)`
const occasion = new RegExp(String.raw`(?<![\p{L}])((?:in|tijdens|op|bij|rond|vóór))\s+(?:(?:de|het|zijn|haar|hun|een)\s+)?${OCCASION}\s+van\s*$`, 'iu')
// A dated occasion that opens the clause as its subject or fronted object (`De informatieavond van 12
// mei organiseren we …`): its date is the time of the clause, and the verb follows it.
const frontedOccasion = new RegExp(String.raw`^\s*(?:de|het)\s+${OCCASION}\s+(?:van|op)\s*$`, 'iu')

// A weekday before a date (`op zaterdag 14 maart`) belongs to the date.
const weekday = /\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*$/iu

/** The words before a moment with a weekday, an occasion or a first month of two folded into the moment's preposition. */
const momentLead = (lead: string): string => lead.replace(weekday, ' ').replace(coordinatedMonth, ' ').replace(occasion, '$1 ').replace(frontedOccasion, ' ')

// Words that are no finite verb though they may end in -t or stand second: function words,
// participles, determiners and pronouns.
const notVerb = /^(?:niet|met|dat|het|wat|tot|toch|net|dit|echt|recht|eerst|meest|laatst|juist|vast|best|nog|ook|al|er|we|wij|ze|zij|de|een|die|deze|dit|onze|ons|hun|zijn|haar|uw)$/iu
const determiner = /^(?:de|het|een|deze|dit|die|dat|onze|ons|hun|zijn|haar|uw|elk|elke|ieder|iedere|geen|veel)$/iu
const participleForm = /^(?:\p{L}{0,8}ge\p{L}{2,}(?:d|t|en)|(?:be|ver|ont|her)\p{L}{2,}d)$/u
// Verbs of having or holding, being, seeing or counting (`bevat € 610 op 1 januari`): in the present after a moment they tell a figure or
// a finding of that time ("In maart 2026 ligt de piek op …"), not a plan.
const stateVerb = /^(?:ligt|liggen|staat|staan|zit|zitten|heeft|hebben|is|zijn|telt|tellen|ziet|zien|blijkt|blijken|kent|kennen|woont|wonen|geldt|gelden|bedraagt|bedragen|lijkt|lijken|bevat|bevatten|omvat|omvatten)$/iu

// Whether the word at `i` closes a noun phrase: a determiner before it, with only inflected
// adjectives or numbers between (`de nieuwe contracten`, `de 40 plaatsen`). Such a word on -ten
// or -den is a plural noun, not a past form of a verb.
function nounAt(all: string[], i: number): boolean {
  return nounPhraseStart(all, i) >= 0
}

// Where the noun phrase that the word at `i` closes starts (its determiner), or -1.
function nounPhraseStart(all: string[], i: number): number {
  let k = i - 1
  // Adjectives by form (`attributive`), not any word on -e: many nouns end so (`de
  // woningcorporatie sluit`), and the word after them is then the finite verb.
  while (k >= 0 && (attributive.test(all[k] ?? '') || /^\d[\d.,]*$/u.test(all[k] ?? '')) && !determiner.test(all[k] ?? '')) k--
  return k >= 0 && determiner.test(all[k] ?? '') ? k : -1
}

/**
 * Whether a word in a verb's place is a past form: weak (-de, -te, -den, -ten) or strong. A plural
 * that is both present and past (`zetten`) counts as past: the clause is not read as still to come.
 */
const pastForm = (word: string): boolean => strongPast.test(word) || /^\p{L}{3,}(?:de|te|den|ten)$/u.test(word) && !presentPlural.test(word) && !/^(?:melden|richten|starten|inrichten|verbinden|zenden|worden|vinden|binden|wenden|branden|planten|landen|wachten|achten|verwachten|praten|laten|weten|eten|meten|treden)$/iu.test(word)

// A plural on -den or -ten that is a present: a weak past adds -den or -ten to the whole stem, so a
// stem on -d or -t doubles it (`bereidden`, `ontmoetten`), and -te(n) follows only a voiceless
// consonant. So `bereiden`, `houden` (a diphthong before -den) and `sluiten`, `ontmoeten` (a
// diphthong before -ten) are the present; a single vowel may be a strong past (`genoten`,
// `schoten`). The `ei` of `oei` is no diphthong: its -i closes the stem of a verb on -oeien, whose
// weak past is on -den (`bloeiden`, `sproeiden`); `aai` and `ooi` hold none of these pairs.
const presentPlural = /(?:(?<!o)ei|ij|ou|ui|ie)den$|(?:ei|ij|ou|ui|oe|ie)ten$/u

/** Whether a word in a verb's place is a present finite form (stem + t, or a plural on -en). */
const presentForm = (word: string): boolean =>
  !notVerb.test(word) && !participleForm.test(word) && !stateVerb.test(word) && !pastForm(word) && (/^\p{Ll}{3,}t$/u.test(word) || /^\p{Ll}{3,}en$/u.test(word) || presentAux.test(word))

// A part of the document that shows or lists something (`De tabel geeft per dorp het aantal
// speelplekken eind 2025`, `Onderstaande kaart laat … zien`): the moment dates what is shown, a
// stand, and the present tense is that of the document describing itself.
const describesFigures = /^\s*(?:(?:de|het|deze|dit|onderstaande|bovenstaande|volgende)\s+)?(?:tabel|figuur|grafiek|kaart|bijlage|paragraaf|hoofdstuk|overzicht|diagram|staat|lijst)(?:\s+[\d.]+\w?)?(?:\s+(?:hieronder|hierboven|hiernaast))?\s+(?:geeft|geven|toont|tonen|laat|bevat|vermeldt|beschrijft|noemt|vat|somt|brengt)\b/iu

/**
 * The moment a clause speaks of as still to come though it lies before `before`: a moment used as
 * the time of the clause, a finite present verb in one of the verb's places, and no past form,
 * perfect or condition.
 *
 * @param clause A finite clause (see `finiteClauses`), not reported by a past governor.
 * @param before The first day that is not past (ISO); a moment `na` must lie half a year before it.
 * @returns The moment's text, or `undefined`.
 */
export function presentAtPastMoment(clause: string, before: string): string | undefined {
  if (pastClause(clause) || condition.test(clause) || describesFigures.test(clause)) return undefined
  const halfYear = `${Number(before.slice(0, 4)) - (Number(before.slice(5, 7)) <= 6 ? 1 : 0)}-${String(((Number(before.slice(5, 7)) + 5) % 12) + 1).padStart(2, '0')}${before.slice(7)}`
  const moment = momentsIn(clause).find((t) => {
    const lead = momentLead(clause.slice(0, t.index))
    // A moment after `dan` or `als` is what a figure is compared with (`ligt hoger dan in juni`,
    // `even druk als op 1 mei`), not the time of the clause.
    if (comparedAt(clause, t.index)) return false
    // A bare year is often the time of a figure in the present of statistics ("In 2024 maken zestig
    // inwoners gebruik van …"); only a narrower window (a season, month, quarter, day) is dated here.
    // `in de loop van 2026`, `aan het eind van 2026` narrow the year to the time of the clause.
    if (/^\d{4}$/u.test(t.text.trim()) && !/\b(?:in\s+de\s+loop|(?:aan\s+)?het\s+(?:begin|eind|einde))\s+van\s*$/iu.test(lead)) return false
    if (!adverbial.test(lead) && !/^(?:begin|eind|medio|[QK]\d)/iu.test(t.text)) return false
    return t.end < (/\bna\s*$/iu.test(lead) ? halfYear : before)
  })
  if (!moment) return undefined
  const after = words(clause.slice(moment.index + moment.text.length))
  const lead = words(momentLead(clause.slice(0, moment.index)))
  const places: string[] = []
  // Second after a fronted moment (the clause opens with it and its preposition).
  if (lead.length <= 4 && lead.every((w) => /^\p{L}+$/u.test(w) && !presentForm(w.toLowerCase()))) places.push(after[0] ?? '')
  // Last in a subordinate clause; `is` or `zijn` there with a state that comes about ("dat … klaar is").
  const subordinate = /^\s*(?:dat|zodat|omdat|zodra|nadat|voordat|wanneer|waarna|waarmee|waarin|die|of)\s/iu.test(clause)
  if (subordinate) places.push(after.at(-1) ?? '')
  if (subordinate && /^(?:is|zijn)$/iu.test(after.at(-1) ?? '') && /^(?:klaar|gereed|beschikbaar|operationeel|bekend|rond|af)$/iu.test(after.at(-2) ?? '')) return moment.text.trim()
  // Right before the moment's preposition, after a subject that is not a determiner ("Het kabinet
  // presenteert in …"); right before the moment itself when it needs none (`sluit eind maart …
  // aan`); and over the particle of a separable verb that may come first (`loopt af op 1 juli`).
  const article = /^(?:de|het)$/iu.test(lead.at(-1) ?? '') ? 1 : 0
  let prep = lead.length - article - (momentPreposition.test(lead.at(-1 - article) ?? '') ? 1 : 0)
  if (prep >= 3 && isVerbParticle(lead[prep - 1] ?? '') && !momentPreposition.test(lead[prep - 2] ?? '')) prep--
  if (prep >= 2 && !nounAt(lead, prep - 1)) places.push(lead[prep - 1] ?? '')
  // After a fronted part the finite verb stands before its subject (`Daarover beslist de raad in
  // juni`, `Dan opent de gemeente in mei het loket`): the word before that noun phrase.
  else if (prep >= 2) places.push(lead[nounPhraseStart(lead, prep - 1) - 1] ?? '')
  const verbs = places.map((w) => w.toLowerCase()).filter(Boolean)
  // The verb second after the subject that opens the clause (`Het college verwacht … in maart`)
  // may stand far from the moment, which then may belong to a noun (`het aantal inwoners op 1
  // januari`): it vetoes when past, and speaks of what lies ahead only with a te-infinitive below.
  const second = verbSecond(clause).toLowerCase()
  if (verbs.some(pastForm) || pastForm(second)) return undefined
  // An auxiliary after `te` is an infinitive (`hoopten … te kunnen betrekken`), not the finite verb.
  if (verbs.some(presentForm) || presentAux.test(clause.replace(/\bte\s+\p{L}+/giu, ''))) return moment.text.trim()
  // A te-infinitive after the moment, governed by a present finite verb (`verwacht … in maart te
  // gunnen`, `is van plan om in april te beginnen`, `zijn voornemens … te doen`): what is meant,
  // expected or hoped for at that moment still lies ahead.
  const ahead = /\bte\s+\p{L}{2,}en\b/iu.test(clause.slice(moment.index + moment.text.length))
  return ahead && (presentForm(second) || /^(?:is|zijn|heeft|hebben)$/u.test(second)) ? moment.text.trim() : undefined
}

const subjectPronoun = new RegExp(`^(?:${[...subjectWords, 'hij'].join('|')})$`, 'iu')

/**
 * The word in the verb's place of a main clause that opens with its subject: after a personal
 * pronoun (`We hopen`), or after a determiner, inflected adjectives and a noun (`Het college
 * verwacht`, `De nieuwe raad besluit`). Empty when the clause opens otherwise.
 *
 * @param clause A clause.
 * @returns The word, as written.
 */
export function verbSecond(clause: string): string {
  const all = words(clause)
  if (subjectPronoun.test(all[0] ?? '')) return all[1] ?? ''
  if (!determiner.test(all[0] ?? '')) return ''
  // Adjectives by their form only: many nouns end in -e too (`het college`, `de gemeente`).
  let k = 1
  while (k < all.length - 1 && (attributive.test((all[k] ?? '').toLowerCase()) || participleAdjective(all, k) || /^\d[\d.,]*$/u.test(all[k] ?? ''))) k++
  return all[k + 1] ?? ''
}

// An inflected past participle before a noun (`De vernieuwde website`, `het besproken voorstel` has
// no -e): right after a determiner it is no finite verb, so the word after it, in lower case and
// no function word, is the noun. Only the participle's own prefixes, so `de gedachte achter` stays a noun.
const participle = /^(?:ge|ver|be|ont|her)\p{L}{3,}(?:de|te)$/u
const preposition = /^(?:van|voor|aan|op|in|met|bij|uit|naar|door|over|onder|tegen|om|binnen|zonder|na|tot|tussen)$/iu
const functionWord = /^(?:van|voor|aan|op|in|met|bij|uit|naar|door|over|achter|is|zijn|wordt|was|de|het|een|en|of)$/u
function participleAdjective(all: string[], k: number): boolean {
  const next = all[k + 1] ?? ''
  return k === 1 && participle.test(all[k] ?? '') && /^\p{Ll}{3,}$/u.test(next) && !functionWord.test(next)
}

/** Whether the finite verb of a clause that opens with its subject is a past form (`Het college verwachtte`). */
export const pastVerbSecond = (clause: string): boolean => pastForm(verbSecond(clause).toLowerCase())
