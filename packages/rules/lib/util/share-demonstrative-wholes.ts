/**
 * A share whose whole is named back by a demonstrative (`van dat bezit`, `van dat aantal`, `van
 * deze groep`): the whole is the one count of the sentence before, the part the one count of the
 * share's own sentence before it. "De stichting verhuurt 3.200 woningen. Met 900 nieuwe keukens
 * vernieuwen we zo'n 40 procent van dat bezit."
 */
import { quantities, real, sameKind, type Quantity } from './sentence-quantities.js'

// The demonstrative and the noun it names the whole by; a number after it is a whole of its own (`van die 400`).
const DEMONSTRATIVE_WHOLE = /^\s+van\s+(?:die|dat|deze|dit)\s+(?:(?:hele|totale|gehele)\s+)?\p{L}[\p{L}-]{2,}\b/iu

// Counts written in digits: a number word (`in de drie wijken`) rarely counts the whole itself.
const counts = (text: string): Quantity[] => quantities(text).filter((q) => q.unit !== '%' && !q.share && q.per === '' && /\d/u.test(text.slice(q.index, q.end)))

// Counts of one kind: `bomen` ~ `straatbomen` by their compound head, as `sameKind` does for plain nouns.
const oneKind = (a: Quantity, b: Quantity): boolean =>
  sameKind(a, b) || a.unit.split(' ').some((x) => b.unit.split(' ').some((y) => x.length >= 4 && y.length >= 4 && (x.endsWith(y) || y.endsWith(x))))

/**
 * The share a demonstrative whole gives, or undefined when the share's sentence or the sentence that
 * counts the whole has more than one count (then the demonstrative could point to another) or the
 * two count different things. The whole stands in the sentence before, or in the one before that
 * when the sentence between counts nothing (`De sloop raakt zo 30% van dat bezit.` between).
 *
 * @param before The share's sentence up to the share.
 * @param after The sentence after the share.
 * @param earlier The sentences of the paragraph before the share's, in order.
 */
export function demonstrativeWholeShare(before: string, after: string, earlier: string[]): { actual: number; basis: string } | undefined {
  if (!DEMONSTRATIVE_WHOLE.test(after)) return undefined
  const source = earlier.slice(-2).reverse().find((s) => counts(s).length > 0)
  if (source === undefined) return undefined
  const [part, ...moreParts] = counts(before)
  const [whole, ...moreWholes] = counts(source)
  if (!part || !whole || moreParts.length > 0 || moreWholes.length > 0 || !oneKind(part, whole)) return undefined
  const [p, w] = [real(part.value), real(whole.value)]
  return w > 0 && p < w ? { actual: (p / w) * 100, basis: `${part.text} van ${whole.text}` } : undefined
}
