/**
 * A table whose lead-in says it covers the plan's own period ("de tabel geeft per wijk wat we in
 * de programmaperiode aanpakken") and whose caption names a range: the caption says the same
 * table's years a second time, so a range other than the plan's is a slip. Used by
 * `period-mismatch`; the caption needs no plan word of its own.
 */
import { captionLine, captionRange, type CaptionYears } from './caption-years.js'
import { yearRange } from './plan-period.js'

// The plan's own period by name: `planperiode`, `programmaperiode`, `de looptijd (van dit plan)`.
const ownPeriod = /\b(?:plan|programma|beleids|nota|uitvoerings)periode\b|\blooptijd\b/iu
// A lead-in that looks back or at a part: then the table is of other years.
const otherScope = /\b(?:vorige|eerdere|afgelopen|voorgaande|fase|fasen|deel|eerste|tweede|derde|laatste)\b/iu
// A caption that names a part of the period: a phase, a step, a tranche, one year's share.
const partCaption = /\b(?:fase|stap|deel|tranche|jaarschijf|eerste|tweede|derde|laatste)\b/iu
// A lead-in stands at most this many lines above the table (a caption may stand between).
const reach = 4

/**
 * The captions of tables whose lead-in scopes them to the plan's period.
 *
 * @param text A Markdown source.
 * @returns Each caption range with its offset in the text.
 */
export function scopedCaptions(text: string): Array<CaptionYears['caption']> {
  const lines = text.split('\n')
  const offsets: number[] = []
  lines.reduce((offset, line, i) => ((offsets[i] = offset), offset + line.length + 1), 0)
  const isRow = (i: number): boolean => (lines[i] ?? '').trim().startsWith('|')
  const blank = (i: number): boolean => (lines[i] ?? '').trim() === ''
  const isCaption = (i: number): boolean => !isRow(i) && !blank(i) && captionLine.test(lines[i] ?? '') && (lines[i] ?? '').length <= 160
  const out: Array<CaptionYears['caption']> = []
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(i) || isRow(i - 1) || !/^\s*\|?\s*:?-{2,}/u.test(lines[i + 1] ?? '')) continue
    let end = i
    while (isRow(end + 1)) end++
    // The caption right above (one blank line away at most) or right below.
    const above = [i - 1, i - 2].find((k) => k >= 0 && !blank(k))
    const below = [end + 1, end + 2].find((k) => k < lines.length && !blank(k))
    const caption = [above, below].find((k): k is number => k !== undefined && isCaption(k))
    // The lead-in: the nearest line of running text above the table and its caption.
    let lead: number | undefined
    for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
      if (blank(k) || k === caption) continue
      if (!isRow(k) && !/^\s*#/u.test(lines[k] ?? '') && !isCaption(k)) lead = k
      break
    }
    if (caption === undefined || lead === undefined) continue
    // The whole lead-in paragraph: a hard-wrapped one holds the scope on an earlier line.
    let first = lead
    while (first > 0 && !blank(first - 1) && !isRow(first - 1) && !/^\s*#/u.test(lines[first - 1] ?? '')) first--
    const said = lines.slice(first, lead + 1).join(' ')
    if (!ownPeriod.test(said) || otherScope.test(said) || new RegExp(yearRange, 'iu').test(said) || partCaption.test(lines[caption] ?? '')) continue
    const range = captionRange(lines[caption] ?? '')
    if (range) out.push({ ...range, index: offsets[caption]! + range.index })
  }
  return out
}
