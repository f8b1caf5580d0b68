/**
 * Bijzinnen that stop before their verb, read from the words of one sentence (`…, die in alle
 * wijken al veel gezinnen.`): read in closed sentences too, so they reach sentences a check on the
 * last word never sees (the last word is an ordinary noun). A main clause whose transitive verb
 * lacks its object is read in `objectless-verbs.ts`; `provenCut` weighs both in a text that stops
 * without its mark.
 */
import { openBijzinAfterComma } from './clause-cut.js'
import { attributive } from './clause-verbs.js'
import { PREPOSITION } from './inline-list.js'
import { auxiliaryStranded, oneSentence } from './sentence-breaks.js'
import { objectlessVerb, prepositions } from './objectless-verbs.js'
import { futureWithoutVerb, modalWithoutVerb, purposeWithoutTe } from './closed-sentence-gaps.js'

const personal = /^(?:ik|je|jij|we|wij|ze|zij|hij|men)$/u
// Subordinators a bijzin after a comma opens with; its verb comes at its end.
const bijzinOpener = /^(?:die|dat|omdat|zodat|doordat|waardoor|nadat|voordat|zodra|terwijl|waarmee|waarin|waarbij|welke)$/u
// Irregular finite forms `isVerbAt` does not know by their ending.
// Matched at the end, so compounds count too (`overbleef`, `aankwam`).
const irregular = /(?:gaf|kwam|nam|lag|zag|bleef|stond|hield|liet|viel|kreeg|bood|vond|deed|had|werd|zat|sprak|koos|trok|hing|wist|kon|zou|mocht|moest|bracht|dacht|zocht|kocht|schreef|greep|liep|riep|hielp|verloor|begon|trof|sloot|bewoog|won|bleek|keek|leek|zei|vloog|verdween|sloeg|droeg|vroeg|schoot|zweeg)$/u
// `ging` only alone or after a particle (`overging`, `omging`): nouns of verbs in -gen end so too (`verpleging`, `beweging`).
const went = /^(?:over|door|om|aan|af|op|uit|toe|mee|voor|weg|terug|na|in|onder|ver|rond)?ging(?:en)?$/u
// Words on -aan that are no verb: the preposition, and nouns (`aan de Stationslaan`, `een vaste baan`).
const notVerbAan = /^(?:aan|vooraan|achteraan|voortaan|\p{L}*vandaan|\p{L}*(?:laan|baan|kraan))$/u
// Words on -t or -en that are no verb.
const notVerb = /^(?:niet|met|dat|wat|de|het|tot|uit|net|toch|echt|licht|recht|plaats|markt|dienst|kracht|zicht|inzicht|opzicht|overzicht|ten|ongeveer|binnen|buiten|tegen|boven|beneden|samen|even|open|en|een|geen|zeven|negen|tien|alleen|meteen|misschien|bovendien|tussen|volgens)$/u

/**
 * A bijzin without any verb: opened after a comma by a relative or subordinating word (or a
 * relative right after the sentence's first word, `Ouders die …,`), running to the end of the
 * sentence or to a comma after which a finite verb resumes the main clause. A comma followed by
 * anything else (an enumeration) stays inside the bijzin.
 *
 * @param sentence One sentence, with or without its closing mark.
 * @returns The opening word and its offset in the sentence, when the bijzin has no verb.
 */
