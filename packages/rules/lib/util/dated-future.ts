import { parseDutchPeriod } from '@kapstok/nl'
import { YEAR_POINT } from './year-numbers.js'
import { startParticleAfter } from './onset-verbs.js'
import { OCCASION_POINT, occasionEnd } from './calendar-occasions.js'


// A time expression with a year: "2024", "eind 2024", "het voorjaar van 2024", "1 januari 2025",
// "juni 2025", "Q3 2024", "de eerste helft van 2024", "eind oktober 2024", "15-03-2024". Bounded repetitions: linear on long lines.
const timePart = `(?:${YEAR_POINT}|${OCCASION_POINT}|(?<![\\d/-])\\d{1,2}(?:-\\d{1,2}-|\/\\d{1,2}\/))?(?:19|20)\\d{2}\\b`

/**
 * Past forms of common strong and irregular verbs (`nam`, `spraken`, `hielden`): a clause with
 * one reports what happened.
 */
export const strongPast =
  /^(?:nam|namen|gaf|gaven|liet|lieten|hield|hielden|zag|zagen|vond|vonden|bleef|bleven|schreef|schreven|deed|deden|sprak|spraken|kreeg|kregen|bracht|brachten|dacht|dachten|koos|kozen|won|wonnen|hielp|hielpen|stond|stonden|lag|lagen|zat|zaten|wist|wisten|sloot|sloten|bood|boden|trok|trokken|liep|liepen|riep|riepen|vroeg|vroegen|zocht|zochten|las|lazen|kwam|kwamen|ging|gingen|begon|begonnen|sprong|vloog|droeg|droegen|sloeg|sloegen|viel|vielen|hing|hingen|dronk|aten|wees|steeg|stegen|daalde|daalden|groeide|groeiden|besloot|besloten|verscheen|verschenen|ontving|ontvingen|ontstond|ontstonden|bestond|bestonden|verliep|verliepen|trad|traden|vertrok|kocht|kochten|zei|zeiden|bleek|bleken|verdween|verdwenen|schoot|verloor|vergat|onderging|verving|ving|ontwierp|kon|konden|moest|moesten|mocht|mochten|sprong|stak|verbood|genoot|onderscheidde|dreef|dwong|verkoos|ontbrak|ontbraken|sloot|sloten)$/iu

/** Every time expression with a year in a text. */
const timeExpression = new RegExp(timePart, 'giu')

/**
 * A sentence that opens with a point in time and then its finite verb (Dutch puts the verb
 * second): "Eind 2024 besluiten de colleges …", "In het voorjaar van 2024 wordt … ondertekend".
 * "Sinds", "vanaf", "tot" open a stretch of time, not a point: "Vanaf 2020 werken we …" is true
 * still, so they are left out here.
 */
const frontedTime = new RegExp(`^(?:(?:in|op|per|uiterlijk|rond|voor|na(?=\\s{1,3}\\D)|(?:bij|met)(?=\\s{1,3}de\\s))\\s{1,3})?(?:de\\s{1,3}(?=\\p{L}+circulaire|\\p{L}+nota\\s))?(${timePart})\\s{1,3}(\\p{L}+)`, 'iu')

// Present-tense verbs of decisions and events. After a point in time they announce something
// ("Eind 2024 besluit de raad", "In april 2025 legt het college … voor"). Verbs that describe a
// state or a figure ("In 2020 ligt de piek op …", "In 2018 maken 60 cliënten gebruik van …") are
// the historic present of statistics, not an announcement, so only these count.
const eventVerbs = new Set([
  'besluit', 'besluiten', 'beslist', 'beslissen', 'kiest', 'kiezen', 'start', 'starten', 'begint', 'beginnen',
  'legt', 'leggen', 'presenteert', 'presenteren', 'stelt', 'stellen', 'neemt', 'nemen', 'evalueert', 'evalueren',
  'ondertekent', 'ondertekenen', 'tekent', 'tekenen', 'publiceert', 'publiceren', 'lanceert', 'lanceren', 'opent',
  'openen', 'levert', 'leveren', 'rondt', 'ronden', 'voert', 'voeren', 'treedt', 'treden', 'komt', 'komen', 'volgt',
  'volgen', 'behandelt', 'behandelen', 'bespreekt', 'bespreken', 'ontvangt', 'stuurt', 'sturen', 'biedt', 'bieden',
  'verschijnt', 'verschijnen', 'organiseert', 'organiseren', 'stemt', 'stemmen', 'informeert', 'informeren'
])

