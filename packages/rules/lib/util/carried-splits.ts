/**
 * A whole split in a part and a rest, the rest named in a later sentence: `Van het budget van
 * € 90.000 gaat € 12.000 naar de huur.` and then, a sentence or a paragraph later, `Voor
 * activiteiten resteert € 78.000.` or `De school betaalt zelf € 78.000.` The deduction readers
 * need `na aftrek van` with its amounts; here the split itself names the whole and the part, and
 * the later sentence only the rest, so no reader of one sentence joins them.
 */

import { amounts, type Amount } from './deductions.js'
import { proseEquation, sub, type Equation } from './onderbouwing.js'
import { paragraphSentences } from './text.js'
import { roughly } from './sentence-quantities.js'
import { NOT_PROSE } from './carried-wholes.js'

// The whole named as what a part is taken from: `van de kosten van € X`, `van het budget (van) € X`.
const WHOLE_CUE = /\bvan\s+(?:de|het|die|dat|deze|dit)\b[^€\d.!?;]{0,60}$/iu
// A part named of the whole before it: `€ X, waarvan € Y`, or a sentence opening with `Daarvan`.
const PART_CUE = /\b(?:waarvan|daarvan|hiervan)\b/iu
// The words that mark an amount as what is left: `resteert`, `blijft … over`, `houden … over`, `netto`,
// `betaalt zelf`. A bare `over` is mostly the preposition (`praat over € …`): only after a verb of keeping.
const REST_CUE = /\b(?:rest(?:eert|eren|ant|erende)?|blijft|blijven|overblijft|overhouden|netto|zelf|eigen)\b|\bhoud\p{L}*\b[^.!?]*\bover\b/iu

interface Sentence {
  index: number
  text: string
}

/**
 * Rests of a split whole stated in one of the next few sentences of the text.
 *
 * @param text A prose text.
 * @returns `whole − part = rest` as soft equations (a reading across sentences).
 */
export function carriedSplits(text: string): Equation[] {
  const sentences = paragraphSentences(text).flat()
  const out: Equation[] = []
  sentences.forEach((_, k) => {
    const split = splitAt(sentences, k)
    if (!split) return
    const rest = restAfter(sentences, split.next)
    if (!rest) return
    const computed = sub(split.whole.value, split.part.value)
    // A rest that is itself split further (`… blijft € 20.000 over voor A, de rest voor B`) lies far
    // from the whole minus the part: only a rest close to it is read as this rest.
    if (!roughly(rest.value, computed) || rest.text === split.part.text) return
    out.push({ ...proseEquation(`${split.whole.text} − ${split.part.text}`, computed, rest, false), soft: true })
  })
  return out
}

/** The whole and the part of a split in sentence `k` (or `k` and the `Daarvan …` sentence after it). */
function splitAt(sentences: Sentence[], k: number): { whole: Amount; part: Amount; next: number } | undefined {
  const here = sentences[k]!
  if (NOT_PROSE.test(here.text)) return undefined
  const own = amounts(here.text, here.index)
  if (own.length === 2) {
    const [whole, part] = own as [Amount, Amount]
    const before = here.text.slice(0, whole.index - here.index)
    const between = here.text.slice(whole.index - here.index, part.index - here.index)
    if (!WHOLE_CUE.test(before.replace(/€\s*$/u, '')) && !PART_CUE.test(between)) return undefined
    return larger(whole, part) ? { whole, part, next: k + 1 } : undefined
  }
  const after = sentences[k + 1]
  if (own.length !== 1 || !after || !PART_CUE.test(after.text.trimStart().split(/\s+/u)[0] ?? '')) return undefined
  const parts = amounts(after.text, after.index)
  return parts.length === 1 && larger(own[0]!, parts[0]!) ? { whole: own[0]!, part: parts[0]!, next: k + 2 } : undefined
}

const larger = (whole: Amount, part: Amount): boolean => sub(whole.value, part.value).n > 0n

/**
 * The rest: the first later sentence (at most three on, prose only) that names a euro amount,
 * when it names exactly one and calls it what is left.
 */
function restAfter(sentences: Sentence[], from: number): Amount | undefined {
  for (let j = from; j < Math.min(sentences.length, from + 3); j++) {
    const s = sentences[j]!
    if (NOT_PROSE.test(s.text)) return undefined
    const found = amounts(s.text, s.index)
    if (found.length === 0) continue
    return found.length === 1 && REST_CUE.test(s.text) ? found[0] : undefined
  }
  return undefined
}