export function verblessBijzin(sentence: string): { word: string; index: number } | undefined {
  const tokens = [...sentence.matchAll(/[^\s]+/gu)]
  const raw = tokens.map((t) => t[0].replace(/[.!?;:]+$/u, ''))
  const words = raw.map((w) => w.replace(/,$/u, '').toLowerCase())
  // A text that stops without any mark: there a bijzin need not follow a comma (`We onderzoeken of
  // de balie in het dorp`, `zorgen ervoor dat alle kinderen`), as long as its opener is read as a
  // conjunction (see `opensLastBijzin`) and it runs to the end.
  const open = !/[.!?;:,]$/u.test(sentence.trim())
  const lastStart = open ? lastSentenceStart(raw) : words.length
  // In a text without its mark, the last sentence may itself open with the conjunction (`Omdat de
  // vraag naar opvang in de nieuwe wijken`): a bijzin with no main clause and no verb.
  for (let s = open && lastStart === 0 ? 0 : 1; s < words.length; s++) {
    const atEnd = s >= lastStart && opensLastBijzin(words, raw, s, s === lastStart)
    if (!bijzinOpener.test(words[s] ?? '') && !atEnd) continue
    const afterComma = /,$/u.test(raw[s - 1] ?? '')
    const subjectRelative = s === 1 && /^(?:die|dat)$/u.test(words[s] ?? '')
    if (!afterComma && !subjectRelative && !atEnd) continue
    let end = s + 1
    while (end < words.length) {
      const closesHere = /,$/u.test(raw[end] ?? '')
      end++
      if (closesHere && readsAsVerb(words, raw, end)) break
    }
    if (subjectRelative && end === words.length) continue
    if (atEnd && !afterComma && end < words.length) continue
    const clause = words.slice(s + 1, end)
    // A personal pronoun as subject (`, dat merk je pas later`) comes with its verb, even one this
    // reader does not know by its ending.
    if (clause.length < 3 || clause.some((w) => personal.test(w))) continue
    let verb = false
    for (let i = s + 1; i < end; i++) if (readsAsVerb(words, raw, i, i === end - 1)) verb = true
    if (!verb) return { word: raw[s] ?? '', index: tokens[s]?.index ?? 0 }
  }
  return undefined
}

/**
 * A bijzin without a verb that a text without its closing mark ends in (`We onderzoeken of de
 * balie in het dorp`): the text stops inside it, which proves the cut as a verb without its object does.
 *
 * @param text A paragraph or list item.
 * @returns The opening word and its offset, when the last sentence stops so.
 */
export function openBijzin(text: string): { word: string; index: number } | undefined {
  const trimmed = text.trimEnd()
  if (/[.!?;:,]$/u.test(trimmed)) return undefined
  const last = trimmed.length - (trimmed.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '').length
  const hit = verblessBijzin(trimmed)
  if (hit && hit.index >= last) return hit
  // A bijzin after a comma that stops before its verb, shorter than `verblessBijzin` reads (`…, zodat zij`).
  const comma = trimmed.lastIndexOf(',')
  if (comma < last || !openBijzinAfterComma(trimmed)) return undefined
  const opener = /\S+/u.exec(trimmed.slice(comma + 1))
  return opener ? { word: opener[0], index: comma + 1 + opener.index } : undefined
}

// Where the last sentence of a text starts: after the last word that closes one.
function lastSentenceStart(raw: string[]): number {
  for (let k = raw.length - 2; k >= 0; k--) if (/[.!?]$/u.test(raw[k] ?? '') && /^\p{Lu}/u.test(raw[k + 1] ?? '')) return k + 1
  return 0
}

// Conjunctions that open a bijzin, and what may follow them: a determiner, quantifier or pronoun.
const lastOpener = /^(?:dat|of|omdat|zodat|doordat|nadat|voordat|zodra|terwijl|hoewel|wanneer)$/u
// Words that open an indirect question (`zoeken uit hoe ouders …`, `bekijken welke wijken …`, `, waarom zo
// weinig …`): a bijzin whatever stands before it, and with its own subject or a noun after it.
// `hoe` before a comparative is no opener (`hoe eerder hoe beter`), nor one in a row of them (`wie en wanneer`).
const questionOpener = /^(?:hoe|wie|waarom|welke|welk|hoeveel|hoelang|hoeverre)$/u
const clauseSubject = /^(?:de|het|een|deze|dit|die|onze|ons|hun|haar|uw|elke|iedere|elk|ieder|alle|veel|meer|enkele|geen|er|we|wij|ze|zij|u|je|hij|men|iedereen|inwoners|mensen|\d[\d.,]*)$/u