// "wordt/worden" + the participle of a decision or event: a passive announcement.
const passiveEvent = /\b(?:besproken|vastgelegd|opgesteld|voorgesteld|uitgewerkt|opgestart|herzien|geactualiseerd|bekendgemaakt|georganiseerd|gehouden|toegekend|verleend|afgesloten|ingericht|vastgesteld|ondertekend|getekend|gepubliceerd|besloten|gestart|aanbesteed|geëvalueerd|voorgelegd|ingevoerd|afgerond|opgeleverd|gepresenteerd|geopend|aangeboden|behandeld|gekozen|ingediend|verstuurd|gelanceerd|aangepast|gewijzigd|uitgebreid|gerealiseerd|aangelegd|gebouwd|geplaatst|vervangen|uitgerold|aangeschaft|verlengd|geïmplementeerd|geïnformeerd|verwacht)\b/iu

/**
 * Whether a present plural right after a fronted moment, with `we` as its subject, says what we
 * will do then ("In juni 2025 bezoeken we …"): not a verb of seeing or having ("In 2024 zien we
 * een daling"), nor a past tense (on -de(n)/-te(n), or a strong one: `spraken`, `hielden`).
 *
 * @param verb The word after the moment.
 * @param rest The sentence after it.
 * @returns Whether it plans something.
 */
function plansWithWe(verb: string, rest: string): boolean {
  const word = verb.toLowerCase()
  if (!/^(?:we|wij)\b/iu.test(rest.trim()) || !/\p{L}{2,}en$/u.test(word) || stateVerbs.has(word) || strongPast.test(word)) return false
  return !/(?:de|te)n$/u.test(word) || presentOnDen.has(word)
}

// The last word of a clause as a participle: `opengesteld`, `verbouwd`, `samengevoegd`, `herzien`.
const participle = /(?:^|\s)(?:\p{L}{0,8}ge\p{L}{2,}(?:d|t|en)|(?:be|ver|ont|her)\p{L}{2,}(?:d|t|en))$/u
// Plural verbs of having, being, perceiving or counting: with `we` after a moment they state a
// finding of that time, not a plan. And modal and auxiliary verbs, which need another verb.
const stateVerbs = new Set([
  'hebben', 'zijn', 'zien', 'merken', 'constateren', 'signaleren', 'weten', 'kennen', 'tellen', 'staan', 'liggen', 'zitten',
  'blijven', 'kunnen', 'moeten', 'willen', 'mogen', 'zullen', 'gaan', 'worden', 'vinden', 'denken', 'verwachten', 'hopen', 'meten', 'registreren', 'scoren'
])
// Present plurals on -den/-ten (a weak past ends so too: `organiseerden`, `maakten`). Not `zetten`,
// which is its own past plural too: read so, it announces nothing.
const presentOnDen = new Set(['houden', 'melden', 'bieden', 'leiden', 'sluiten', 'richten', 'starten', 'inrichten', 'ontmoeten', 'verbinden', 'zenden'])

/**
 * Whether the verb in second place, with the rest of the sentence, announces a decision or an
 * event in the present tense (which in Dutch speaks of the future after a point in time).
 *
 * @param verb The word after the fronted time expression.
 * @param rest The sentence after the verb.
 * @returns Whether it reads as an announcement.
 */
