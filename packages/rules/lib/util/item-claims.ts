/**
 * A count in a list item that announces the sub-items under it (`- We openen een loket voor drie
 * groepen:` over four indented items), for `listClaims`. The block reader sees a list as one
 * block of top items and sub-items; an item's own announcement needs the item's text and its
 * direct children.
 */
import { announcing } from './list-announcing.js'
import { lastSentence, position } from './list-blocks.js'
import type { ListClaim, ListClaimOptions } from './list-claims.js'

// A list item: its indent, its marker and its text.
const ITEM = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)]|[a-z][.)])[ \t]+(\S.*)$/u
const width = (indent: string): number => indent.replace(/\t/g, '    ').length

/**
 * Counts in list items that end on a colon and differ from the number of items indented right
 * under them. A count of all items below (the children and theirs) is right too.
 *
 * @param markdown The Markdown source (counts in emphasis already plain).
 * @param options What to leave to other rules (optional).
 * @returns The differing counts.
 */
export function itemClaims(markdown: string, options: ListClaimOptions = {}): ListClaim[] {
  const lines = markdown.split('\n')
  const starts: number[] = []
  lines.reduce((offset, line) => (starts.push(offset), offset + line.length + 1), 0)
  const out: ListClaim[] = []
  let fence = false
  lines.forEach((line, i) => {
    if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
    const m = fence ? null : ITEM.exec(line)
    if (!m) return
    const indent = width(m[1] ?? '')
    // The item's text runs on over indented lines that are no items of their own.
    let text = m[2] ?? ''
    let k = i + 1
    for (; k < lines.length && /^[ \t]+\S/.test(lines[k] ?? '') && !ITEM.test(lines[k] ?? ''); k++) text += ' ' + (lines[k] ?? '').trim()
    if (!/:\s*$/u.test(text)) return
    const children = childrenOf(lines, k, indent)
    if (!children || children.direct === 0) return
    const sentence = lastSentence(text)
    const claim = announcing(sentence.text, options.except)
    if (!claim || claim.stated === children.direct || claim.stated === children.all) return
    // Only within the item's first line can the offset be told exactly; a run-on item keeps its line.
    const column = (m[0].length - (m[2] ?? '').length) + Math.min(sentence.index + claim.index, (m[2] ?? '').length)
    const written = claim.written.replace(/\s+/gu, ' ')
    out.push({ written, stated: claim.stated, listed: children.direct, noun: claim.noun, certain: claim.colon && children.all === children.direct, ...position(markdown, (starts[i] ?? 0) + column) })
  })
  return out
}

// The items indented under an item (from line `first`): the direct ones (at the first child's
// indent) and all of them, until an item at the parent's indent or less, or a line that is no item.
function childrenOf(lines: string[], first: number, parent: number): { direct: number; all: number } | undefined {
  let level: number | undefined
  let direct = 0
  let all = 0
  for (let k = first; k < lines.length; k++) {
    const line = lines[k] ?? ''
    if (line.trim() === '') continue
    const m = ITEM.exec(line)
    if (!m) {
      // A continuation line of a child goes on; text at the parent's indent ends the children.
      if (level !== undefined && width(/^[ \t]*/.exec(line)?.[0] ?? '') > parent) continue
      break
    }
    const indent = width(m[1] ?? '')
    if (indent <= parent) break
    level ??= indent
    if (indent < level) return undefined
    if (indent === level) direct++
    all++
  }
  return level === undefined ? undefined : { direct, all }
}