// A question word in a row of them (`het wie en hoe`, `wie en wanneer`): named, not opening a clause.
function questionRow(words: string[], s: number): boolean {
  return /^(?:en|of)$/u.test(words[s + 1] ?? '') || (/^(?:en|of)$/u.test(words[s - 1] ?? '') && (questionOpener.test(words[s - 2] ?? '') || /^(?:wat|wanneer|waar)$/u.test(words[s - 2] ?? '')))
}

/**
 * Whether the word at `s` opens a bijzin in a text without its closing mark: a conjunction before
 * a subject (`dat alle kinderen`, `of de balie`). `dat` may be a determiner (`dat plan`), so a
 * subject must follow; `of` may join two nouns (`de bus of de fiets`), so it must follow a verb,
 * a subject pronoun or a particle (`onderzoeken we of`, `gaan na of`), not a noun.
 */
function opensLastBijzin(words: string[], raw: string[], s: number, first = false): boolean {
  const word = words[s] ?? ''
  // Opening the sentence, `als` with a subject is a condition (`Als de bouw van de school vertraging`).
  if (word === 'als') return first ? clauseSubject.test(words[s + 1] ?? '') : conditionalAls(words, s)
  // After an article the word is a noun (`het waarom achter de keuze`, `een hoe en wat`).
  if (questionOpener.test(word)) return !article.test(words[s - 1] ?? '') && !questionRow(words, s) && !(word === 'hoe' && /(?:er|st)$/u.test(words[s + 1] ?? ''))
  // Opening the sentence only conjunctions that always open a clause: `dat` and `of` may be a
  // determiner or join two words there (`Dat plan`, `Of je nu …`).
  if (!lastOpener.test(word) || /,$/u.test(raw[s - 1] ?? '') || (first && s === 0 && /^(?:dat|of)$/u.test(word))) return false
  if (word === 'dat') return clauseSubject.test(words[s + 1] ?? '')
  // Other conjunctions open a clause whatever subject follows, a bare plural with an adjective too
  // (`of nieuwe evenementen …`), only not a fixed phrase (`zodra mogelijk`, `of niet`).
  if (!clauseSubject.test(words[s + 1] ?? '') && !bareSubject(words, raw, s + 1)) {
    // After an asking verb a bare noun may be the subject (`onderzoeken … of cameratoezicht bij …`).
    return word === 'of' && /^\p{Ll}{4,}$/u.test(raw[s + 1] ?? '') && !readsAsVerb(words, raw, s + 1) && (personal.test(words[s - 1] ?? '') || askingVerb.test(words[s - 1] ?? '') || askedAfterPhrase(words, s))
  }
  if (word !== 'of') return true
  const before = words[s - 1] ?? ''
  if (personal.test(before) || /^(?:na|af|uit|ervoor|erop|ernaar|bekijken|onderzoeken|nagaan|kijken|weten|vragen)$/u.test(before) || readsAsVerb(words, raw, s - 1)) return true
  // After a noun `of` may join two phrases (`de bus of de fiets`); it opens the indirect question
  // when the sentence's verb asks one before it (`We vragen de provincie of …`, `bekijken we met
  // de scholen of …`) and no other `of` stands between.
  const from = lastSentenceStart(raw.slice(0, s))
  return (words.slice(from, s).some((w) => askingVerb.test(w)) && !words.slice(from, s).includes('of')) || askedAfterPhrase(words, s)
}

