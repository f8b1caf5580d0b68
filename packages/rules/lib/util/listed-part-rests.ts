/**
 * A counted whole split into listed parts in one sentence, and the rest counted at the start of
 * the next: "Van de 90 meldingen gingen er 30 over geluid, 25 over afval en 20 over parkeren. De
 * overige 15 gingen over andere zaken." (or `…; de overige 15 …` in the same sentence). The rest is the whole less every listed part. The reader of
 * one part and its rest (count-rests) takes a single part. Quiet when the parts may overlap or nest (`waarvan`, `ook`,
 * `onder wie`), when a number is rounded, and when the parts already reach the whole.
 */

import { sub } from './exact-number.js'
import { proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { countValue } from './per-noun-means.js'
import { APPROX, counts, WHOLE } from './count-rests.js'
import { paragraphSentences } from './text.js'

// The rest at the start of the next sentence: `De overige 15 …`, `De rest, 15 leerlingen, …`, `De resterende 15 …`.
const REST = /^\s*(?:de\s+)?(?:(?:overige|andere|resterende|overgebleven)\s+|rest\s*(?:[,:(]|is|zijn|bestaat\s+uit|betreft)?\s*)(\d{1,3}(?:\.\d{3})+|\d+)(?![\d%.,]|\s*(?:%|procent|euro))/iu
// Parts that may overlap or nest: their sum is then no share of the whole.
const OVERLAP = /\b(?:waarvan|daarvan|waaronder|onder\s+wie|ook|tevens|bovendien|soms|deels|zowel|of)\b|%|€|\bprocent\b/iu
// Parts joined as a list: commas and a last `en`.
const LISTED = /,[^,]*\ben\b/iu

/**
 * The rests after a list of parts of a counted whole, as the whole less the parts.
 *
 * @param text A prose text.
 * @returns The equations (`90 − 30 − 25 − 20`, stated: the rest), at the rest.
 */
export function listedPartRests(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of paragraphSentences(text)) {
    sentences.forEach((s, k) => {
      const whole = WHOLE.exec(s.text)
      // The rest opens the next sentence, or the clause after the list's one semicolon
      // (`…, 25 over afval en 20 over parkeren; de overige 15 …`).
      const [listed, restClause, more] = s.text.slice(whole?.[0].length ?? 0).split(';')
      const next = restClause === undefined ? sentences[k + 1] : { index: s.index + s.text.length - restClause.length, text: restClause }
      if (!whole || !next || more !== undefined || APPROX.test(s.text) || APPROX.test(next.text)) return
      const after = listed ?? ''
      if (/:/u.test(after) || OVERLAP.test(after) || !LISTED.test(after)) return
      const parts = counts(after, 0)
      const rest = REST.exec(next.text)
      if (parts.length < 2 || !rest) return
      const w = countValue(whole[1] ?? '')
      const values = parts.map((p) => countValue(p.written))
      const r = countValue(rest[1] ?? '')
      if (!w || !r || values.some((v) => !v)) return
      const left = values.reduce<Rational>((acc, v) => sub(acc, v!), w)
      if (left.n <= 0n) return
      const at = next.index + rest.index + rest[0].lastIndexOf(rest[1] ?? '')
      out.push(proseEquation(`${whole[1]} − ${parts.map((p) => p.written).join(' − ')}`, left, { text: rest[1] ?? '', value: r, index: at }, false))
    })
  }
  return out
}