function announces(verb: string, rest: string): boolean {
  const word = verb.toLowerCase()
  // A passive present with its participle at the end of the clause ("wordt in mei 2025
  // opengesteld") is planned, whatever the verb; the perfect takes `is`, the past `werd`.
  // "wordt … duidelijk/bekend (of …)": what becomes known then.
  if (word === 'wordt' || word === 'worden') return passiveEvent.test(rest) || participle.test(rest.trim().replace(/[.!?]+$/, '')) || /^\s{0,3}(?:pas\s{1,3})?(?:duidelijk|bekend)\b/iu.test(rest)
  // "vindt … plaats", "gaat … van start", "gaat … aan de slag" (work starting), "gaat … in" (a
  // rule taking effect), "gaat … open"; the particle may also come before the moment ("gaat in op 1 juli 2025").
  if (word === 'vindt' || word === 'vinden') return /\bplaats\b/iu.test(rest)
  if (word === 'gaat' || word === 'gaan') return /(?:^|\s)(?:van\s{1,3}start|aan\s{1,3}(?:de\s{1,3}slag|het\s{1,3}werk)|in|open|dicht|live)(?:\s{1,3}(?:op|per)\s{1,3}[^.!?]{1,40})?\s{0,3}[.!?]?$/iu.test(rest.trim())
  // "Medio 2025 is de website klaar": a state that comes about at that time.
  if (word === 'is' || word === 'zijn') return /\b(?:klaar|gereed|beschikbaar|operationeel|in\s{1,3}gebruik)\s{0,3}[.!?]?$/iu.test(rest.trim())
  // A separable verb whose particle comes later ("Het Rijk maakt eind 2024 bekend …", "werkt … uit").
  if (particleEventAfter.get(word)?.test(rest)) return true
  // A start with its particle further on (`stapt … over`, `sluit … aan`, `wordt … van kracht`).
  return eventVerbs.has(word) || startParticleAfter(word, rest)
}

// Present forms of verbs that announce a decision or event only with their particle (`bekendmaken`,
// `uitwerken`, `vrijgeven`, `overdragen`, `aanwijzen`, `uitschrijven`). Not verbs of an effort or
// a figure (`zet in op`, `geeft uit`): in the present with a past moment they tell what happened then.
const particleEvents: Record<string, string> = {
  maakt: 'bekend', maken: 'bekend', werkt: 'uit', werken: 'uit', geeft: 'vrij', geven: 'vrij', draagt: 'over', dragen: 'over',
  wijst: 'aan', wijzen: 'aan', schrijft: 'uit', schrijven: 'uit'
}
// Each verb's particle pattern, compiled once (it was built anew per clause). A Map, not the
// object: a word like `constructor` found an inherited member there and made an invalid pattern.
const particleEventAfter = new Map(Object.entries(particleEvents).map(([verb, particle]) => [verb, new RegExp(String.raw`(?:^|\s)(?:${particle})(?=\s|[.!?,;:]|$)`, 'iu')]))

/**
 * The last day a time expression can mean, as an ISO date.
 *
 * @param text A time expression with a year.
 * @returns The last day, or `undefined` when it cannot be read.
 */
export function lastDayOf(text: string): string | undefined {
  const holiday = occasionEnd(text)
  if (holiday) return holiday
  const period = parseDutchPeriod(text.trim())
  return period?.end ?? undefined
}

/**
 * The time expressions of a sentence, with the last day each can mean.
 *
 * @param sentence A sentence.
 * @returns Each expression, where it starts, and its last day.
 */
export function timeExpressions(sentence: string): Array<{ text: string; index: number; end: string }> {
  const out: Array<{ text: string; index: number; end: string }> = []
  for (const m of sentence.matchAll(timeExpression)) {
    const end = lastDayOf(m[0])
    if (end) out.push({ text: m[0], index: m.index, end })
  }
  return out
}

