/**
 * A main clause whose transitive verb is followed only by prepositional phrases (`… krijgt van de
 * consulent`: what is given is missing), read in a text that stops without its mark. Split from
 * clause-gaps.ts, which reads bijzinnen without their verb and uses the prepositions of this file.
 */
import { subjectWords } from './clause-verbs.js'

// Finite forms of verbs that always take a direct object (their particle forms aside).
const transitive = new Set([
  'krijgt', 'krijgen', 'kreeg', 'kregen', 'ontvangt', 'ontvangen', 'ontving', 'ontvingen', 'geeft', 'geven', 'gaf', 'gaven', 'biedt', 'bieden', 'bood', 'boden',
  'stuurt', 'sturen', 'verstrekt', 'verstrekken', 'levert', 'leveren', 'verleent', 'verlenen', 'gebruikt', 'gebruiken', 'maakt', 'maken', 'legt', 'leggen', 'verwacht', 'verwachten',
  ...['kiest', 'kiezen', 'hanteert', 'hanteren', 'realiseert', 'realiseren', 'organiseert', 'organiseren', 'ontwikkelt', 'ontwikkelen', 'plaatst', 'plaatsen', 'treft', 'treffen'],
  ...['volgt', 'volgen', 'volgde', 'volgden']
])
// Of those, verbs that also stand without an object before a phrase of time or place (`de andere
// wijken volgen in 2028`): only adverbs that cannot stand for the object after them leave it missing
// (`Medewerkers … volgen daarnaast`: what they follow is not said).
const phraseIntransitive = new Set(['volgt', 'volgen', 'volgde', 'volgden'])
// Verbs that never close a clause on their own: they want an object or their particle (`schakelen
// we in`, `zetten we in`, `stellen we vast`). Only a clause that stops right after the verb and its
// subject proves it (`Bij een melding schakelen we`); a phrase after them may be the particle's.
const needsComplement = new Set(['schakelt', 'schakelen', 'zet', 'zetten', 'stelt', 'stellen', 'neemt', 'nemen', 'brengt', 'brengen', 'richt', 'richten', 'roept', 'roepen', 'betrekt', 'betrekken', 'wijst', 'wijzen', 'sluit', 'sluiten', 'draagt', 'dragen'])
// Prepositions that open a phrase of their own (not `om`, `te` or `zoals`): such a phrase after
// the verb leaves the object missing (`ontvangen naast de vergoeding`, `krijgen dankzij de regeling`).
export const prepositions = new Set(['van', 'voor', 'aan', 'op', 'naar', 'door', 'bij', 'in', 'uit', 'met', 'tot', 'binnen', 'vanaf', 'sinds', 'na', 'via', 'tijdens', 'per', 'onder', 'over', 'tegen', 'rond', 'vanuit', 'naast', 'tussen', 'volgens', 'zonder', 'dankzij', 'ondanks', 'langs', 'boven', 'buiten', 'behalve', 'wegens', 'vanwege', 'namens', 'rondom', 'gedurende'])
// What may open a noun phrase inside a prepositional phrase: articles, determiners, numbers, quantifiers.
const opener = /^(?:de|het|een|deze|dit|die|dat|onze|ons|hun|zijn|haar|uw|elke|iedere|ieder|elk|alle|veel|meer|enkele|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d[\d.,]*)$/u
// Object pronouns a preposition takes as its whole phrase (`van ons`).
const objectPronoun = /^(?:ons|hen|hun|haar|hem|mij|u|jullie|elkaar|zichzelf)$/u
// Adverbs a main clause may put between its verb and its phrases.
const adverb = /^(?:ook|al|nog|direct|meteen|altijd|jaarlijks|vooral|alleen|eerst|pas|straks|dan|daarna|voortaan|vervolgens|steeds|zelf|bovendien|daarnaast|extra|(?:daar|hier|er)(?:bij|voor|naast|na|mee|van))$/u
// Adverbs that cannot stand for the object (`krijgen daarbij ook`): with only these after the
// verb the object is as missing as with a phrase (`zelf` and `dan` may close a clause).
const floating = /^(?:ook|nog|bovendien|daarnaast|extra|(?:daar|hier|er)(?:bij|voor|naast|na|mee|van))$/u
// Time phrases without a preposition (`elk jaar`, `ieder kwartaal`).
const timeNoun = /^(?:jaar|maand|week|kwartaal|halfjaar|dag)$/u
const subjects = new Set([...subjectWords, 'er'])
// A fronted part that is no object: a bijzin closed by a comma, a phrase opened by a preposition, an adverb.
const frontedAdverb = /^(?:daarnaast|verder|ook|daarom|daarna|vervolgens|eerst|straks|nu|dan|voortaan|jaarlijks|bovendien|tot slot)$/iu

/**
 * Whether the main clause of a sentence has a transitive verb followed by nothing but
 * prepositional phrases (and adverbs): its object is missing. With its subject after the verb
 * the clause only counts when what stands before the verb cannot be the object itself (`Dat
 * krijgen ze van …`): a bijzin with a comma, a phrase opened by a preposition, an adverb.
 *
 * @param sentence One sentence, with or without its closing mark.
 * @returns The verb, when its object is missing.
 */
