/**
 * A whole on the line that opens a list, and its parts in the items:
 *
 *     Het speelbudget van € 64.000 verdelen we zo:
 *
 *     - € 30.000 voor nieuwe toestellen;
 *     - € 22.000 voor valondergrond;
 *     - € 12.000 voor het keuren.
 *
 * Each item names one quantity of the whole's kind; together they make it up, within the
 * rounding they are written with. (A list whose own last item or next sentence gives the total:
 * `list-totals`.)
 */

import { PREPOSITION } from './inline-list.js'
import type { Equation } from './onderbouwing.js'
import { quantities, sameKind, type Quantity } from './sentence-quantities.js'
import { GOES_ON, NOT_ALL, partOf, plain, splitEquation, TAKES_OFF } from './whole-splits.js'

const ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+\S/u
const MARKER = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+/u
// The opening line's end: the whole, then a few words and a colon (`… € 64.000 verdelen we zo:`).
const TO_COLON = /^[^\d€:.;!?]{0,60}:\s*$/u

interface Line {
  text: string
  index: number
}

/**
 * Every list under a line that names a whole, whose items' quantities do not make it up.
 *
 * @param text A prose text.
 * @returns The splits as equations, at the whole.
 */
export function listSplits(text: string): Equation[] {
  const lines: Line[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    lines.push({ text: line, index: offset })
    offset += line.length + 1
  }
  const out: Equation[] = []
  lines.forEach((line, i) => {
    if (!ITEM.test(line.text) || (i > 0 && ITEM.test(lines[i - 1]!.text))) return
    // The opening line: the line before the list, over at most one blank line.
    const intro = lines[i - 1]?.text.trim() ? lines[i - 1] : lines[i - 2]
    if (!intro || ITEM.test(intro.text) || NOT_ALL.test(intro.text)) return
    const wholes = quantities(intro.text, intro.index).filter(plain)
    const whole = wholes.at(-1)
    if (!whole || !TO_COLON.test(text.slice(whole.end, intro.index + intro.text.length))) return
    const items = run(lines, i)
    const parts = items.map((item) => ownPart(whole, item))
    const last = items.at(-1)!
    const after = text.slice(last.index + last.text.length).replace(/^\s+/u, '')
    if (parts.length < 2 || parts.some((p) => !p) || items.some((item) => NOT_ALL.test(item.text) || TAKES_OFF.test(item.text)) || GOES_ON.test(after)) return
    const e = splitEquation(whole, parts as Quantity[], true, whole.index, text.slice(whole.index, whole.end))
    if (e) out.push(e)
  })
  return out
}

// The items of the list that starts at line `first`, each with its wrapped lines.
function run(lines: Line[], first: number): Line[] {
  const items: Line[] = []
  for (let k = first; k < lines.length; k++) {
    const line = lines[k]!
    // The item's own text, without its bullet or number (`3.` is no quantity of it).
    const marker = ITEM.test(line.text) ? MARKER.exec(line.text)![0].length : -1
    if (marker >= 0) items.push({ text: line.text.slice(marker), index: line.index + marker })
    else if (line.text.trim() && /^[ \t]+\S/u.test(line.text) && items.length) items.at(-1)!.text += `\n${line.text}`
    else break
  }
  return items
}

// The one quantity of an item that is a part of the whole; none when it has none, or more. A
// count of items is a part only without a noun of its own or with the whole's: under `We werken
// aan vier doelen:` an item `2 nieuwe teams` counts teams, no doelen.
function ownPart(whole: Quantity, item: Line): Quantity | undefined {
  const counted = (q: Quantity): boolean => whole.unit === '€' || !q.unit || PREPOSITION.test(q.unit.split(' ')[0] ?? '') || sameKind(whole, q)
  const own = quantities(item.text, item.index).filter((q) => plain(q) && partOf(whole, q) && counted(q))
  return own.length === 1 ? own[0] : undefined
}