/**
 * A sentence that opens with a point in time followed by a decision or event in the present
 * tense, which in Dutch announces it for that time.
 *
 * @param sentence A sentence.
 * @returns The time expression, if the sentence opens so.
 */
export function frontedFuture(sentence: string): string | undefined {
  if (statesFigure(sentence)) return undefined
  const m = frontedTime.exec(sentence)
  if (!m?.[1] || !m[2]) return undefined
  const rest = sentence.slice(m.index + m[0].length)
  return announces(m[2], rest) || plansWithWe(m[2], rest) ? m[1] : undefined
}

// A stretch that opens at a moment ("Vanaf 1 juli 2025", "Met ingang van 2025"), then its verb.
const frontedStretch = new RegExp(`^(?:vanaf|met\\s{1,3}ingang\\s{1,3}van)\\s{1,3}(${timePart})\\s{1,3}(\\p{L}+)`, 'iu')
// Verbs of a change that happens once: what someone gets or starts, a rule that takes effect. After
// `vanaf` they announce the change; a verb of a lasting state (`werken`, `hebben`, `gelden`) tells
// what holds since then, and stays true.
const onsetVerbs = new Set(['krijgt', 'krijgen', 'ontvangt', 'ontvangen', 'start', 'starten', 'begint', 'beginnen'])

// Whether the moment at `at` follows the `we` after `from` with at most two words between (`in`, `nog in`).
function momentAfterWe(clause: string, from: number, at: number): boolean {
  const between = clause.slice(from, at).replace(/^\s*(?:we|wij)\b/iu, '').trim()
  return at > from && (between === '' || between.split(/\s+/u).length <= 2)
}

/**
 * A sentence that opens a stretch at a moment with the verb of a change that happens once
 * ("Vanaf 1 juli 2025 krijgen de handhavers bodycams", "Vanaf 2025 voeren we … in"): the
 * change is announced, not a state that still holds. A routine (`elk kwartaal`) is no change.
 *
 * @param sentence A sentence.
 * @returns The time expression, if the sentence opens so.
 */
export function frontedOnset(sentence: string): string | undefined {
  const m = frontedStretch.exec(sentence)
  if (!m?.[1] || !m[2] || statistic.test(sentence) || /\b(?:elk|elke|ieder|iedere|jaarlijks|telkens|steeds)\b/iu.test(sentence)) return undefined
  const verb = m[2].toLowerCase()
  const rest = sentence.slice(m.index + m[0].length)
  const onset = onsetVerbs.has(verb) || startParticleAfter(verb, rest)
  return onset ? m[1] : undefined
}

// A verb of getting or receiving before `vanaf` and its moment in one clause: "De wijkagenten krijgen
// vanaf 1 maart 2025 een portofoon" announces the change as the fronted form does.
const onsetBefore = new RegExp(`\\b(?:krijgt|krijgen|ontvangt|ontvangen)\\s{1,3}(?:[\\p{L}'’-]+\\s{1,3}){0,4}?vanaf\\s{1,3}(${timePart})`, 'iu')

/**
 * A clause whose verb of getting or receiving comes before `vanaf` and its moment (see
 * `frontedOnset`); not a routine (`elk jaar`), nor a share of a population.
 *
 * @param clause A clause without past-tense markers.
 * @returns The time expression, if the clause announces a change at it.
 */
export function onsetIn(clause: string): string | undefined {
  if (statistic.test(clause) || /\b(?:elk|elke|ieder|iedere|jaarlijks|telkens|steeds)\b/iu.test(clause)) return undefined
  return onsetBefore.exec(clause)?.[1]
}

