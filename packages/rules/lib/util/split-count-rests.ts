/**
 * A counted whole split into two or more counted parts and a rest named as the rest: `Van de
 * 240 aanvragen zijn er 150 toegekend en 40 afgewezen; de overige 50 liggen nog bij de
 * commissie`, also with the whole in the sentence before and the split pointing back at it
 * (`We kregen 85 reacties. Van hen waren er 40 positief en 25 negatief; de overige 20 …`, `Van
 * deze deelnemers …`). The rest should be the whole less the parts. `count-rests` reads one part
 * (where a second count without a word of the rest may leave cases open); here the rest word
 * (`de overige`, `de andere`, `de resterende`) closes the split, so every count before it is a part.
 */

import { APPROX, counts, REST_BEFORE, WHOLE } from './count-rests.js'
import { proseEquation, type Equation } from './onderbouwing.js'
import { restOfWhole } from './rest-of-whole.js'
import { paragraphSentences } from './text.js'

// A split that points back at the whole of the sentence before (`Van hen`, `Van deze 85 …` has its own number).
const BACK = /^\s*van\s+(?:hen|hun|die|deze)(?:\s+[\p{L}-]+)?\s(?!\s*\d)/iu
// The sentence before, opened by the whole and what it is a part of (`238 van de 910 leden stemden`).
const OPENING_COUNT = /^\s*(\d[\d.]*)\s+van\s+(?:de|het|alle)\s+\d/iu
// Amounts, shares, means or a rate make the numbers of another calculation.
const OTHER = /€|%|\bprocent\b|\bper\b|\bgemiddeld\b|\bkeer\b/iu
// A part split again (`30 in voorbereiding, waarvan 12 …`) nests its counts: `pointed-rests` reads those.
const NESTED = /\b(?:daarvan|waarvan|hiervan)\b/iu

type Count = { written: string; index: number }

/** The whole a `Van hen` split points back at: the count opening the sentence before, or its one count. */
function wholeBefore(before: { index: number; text: string }): Count | undefined {
  const opening = OPENING_COUNT.exec(before.text)
  if (opening) return { written: opening[1] ?? '', index: before.index + (opening.index ?? 0) }
  if (APPROX.test(before.text) || OTHER.test(before.text)) return undefined
  const own = counts(before.text, before.index)
  return own.length === 1 ? own[0] : undefined
}

/**
 * The rests of counted wholes split into several parts, as the whole less the parts.
 *
 * @param text A prose text.
 * @returns The equations (`240 − 150 − 40 = 50`), at the rest.
 */
export function splitCountRests(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      if (APPROX.test(s.text) || OTHER.test(s.text) || NESTED.test(s.text)) return
      const own = WHOLE.exec(s.text)
      const back = own ? null : BACK.exec(s.text)
      const before = sentences[k - 1]
      const whole: Count | undefined = own ? { written: own[1] ?? '', index: s.index } : back && before ? wholeBefore(before) : undefined
      const from = (own ?? back)?.[0].length ?? 0
      if (!whole) return
      const found = counts(s.text.slice(from), s.index + from)
      // The rest: the last count of the sentence, right after a word of the rest; every count before it is a part.
      const rest = found.at(-1)
      const parts = found.slice(0, -1)
      if (!rest || !REST_BEFORE.test(text.slice(Math.max(0, rest.index - 30), rest.index))) return
      if (parts.length < (own ? 2 : 1)) return
      const read = restOfWhole(whole.written, parts.map((p) => p.written), rest.written)
      if (!read) return
      out.push(proseEquation([whole.written, ...parts.map((p) => p.written)].join(' − '), read.left, { text: rest.written, value: read.rest, index: rest.index }, false))
    })
  }
  return out
}
