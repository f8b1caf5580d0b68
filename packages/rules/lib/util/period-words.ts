/**
 * The words with which a Dutch plan ties a period to itself ("dit programma loopt van …",
 * "de looptijd is …", "Voor u ligt …"), and the words that tie a period to something else (the
 * previous plan, a subsidy, the coalitieakkoord, figures of earlier years, the past tense).
 * Regex sources and small helpers for `period-mismatch`.
 */
import { YEAR_POINT } from './year-numbers.js'

/** Nouns a plan calls itself by: "dit programma", "deze kadernota", "ons beleidskader". */
export const planNoun = String.raw`plan|programma|nota|kader|agenda|aanpak|visie|strategie|document`

/**
 * "dit programma", "deze nota", "ons nieuwe beleidskader", "het voorliggende plan": this document.
 *
 * @param nouns Alternatives of nouns (regex source).
 * @returns A regex source.
 */
export const subject = (nouns: string): string =>
  String.raw`\b(?:dit|deze|ons|onze|het\s+(?:huidige|nieuwe|voorliggende))\s+(?:[\p{L}\d-]+\s+){0,2}?[\p{L}-]*(?:${nouns})\b`

// "daarvoor" in the sense of time ("de jaren daarvoor", "kort daarvoor", "Daarvoor gold …"): at the
// start of a sentence or after a word of time. After a verb or subject it is "for that" ("wat we
// daarvoor doen", "zetten we daarvoor in"), which gives the years no other owner.
const before = String.raw`(?:(?<![\p{L}\d][ \t]+)\b|\b(?:jaren|jaar|periode|tijd|tijdvak|maanden|decennia|kort|vlak|lang|direct|al)\s+)daarvoor\b`

// Things that have a period of their own, the relation of the plan to another document ("sluit aan
// op", "geeft uitvoering aan") and the past tense: a range next to them is not this plan's.
const otherCommon = String.raw`vorig|eerder|voorgaand|\boude\b|vervolg|opvolger|begroting|\bwet\b|akkoord|sinds|na afloop|cijfers|gegevens|monitor|onderzoek|meting|peiling|gemeten|raadsperiode|collegeperiode|bestuursperiode|regio\s*deal|\bdeal\b|\b(?:liep|duurde|werd|werden|was|waren|had|hadden)\b|oorspronkelijk|aanvankelijk|${before}|sluit\S*\s+aan|aansluit|past\s+binnen|passen\s+binnen|uitvoering\s+aan|voort\s+(?:op|uit)|bij\s+aan\b|gebaseerd|afgestemd|volgt\s+uit|vloeit`

/** Words that make a range another thing's, in a sentence that names this plan explicitly. */
export const other = new RegExp(String.raw`(?:${otherCommon}|plan\b|programma|nota\b|kader\b|agenda|visie)`, 'iu')

/**
 * A document said to be over: expired, ended, replaced, extended past its end, running out
 * (`is in 2021 geëindigd`, `loopt medio 2025 af`), or followed up (`dit plan volgt op …`,
 * `vervangt`, `de voortzetting van`). With years wholly before this plan's, it is the previous
 * version under the same name.
 */
export const over = /\b(?:verlopen|afgelopen|ge[eë]indigd|be[eë]indigd|vervangen|vervangt|verlengd|ingetrokken|vervallen|loopt\s+(?:[^,.;]{0,30}\s)?af|liep\s+(?:[^,.;]{0,30}\s)?af|volgt\s+op|opvolger|voorganger|voortzetting)\b/iu

/** Things with a period of their own: a range in their sentence is theirs even when a plan is named too. */
export const otherThing = new RegExp(
  String.raw`(?:${otherCommon}|coalitie|subsidie|contract|overeenkomst|convenant|concessie|aanbesteding|regeling|verordening|pilot|project|\brijk\b|provincie|landelijk|kabinet|\bbesloeg\b|\bomvatte\b|\bbestreek\b|\bgold\b)`,
  'iu'
)

/**
 * The words a begroting names its own spans by: `de meerjarenraming`, `de begrotingsperiode`, `de
 * begrotingsjaren`. Elsewhere they belong to the municipality's budget, which runs on its own years.
 */
export const budgetNoun = String.raw`meerjarenraming|meerjarenbegroting|begrotingsperiode|begrotingsjaren|meerjarenperiode`

/**
 * The moment of the last year a span runs to, after its connector and ending in the whitespace
 * before the year: `eind `, `ultimo `, `december `, `het vierde kwartaal van `, `de zomer van `,
 * `het einde van `, `begin ` (which `exclusive` reads as leaving the year out). The one source of
 * `untilWords` and of the end of `yearRange`.
 */
export const endMoment = String.raw`(?:(?:het\s+)?(?:eind|einde|ultimo|begin)\s+van\s+|(?:einde|ultimo)\s+|${YEAR_POINT})`

/**
 * Words that close a period: `t/m`, `tot en met`, and `t/m` or `tot` with a moment of the year
 * (`tot eind`, `tot medio`, `t/m het derde kwartaal van`, `tot de zomer van`), ending in the
 * whitespace before the year. Bare `tot` is not among them. Some moments leave their year out
 * (`tot 1 januari `, `tot januari `, `tot begin `): a caller must read the connector with
 * `exclusive` before it compares the year.
 */
export const untilWords = String.raw`(?:t\/m|tot\s+en\s+met|tot)\s+${endMoment}|t\/m|tot\s+en\s+met`

