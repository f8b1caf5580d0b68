/**
 * The end of this plan's validity where the plan is not the subject right before the verb, for
 * `period-mismatch`: the validity clause coordinated to a clause of the plan (`Het kader treedt …
 * in werking en blijft van kracht tot en met 2031`), a pronoun in the next clause (`…; het blijft
 * gelden tot en met 2031`), the end fronted (`Tot en met 2031 blijft deze nota van kracht`), or
 * an aside in brackets right after the plan (`Dit plan (vier jaar, tot en met 2031) …`).
 * `Daarom loopt dit plan tot en met 2031` inverts verb and subject after a fronted adverbial.
 * `untilEnds` reads the plain `dit plan geldt tot …`; this reader the forms around it.
 */
import { planMatches } from './compiled.js'
import type { DepartingEnd, PlanNaming } from './period-own-ends.js'
import { other, otherThing, ownedByOther, sentenceBefore, untilWords, verbInserts } from './period-words.js'

const YEAR = String.raw`((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot\b))`
// A verb that says for how long a text holds: `blijft van kracht`, `is geldig`, `blijft gelden`, `loopt door`.
const valid = String.raw`(?:(?:blijft|is)\s+(?:van\s+kracht|geldig)|blijft\s+(?:gelden|lopen|bestaan)|geldt|loopt(?:\s+door)?)`
const until = String.raw`\s+(${untilWords}|tot)\s*${YEAR}`
// THIS … en <valid> … tot en met Y: one subject for both verbs. The gap holds no clause end and no second subject.
const coordinated = String.raw`THIS([^.!?;:()]{1,80}?)\s+en\s+(?:(?:het|dit|deze)\s+)?${valid}${verbInserts}${until}`
// THIS … ; het/dit <valid> … tot en met Y: a pronoun that takes up the plan in the next clause or sentence.
const pronoun = String.raw`THIS([^.!?;]{1,100}?)(?:;|[.!?])\s+(?:het|dit|deze|die)\s+${valid}${verbInserts}${until}`
// Tot en met Y <verb> THIS van kracht: the end fronted, the verb before its subject.
const fronted = String.raw`(?:^|[.!?;]\s+)((?:${untilWords}|tot)\s*)${YEAR}\s+(?:blijft|is|geldt|loopt)\s+THIS(?:\s+(?:van\s+kracht|geldig|door))?\b`
// Daarom loopt THIS tot en met Y, … kijkt THIS tot Y vooruit: a fronted adverbial, the verb before its subject.
const inverted = String.raw`\b(?:${valid}|(?:kijkt|blikt)(?=[^.!?;\n]{0,60}?\bvooruit\b))\s+THIS(?:\s+(?:vooruit|door))?${until}`
// THIS (…, tot en met Y): an aside in brackets right after the plan.
const aside = String.raw`THIS\s*\(([^()\n]{0,40}?)\b(${untilWords}|tot)\s*${YEAR}\s*\)`
// The end every form above holds. Their gaps before it (`THIS([^.!?;:()]{1,80}?)…`) made even the
// constant parts slow to rule out; a text without this end (most texts with a year) has no match.
const END = new RegExp(String.raw`(?:${untilWords}|tot)\s*${YEAR}`, 'iu')

/**
 * Ends of this plan's validity, said around the plan rather than right after it, that depart from its period.
 *
 * @param text A prose text.
 * @param naming How the plan names itself, and its period.
 * @param years Whether the text holds a year at all.
 * @returns The departing ends, in the order of the text.
 */
export function* validityEnds(text: string, naming: PlanNaming, years: boolean): Generator<DepartingEnd> {
  if (!years || !END.test(text)) return
  const { thisPlan, definiteNoun, ends } = naming
  const self = `(?:${thisPlan}|${definiteNoun})`
  for (const [pattern, gapped] of [[coordinated, true], [pronoun, true], [fronted, false], [inverted, false], [aside, true]] as const) {
    for (const match of planMatches(pattern, self, 'giu', text)) {
      // The groups: a gap (or the fronted connector) first, then the connector and the year.
      const [connector = '', end = ''] = gapped ? [match[2], match[3]] : [match[1], match[2]]
      const gap = gapped ? (match[1] ?? '') : ''
      const before = sentenceBefore(text, match.index)
      // Another thing in the gap (`en de subsidieregeling blijft …`) or before the plan may own the end.
      if (other.test(before) || ownedByOther.test(before) || otherThing.test(gap) || otherThing.test(before) || ends(connector.trim(), end)) continue
      const index = match.index + match[0].lastIndexOf(end)
      yield { index, written: `${connector.trim()} ${end}`, plain: false }
    }
  }
}
