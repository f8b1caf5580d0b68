/**
 * Lists of shares in prose: a flat list whose every item ends in one share (`- kern: 38%`), with
 * the line before it, and whether that lead divides one whole among the items. Split from
 * share-wholes.ts, which adds such shares up.
 */

import type { Cell } from './markdown-tables.js'
import { splitRows } from './table-rows.js'
import { PLAIN_NUMBER } from './plain-number.js'

const NUMBER = PLAIN_NUMBER
// A lead that ends in how its whole is divided (`De bezoekers kwamen uit:`, `De leden naar woonplaats:`,
// `Het budget gaat naar:`), not only a colon (`Wat opvalt:` before rates of each district).
const DIVIDING_LEAD = /\b(?:uit|naar|over|aan|onder|volgt|samengesteld|opgebouwd|bestaa?t|bestaan)\b(?:\s+[\p{L}'’-]+){0,2}\s*:\s*$/iu
// A lead of rates per group or of targets: each item is a share of a group of its own.
const RATE_LEAD = /\bper\b|doel|streef|ambitie|norm|bereik|score|groei|stijging|daling|toename|afname|percentages?\s+van/iu
const COUNTED_ITEM = /(?:^|[\s:])\d[\d.]*\s+\p{L}+\s*\(\s*[\d,]+\s?(?:%|procent)\s*\)/iu
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/u
// A list item that ends in its share: `- kern: 38%`, `- kern (38%)`, `- 38% kern`.
// An item may close on a semicolon or comma as items of one running sentence do (`- kern: 38%;`).
export const ITEM_SHARE = new RegExp(String.raw`(?:[:–-]\s*|\(\s*)(${NUMBER})\s?(?:%|procent)\s*\)?\s*[.;,]?$|^(${NUMBER})\s?(?:%|procent)\s`, 'iu')
// An item that opens on its share and names its category with a preposition (`- 45% in de dorpen;`, `- 30% via de
// huisarts`): under any lead that ends in a colon, such items divide the lead's group among places, routes or tasks.
// A time after the preposition (`- 70% in de zomer`, `- 40% op zaterdag`) makes each item a rate of its own moment, which overlap.
const OPENS_ON_CATEGORY = new RegExp(String.raw`^(?:${NUMBER})\s?(?:%|procent)\s+(?:in|bij|uit|op|via|buiten|binnen)\s+(?!(?:de|het|een)?\s*(?:\d|[\p{L}-]*(?:zomer|winter|lente|voorjaar|najaar|herfst|weekend|ochtend|middag|avond|nacht|dag|week|maand|jaar|vakantie|periode|seizoen)\b))\p{L}`, 'iu')

// A list after a lead sentence that ends in a colon and says how (`De bezoekers naar woonplaats:`) whose items
// each name a category and its share (`- Centrum: 41 procent`); not a share of a whole of its own
// (`- 80% van de scholen …`), nor rates per group or targets (`Bereik per doelgroep:`).
export function leadOfShares(list: { items: Cell[]; intro: string }): boolean {
  const divided = DIVIDING_LEAD.test(list.intro) || (/:\s*$/u.test(list.intro) && list.items.length >= 3 && list.items.every((item) => OPENS_ON_CATEGORY.test(item.text)))
  if (!divided || RATE_LEAD.test(list.intro)) return false
  // Items with a count beside the share (`- B of C: 450 woningen (30%)`) are judged one by one against the list's sum.
  if (list.items.some((item) => COUNTED_ITEM.test(item.text))) return false
  return list.items.every((item) => !/(?:%|procent)\s+(?:van|onder)\s/iu.test(item.text))
}

/** The lists of a text whose every item ends in one share, with the line before the list. */
export function shareLists(text: string): Array<{ items: Cell[]; intro: string }> {
  const out: Array<{ items: Cell[]; intro: string }> = []
  let items: Cell[] = []
  let indent = 0
  let shares = true
  let intro = ''
  let previous = ''
  const flush = (): void => {
    if (items.length >= 2 && shares) out.push({ items, intro })
    items = []
    shares = true
  }
  for (const { line, index: offset } of splitRows(text)) {
    if (LIST_ITEM.test(line)) {
      if (items.length === 0) (intro = previous), (indent = line.search(/\S/))
      // A nested item is a part of the item above: the list is no flat division of one whole.
      shares &&= line.search(/\S/) === indent
      const item = line.replace(LIST_ITEM, '').trim()
      shares &&= ITEM_SHARE.test(item) && (item.match(/%|procent/giu) ?? []).length === 1
      items.push({ text: item, index: offset + line.indexOf(item) + Math.max(0, item.search(/\d[\d.,]*\s?(?:%|procent)/iu)) })
    } else if (line.trim()) {
      flush()
      previous = line
    }
  }
  flush()
  return out
}