/**
 * Words that may stand between a verb of duration and the end it gives, without changing whose
 * end it is: adverbs of reason, degree or stance (`loopt daarom tot`, `geldt in beginsel tot`,
 * `eindigt dan ook pas in`) and an aside in brackets (`loopt (net als …) tot`). Up to three.
 */
export const verbInserts = String.raw`(?:\s+(?:daarom|dus|daardoor|daarmee|dan\s+ook|ook|nu|pas|bewust|voorlopig|vooralsnog|formeel|officieel|feitelijk|eigenlijk|uiteindelijk|immers|bovendien|echter|wel|in\s+(?:beginsel|principe|elk\s+geval|ieder\s+geval)|\([^()\n]{1,60}\))){0,3}`

// "kijkt vooruit tot en met 2033", "blikt tot 2033 vooruit": the plan's horizon. Not "kijkt (ook)
// verder vooruit", a look past the plan.
const lookAhead = String.raw`(?:kijkt|blikt)(?:\s+vooruit\b|(?=\s(?![^.!?;\n]{0,40}?\bverder\s+vooruit)[^.!?;\n]{0,40}?\bvooruit\b))`

/** A verb that gives a plan its period: "het programma beslaat …", "de nota heeft een looptijd van …". */
export const periodVerb = String.raw`(?:beslaat|beslaan|omvat|omvatten|bestrijkt|bestrijken|loopt|lopen|geldt|gelden|duurt|heeft\s+(?:een\s+)?(?:looptijd|planperiode|horizon)|geeft\s+(?:richting|koers|sturing)|richt\s+zich|beschrijft|is\s+(?:bedoeld|opgesteld|geschreven|gemaakt)|(?:blijft|is)\s+(?:van\s+kracht|geldig)|heeft\s+betrekking|zet\s+(?:de\s+)?koers\s+uit|${lookAhead})`

/** "Het programma", "de nieuwe nota": a definite plan noun. */
export const definiteNoun = String.raw`\b(?:het|de)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:${planNoun})`

/** "Het programma beslaat …": a definite subject that the verb ties to a period. */
export const definite = String.raw`${definiteNoun}\s+${periodVerb}`

/**
 * The period named as such ("planperiode 2026-2031", "de looptijd is vier jaar: 2025 tot en met
 * 2028", "**Planperiode** 2025 – 2030"), or the document presented ("Voor u ligt het
 * uitvoeringsprogramma Sport 2025-2028", "Hierbij bieden wij u het programma … aan", "Voorliggend plan …").
 */
export const periodNoun = String.raw`(?:\b(?:(?:plan|programma|beleids|uitvoerings)\s?periode|looptijd|voor\s+u\s+ligt|hierbij\s+(?:bieden|ontvangt|treft)|(?:bieden|biedt)\s+(?:wij|we|het\s+college)\s+u|voorliggende?)\b|(?:^|\n)[ \t]*[*_]{0,2}periode[*_]{0,2}[ \t]*:)`

/**
 * Another noun that owns the plan named after it: "de rijksbijdrage voor dit programma",
 * "de evaluatie van deze nota". Its execution and duration remain the plan's own.
 */
export const ownedByOther = /\b(?!(?:uitvoering|looptijd|duur|periode|planperiode|horizon|werking)\b)[\p{L}-]{3,}\s+(?:voor|van|bij|uit|binnen|onder)\s*$/iu

/**
 * The part of the sentence before `index`: "het vorige plan liep van 2021 tot 2025, dit plan …"
 * speaks of another plan first. Walks back to the sentence start only, so many matches in a long
 * text stay linear.
 *
 * @param text The text.
 * @param index An offset in it.
 * @returns The text from the sentence start to `index`.
 */
export function sentenceBefore(text: string, index: number): string {
  let start = index
  while (start > 0 && !sentenceMark(text, start - 1)) start--
  return text.slice(start, index)
}

// Whether the character at `at` ends a sentence: not the point of a number (`2.340 woningen`, `€ 4.800`).
const sentenceMark = (text: string, at: number): boolean =>
  /[.!?;\n]/.test(text[at] ?? '') && !(text[at] === '.' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? ''))

/**
 * The whole sentence around `index`.
 *
 * @param text The text.
 * @param index An offset in it.
 * @returns The sentence, without its end mark.
 */
export function sentenceAround(text: string, index: number): string {
  const end = text.slice(index).search(/[!?;\n]|\.(?!\d)|(?<!\d)\./)
  return sentenceBefore(text, index) + text.slice(index, end < 0 ? text.length : index + end)
}

/**
 * The sentence that ends before the one starting at `index` ("Voor u ligt het programma. Het loopt …").
 *
 * @param text The text.
 * @param index The start of a sentence.
 * @returns The previous sentence, or `''` at the start of the text or of a paragraph.
 */
export function previousSentence(text: string, index: number): string {
  let end = index
  while (end > 0 && /[ \t]/.test(text[end - 1] ?? '')) end--
  if (end === 0 || !/[.!?]/.test(text[end - 1] ?? '')) return ''
  return sentenceBefore(text, end - 1)
}

/**
 * Whether a period noun is held by a subject that is not this plan (`De lening heeft een
 * looptijd …`, `Het contract heeft een looptijd …`): the span is that thing's.
 *
 * @param before The sentence up to the period noun.
 * @param self This plan named (its nouns as subject).
 * @returns Whether another subject holds it.
 */
export function heldByOther(before: string, self: RegExp): boolean {
  return /\bheeft(?:\s+een)?\s*$/iu.test(before) && !self.test(before)
}