// The verbs that take an indirect question with `of` as their object (`bekijken of`, `vraagt … of`).
const askingVerb = /^(?:(?:be)?kijk(?:en|t)?|onderzoek(?:en|t)?|toets(?:en|t)?|vra(?:gen|agt)|verken(?:nen|t)|peil(?:en|t)|bespre(?:ken|ekt)|beoordel(?:en)|beoordeelt|bepal(?:en)|bepaalt|controler(?:en)|controleert|evaluer(?:en)|evalueert|weten|weet|zoek(?:en|t)|nagaan|gaan|gaat)$/u
// Words after a conjunction that make a fixed phrase, no subject (`zodra mogelijk`, `of niet`, `wanneer nodig`).
const fixedAfterConjunction = /^(?:mogelijk|nodig|niet|wel|ook|toch|dan|zo|anders|nog|meer|minder)$/u

// A subject without a determiner: a word that is no verb and no fixed-phrase word, lower case or a name.
function bareSubject(words: string[], raw: string[], i: number): boolean {
  const word = words[i] ?? ''
  return /^\p{L}{3,}$/u.test(word) && !fixedAfterConjunction.test(word) && !auxiliary.test(word) && !readsAsVerb(words, raw, i)
}

/**
 * Whether `of` after a noun opens the indirect question of an asking verb before it, with only its
 * subject, adverbs and a phrase after a preposition between (`bekijken we met de woningcorporatie of
 * de galerij …`): the noun is the preposition's object, not the first of two that `of` joins. An
 * article right after the verb and its subject makes the noun its object (`bekijken we de kosten of
 * de baten`), where `of` may join the two.
 */
function askedAfterPhrase(words: string[], s: number): boolean {
  for (let v = s - 2; v >= 0 && v >= s - 9; v--) {
    if (!askingVerb.test(words[v] ?? '')) continue
    let k = v + 1
    while (k < s && (personal.test(words[k] ?? '') || /^(?:samen|ook|nog|verder|eerst|daarbij|opnieuw|graag|niet)$/u.test(words[k] ?? ''))) k++
    return k < s - 1 && (prepositions.has(words[k] ?? '') || PREPOSITION.test(words[k] ?? ''))
  }
  return false
}

// Subjects of one word: a pronoun or a bare plural, no determiner of a noun after it.
const SUBJECT_ALONE = /^(?:er|we|wij|ze|zij|u|je|hij|men|iedereen|inwoners|mensen)$/u

// Words before `als` that make it a comparison (`even groot als`, `dezelfde als`, `groter als`).
const comparing = /^(?:zo|even|net|evenals|evenveel|zoveel|zowel|dezelfde|hetzelfde|anders|\p{L}+er)$/u

/**
 * Whether `als` opens a condition or a time clause (`als de provincie het ontwerp`) rather than a
 * role or a comparison (`fungeert als een loket voor vragen`, `even groot als de vorige`): a
 * subject and then a second phrase with its own determiner that no preposition governs and no
 * `en` joins to the first, the subject and object of a clause whose verb never came.
 */
function conditionalAls(words: string[], s: number): boolean {
  if (comparing.test(words[s - 1] ?? '') || !clauseSubject.test(words[s + 1] ?? '')) return false
  // The object starts after the subject: one word for a pronoun or a bare plural (`als we de bijdrage`,
  // `als inwoners het formulier`), a determiner and its noun otherwise (`als de provincie het ontwerp`).
  const object = SUBJECT_ALONE.test(words[s + 1] ?? '') ? s + 2 : s + 3
  const governed = (word: string): boolean => prepositions.has(word) || PREPOSITION.test(word)
  for (let j = object; j < words.length; j++) if (article.test(words[j] ?? '') && !governed(words[j - 1] ?? '') && !/^(?:en|of)$/u.test(words[j - 1] ?? '')) return true
  return false
}

