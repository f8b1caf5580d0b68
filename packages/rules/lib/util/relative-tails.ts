/**
 * A bijzin whose subject carries a relative clause, at the end of a text without its mark: `dat
 * bewoners die zelf geen auto hebben`. The relative clause closes on its own verb, so the text
 * reads as if it ended on a verb; but a bijzin puts its verb after its subject, and the subject's
 * relative clause came first: the bijzin's verb never came. Read by `unfinished-sentence`.
 */
import { readsAsVerb } from './clause-gaps.js'

// Conjunctions that open a bijzin with its verb last (not `als` or `of`, which also compare or join nouns).
const opener = /^(?:dat|omdat|zodat|doordat|nadat|voordat|zodra|terwijl|hoewel|wanneer)$/u
// Modals and auxiliaries that may stand before the last verb of a clause.
const modal = /^(?:kan|kunnen|wil|willen|moet|moeten|mag|mogen|zal|zullen|gaat|gaan|blijft|blijven)$/u
const auxiliary = /^(?:is|zijn|wordt|worden|heeft|hebben)$/u
const participle = /^(?:ge|be|ver|ont|her)\p{L}+[dtn]$/u
// Relative words after a noun.
const relative = /^(?:die|dat|waar|waarin|waarmee|waarvoor|waarop|waarbij|waarvan)$/u

/**
 * Whether the last comma-free part of a text without its mark is a bijzin opener, a subject without
 * a verb, and a relative clause on that subject that ends on a verb.
 *
 * @param text A paragraph.
 * @returns Whether the bijzin stops before its verb.
 */
export function relativeTail(text: string): boolean {
  const trimmed = text.trimEnd()
  if (/[.!?;:,)]$/u.test(trimmed)) return false
  const part = trimmed.slice(Math.max(trimmed.lastIndexOf(','), trimmed.search(/[.!?]\s+\p{Lu}[^.!?]*$/u)) + 1)
  const raw = part.split(/\s+/u).filter(Boolean)
  const words = raw.map((w) => w.toLowerCase())
  const r = words.findLastIndex((w, i) => i >= 2 && relative.test(w))
  // The relative clause: at least two words, ending on its verb (a modal before an infinitive, an
  // auxiliary before a participle), with no finite verb before that (`die een tuin hebben hun
  // regenpijp afkoppelen`: the relative clause closed at `hebben`, and the bijzin went on to its verb).
  if (r < 0 || words.length - r < 3 || !readsAsVerb(words, raw, words.length - 1, true)) return false
  let cluster = words.length - 1
  while (cluster - 1 > r && (modal.test(words[cluster - 1] ?? '') || (auxiliary.test(words[cluster - 1] ?? '') && participle.test(words[cluster] ?? '')))) cluster--
  if (words.slice(r + 1, cluster).some((w, k) => modal.test(w) || auxiliary.test(w) || (/t$/u.test(w) && readsAsVerb(words, raw, r + 1 + k)))) return false
  const o = words.slice(0, r - 1).findLastIndex((w) => opener.test(w))
  if (o < 0) return false
  // Between the opener and the noun the relative clause hangs on: no verb (the noun itself may end in -en).
  for (let i = o + 1; i < r - 1; i++) if (readsAsVerb(words, raw, i)) return false
  return !readsAsVerb(words, raw, o + 1) || o + 1 === r - 1
}
