/**
 * What the plan's own texts before a text leave for its shares: their sentences (a share `van
 * alle ouders die zich inschreven` may name a whole counted sections up) and the wholes they name
 * by a noun (`het stuurbare inkoopvolume is € 21,4 miljoen`, for a later `van het stuurbare
 * volume`). Kept as `percentage-claim-check` goes through the texts, so each text's wholes are
 * read once, when it is added, not again for every later text (which grew with the square of the
 * plan).
 */

import { namedWholes, type NamedWhole } from './share-named-wholes.js'

/** The sentences of the earlier texts and the wholes they name by a noun, in order. */
export interface EarlierTexts {
  readonly sentences: string[]
  readonly named: NamedWhole[]
}

/** No earlier texts: a new accumulator to add texts to. */
export const noEarlierTexts = (): EarlierTexts => ({ sentences: [], named: [] })

/**
 * Add a text's sentences and the wholes they name by a noun. A bare count or a `totaal` in an
 * earlier text is too vague for a later share to reach for; only a whole with its noun is kept.
 *
 * @param earlier The texts so far; changed.
 * @param sentences The sentences of the next text.
 */
export function addEarlierText(earlier: EarlierTexts, sentences: string[]): void {
  earlier.sentences.push(...sentences)
  for (const sentence of sentences) earlier.named.push(...namedWholes(sentence).filter((w) => w.noun !== '' && !w.counted && !w.total))
}
