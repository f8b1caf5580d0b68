/**
 * Durations a plan gives itself in prose: "dit vierjarige programma", "de looptijd is 48
 * maanden", "het programma omvat een periode van twee jaar", "dit programma, dat vijf jaar loopt",
 * "de raad stelt deze nota vast voor vier jaar", "in de komende drie jaar werkt deze agenda …",
 * "de planperiode beslaat vier jaar", "dit programma kijkt vier jaar vooruit".
 * Used by `period-mismatch`.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { duration, durationSpan, yearRange, type DurationSpan } from './plan-period.js'
import { definite, heldByOther, otherThing, planNoun } from './period-words.js'

// "dit vierjarige programma", "een 4-jarig plan (2025-2028)" in a sentence about this plan.
// Also as a predicate: "dit programma is vierjarig".
const adjective = new RegExp(String.raw`${duration}\s+(?:[\p{L}-]+\s+)?(?:[\p{L}-]*(?:${planNoun})|(?:plan|programma|uitvoerings)periode)\b|(?<=\b(?:is|zijn)\s+)${duration}(?=\s*(?:[.,;:]|$))`, 'giu')
// "de looptijd is vier jaar", "heeft een looptijd van 4 jaar", "loopt vier jaar", "de komende drie jaar",
// "dat vijf jaar loopt", "vastgesteld voor vier jaar", "de planperiode van drie jaar", "de vier jaar van dit programma"
// (not `de eerste twee jaar van dit programma`: a part of it).
// Words that may stand between `loopt` and its length: a clause between commas or brackets
// (`loopt, net als de regionale aanpak, vijf jaar`), `in totaal`, `nog`, `ook`.
const aside = String.raw`(?:\s*,[^,.;:]{1,60},|\s*\([^)]{1,60}\)|\s+(?:in\s+totaal|nog|ook|dus|daarmee|zelf))?`
const framed = new RegExp(
  String.raw`\b(?:(looptijd|reikwijdte)(?:\s+van\s+(?:dit|deze|het|de)\s+[\p{L}-]*(?:${planNoun}))?(?:\s+(?:van|is|bedraagt))?|(komende)|(?:(?:duurt|loopt)${aside}|(?:plan|programma|uitvoerings|beleids)?periode\s+van|(?:beslaat|bestrijkt|omvat|beslaan|bestrijken|omvatten)(?:\s+een\s+periode\s+van)?)|(?:vast|vastgesteld|opgesteld|bedoeld|geschreven|geldt|gelden)\s+voor(?:\s+(?:een\s+periode|de\s+duur)\s+van)?)\s+${duration}|${duration}(?=\s+(?:lang\s+)?(?:loopt|duurt|vooruit)\b)|(?<voor>voor|gedurende)\s+(?:een\s+(?:periode|termijn|tijdvak)\s+van\s+|de\s+duur\s+van\s+)?${duration}|${duration}(?=\s+lang\b)|(?<!\b(?:eerste|laatste|resterende|overige|volgende|andere)\s+)${duration}(?=\s+(?:van|uit)\s+(?:dit|deze)\s+[\p{L}-]*(?:${planNoun})\b)`,
  'giu'
)
// A part of the plan or a trial inside it as the subject before the verb (`de eerste fase van
// het plan duurt twee jaar`, `binnen het plan loopt een proef die twee jaar duurt`): its length.
const partBefore = /\b(?:fase|fasen|proef|proeven|experiment|onderdeel|deelproject)\b[^,;:]*$/iu
// A clause after a semicolon that goes on about the plan named before it (`…; het loopt vier jaar`).
const pronounGoesOn = /^\s*(?:en\s+)?(?:het|dit|dat)\s+(?:loopt|duurt|beslaat|bestrijkt)\b/iu
// The words every duration holds ("vier jaar", "driejarig", "48 maanden").
const durationWord = /jaar|jaren|jarig|maand/iu
// The nouns of `framed`'s first group, which alone count in a sentence that does not name this plan.
const LENGTH_NOUN = /looptijd|reikwijdte/iu
// Money in a sentence: "voor twee jaar" is then how long an amount is given. Not the verb of
// validity: "het kader geldt vanaf 2028 voor zes jaar" speaks of no money; "informatie" is no formatie.
const money = /€|\beuro\b|budget|geld(?!t\b)|middelen|bedrag|miljoen|\bformatie\b|fte\b/iu
// "looptijd van de subsidie": the looptijd of something that is not a plan.
const ofOther = new RegExp(String.raw`looptijd\s+van\s+(?:de|het|een)\s+(?![\p{L}-]*(?:${planNoun})\b)`, 'iu')
// A range right after the duration: "vierjarig programma (2025-2027)", "vier jaar: 2025 tot en met 2028".
const rangeAfter = new RegExp(String.raw`^\s*[(:,–-]?\s*(?:(?:van|voor)\s+)?(?:de\s+(?:jaren|periode)\s+)?${yearRange}`, 'iu')

/** A duration said of this plan, with the years that may follow it. */
export interface PlanDuration {
  /** Offset of the duration in the text. */
  index: number
  /** The duration as written (`vier jaar`, `vierjarige`, `ruim 36 maanden`). */
  written: string
  /** The years the words allow. */
  years: DurationSpan
  /** Whether the duration is an attribute of the plan ("dit vierjarige programma", "is vierjarig"), not an adverbial ("drie jaar lang"). */
  attribute: boolean
  /** The year range right after it, with its offset in the text (groups: first, connector, last). */
  range?: RegExpExecArray
}