export function objectlessVerb(sentence: string): string | undefined {
  // The last main clause: after a semicolon or colon a new one starts.
  // Emphasis marks around the last words (`krijgen **daarnaast ook**`) are no words.
  const raw = sentence.replace(/[.!?]\s*$/u, '').split(/[;:]\s/u).at(-1)?.split(/\s+/).map((w) => w.replace(/^[*_]+|[*_]+$/gu, '')).filter(Boolean) ?? []
  const words = raw.map((w) => w.toLowerCase())
  // The last transitive verb: an earlier one may be a bijzin's (`Ouders die het pakket
  // ontvangen, krijgen …`), and only the last can have nothing but phrases after it.
  const v = words.findLastIndex((w, i) => i >= 1 && (transitive.has(w) || (needsComplement.has(w) && i === words.length - 2 && subjects.has(words[i + 1] ?? ''))))
  if (v < 1 || words.slice(v + 1).some((w) => /[,;:()]/u.test(w))) return undefined
  const fronted = words.slice(0, v)
  // A subordinator before the verb without a comma closing its clause: the verb may be the bijzin's.
  const commaBefore = /,$/u.test(fronted.at(-1) ?? '')
  // Without such a comma, a comma or a finite verb before it, or `het`, `te`, `om` right before it:
  // the word is an infinitive or the verb of another clause (`over het zichtbaar maken van …`).
  if (!commaBefore && (fronted.some((w) => /,$/u.test(w) || /^(?:is|zijn|was|waren|wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|zal|zullen|wil|willen)$/u.test(w)) || /^(?:het|te|om)$/u.test(fronted.at(-1) ?? ''))) return undefined
  if (!commaBefore && fronted.some((w) => /^(?:dat|die|omdat|als|wanneer|zodat|wie|wat|waar|of|hoe|nadat|indien)$/u.test(w.replace(/,$/u, '')))) return undefined
  // The verb right after the comma that closes a fronted part, and nothing after it (`Ouders die
  // meedoen, krijgen`): its subject and object never came. Not a verb in a row of verbs (`plannen, maken`),
  // nor after an aside between two commas, where the verb may close a bijzin (`die zij, zoals elk jaar, ontvangen`).
  if (commaBefore && v === words.length - 1 && fronted.filter((w) => /,$/u.test(w)).length === 1 && !transitive.has((fronted.at(-1) ?? '').replace(/,$/u, '')) && !phraseIntransitive.has(words[v] ?? '')) return words[v]
  let i = v + 1
  if (subjects.has(words[i] ?? '')) {
    // A fronted `wat`- or `wie`-clause is the object itself (`Wat inwoners nodig hebben, krijgen ze …`).
    const notObject = (commaBefore && !/^(?:wat|wie|welke|hoeveel)$/u.test(fronted[0] ?? '')) || prepositions.has(fronted[0] ?? '') || frontedAdverb.test(fronted.join(' '))
    if (!notObject) return undefined
    i++
    // Nothing after the verb and its subject (`Voor de pleinen waar …, kiezen we`): the object never came.
    if (i === words.length && !phraseIntransitive.has(words[v] ?? '')) return words[v]
  }
  return phrasesOnly(words.slice(i), raw.slice(i), phraseIntransitive.has(words[v] ?? '')) ? words[v] : undefined
}

// Prepositional phrases and adverbs only, at least one phrase or one adverb that cannot stand for
// the object (`ook`, `daarbij`): each phrase a preposition, an
// opener, adjectives on -e and one noun (a name in capitals or a number may follow it).
// With `adverbsOnly`, no phrase may follow: only such adverbs.
function phrasesOnly(words: string[], raw: string[], adverbsOnly = false): boolean {
  let phrases = 0
  let floats = 0
  let k = 0
  while (k < words.length) {
    const w = words[k] ?? ''
    if (adverb.test(w)) { if (floating.test(w)) floats++; k++; continue }
    if (/^(?:elk|ieder|iedere|elke|dit|volgend)$/u.test(w) && timeNoun.test(words[k + 1] ?? '')) { k += 2; continue }
    if (!prepositions.has(w)) return false
    k++
    if (objectPronoun.test(words[k] ?? '') && (k + 1 === words.length || prepositions.has(words[k + 1] ?? ''))) { k++; phrases++; continue }
    // Openers, but no article after a number (`van 2027 een raming`: the phrase ended at the year).
    while (opener.test(words[k] ?? '') && !(/^\d/u.test(words[k - 1] ?? '') && /^(?:de|het|een)$/u.test(words[k] ?? ''))) k++
    // A number is the whole phrase (`vanaf 2027`).
    if (/^\d/u.test(words[k - 1] ?? '') && (k === words.length || prepositions.has(words[k] ?? ''))) { phrases++; continue }
    if (/^\d/u.test(words[k - 1] ?? '')) return false
    // Adjectives (`eerste`, `nieuwe`) before the noun; the noun is the first word that is no adjective or the last.
    while (k < words.length - 1 && /e$/u.test(words[k] ?? '') && !prepositions.has(words[k + 1] ?? '') && !/^en$/u.test(words[k + 1] ?? '')) k++
    if (k >= words.length || prepositions.has(words[k] ?? '')) return false
    k++
    // A name or number after the noun (`de wijk Noord`, `de gemeente Oosterlo`), or a second noun joined by `en`.
    while (k < words.length && (/^\p{Lu}|^\d/u.test(raw[k] ?? '') || (words[k] === 'en' && k + 1 < words.length))) k++
    phrases++
  }
  return adverbsOnly ? phrases === 0 && floats >= 1 : phrases >= 1 || floats >= 1
}
