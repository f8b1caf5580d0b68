/**
 * A counted whole, its part after a word that points back at it (`daarvan`, `waarvan`,
 * `hiervan`) and the rest counted with a word of the rest: "Er kwamen 48 aanvragen binnen;
 * daarvan zijn er 31 goedgekeurd en de overige 17 afgewezen", "De gemeente telt 36 speeltuinen,
 * waarvan 22 in de kernen; de andere 14 liggen buiten de kernen", also with the part in the next
 * sentence (`We kregen 120 meldingen. Hiervan gingen er 75 over afval, de overige 45 over geluid`)
 * and counts in words (`veertien verzoeken … negen toegekend en de overige vijf afgewezen`). The
 * rest should be the whole less the parts. `count-rests` reads the whole after an opening `Van de`.
 */

import { sub } from './exact-number.js'
import { NUMBER } from './amount-change.js'
import { APPROX, REST_BEFORE } from './count-rests.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { countValue } from './per-noun-means.js'
import { restOfWhole } from './rest-of-whole.js'
import { NUMBER_WORD } from './share-words.js'
import { paragraphSentences } from './text.js'
import { isYearNumber } from './year-numbers.js'

// A count in digits or in words: no amount, percentage, or part of another number.
const COUNT = new RegExp(String.raw`(?<![\d.,€]|€\s)(?:(${NUMBER})(?![\d%.,]|\s*(?:%|procent|euro))|(${NUMBER_WORD}))`, 'giu')
// The word that points back at the whole: the part follows it.
const POINTER = /\b(?:daarvan|waarvan|hiervan)\b/iu
// Another kind of number in the clauses (`procent`, an amount, a mean) makes it another calculation.
const OTHER = /€|%|\bprocent\b|\bper\b|\bgemiddeld\b/iu

// A next sentence that opens with the rest (`De overige 7 …`, `De andere zeven …`).
const REST_OPENS = new RegExp(String.raw`^\s*(?:de\s+)?(?:overige|andere|resterende)\s+(?:${NUMBER}|${NUMBER_WORD})`, 'iu')

interface Count {
  written: string
  /** Offset in the text. */
  index: number
}

/** The counts of a stretch of text, at their offsets from `from` (years and the article `een` aside). */
function countsIn(text: string, from: number): Count[] {
  return [...text.matchAll(COUNT)]
    .map((m) => ({ written: m[1] ?? m[2] ?? '', index: from + m.index }))
    .filter((c) => c.written !== '' && !isYearNumber(c.written) && countValue(c.written) !== undefined)
}

/**
 * The rests of wholes after their pointed parts, as the whole less the parts.
 *
 * @param text A prose text.
 * @returns The equations (`48 − 31 = 17`), at the rest.
 */
export function pointedRests(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      const pointer = POINTER.exec(s.text)
      if (!pointer || APPROX.test(s.text) || OTHER.test(s.text)) return
      // The whole: the last count before the pointer in its sentence, else the one count of the sentence before.
      const own = countsIn(s.text.slice(0, pointer.index), s.index)
      const before = sentences[k - 1]
      const earlier = own.length === 0 && before && !APPROX.test(before.text) && !OTHER.test(before.text) ? countsIn(before.text, before.index) : []
      const whole = own.at(-1) ?? (earlier.length === 1 ? earlier[0] : undefined)
      // A count right before the pointer is its part (`Vijf daarvan …`), not the whole.
      if (!whole || /^[\p{L}\d.,]+\s+$/u.test(text.slice(whole.index, s.index + pointer.index))) return
      // After the pointer: the parts, then the rest right after a word of the rest (`de overige 17`).
      const after = s.text.slice(pointer.index + pointer[0].length)
      const from = s.index + pointer.index + pointer[0].length
      const found = countsIn(after, from)
      // The rest may open the next sentence (`… waarvan 5 in deeltijd. De andere 7 werken voltijds.`).
      const next = sentences[k + 1]
      const opening = next && !found.some((c) => REST_BEFORE.test(text.slice(Math.max(0, c.index - 30), c.index))) ? REST_OPENS.exec(next.text) : null
      if (opening && next) found.push(...countsIn(next.text.slice(0, opening[0].length), next.index).slice(-1))
      const restAt = found.findIndex((c) => REST_BEFORE.test(text.slice(Math.max(0, c.index - 30), c.index)))
      if (restAt < 1 || restAt !== found.length - 1) return
      const parts = found.slice(0, restAt)
      const rest = found[restAt]!
      const read = restOfWhole(whole.written, parts.map((p) => p.written), rest.written)
      if (!read) return
      const { whole: w, parts: ps, rest: r, left } = read
      // A rest of a larger whole before it (`200 woningen, 80 gerenoveerd, waarvan 30 …; de overige
      // 120 …`) is another reading that holds.
      const outer = own.slice(0, -1).map((c) => countValue(c.written)).filter((v) => v !== undefined)
      if (outer.some((o) => [w, ...ps].reduce((acc, p) => sub(acc, p), o).n * r.d === r.n * o.d)) return
      out.push(proseEquation([whole.written, ...parts.map((p) => p.written)].join(' − '), left, { text: rest.written, value: r, index: rest.index }, false))
    })
  }
  return out
}