/**
 * Durations a text gives this plan. A sentence that also speaks of another thing with a period
 * of its own (a subsidy, the previous plan, the coalition) is left alone; "de komende drie jaar"
 * and "duurt vier jaar" count only in a sentence that names this plan.
 *
 * @param text A prose text.
 * @param thisPlan Regex source of this plan named ("dit programma").
 * @param intro Whether the text introduces the plan (its first chapter, koers, samenvatting).
 * @param subjects Regex source of this plan as a definite subject ("het programma is ingericht …").
 * @returns The durations, in text order per sentence.
 */
export function planDurations(text: string, thisPlan: string, intro = false, subjects = definite): PlanDuration[] {
  const out: PlanDuration[] = []
  // Every duration holds one of these words, and none of them spans a sentence break: a text
  // without them has no sentence to read (most texts), so the sentences need not be split.
  if (!durationWord.test(text)) return out
  const named = compiled(`${thisPlan}|${subjects}|\\b(?:plan|programma|uitvoerings)periode\\b|\\bvoor\\s+u\\s+ligt\\b|^\\s*(?:dit|het)\\s+is\\s+een\\b|^\\s*dit\\s+is\\s+(?:het|ons|onze)\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]*(?:${planNoun})\\b`, 'iu')
  let before: { text: string; end: number } | undefined
  for (const sentence of text.matchAll(/[^.!?;\n]+/g)) {
    const said = sentence[0]
    const previous = before
    before = { text: said, end: sentence.index + said.length }
    // The cheap test first: most sentences name no duration, and `otherThing` is a long pattern.
    if (!durationWord.test(said) || otherThing.test(said)) continue
    const goesOn = previous !== undefined && text[previous.end] === ';' && pronounGoesOn.test(said) && named.test(previous.text) && !otherThing.test(previous.text)
    const about = named.test(said) || goesOn
    // A sentence not about this plan keeps only a `looptijd` (or, in the introduction, `de komende …`): without those words
    // neither pattern below gives it a duration.
    if (!about && !intro && !LENGTH_NOUN.test(said)) continue
    // Where each duration is, and where a range after it would start.
    const found: Array<{ at: number; written: string; tail: number; attribute: boolean }> = []
    for (const m of allMatches(adjective, said)) {
      const written = compiled(duration, 'iu').exec(m[0])?.[0] ?? ''
      if (about && /jarig/iu.test(written)) found.push({ at: m.index, written, tail: m.index + m[0].length, attribute: true })
    }
    for (const m of allMatches(framed, said)) {
      if (partBefore.test(said.slice(0, m.index))) continue
      // "de looptijd van de lening" is another thing's; "de looptijd" alone or "van het programma" is this plan's.
      if (m[1] && !about && (ofOther.test(said) || heldByOther(said.slice(0, m.index), named))) continue
      // In the introduction, "de komende drie jaar werken we …" speaks of the plan without naming it.
      if (!m[1] && !about && !(intro && m[2] && /\b(?:we|wij)\b/iu.test(said))) continue
      // "voor twee jaar extra budget": a duration of money or of a measure, not of the plan.
      if (m.groups?.voor && money.test(said)) continue
      const inner = compiled(duration, 'iu').exec(m[0])
      if (!inner) continue
      found.push({ at: m.index + inner.index, written: inner[0], tail: m.index + m[0].length, attribute: false })
    }
    for (const { at, written, tail, attribute } of found) {
      const years = durationSpan(written)
      if (years === undefined) continue
      const statement: PlanDuration = { index: sentence.index + at, written, years, attribute }
      const range = rangeAfter.exec(said.slice(tail))
      if (range) {
        const digits = range[0].search(/['’‘\d]/u)
        range.index = sentence.index + tail + digits
        range[0] = range[0].slice(digits)
        statement.range = range
      }
      out.push(statement)
    }
  }
  return out
}