// A share of a population is a figure of that year in the present tense of statistics
// ("In 2023 komt 12 procent van de jongeren …"), not an announcement.
const statistic = /\d\s{0,2}(?:%|procent\b)|\bprocent\b/iu
// So is a verb whose complement is a figure (`komt … neer op 6,5 ton`, `stijgt … naar 1.240`,
// `blijft … op ruim 300`): a level of that time, whatever the verb. The moments themselves are
// blanked first, so `op 1 juli 2025` is no figure.
const figureComplement = /\b(?:op|naar|tot)\s{1,3}(?:(?:ruim|bijna|circa|ca\.?|ongeveer|zo['’]n|gemiddeld|krap|maximaal|minimaal|afgerond)\s{1,3})?(?:€\s{0,2})?\d/iu
function statesFigure(clause: string): boolean {
  if (statistic.test(clause)) return true
  return figureComplement.test(clause.replace(timeExpression, (moment) => ' '.repeat(moment.length)))
}

// A clause about a stretch of time or a routine ("vanaf 2024", "elk jaar"), a condition ("Als we de
// instroom uit 2020 nemen"), or a perfect or past tense ("is … van start gegaan", "moest … komen").
const notAnnouncing =
  /\b(?:vanaf|sinds|sindsdien|elk|ieder|jaarlijks|telkens|steeds|is|zijn|heeft|hebben|moest|moesten|kon|konden|wilde|wilden|ging|gingen|kwam|kwamen|begon|begonnen|al|reeds|inmiddels|eerder)\b|^\s*(?:als|indien|wanneer|mits|tenzij)\b/iu
// A time expression that is a point the clause is planned at ("in het najaar van 2024", "eind 2024",
// "per 1 maart 2024"), not the source of a figure ("de instroom uit 2020") nor an adjective ("de per
// 1 januari 2020 aangepaste regels").
const pointBefore = /(?:\b(?:in|op|per|rond|rondom|uiterlijk|tegen|vóór|voor)\s{1,3})$/iu
// `na` a moment inside a year ("na de herfstvakantie van 2024", "na de zomer van 2024") plans the
// event right after it; `na 2024` is any time later and stays open.
const afterPoint = /(?:\bna\s{1,3})$/iu
const pointAt = (before: string, time: string): boolean => pointBefore.test(before) || (afterPoint.test(before) && !/^\d{4}$/u.test(time.trim()))
const adjectiveAfter = /^\s{1,3}\p{L}+(?:de|te|den|ten)\s{1,3}\p{L}/u

/**
 * A clause that announces a decision or an event in the present tense with its time anywhere in
 * it: "De evaluatie komt in het najaar van 2024", "Het plan wordt eind 2024 vastgesteld".
 *
 * @param clause A clause without past-tense markers.
 * @returns The time expression, if the clause announces something at it.
 */
export function announcedIn(clause: string): string | undefined {
  if (notAnnouncing.test(clause) || statesFigure(clause)) return undefined
  const time = timeExpressions(clause).find(
    (t) => (/^(?:begin|eind|medio|halverwege|midden|[QK]\d)/iu.test(t.text) || pointAt(clause.slice(0, t.index), t.text)) && !adjectiveAfter.test(clause.slice(t.index + t.text.length))
  )
  if (!time) return undefined
  for (const m of clause.matchAll(/\p{L}+/gu)) {
    // A capital is a noun here ("Besluit regeling …"); "van start" is a noun too.
    if (/^\p{Lu}/u.test(m[0]) || /\bvan\s{1,3}$/iu.test(clause.slice(0, m.index))) continue
    const rest = clause.slice(m.index + m[0].length)
    // A verb in second place before `we`, after a fronted object ("De aanvraag dienen we in
    // januari 2025 in"), plans it as much as after a fronted moment, when the moment follows `we`
    // as the verb's own adverbial (not a moment of a noun further on: "naar de inwoners op 1 januari").
    if (announces(m[0], rest) || (m.index > 0 && plansWithWe(m[0], rest) && momentAfterWe(clause, m.index + m[0].length, time.index))) return time.text.trim()
  }
  return undefined
}
