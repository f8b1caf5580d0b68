/**
 * A share spelled out after a colon as a part and the rest of its whole: `Ruim de helft kwam op
 * de fiets: 140 leerlingen, de overige 60 met de bus.` The whole is the part and the rest together
 * (200), whatever the sentence before counts. Used by `share-claims`.
 */
import { formatDutchNumber } from '@kapstok/nl'
import { read } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import type { PairReading } from './share-any-pair.js'

// Right after the share: a few words, a colon and the part (`afgerond: 412`); no other number may come first.
const PART_AFTER_COLON = new RegExp(String.raw`^[^\d:;.%]{0,40}:\s*(?:(?:ruim|bijna|circa|ongeveer)\s+)?(${PLAIN_NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`, 'iu')
// Further on: the rest, named as the others (`de overige 37`, `de andere 40`, `de rest, 60`).
const REST = new RegExp(String.raw`^[^\d%]*?\b(?:de|het)\s+(?:overige|andere|resterende|rest,?)\s+(${PLAIN_NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))[^\d%]*$`, 'iu')

/**
 * The part of the whole that a part and its rest after a colon make.
 *
 * @param after The sentence after the share.
 * @returns The part of part plus rest, or undefined when the sentence holds no such pair.
 */
export function colonRestShare(after: string): PairReading | undefined {
  const part = PART_AFTER_COLON.exec(after)
  if (!part) return undefined
  const rest = REST.exec(after.slice(part.index + part[0].length))
  const [a, b] = [read(part[1] ?? ''), read(rest?.[1] ?? '')]
  if (!rest || !a || !b) return undefined
  return { actual: (a / (a + b)) * 100, basis: `${part[1]} van ${formatDutchNumber(a + b)} (${part[1]} + ${rest[1]})` }
}
