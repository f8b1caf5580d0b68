/**
 * The parts a result of `sentence-arithmetic` lists right after itself: after a colon, in brackets,
 * or one per year in the next sentence. Split from sentence-arithmetic to keep it readable.
 */

import { quantities, sameKind, type Quantity } from './sentence-quantities.js'

// A result that opens a list of its parts: `gemiddeld een 6,4: A kreeg een 6,8, …`. The result's
// noun, its period and a particle of the verb may stand before the colon (`gemiddeld 1.450
// meldingen per jaar:`, `bracht gemiddeld € 90.000 per jaar op:`).
const LEADS = /^\s*(?:[\p{L}²³'’-]+\s*){0,4}:/u
// The parts of a result right after it: after a colon (`gemiddeld een 6,4: A kreeg een 6,8, …`), or in
// brackets after at most a few words (`per jaar (…)`), two or more of its kind.
const BRACKET_AFTER = /^\s*(?:[\p{L}]+\s+){0,5}?\(([^()]*)\)/u
// A mean that ends its sentence with its parts in the next, one per year (`Gemiddeld gaven we
// € 216.000 per jaar uit. In 2023 was dat …, in 2024 … en in 2025 …`): three or more of its kind
// and a year for each. Not when the mean's own sentence names years (`over 2018-2021`): another span.
export function yearParts(own: string, next: { text: string; start: number } | undefined, r: Quantity): Quantity[] | undefined {
  if (!next || /\b(?:19|20)\d{2}\b/.test(own)) return undefined
  const qs = quantities(next.text, next.start)
  const years = new Set(next.text.match(/\b(?:19|20)\d{2}\b/g) ?? [])
  return qs.length >= 3 && years.size >= qs.length && qs.every((q) => sameKind(q, r) && !q.per && !q.share) ? qs : undefined
}
export function partsAfterResult(text: string, r: Quantity, next: Quantity[]): Quantity[] | undefined {
  if (LEADS.test(text.slice(r.end, r.end + 30))) return next
  const m = BRACKET_AFTER.exec(text.slice(r.end, r.end + 200))
  if (!m) return undefined
  // The tokenizer drops a bracketed group as a label: its parts are read on their own.
  const inner = m[1] ?? ''
  const inside = quantities(inner, r.end + m[0].length - 1 - inner.length).filter((q) => sameKind(q, r))
  return inside.length >= 2 ? inside : undefined
}
