/**
 * A result whose terms follow in a clause of reason or contrast (`We bereiken samen 390 kinderen,
 * omdat we 24 groepen van 15 kinderen bereiken`) is the same calculation as the terms first and
 * the result after (`we 24 groepen van 15 kinderen bereiken, We bereiken samen 390 kinderen`). The
 * text is written again in that order, each sentence padded to its own length, so that the readers
 * can read it as they read the plain order; what they find in a moved main clause maps back.
 */

import { memoByText } from './memo.js'

// A main clause with a number, a comma, a conjunction, and a clause with a number up to the sentence end.
const SWAP = /(?<=^|[.!?:]\s+|\n)([^.!?:;\n]*\d[^.!?:;\n]*?),\s+(?:omdat|doordat|terwijl|aangezien|want|nu)\s+([^.!?;\n]*\d[^.!?;\n]*?)(?=[.!?](?:\s|$)|$)/gu
const CUE = /\b(?:omdat|doordat|terwijl|aangezien|want|nu)\b/u

export interface Swapped {
  /** The text with the clauses of reason first, the same length. */
  text: string
  /** Where a position in a moved main clause stands in the text; undefined elsewhere. */
  back: (index: number) => number | undefined
}

/**
 * The text with each result clause after its clause of reason, or undefined without one.
 *
 * @param text A prose text.
 * @returns The rewritten text and the way back.
 */
export function subordinateSwap(text: string): Swapped | undefined {
  return CUE.test(text) ? swappedOnce(text) : undefined
}

// Asked for a text by implied-equations and by arithmetic-slip: written once.
const swappedOnce = memoByText((text: string): Swapped | undefined => {
  const moves: Array<[from: number, to: number, length: number]> = []
  const rewritten = text.replace(SWAP, (whole: string, main: string, reason: string, at: number) => {
    moves.push([at + reason.length + 2, at, main.length])
    const turned = `${reason}, ${main}`
    return turned + ' '.repeat(whole.length - turned.length)
  })
  const back = (i: number): number | undefined => {
    const move = moves.find(([from, , length]) => i >= from && i < from + length)
    return move && i - move[0] + move[1]
  }
  return moves.length === 0 ? undefined : { text: rewritten, back }
})
