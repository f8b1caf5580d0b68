/**
 * How a sentence speaks of a table column whose header names a state (`Bezet`, `Verhuurd`,
 * `Toegekend`): of the state (its cells are the part), of the opposite (`vrij`, `niet verhuurd`:
 * the rest of the whole is the part), or of neither. Used by the readings of a share within a row
 * (share-row-parts, share-table-fallback).
 */

import { namesHeldState, statePolarity } from '@kapstok/nl'
import { plainCellLower } from './cell-text.js'

/**
 * `free`: the header names no state the sentence speaks of either way (its cells are read as before);
 * `same` or `opposite`: the sentence names the state or its opposite; `neither`: a state a place is held in
 * (`Bezet`) that the sentence does not name either way (`gereserveerd`), so its cells are no part of the share.
 */
export type StateSide = 'free' | 'same' | 'opposite' | 'neither'

/**
 * The side a sentence takes of a column's state.
 *
 * @param header The header as written.
 * @param words The sentence's words, lower case, in order.
 * @returns The side.
 */
export function stateSide(header: string, words: readonly string[]): StateSide {
  const state = plainCellLower(header).match(/\p{L}+/gu) ?? []
  return statePolarity(state, words) ?? (namesHeldState(state) ? 'neither' : 'free')
}

/** The words of a sentence, lower case, in order. */
export const lowerWords = (sentence: string): string[] => sentence.toLowerCase().match(/\p{L}+/gu) ?? []
