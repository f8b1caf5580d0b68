/**
 * A fallback for `period-mismatch` that does not need the plan named in a fixed way: a range in
 * running text that is a near miss of the plan's period (one end shared and the other a year or
 * two off, or the whole range shifted by a year) is most often the plan's own period mistyped,
 * unless the sentence gives it to another thing with years of its own. A range inside the plan
 * period (a phase, a pilot) counts only when the sentence names the plan, by its noun, by a
 * compound with `periode` (`kadernotaperiode`), or by a pronoun back to a sentence that names it.
 */
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { timeFramed, type OwnKind } from './period-owner.js'
import { otherThing, planNoun, previousSentence, sentenceBefore } from './period-words.js'
import { exclusive, fullYear, yearRange } from './plan-period.js'

// Things with years of their own that `otherThing` leaves to the named-plan readers: a visie, an
// akkoord, a phase or trial inside the plan, the region or partners, forecasts and estimates
// (outside a begroting), a contribution of the Rijk, a trend (`stijgen`, `groei`) and maintenance.
// A study or a need (`het behoefteonderzoek naar zorgplekken`, `de behoefte tot en met …`) counts over its own years too.
const ownYears = /(?:visie|akkoord|\bdeal|\bfase|tranche|\bproef|regio|partners?\b|samenwerkingsverband|prognose|raming|onderhoud|verkiezing|horizon|ambitie|rijks|stijg|daal|dalen|groei|toename|afname|onderzoek\b|behoefte)/iu
// With the plan as the sentence's subject and the range in a frame of time of its verb (`Dit
// plan beschrijft hoe we de dijken in de periode … versterken`), the things of the
// clause are what the plan does in its years: only a trend or a forecast keeps years of its own.
const trendYears = /(?:prognose|raming|stijg|daal|dalen|groei|toename|afname)/iu
// A capitalised word right before the range (`de Woonvisie 2026-2030`, `Sportakkoord (2027-2031)`): a name's years.
const nameBefore = /\p{Lu}[\p{L}-]*\s*\(?\s*(?:(?:voor\s+)?(?:de\s+)?(?:periode|jaren)\s+)?$/u
// A sentence that opens with a pronoun and its verb refers to the sentence before ("Het loopt …", "Die geldt …").
// A name right before the range: a capitalised word, with an abbreviation in brackets
// (`Rioleringsplan (GRP) 2024-2028`), or a capitalised compound of a kind noun earlier on.
const owned = (before: string): boolean => nameBefore.test(before.replace(/\(\p{Lu}[\p{Lu}\d-]*\)\s*$/u, '')) || namedThing.test(before)
const pronounStart = /^\s*(?:het|dit|deze|die|dat|ze|zij)\s+(?:\p{Ll}+t|is|zal|kan|wil|moet)\b/iu
// Another named thing in the sentence before a pronoun: a capitalised compound of a kind noun.
const namedThing = /\p{Lu}\p{L}*(?:visie|akkoord|plan|programma|agenda|nota|deal|kader|strategie)\b/u
// A plan noun with a name after it (`het programma Samen Sterk`): another plan, unless the name is the title's.
const nounName = new RegExp(String.raw`(?:${planNoun})\s+[‘'"“]?(\p{Lu}[\p{L}-]*)`, 'gu')
const caption = /^\s*[*_]*(?:tabel|figuur|grafiek|bron|kaart)\b/iu
// The end of a sentence, or `en`/`maar` with a finite verb (not `en het`, `en met`, `en niet`).
const coordinated = /[.!?;\n]|\s(?:en|maar)\s+(?!(?:het|dat|niet|met|wat|ook|toch|nog)\b)\p{Ll}{2,}t\b/u

/** A range that may be the plan's period mistyped: where it starts in the text and the words. */
export interface NearMiss {
  index: number
  written: string
  first: number
  last: number
}

/**
 * The near-miss ranges of a text that no other thing owns.
 *
 * @param text A prose text (made readable by `readablePeriods`).
 * @param periode The plan's period.
 * @param kind The plan's kind nouns (from its title).
 * @param selfSource A regex source that names this plan in a sentence ("dit programma", "de agenda").
 * @param own Nouns that are the plan's own though `otherThing` lists them (`begroting` in a begroting).
 * @returns The ranges.
 */
export function nearMisses(text: string, periode: { start: number; eind: number }, kind: OwnKind, selfSource: string, own: string): NearMiss[] {
  const out: NearMiss[] = []
  const names = compiled(`${selfSource}|(?:${[...kind.compounds, ...kind.bare].join('|')})s?periode`, 'iu')
  // The plan's own nouns, and its projects in the plural (a project of its own is named in the singular).
  const blank = (s: string): string => s.replace(compiled(`\\bprojecten\\b${own ? `|${own}` : ''}`, 'giu'), ' ')
  // `yearRange` reads `tussen A en B` too, with a moment at either end.
  const ranges = allMatches(compiled(yearRange, 'giu'), text).map((m) => ({ index: m.index, written: m[0], first: fullYear(m[1] ?? ''), last: fullYear(m[3] ?? '') - (exclusive(m[2] ?? '') ? 1 : 0) }))
  for (const { index, written, first, last } of ranges) {
    // A caption's years are its table's, read by the caption readers against its columns.
    if (!nearMiss(first, last, periode) || caption.test(text.slice(text.lastIndexOf('\n', index) + 1, index))) continue
    const before = sentenceBefore(text, index)
    // The sentence up to a coordinated clause with a verb of its own (`… 2027 tot en met 2030 en
    // vormt de basis voor de verordening`): what that clause names does not own the range.
    const tail = index + written.length
    const end = text.slice(tail).search(coordinated)
    const sentence = before + text.slice(index, end < 0 ? text.length : tail + end)
    // The clause of the range; when it names the plan, another thing in another clause ("Terwijl het
    // kader de grenzen stelt, beschrijft dit plan …") does not own the range.
    // A coordinated clause with a verb of its own ends the range's clause as well.
    const after = text.slice(index).search(/[,:.!?;\n]/u)
    const clauseEnd = Math.min(after < 0 ? text.length : index + after, end < 0 ? text.length : tail + end)
    const clause = before.slice(Math.max(0, before.search(/[^,:]*$/u))) + text.slice(index, clauseEnd)
    const named = names.test(clause)
    const owners = named ? clause : sentence
    const planFramed = named && compiled(`^\\s*(?:${selfSource})`, 'iu').test(sentence) && timeFramed(before)
    if (otherThing.test(blank(owners)) || (planFramed ? trendYears : ownYears).test(blank(owners)) || owned(before.replace(/^\s*\S+/u, ''))) continue
    if (allMatches(nounName, owners).some((m) => !kind.titleWords.has((m[1] ?? '').toLowerCase()))) continue
    let self = named
    if (pronounStart.test(sentence)) {
      // `Het`, `dit` and the personal `ze`/`zij` (for a de-word: `deze nota … Zij geeft …`) are the
      // subject of the sentence before when that one opens with the plan; `die`, `dat`, `deze`
      // point to the last noun, so another thing there owns the range.
      const previous = previousSentence(text, index - before.length)
      const subject = /^\s*(?:het|dit|ze|zij)\b/iu.test(sentence) && compiled(`^\\s*(?:${selfSource})`, 'iu').test(previous)
      if (!subject && (otherThing.test(blank(previous)) || ownYears.test(blank(previous)) || namedThing.test(previous))) continue
      self ||= subject || names.test(previous)
    }
    // A range inside the plan period is a phase of it unless its clause says it is the plan's
    // ("Dit plan begint met de basis: in de periode … werken we eerst …" is a phase).
    if (first >= periode.start && last <= periode.eind && !self) continue
    out.push({ index, written, first, last })
  }
  return out
}

/**
 * Whether a range is a near miss of the plan period: one end shared and the other one or two
 * years off, or shifted by one year.
 *
 * @param first The range's first year.
 * @param last The range's last year.
 * @param periode The plan's period.
 * @returns Whether it is.
 */
function nearMiss(first: number, last: number, periode: { start: number; eind: number }): boolean {
  if (last <= first || (first === periode.start && last === periode.eind)) return false
  const off = (a: number, b: number): boolean => Math.abs(a - b) >= 1 && Math.abs(a - b) <= 2
  if (first === periode.start ? off(last, periode.eind) : last === periode.eind && off(first, periode.start)) return true
  return Math.abs(first - periode.start) === 1 && first - periode.start === last - periode.eind
}