// Whether a word may be a verb, read generously: a bijzin is only reported when no word in it can be one.
// Forms of the auxiliaries are verbs everywhere (`zijn` too); a word with a verb's ending is one
// unless a determiner stands right before it, or a number before a plural (`4.000 leden`), or a
// determiner and an adjective before a plural (`de vaste lasten`).
export function readsAsVerb(words: string[], raw: string[], i: number, last = false): boolean {
  const word = words[i] ?? ''
  if (!word || /^\p{Lu}|^\d/u.test(raw[i] ?? '')) return false
  if (irregular.test(word) || went.test(word) || auxiliary.test(word)) return true
  // `-aan` for the verbs of one syllable (`uitgaan`, `bestaan`, `omslaan`).
  if (notVerb.test(word) || notVerbAan.test(word) || !/(?:t|en|aan|de|te|d)$/u.test(word)) return false
  const before = words[i - 1] ?? ''
  // Right after an article, or after the opener of an indirect question (`hoe bewoners …`): the subject, no verb.
  if (article.test(before) || questionOpener.test(before)) return false
  // An ordinal or a superlative between an article and the word makes it a noun (`het eerste
  // contract`, `de laatste markt`); not any word in -e, that may be a noun (`de Adviescommissie stemt`).
  if (/^(?:\p{L}+ste|tweede|derde|vierde|vijfde|zesde|zevende|negende|tiende|volgende|vorige)$/u.test(before) && determinerOnly.test(words[i - 2] ?? '') && !last) return false
  // Last in the bijzin a word on -t is its verb, also after a stranded preposition (`er … over beslist`).
  // After a determiner and an adjective the word is a noun (`een extra veerpont`, `de hele buurt`).
  // The adjective by its form (`attributive`), not any word on -e (`de hoogte afhangt`), and no
  // ordinal, which after `een` is a fraction (`een vijfde betaalt`).
  if (/t$/u.test(word) && determinerOnly.test(words[i - 2] ?? '') && ((attributive.test(before) && !/(?:de|ste|\d+e)$/u.test(before)) || /^(?:extra|gratis)$/u.test(before))) return false
  if (!/en$/u.test(word)) return last || !prepositions.has(before)
  // A preposition after a noun, right before the last word, takes that word as its object (`of de
  // bijdrage voor ouders op vrijdagmiddagen`); a particle stranded after `er`, `daar` or `niet`
  // leaves the word its verb (`of ze daar aan bijdragen`).
  if (last && !/,$/u.test(raw[i] ?? '') && prepositions.has(before) && /^\p{Ll}{3,}(?:s|en|ers|ing|heid)$/u.test(words[i - 2] ?? '') && !/^(?:er|daar|hier|waar|niet|ook|nog|samen|mee)$/u.test(words[i - 2] ?? '')) return false
  // A bijzin ends on its verb: there a word in -en after a particle (`daar niet aan bijdragen`),
  // an adverb (`meer ontvangen`), a year or a number that belongs to a noun (`in 2026 begonnen`,
  // `groep 3 beginnen`) or an adjective-like noun (`in de gemeente verhuren`) is the verb. Before
  // that, and after a count (`ruim 4.000 leden`) or a quantifier (`alle wijken`), it is a plural.
  // After a preposition a number that is no year counts a plural (`binnen 8 weken`, `met 40 vrijwilligers`).
  const count = /^\d/u.test(before) && (i < 2 || article.test(words[i - 2] ?? '') || determinerOnly.test(words[i - 2] ?? '') || bijzinOpener.test(words[i - 2] ?? '') || (prepositions.has(words[i - 2] ?? '') && !/^(?:19|20)\d\d$/u.test(before)))
  // Last after a preposition it is the verb only when the preposition is stranded from an R-word
  // before it (`waar inwoners op wachten`, `er niets aan veranderen`); without one the preposition
  // governs a bare plural (`voor fietsers op doordeweekse dagen`), and the verb is still to come.
  // Only at the end of the text itself: a clause cut at a comma may end inside an enumeration.
  if (last && i === words.length - 1 && prepositions.has(before) && !strandedFrom(words, i - 1)) return false
  if (last) return !count && !/^(?:alle|veel|enkele|welke|hoeveel|ruim|bijna|circa|ongeveer|zoveel|weinig|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|honderd)$/u.test(before)
  return !prepositions.has(before) && !determinerOnly.test(before) && !/^\d/u.test(before) && !(/e$/u.test(before) && determinerOnly.test(words[i - 2] ?? ''))
}
// Whether an R-word (`er`, `daar`, `waar`, `hier`) stands in the eight words before the preposition at `p`,
// which the preposition may be stranded from.
function strandedFrom(words: string[], p: number): boolean {
  return words.slice(Math.max(0, p - 8), p).some((w) => /^(?:er|daar|waar|hier)$/u.test(w))
}
const auxiliary = /^(?:is|zijn|was|waren|ben|kan|kunnen|zal|zullen|wil|willen|mag|mogen|moet|moeten|heeft|hebben|wordt|worden|gaat|gaan|blijft|blijven|komt|komen|staat|staan|ligt|liggen|doet|doen)$/u
const article = /^(?:de|het|een|deze|dit|onze|ons|hun|haar|uw|elk|elke|ieder|iedere|geen|eigen|nieuwe)$/u
// Number words count like digits: `vier weken` is a plural after its count.
const determinerOnly = /^(?:de|het|een|deze|dit|onze|ons|hun|haar|uw|elke|iedere|alle|veel|meer|minder|geen|eigen|nieuwe|enkele|welke|welk|hoeveel|ruim|bijna|circa|ongeveer|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|honderd)$/u

