/**
 * The plan's titles (title, subtitle, official name, citation title) with a range that departs
 * from its period. A title speaks of the plan itself, so such a range is an error, not a warning;
 * only a title with one range is clear. A reader of `period-mismatch`.
 */
import type { Plan } from '@kapstok/core'
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'
import { periodFit, rangeParts, type Periode } from './period-fit.js'
import { rangeOwner, type OwnKind } from './period-owner.js'
import { yearRange } from './plan-period.js'

/**
 * The departing range of each title of the plan.
 *
 * @param model The plan.
 * @param periode Its period.
 * @param kind The nouns the document calls itself by.
 * @returns Per title with a departing range: its pointer, its text and the range's match.
 */
export function titleRanges(model: Plan, periode: Periode, kind: OwnKind): Array<{ pointer: string; text: string; match: RegExpExecArray }> {
  const { fits } = periodFit(periode)
  const publicatie = model.document?.publicatie
  const titles: Array<[string, string | undefined]> = [
    ['/document/titel', model.document?.titel ?? ''],
    ['/document/ondertitel', model.document?.ondertitel],
    ['/document/publicatie/officieleNaam', publicatie?.officieleNaam],
    ['/document/publicatie/citeertitel', publicatie?.citeertitel]
  ]
  const out: Array<{ pointer: string; text: string; match: RegExpExecArray }> = []
  for (const [pointer, text] of titles) {
    const ranges = text ? allMatches(compiled(yearRange, 'giu'), text) : []
    const [match] = ranges
    // "Uitwerking van de Omgevingsvisie 2020-2040": a subtitle may name the document it works out.
    if (text && ranges.length === 1 && match && !fits(...rangeParts(match, 1)) && rangeOwner(text.slice(0, match.index), kind) !== 'other') out.push({ pointer, text, match })
  }
  return out
}