/** A clause gap found in a text: where to point and what to say. */
export interface ClauseGap {
  index: number
  length: number
  reason: string
}

/**
 * The bijzinnen without a verb in the closed sentences of a text (those ending on `.`, `!` or
 * `?`); a last sentence without its mark is left to the checks that weigh the text around it.
 *
 * @param text A paragraph or list item.
 * @returns The gaps, at most one per sentence.
 */
export function clauseGaps(text: string): ClauseGap[] {
  const out: ClauseGap[] = []
  let from = 0
  for (const m of text.matchAll(/[.!?]+(?=\s+\p{Lu}|\s*$)/gu)) {
    const end = m.index + m[0].length
    const sentence = text.slice(from, end)
    const start = from + (sentence.length - sentence.trimStart().length)
    from = end
    const trimmed = sentence.trim()
    if (trimmed.endsWith('?') || !/^\p{Lu}/u.test(trimmed)) continue
    // (A transitive verb with only phrases after it is read in a text that stops without its mark
    // only: in a closed sentence the object often stands before the verb, `welk deel de school
    // draagt aan …`, `zodat ouders betere afspraken maken met …`, or reads as part of a phrase.)
    const bijzin = verblessBijzin(trimmed)
    if (bijzin) {
      out.push({ index: start + bijzin.index, length: bijzin.word.length, reason: `Bijzin na \`${bijzin.word}\` heeft geen werkwoord; maak de zin af` })
      continue
    }
    const future = futureWithoutVerb(trimmed) ?? modalWithoutVerb(trimmed)
    if (future) {
      out.push({ index: start + future.index, length: future.word.length, reason: `Na \`${future.word}\` komt geen werkwoord; maak de zin af` })
      continue
    }
    const purpose = purposeWithoutTe(trimmed)
    if (purpose) out.push({ index: start + purpose.index, length: purpose.word.length, reason: `Doelzin na \`${purpose.word}\` mist \`te\` en het werkwoord; maak de zin af` })
  }
  return out
}

/**
 * Whether a paragraph of one sentence without its stop shows by its own words that it breaks
 * off: a transitive verb with nothing but phrases or adverbs after it, or a verb cluster of
 * auxiliaries only. These prove a clause, so a short sentence (five words) counts, and no closed
 * text around it is needed, unlike the weaker signs of `clauseCut`.
 *
 * @param body The paragraph (line breaks as spaces).
 * @returns Whether it breaks off.
 */
export function provenCut(body: string): boolean {
  return oneSentence(body) && body.split(/\s+/).length >= 5 && (objectlessVerb(body) !== undefined || auxiliaryStranded(body))
}
